// SPDX-License-Identifier: MIT
#pragma once

namespace rackline {

class Engine;
struct ChartOverlay;
struct Scenario;

/// What every chart reads: the scenario (names, colours, sources, the timeline) and the
/// engine's results for it. Both are owned elsewhere (the open document, or the command
/// line) and outlive the charts; the engine always reflects the scenario.
struct ChartInput {
    const Scenario *scenario = nullptr;
    const Engine *engine = nullptr;
    /// A baseline and uncertainty bands drawn over the scenario, if any (ChartOverlay.h).
    const ChartOverlay *overlay = nullptr;

    bool isValid() const { return scenario && engine; }
};

} // namespace rackline
