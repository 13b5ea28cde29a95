// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace rackline {

class ScenarioDocument;

/// Deletes deployments and power phases. A deployment that stays but drew on a removed
/// phase loses that reference (a scenario must not name a missing id); undo puts every
/// item back at its index and restores the references.
class RemoveItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveItemsCommand)

public:
    RemoveItemsCommand(ScenarioDocument *document, std::vector<int> deployments, std::vector<int> phases,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument *m_document;
    std::vector<std::pair<int, Deployment>> m_deployments; ///< ascending index
    std::vector<std::pair<int, PowerPhase>> m_phases;      ///< ascending index
    /// Deployments that stay but lose their phase, with their value before (indices before removal).
    std::vector<std::pair<int, Deployment>> m_unlinked;
};

} // namespace rackline
