// SPDX-License-Identifier: MIT
// The engine's two paths against the plain loop of MODEL.md, on synthetic scenarios of
// N deployments over 240 months (every metric, per partner too).
#include "Engine.h"
#include "ReferenceEngine.h"
#include "SyntheticScenario.h"

#include <benchmark/benchmark.h>

namespace {

using namespace rackline;

/// The full path: every table from the compiled scenario (ids were resolved on load).
void BM_Recompute(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    Engine engine;
    engine.setScenario(scenario);
    for (auto _ : state) {
        engine.recompute();
        benchmark::DoNotOptimize(engine.totals().data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// The one-item path: a deployment moved by a few months, as one mouse move of a drag does.
void BM_MoveOne(benchmark::State &state)
{
    Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    Engine engine;
    engine.setScenario(scenario);
    const int count = int(scenario.deployments.size());
    int step = 0;
    for (auto _ : state) {
        const int index = (step * 7919) % count; // spread over the scenario, deterministic
        Deployment moved = scenario.deployments[size_t(index)];
        moved.start = moved.start.plusMonths((step % 2) ? -3 : 3);
        engine.updateDeployment(index, moved);
        scenario.deployments[size_t(index)] = moved;
        benchmark::DoNotOptimize(engine.totals().data());
        ++step;
    }
}

/// The plain loop over months x deployments x metrics (ReferenceEngine).
void BM_NaiveRecompute(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    for (auto _ : state) {
        ReferenceResults results = computeReference(scenario);
        benchmark::DoNotOptimize(results.totals.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// Loading: ids resolved and everything computed, what opening a file costs after parsing.
void BM_SetScenario(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    Engine engine;
    for (auto _ : state) {
        engine.setScenario(scenario);
        benchmark::DoNotOptimize(engine.totals().data());
    }
}

} // namespace

BENCHMARK(BM_Recompute)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MoveOne)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_NaiveRecompute)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SetScenario)->Arg(100000)->Unit(benchmark::kMillisecond);

#include "MonteCarlo.h"
#include "Sensitivity.h"

namespace {

/// The tornado of every standard lever (about 10 on the synthetic scenario) for one outcome.
void BM_Tornado(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    const std::vector<Lever> levers = standardLevers(scenario);
    const Outcome outcome{Metric::FacilityPowerMw, scenario.timeline.monthAt(scenario.timeline.months / 2)};
    for (auto _ : state)
        benchmark::DoNotOptimize(computeTornado(scenario, outcome, levers));
    state.counters["levers"] = double(levers.size());
}

/// 10,000 Monte Carlo samples (start +/-3 months, prices +/-10%) with their bands.
void BM_MonteCarlo10k(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    MonteCarloRequest request;
    request.samples = 10000;
    request.ranges = Uncertainty{3, 0.1, {}};
    for (auto _ : state)
        benchmark::DoNotOptimize(runMonteCarlo(scenario, request));
}

} // namespace

BENCHMARK(BM_Tornado)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MonteCarlo10k)->Arg(2000)->Unit(benchmark::kMillisecond);
