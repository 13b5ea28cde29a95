// SPDX-License-Identifier: MIT
// The file side of opening and reporting a big scenario: text to validated Scenario, and
// back, and the monthly CSV. With BM_SetScenario they make up `rackline-cli report`.
#include "Aggregation.h"
#include "CsvReport.h"
#include "Engine.h"
#include "JsonText.h"
#include "ScenarioFile.h"
#include "SyntheticScenario.h"

#include <QJsonDocument>

#include <benchmark/benchmark.h>

namespace {

using namespace rackline;

void BM_ParseJson(benchmark::State &state)
{
    const QByteArray text = writeScenario(bench::makeSyntheticScenario(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(text));
    state.SetBytesProcessed(state.iterations() * text.size());
}

void BM_ReadScenario(benchmark::State &state)
{
    const QByteArray text = writeScenario(bench::makeSyntheticScenario(int(state.range(0))));
    for (auto _ : state) {
        ScenarioLoad load = readScenario(text);
        if (!load.ok())
            state.SkipWithError("the synthetic scenario did not load");
        benchmark::DoNotOptimize(load);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

void BM_WriteScenario(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(writeScenario(scenario));
}

void BM_MonthlyCsv(benchmark::State &state)
{
    const Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    Engine engine;
    engine.setScenario(scenario);
    for (auto _ : state)
        benchmark::DoNotOptimize(metricsCsv(aggregate(engine.totals(), scenario.timeline, Period::Month)));
}

} // namespace

BENCHMARK(BM_ParseJson)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadScenario)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteScenario)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MonthlyCsv)->Arg(100000)->Unit(benchmark::kMillisecond);
