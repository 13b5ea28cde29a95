// SPDX-License-Identifier: MIT
#pragma once

namespace rackline {

/// What a document edit touched, so that views redo only what is needed (Tiled's change
/// events). A deployment edit in place is the hot path of a drag: the timeline moves one
/// block and the totals refresh; inserts and removals shift indices, so views rebuild.
struct DocumentChange {
    enum class Kind {
        Deployment,          ///< deployment `index` changed in place
        DeploymentInserted,  ///< a deployment was inserted at `index`
        DeploymentRemoved,   ///< the deployment at `index` was removed
        Phases,              ///< phase `index` was edited
        PhaseInserted,       ///< a phase was inserted at `index`
        PhaseRemoved,        ///< the phase at `index` was removed
        Commitments,         ///< commitments were edited
        Assumptions,         ///< the scenario-wide assumptions (PUE, prices, delays, ...) were edited
        Everything,          ///< a new scenario (New, Open)
    };

    Kind kind = Kind::Everything;
    int index = -1;
};

} // namespace rackline
