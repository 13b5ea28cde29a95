// SPDX-License-Identifier: MIT
// Repainting the timeline of a large plan, as a user scrolling or resizing the window sees
// it (the window keeps no pixmap cache of the canvas, so each of those repaints the view):
// - BM_TimelineRepaint: the whole visible canvas painted again, at the zoom a plan opens with.
// - BM_TimelineScrollStep: the canvas scrolled down by a tenth of its height and repainted.
// Counter "blocks": the blocks in view. Target: under 50 ms a repaint at 100,000 deployments.

#include <MainWindow.h>
#include <ScenarioDocument.h>
#include <SyntheticScenario.h>
#include <TimelineScene.h>
#include <TimelineView.h>
#include <TimelineWidget.h>

#include <QApplication>
#include <QScrollBar>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

/// A shown main window with a synthetic plan of `deployments`, its events processed.
std::unique_ptr<rackline::MainWindow> windowWithPlan(int deployments)
{
    auto window = std::make_unique<rackline::MainWindow>();
    window->document()->reset(rackline::bench::makeSyntheticScenario(deployments), QString());
    window->resize(1920, 1080);
    window->show();
    QCoreApplication::processEvents();
    return window;
}

double blocksInView(rackline::TimelineView *view)
{
    return double(view->items(view->viewport()->rect()).size());
}

} // namespace

static void BM_TimelineRepaint(benchmark::State &state)
{
    auto window = windowWithPlan(int(state.range(0)));
    rackline::TimelineView *view = window->timeline()->view();
    for (auto _ : state)
        view->viewport()->repaint();
    state.counters["blocks"] = blocksInView(view);
}
BENCHMARK(BM_TimelineRepaint)->Arg(2000)->Arg(100000)->Unit(benchmark::kMillisecond);

static void BM_TimelineScrollStep(benchmark::State &state)
{
    auto window = windowWithPlan(int(state.range(0)));
    rackline::TimelineView *view = window->timeline()->view();
    QScrollBar *bar = view->verticalScrollBar();
    const int step = std::max(1, view->viewport()->height() / 10);
    int direction = 1;
    for (auto _ : state) {
        if (bar->value() + direction * step > bar->maximum() || bar->value() + direction * step < 0)
            direction = -direction;
        bar->setValue(bar->value() + direction * step);
        view->viewport()->repaint();
    }
    state.counters["blocks"] = blocksInView(view);
}
BENCHMARK(BM_TimelineScrollStep)->Arg(100000)->Unit(benchmark::kMillisecond);

static void BM_TimelineZoomStep(benchmark::State &state)
{
    auto window = windowWithPlan(int(state.range(0)));
    rackline::TimelineView *view = window->timeline()->view();
    bool in = true;
    for (auto _ : state) {
        view->zoomBy(in ? 1.5 : 1 / 1.5, view->viewport()->width() / 2.0);
        in = !in;
        // The index update and the repaint the zoom leads to come from the event loop.
        QCoreApplication::processEvents();
    }
    state.counters["blocks"] = blocksInView(view);
}
BENCHMARK(BM_TimelineZoomStep)->Arg(2000)->Arg(100000)->Unit(benchmark::kMillisecond);
