// SPDX-License-Identifier: MIT
#pragma once

#include "Scenario.h"

namespace rackline::bench {

/// A large, plausible scenario for benchmarks: `deployments` deployments of built-in systems
/// spread over 8 partner lanes and `months` months (some starting before the window), with
/// ramps, lifetimes, power phases with and without their own PUE, and commitments of every
/// kind (two investments with tranches). Deterministic for a given seed.
Scenario makeSyntheticScenario(int deployments, int months = 240, unsigned seed = 42);

} // namespace rackline::bench
