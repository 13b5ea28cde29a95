// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <optional>
#include <vector>

namespace rackline {

class Engine;

/// The figures the commitments chart compares, one row per commitment of the scenario.
struct CommitmentMeasure {
    int index = -1; ///< in Scenario::commitments (and the engine's commitments)
    QString id;
    QString partnerId;
    QString label; ///< "NVIDIA", or "AWS · aws-2025" when the partner has several deals
    CommitmentKind kind = CommitmentKind::Cloud;
    double totalUsdB = 0;
    std::optional<double> gw;
    int months = 0;
    std::optional<double> usdBPerGw; ///< total / gw, when the deal names its GW
    /// The share of the commitment the plan's deployments deliver by the end of the chosen
    /// year (may exceed 1): with a GW size, the facility GW of the deployments assigned to it
    /// over that size; without one, for cloud and purchase deals their cumulative hardware
    /// capex over the total, for investments the tranches released over the total.
    double deliveredShare = 0;
};

/// Measures every commitment at the end of `year` (December, clamped to the timeline).
std::vector<CommitmentMeasure> measureCommitments(const Scenario &scenario, const Engine &engine, int year);

} // namespace rackline
