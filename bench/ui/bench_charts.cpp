// SPDX-License-Identifier: MIT
// The charts during a drag and at export size:
// - BM_DragStepWithCharts: one mouse-move step in a large plan (one deployment moves a
//   month on the engine's one-item path), then the panel's refresh and the redraw of every
//   visible chart, as the panel does once a frame. Target: under 16 ms.
// - BM_ExportPng4K: the capacity chart written as a 3840x2160 PNG. Target: under 1 s.
//
// Built only when rackline-bench links rackline_charts (its headers are then on the include
// path): until then this file compiles to nothing, so the build stays green.

#if __has_include(<ChartsPanel.h>)

#include <CapacityChart.h>
#include <ChartExporter.h>
#include <ChartView.h>
#include <ChartsPanel.h>
#include <Engine.h>
#include <ScenarioFile.h>
#include <SyntheticScenario.h>

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

static void BM_DragStepWithCharts(benchmark::State &state)
{
    using namespace rackline;
    Scenario scenario = bench::makeSyntheticScenario(int(state.range(0)));
    Engine engine;
    engine.setScenario(scenario, effectiveCatalog(scenario));
    ChartsPanel panel;
    panel.setInput({&scenario, &engine});
    panel.resize(1600, 1000);
    panel.show();
    QCoreApplication::processEvents();

    const int index = int(state.range(0)) / 2;
    const YearMonth start = scenario.deployments[size_t(index)].start;
    bool forth = true;
    for (auto _ : state) {
        Deployment moved = scenario.deployments[size_t(index)];
        moved.start = forth ? start.plusMonths(1) : start;
        forth = !forth;
        scenario.deployments[size_t(index)] = moved;
        engine.updateDeployment(index, moved);
        panel.scheduleRefresh();
        panel.refreshNow();
        // The queued replots and Qt Charts' repaint happen in the event loop, as on screen.
        QCoreApplication::processEvents();
    }
    state.counters["deployments"] = double(state.range(0));
    state.counters["charts"] = double(panel.charts().size());
}
BENCHMARK(BM_DragStepWithCharts)->Arg(2000)->Unit(benchmark::kMillisecond);

static void BM_ExportPng4K(benchmark::State &state)
{
    using namespace rackline;
    const ScenarioLoad load = readScenarioFile(QStringLiteral(":/rackline/scenarios/openai-2025.json"));
    Engine engine;
    engine.setScenario(*load.scenario, effectiveCatalog(*load.scenario));
    CapacityChart chart({&*load.scenario, &engine});
    chart.resize(1280, 720);
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("capacity-4k.png"));
    for (auto _ : state) {
        const QString error = ChartExporter::savePng(chart, file, QSize(1920, 1080), 2.0);
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_ExportPng4K)->Unit(benchmark::kMillisecond);

#endif
