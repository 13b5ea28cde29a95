// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the widget tests: synthesized mouse and drag events for the timeline (a
// QGraphicsScene ignores QTest's mouse press, and QDrag::exec is not scriptable, so the
// tests build the events and send them to the view's viewport in view coordinates).

#include <DeploymentItem.h>
#include <FileActions.h>
#include <MainWindow.h>
#include <ScenarioDocument.h>
#include <TimelineScene.h>
#include <TimelineView.h>
#include <TimelineWidget.h>

#include <ScenarioFile.h>

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTest>

namespace rackline::test {

inline void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

/// Press at `from`, move in `steps` equal steps to `to`, release: a real drag. `during`
/// runs after every move, while the button is still down.
template<typename During>
void drag(QWidget *viewport, const QPoint &from, const QPoint &to, int steps, During during,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= steps; ++i) {
        const QPoint p = from + (to - from) * i / steps;
        sendMouse(viewport, QEvent::MouseMove, p, Qt::NoButton, Qt::LeftButton, modifiers);
        during(i);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

inline void drag(QWidget *viewport, const QPoint &from, const QPoint &to, int steps = 6)
{
    drag(viewport, from, to, steps, [](int) {});
}

/// A ctrl+wheel notch over the viewport: the user's zoom gesture.
inline void ctrlWheel(QWidget *viewport, const QPoint &pos, int notches)
{
    QWheelEvent event(QPointF(pos), viewport->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

/// Viewport point of an absolute month (plus a fraction) at a scene y.
inline QPoint viewPoint(TimelineView *view, double absoluteMonth, double sceneY)
{
    const TimeScale &scale = view->timelineScene()->timeScale();
    return view->mapFromScene(QPointF(scale.x(absoluteMonth), sceneY));
}

inline int indexOfDeployment(const ScenarioDocument &document, const QString &id)
{
    const auto &list = document.scenario().deployments;
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return int(i);
    }
    return -1;
}

/// The scene's lane for a partner, with the y of its middle.
inline double laneMiddle(TimelineScene *scene, const QString &partner)
{
    const auto &lane = scene->lanes()[size_t(scene->laneOfPartner(partner))];
    return lane.top + lane.height / 2;
}

/// A main window with the bundled scenario open, shown at a fixed size.
inline std::unique_ptr<MainWindow> openWindow()
{
    auto window = std::make_unique<MainWindow>();
    const QString error = window->fileActions()->newFromTemplate(FileActions::bundledScenario());
    if (!error.isEmpty())
        qFatal("bundled scenario: %s", qPrintable(error));
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    QCoreApplication::processEvents();
    return window;
}

} // namespace rackline::test
