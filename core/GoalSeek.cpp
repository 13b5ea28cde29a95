// SPDX-License-Identifier: MIT
#include "GoalSeek.h"

#include "Engine.h"

namespace rackline {

GoalSeekResult goalSeek(const Scenario &scenario, const GoalSeekRequest &request, const Catalog &catalog)
{
    Engine engine;
    engine.setScenario(scenario, catalog);
    GoalSeekResult result;
    const double base = request.outcome.valueIn(engine, scenario.timeline);
    if (base >= request.target) {
        result.status = GoalSeekResult::Status::AlreadyReached;
        result.value = base;
        return result;
    }

    Deployment trial = request.deployment;
    trial.count = 1;
    engine.addDeployment(trial);
    const int index = engine.deploymentCount() - 1;
    auto valueWith = [&](double count) {
        trial.count = count;
        engine.updateDeployment(index, trial);
        return request.outcome.valueIn(engine, scenario.timeline);
    };

    // Doubling search for a count that reaches the target; a billion units that do not
    // reach it means the placement cannot (it starts too late, or feeds another metric).
    double low = 0, high = 1;
    constexpr double kMaxUnits = 1e9;
    while (valueWith(high) < request.target) {
        low = high;
        high *= 2;
        if (high > kMaxUnits)
            return result;
    }
    // Invariant: value(low) < target <= value(high), on whole units.
    while (high - low > 1) {
        const double middle = std::floor((low + high) / 2);
        (valueWith(middle) >= request.target ? high : low) = middle;
    }
    result.status = GoalSeekResult::Status::Reached;
    result.count = high;
    result.valueOneLess = low > 0 ? valueWith(low) : base;
    result.value = valueWith(high);
    return result;
}

} // namespace rackline
