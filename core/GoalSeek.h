// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Outcome.h"
#include "Scenario.h"

#include <QString>

namespace rackline {

/// "How many units of `deployment.system`, placed like `deployment` (partner, start, ramp,
/// phase, commitment), make `outcome` reach `target`?"
struct GoalSeekRequest {
    Deployment deployment; ///< its count is what is sought
    Outcome outcome;
    double target = 0;
};

struct GoalSeekResult {
    enum class Status { Reached, AlreadyReached, Unreachable };
    Status status = Status::Unreachable;
    double count = 0;         ///< the fewest whole units that reach the target
    double value = 0;         ///< the outcome with `count` units
    double valueOneLess = 0;  ///< ... with one unit fewer (below the target)
};

/// Searches the count on the engine's one-item path (each try costs microseconds): the
/// outcome never falls as units are added, so a doubling search then a bisection over whole
/// units finds the smallest count that reaches the target.
GoalSeekResult goalSeek(const Scenario &scenario, const GoalSeekRequest &request,
                        const Catalog &catalog = Catalog::builtIn());

} // namespace rackline
