// SPDX-License-Identifier: MIT
#pragma once

#include "Scenario.h"

#include <QString>

#include <vector>

namespace rackline {

class Engine;

/// Something a strategist must see although the plan is valid (MODEL.md "Warnings").
struct Warning {
    enum class Kind { PowerShortfall, BeforeAvailable, CommitmentOverbooked };

    Kind kind = Kind::PowerShortfall;
    /// The phase, deployment or commitment concerned (index into the scenario's list);
    /// -1 for the shortfall of the whole plan.
    int subject = -1;
    int firstMonth = 0; ///< month index where it starts
    /// Peak shortfall in MW, months early, or the largest overbooking in $B.
    double amount = 0;

    bool operator==(const Warning &) const = default;
};

/// Every warning of the engine's current results, in a stable order: shortfalls (each phase,
/// then the whole plan), deployments before their system ships, overbooked commitments.
/// Costs O(phases x months + deployments + commitments x months): call it when the list is shown.
std::vector<Warning> collectWarnings(const Engine &engine);
/// The number of warnings without building the list (cheap enough for every mouse move).
int countWarnings(const Engine &engine);

/// The warning's stable kind name, as the command line prints it ("power_shortfall").
QString warningKey(Warning::Kind kind);
/// One line for people: what, where, from when, how much. Translated.
QString describeWarning(const Warning &warning, const Scenario &scenario);

} // namespace rackline
