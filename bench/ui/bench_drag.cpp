// SPDX-License-Identifier: MIT
// One mouse-move step of a timeline drag in a large plan: from the QMouseEvent to the
// moved block, the engine's updated totals, the warnings count and the status bar (the
// whole main window is live, as for a user). Each iteration moves the block one month
// back or forth, so every step pushes a real (merged) move command.

#include <DeploymentItem.h>
#include <MainWindow.h>
#include <ScenarioDocument.h>
#include <SyntheticScenario.h>
#include <TimelineScene.h>
#include <TimelineView.h>
#include <TimelineWidget.h>

#include <QApplication>
#include <QMouseEvent>

#include <benchmark/benchmark.h>

namespace {

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

static void BM_DragStep(benchmark::State &state)
{
    using namespace rackline;
    MainWindow window;
    window.document()->reset(bench::makeSyntheticScenario(int(state.range(0))), QString());
    window.resize(1920, 1080);
    window.show();
    QCoreApplication::processEvents();

    TimelineView *view = window.timeline()->view();
    TimelineScene *scene = window.timeline()->scene();
    // Zoom in until a month is wide enough to move by whole months with a few pixels.
    for (int i = 0; i < 12; ++i)
        view->zoomBy(1.5, view->viewport()->width() / 2.0);
    const int index = int(state.range(0)) / 2;
    const Deployment &d = window.document()->scenario().deployments[size_t(index)];
    DeploymentItem *item = scene->deploymentItem(index);
    const double month = TimeScale::absoluteMonth(d.start) + d.rampMonths + 0.5;
    const QPointF scenePoint(scene->timeScale().x(month), item->sceneBoundingRect().center().y());
    view->centerOn(scenePoint);
    QCoreApplication::processEvents();
    const QPoint from = view->mapFromScene(scenePoint);
    const int step = int(scene->timeScale().pixelsPerMonth()) + 1;

    sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseMove, from + QPoint(step, 0), Qt::NoButton, Qt::LeftButton);
    bool forth = false;
    for (auto _ : state) {
        const QPoint to = from + QPoint(forth ? step : 2 * step, 0);
        sendMouse(view->viewport(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        forth = !forth;
        benchmark::DoNotOptimize(window.document()->engine().totals().data());
    }
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
    state.counters["deployments"] = double(state.range(0));
}
BENCHMARK(BM_DragStep)->Arg(2000);
