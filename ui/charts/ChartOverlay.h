// SPDX-License-Identifier: MIT
#pragma once

namespace rackline {

class Engine;
struct MonteCarloBands;
struct Scenario;

/// What the capacity, power and money charts draw over the open scenario, when asked:
/// a baseline A to compare with (the open scenario is B, live) and Monte Carlo bands of
/// the open scenario. Owned elsewhere (the editor's ComparisonSession, or the command
/// line); every pointer may be null.
struct ChartOverlay {
    const Scenario *baseline = nullptr;       ///< A, a fixed copy
    const Engine *baselineEngine = nullptr;   ///< A's results
    const MonteCarloBands *bands = nullptr;   ///< P10/P50/P90 of B, per metric

    bool hasBaseline() const { return baseline && baselineEngine; }
};

} // namespace rackline
