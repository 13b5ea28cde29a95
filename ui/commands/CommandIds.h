// SPDX-License-Identifier: MIT
#pragma once

namespace rackline {

/// Merge ids of the undo commands (QUndoCommand::id()): commands with the same id may merge
/// into one undo step, as consecutive mouse moves of one drag do. One enum, so that no two
/// commands pick the same number by accident (Tiled's undocommands.h).
enum CommandId {
    CmdMoveDeployments = 1,
    CmdChangeDeployment,
    CmdChangePhase,
    CmdChangeCommitment,
    CmdChangeAssumptions,
};

} // namespace rackline
