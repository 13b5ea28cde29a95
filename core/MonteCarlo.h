// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Metric.h"
#include "Scenario.h"

#include <Eigen/Core>

#include <vector>

namespace rackline {

struct MonteCarloRequest {
    int samples = 2000;
    unsigned seed = 1;
    Uncertainty ranges; ///< start +/- months, price +/- fraction per vendor
    std::vector<Metric> metrics{Metric::PflopsFp8, Metric::FacilityPowerMw, Metric::CumulativeCapexUsdB,
                                Metric::TranchesReleasedUsdB};
};

/// P10, P50 and P90 of each requested metric, per month (columns 0, 1, 2).
struct MonteCarloBands {
    std::vector<Metric> metrics;
    std::vector<Eigen::MatrixX3d> bands; ///< one T x 3 matrix per metric
    int samples = 0;
};

/// Draws `samples` plans from the ranges (seeded: the same seed gives the same bands, on any
/// number of cores) and recomputes each on the engine's fast path, without resolving ids
/// again, one engine per core.
MonteCarloBands runMonteCarlo(const Scenario &scenario, const MonteCarloRequest &request,
                              const Catalog &catalog = Catalog::builtIn());

} // namespace rackline
