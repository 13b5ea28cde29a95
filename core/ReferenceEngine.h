// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "MetricTable.h"
#include "Scenario.h"

#include <vector>

namespace rackline {

/// MODEL.md's formulas written out as plainly as possible: a loop over months x deployments
/// x metrics. It is the oracle the tests hold Engine to, and the baseline of the
/// benchmarks' speed-up; never used by the app.
struct ReferenceResults {
    MetricTable totals;
    std::vector<MetricTable> partners; ///< in the scenario's partner order
};

ReferenceResults computeReference(const Scenario &scenario, const Catalog &catalog = Catalog::builtIn());

/// rho(m; s, r) of MODEL.md.
double rampFraction(int month, int start, int ramp);

} // namespace rackline
