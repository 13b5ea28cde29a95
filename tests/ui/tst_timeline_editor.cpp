// SPDX-License-Identifier: MIT
// The timeline editor driven as a user drives it: drops from the palette, drags of blocks,
// handles and lanes, keys, and undo/redo, checking the model, the engine's totals and what
// the timeline shows.

#include "UiTestSupport.h"

#include <InspectorWidget.h>
#include <PalettePayload.h>
#include <PaletteWidget.h>
#include <CommitmentBracketItem.h>
#include <EditActions.h>
#include <PhaseItem.h>
#include <StatusTotals.h>
#include <Theme.h>
#include <commands/ModelEquality.h>
#include <commands/RemoveItemsCommand.h>

#include <QLineEdit>
#include <QToolButton>

#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

class TimelineEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ScenarioDocument *doc() const { return m_window->document(); }
    TimelineView *view() const { return m_window->timeline()->view(); }
    TimelineScene *scene() const { return m_window->timeline()->scene(); }
    QWidget *viewport() const { return view()->viewport(); }
    double ppm() const { return scene()->timeScale().pixelsPerMonth(); }

    /// Zooms in with ctrl+wheel until months are shown (and drags snap to the month).
    void zoomToMonths()
    {
        const QPoint middle = viewport()->rect().center();
        for (int i = 0; i < 20 && scene()->timeScale().snapMonths() != 1; ++i)
            ctrlWheel(viewport(), middle, 1);
        QCOMPARE(scene()->timeScale().snapMonths(), 1);
    }

    /// A point in the plateau of a deployment's block (not on a handle), made visible.
    QPoint bodyPoint(int index, int monthsAfterRamp = 2)
    {
        const Deployment &d = doc()->scenario().deployments[size_t(index)];
        DeploymentItem *item = scene()->deploymentItem(index);
        const double month = TimeScale::absoluteMonth(d.start) + d.rampMonths + monthsAfterRamp + 0.5;
        const double y = item->sceneBoundingRect().center().y();
        view()->centerOn(QPointF(scene()->timeScale().x(month), y));
        QCoreApplication::processEvents();
        return viewPoint(view(), month, y);
    }

    QByteArray modelBytes() const { return writeScenario(doc()->scenario()); }

    void sendDrop(const QMimeData *data, const QPoint &pos, Qt::KeyboardModifiers modifiers, bool *entered,
                  bool *dropped)
    {
        QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &enter);
        *entered = enter.isAccepted();
        QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &move);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &drop);
        *dropped = drop.isAccepted();
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = openWindow();
    }

    void cleanup()
    {
        // Nothing to save: tests leave the window without the unsaved-changes prompt.
        doc()->undoStack()->setClean();
        m_window.reset();
    }

    void dropFromPaletteCreatesDeploymentInLaneAndMonth_data()
    {
        QTest::addColumn<QString>("partner");
        QTest::addColumn<int>("month");         // the month under the mouse (1..12 of 2027)
        QTest::addColumn<bool>("free");         // Alt held
        QTest::addColumn<QString>("expected");  // where it lands
        // Zoomed out the drop snaps to the nearest quarter; Alt drops on the month itself.
        QTest::newRow("aws, snapped to the quarter") << "aws" << 5 << false << "2027-04";
        QTest::newRow("oracle, Alt: the month") << "oracle" << 5 << true << "2027-05";
        QTest::newRow("amd, snapped forward") << "amd" << 9 << false << "2027-10";
    }

    void dropFromPaletteCreatesDeploymentInLaneAndMonth()
    {
        QFETCH(QString, partner);
        QFETCH(int, month);
        QFETCH(bool, free);
        QFETCH(QString, expected);
        QVERIFY(scene()->timeScale().snapMonths() == 3); // the default, whole-range zoom

        const size_t before = doc()->scenario().deployments.size();
        const int itemsBefore = int(scene()->items().size());
        PalettePayload payload;
        payload.systemId = QStringLiteral("gb300-nvl72");
        std::unique_ptr<QMimeData> data(payload.toMimeData());
        // A fifth of the way into the month, in the middle of the partner's lane.
        const double absolute = 2027 * 12 + (month - 1) + 0.2;
        const QPoint pos = viewPoint(view(), absolute, laneMiddle(scene(), partner));
        bool entered = false, dropped = false;
        sendDrop(data.get(), pos, free ? Qt::AltModifier : Qt::NoModifier, &entered, &dropped);
        QVERIFY(entered);
        QVERIFY(dropped);

        QCOMPARE(doc()->scenario().deployments.size(), before + 1);
        const Deployment &added = doc()->scenario().deployments.back();
        QCOMPARE(added.system, QStringLiteral("gb300-nvl72"));
        QCOMPARE(added.partner, partner);
        QCOMPARE(added.start.toString(), expected);
        QVERIFY(added.count > 0);
        QCOMPARE(doc()->engine().deploymentCount(), int(before + 1));

        // Displayed: a new block in that lane, starting at that month, selected.
        QCOMPARE(int(scene()->items().size()), itemsBefore + 1);
        DeploymentItem *item = scene()->deploymentItem(int(before));
        QVERIFY(item);
        const auto &lane = scene()->lanes()[size_t(scene()->laneOfPartner(partner))];
        QVERIFY(item->sceneBoundingRect().top() >= lane.top);
        QVERIFY(item->sceneBoundingRect().bottom() <= lane.top + lane.height);
        QCOMPARE(item->pos().x(), scene()->timeScale().x(*YearMonth::parse(expected)));
        QVERIFY(item->isSelected());
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::Deployment);
        QVERIFY(m_window->isWindowModified());

        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().deployments.size(), before);
        QCOMPARE(int(scene()->items().size()), itemsBefore);
    }

    void dropIsRefusedForForeignDataAndOnThePowerLane()
    {
        const QByteArray before = modelBytes();
        QMimeData text;
        text.setText(QStringLiteral("gb300-nvl72"));
        const QPoint onAws = viewPoint(view(), 2027 * 12 + 0.5, laneMiddle(scene(), QStringLiteral("aws")));
        bool entered = true, dropped = true;
        sendDrop(&text, onAws, Qt::NoModifier, &entered, &dropped);
        QVERIFY(!entered);

        // A newer payload version is not ours to read.
        QMimeData newer;
        newer.setData(QLatin1String(kSystemMimeType), QByteArray("\x02\x00", 2));
        sendDrop(&newer, onAws, Qt::NoModifier, &entered, &dropped);
        QVERIFY(!entered);

        PalettePayload payload;
        payload.systemId = QStringLiteral("gb300-nvl72");
        std::unique_ptr<QMimeData> data(payload.toMimeData());
        const auto &power = scene()->lanes().back();
        sendDrop(data.get(), viewPoint(view(), 2027 * 12 + 0.5, power.top + power.height / 2), Qt::NoModifier,
                 &entered, &dropped);
        QVERIFY(!dropped);
        QCOMPARE(modelBytes(), before);
    }

    void dropOfPowerPhaseAddsAPhase()
    {
        const size_t before = doc()->scenario().phases.size();
        PalettePayload payload;
        payload.kind = PalettePayload::Kind::PowerPhase;
        std::unique_ptr<QMimeData> data(payload.toMimeData());
        const auto &power = scene()->lanes().back();
        bool entered = false, dropped = false;
        sendDrop(data.get(), viewPoint(view(), 2028 * 12 + 0.1, power.top + power.height / 2), Qt::NoModifier,
                 &entered, &dropped);
        QVERIFY(dropped);
        QCOMPARE(doc()->scenario().phases.size(), before + 1);
        QCOMPARE(doc()->scenario().phases.back().online.toString(), QStringLiteral("2028-01"));
        QVERIFY(doc()->scenario().phases.back().partner.isEmpty());
        QVERIFY(scene()->phaseItem(int(before)));
        // Available power follows: the new phase's capacity at full ramp, years later.
        const Timeline &t = doc()->scenario().timeline;
        const int late = t.indexOf(YearMonth{2031, 1});
        double capacity = 0;
        for (const PowerPhase &p : doc()->scenario().phases)
            capacity += p.capacityMw;
        QCOMPARE(column(doc()->engine().totals(), Metric::AvailablePowerMw)[late], capacity);
    }

    void dragMovesStartLiveAndIsOneUndoStep()
    {
        zoomToMonths();
        const int index = indexOfDeployment(*doc(), QStringLiteral("aws-gb300"));
        QVERIFY(index >= 0);
        const Deployment original = doc()->scenario().deployments[size_t(index)];
        QCOMPARE(original.start.toString(), QStringLiteral("2026-01"));
        const Eigen::VectorXd pflopsBefore = column(doc()->engine().totals(), Metric::PflopsFp8);
        const int commandsBefore = doc()->undoStack()->count();

        const QPoint from = bodyPoint(index);
        const QPoint to = from + QPoint(int(std::lround(5 * ppm())), 0);
        bool liveModel = false, liveTotals = false, liveStatus = false;
        drag(viewport(), from, to, 5, [&](int step) {
            const Deployment &now = doc()->scenario().deployments[size_t(index)];
            if (step >= 3 && now.start != original.start)
                liveModel = true;
            const Eigen::VectorXd pflops = column(doc()->engine().totals(), Metric::PflopsFp8);
            if ((pflops - pflopsBefore).cwiseAbs().maxCoeff() > 1.0)
                liveTotals = true;
            // The status bar shows the engine's number at the month under the mouse.
            const int m = doc()->scenario().timeline.indexOf(TimeScale::fromAbsolute(view()->hoveredMonth()));
            if (m >= 0 && m < pflops.size()
                && m_window->totals()->pflopsText().contains(QLocale().toString(pflops[m], 'f', 0)))
                liveStatus = true;
        });
        QVERIFY2(liveModel, "the model must follow the mouse during the drag");
        QVERIFY2(liveTotals, "the totals must change during the drag");
        QVERIFY(liveStatus);

        const Deployment &moved = doc()->scenario().deployments[size_t(index)];
        QCOMPARE(moved.start.toString(), QStringLiteral("2026-06"));
        QCOMPARE(moved.partner, original.partner);
        QCOMPARE(moved.rampMonths, original.rampMonths);
        QCOMPARE(scene()->deploymentItem(index)->pos().x(), scene()->timeScale().x(YearMonth{2026, 6}));
        // Capacity online in 2026-03 drops: the racks now start three months later.
        const int march = doc()->scenario().timeline.indexOf(YearMonth{2026, 3});
        QVERIFY(column(doc()->engine().totals(), Metric::PflopsFp8)[march] < pflopsBefore[march] - 1);

        QCOMPARE(doc()->undoStack()->count(), commandsBefore + 1);
        const QString text = doc()->undoStack()->undoText();
        QVERIFY2(text.contains(QStringLiteral("Move")) && text.contains(QStringLiteral("GB300"))
                     && text.contains(QStringLiteral("2026-06")) && text.contains(QLocale().toString(3320)),
                 qPrintable(text));

        doc()->undoStack()->undo();
        QVERIFY(sameItem(doc()->scenario().deployments[size_t(index)], original));
        QCOMPARE(scene()->deploymentItem(index)->pos().x(), scene()->timeScale().x(original.start));
        QVERIFY(column(doc()->engine().totals(), Metric::PflopsFp8).isApprox(pflopsBefore));
        QVERIFY(!m_window->isWindowModified());
        doc()->undoStack()->redo();
        QCOMPARE(doc()->scenario().deployments[size_t(index)].start.toString(), QStringLiteral("2026-06"));
    }

    void dragAcrossLanesChangesPartnerAndCommitment()
    {
        const int index = indexOfDeployment(*doc(), QStringLiteral("aws-gb300"));
        const Deployment original = doc()->scenario().deployments[size_t(index)];
        QCOMPARE(original.commitment, QStringLiteral("aws-2025"));
        const int oracle = int(doc()->engine().partnerIds().indexOf(QStringLiteral("oracle")));
        const int aws = int(doc()->engine().partnerIds().indexOf(QStringLiteral("aws")));
        const int m = doc()->scenario().timeline.indexOf(YearMonth{2027, 6});
        const double oracleBefore = column(doc()->engine().partnerTable(oracle), Metric::Accelerators)[m];
        const double awsBefore = column(doc()->engine().partnerTable(aws), Metric::Accelerators)[m];
        const QPoint from = bodyPoint(index, 6);
        const QPoint to(from.x(), view()->mapFromScene(QPointF(0, laneMiddle(scene(), QStringLiteral("oracle")))).y());
        drag(viewport(), from, to);

        const Deployment &moved = doc()->scenario().deployments[size_t(index)];
        QCOMPARE(moved.partner, QStringLiteral("oracle"));
        // Oracle's lane has exactly one commitment: the block takes it.
        QCOMPARE(moved.commitment, QStringLiteral("oracle-2027"));
        QCOMPARE(moved.start, original.start);
        const auto &lane = scene()->lanes()[size_t(scene()->laneOfPartner(QStringLiteral("oracle")))];
        const QRectF box = scene()->deploymentItem(index)->sceneBoundingRect();
        QVERIFY(box.top() >= lane.top && box.bottom() <= lane.top + lane.height);
        // The per-partner tables follow the lane: what AWS loses at full ramp, Oracle gains.
        const double moved_accelerators = original.count * doc()->system(original.system)->accelerators;
        QCOMPARE(column(doc()->engine().partnerTable(oracle), Metric::Accelerators)[m],
                 oracleBefore + moved_accelerators);
        QCOMPARE(column(doc()->engine().partnerTable(aws), Metric::Accelerators)[m],
                 awsBefore - moved_accelerators);
        QVERIFY(doc()->undoStack()->undoText().contains(QStringLiteral("Oracle")));

        doc()->undoStack()->undo();
        QVERIFY(sameItem(doc()->scenario().deployments[size_t(index)], original));
    }

    void handlesChangeRampAndLifetime()
    {
        zoomToMonths();
        const int index = indexOfDeployment(*doc(), QStringLiteral("aws-gb300"));
        const Deployment original = doc()->scenario().deployments[size_t(index)];
        const int lifetime = doc()->lifetimeOf(original);
        QCOMPARE(original.rampMonths, 12);
        DeploymentItem *item = scene()->deploymentItem(index);
        const double s = TimeScale::absoluteMonth(original.start);
        const double top = item->sceneBoundingRect().top() + 2 + 3; // bounding rect has 2 px of margin

        // Ramp: grab the top of the ramp's end and pull it three months later.
        view()->centerOn(QPointF(scene()->timeScale().x(s + original.rampMonths), top));
        QCoreApplication::processEvents();
        QPoint from = viewPoint(view(), s + original.rampMonths, top);
        drag(viewport(), from, from + QPoint(int(std::lround(3 * ppm())), 0));
        QCOMPARE(doc()->scenario().deployments[size_t(index)].rampMonths, 15);
        QCOMPARE(doc()->scenario().deployments[size_t(index)].start, original.start);
        QVERIFY(doc()->undoStack()->undoText().contains(QStringLiteral("ramp")));

        // Lifetime: grab the retirement edge and pull it a year later.
        const double y = item->sceneBoundingRect().center().y();
        view()->centerOn(QPointF(scene()->timeScale().x(s + lifetime), y));
        QCoreApplication::processEvents();
        from = viewPoint(view(), s + lifetime, y) - QPoint(1, 0);
        drag(viewport(), from, from + QPoint(int(std::lround(12 * ppm())), 0));
        const Deployment &changed = doc()->scenario().deployments[size_t(index)];
        QCOMPARE(changed.lifetimeMonths.value_or(-1), lifetime + 12);
        QCOMPARE(changed.start, original.start);
        // Displayed: the block now ends a year later.
        QCOMPARE(item->pos().x() + item->boundingRect().right() - 5,
                 scene()->timeScale().x(s + lifetime + 12));

        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(sameItem(doc()->scenario().deployments[size_t(index)], original));
    }

    void escapeCancelsADragWithoutAnUndoStep()
    {
        zoomToMonths();
        const QByteArray before = modelBytes();
        const int commands = doc()->undoStack()->count();
        const int index = indexOfDeployment(*doc(), QStringLiteral("amd-helios-1"));
        const QPoint from = bodyPoint(index);
        sendMouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 4; ++i)
            sendMouse(viewport(), QEvent::MouseMove, from + QPoint(int(i * 2 * ppm()), 0), Qt::NoButton,
                      Qt::LeftButton);
        QVERIFY(modelBytes() != before); // live during the drag
        QTest::keyClick(view(), Qt::Key_Escape);
        sendMouse(viewport(), QEvent::MouseButtonRelease, from + QPoint(int(8 * ppm()), 0), Qt::LeftButton,
                  Qt::NoButton);
        QCOMPARE(modelBytes(), before);
        QCOMPARE(doc()->undoStack()->count(), commands);
        QVERIFY(!m_window->isWindowModified());
    }

    void multiSelectMovesSeveralAtOnce()
    {
        zoomToMonths();
        const int a = indexOfDeployment(*doc(), QStringLiteral("azure-1-racks"));
        const int b = indexOfDeployment(*doc(), QStringLiteral("azure-2-racks"));
        const Deployment originalA = doc()->scenario().deployments[size_t(a)];
        const Deployment originalB = doc()->scenario().deployments[size_t(b)];
        // Click one, Ctrl+click the other.
        const QPoint pa = bodyPoint(a, 4);
        sendMouse(viewport(), QEvent::MouseButtonPress, pa, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport(), QEvent::MouseButtonRelease, pa, Qt::LeftButton, Qt::NoButton);
        const QPoint pb = bodyPoint(b, 4);
        sendMouse(viewport(), QEvent::MouseButtonPress, pb, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
        sendMouse(viewport(), QEvent::MouseButtonRelease, pb, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier);
        QCOMPARE(scene()->selectedDeployments().size(), size_t(2));
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::Several);

        drag(viewport(), pb, pb + QPoint(int(std::lround(-2 * ppm())), 0));
        QCOMPARE(doc()->scenario().deployments[size_t(a)].start, originalA.start.plusMonths(-2));
        QCOMPARE(doc()->scenario().deployments[size_t(b)].start, originalB.start.plusMonths(-2));
        doc()->undoStack()->undo();
        QVERIFY(sameItem(doc()->scenario().deployments[size_t(a)], originalA));
        QVERIFY(sameItem(doc()->scenario().deployments[size_t(b)], originalB));
    }

    void draggingAPhaseMovesWhenItComesOnline()
    {
        zoomToMonths();
        const int phase = doc()->phaseIndex(QStringLiteral("amd-campus-1"));
        const PowerPhase original = doc()->scenario().phases[size_t(phase)];
        const double availableBefore = column(doc()->engine().totals(), Metric::AvailablePowerMw)
            [doc()->scenario().timeline.indexOf(original.online)];
        // A point inside the phase's band, a few months after it comes online (once the
        // zoom's scroll bar has settled the power lane's height).
        QCoreApplication::processEvents();
        const QPainterPath band = scene()->phaseItem(phase)->shape();
        const double x = scene()->timeScale().x(TimeScale::absoluteMonth(original.online) + original.rampMonths + 3.5);
        double top = -1, bottom = -1;
        const QRectF box = band.boundingRect();
        for (double probe = box.top(); probe <= box.bottom(); probe += 0.25) {
            if (band.contains(QPointF(x, probe))) {
                if (top < 0)
                    top = probe;
                bottom = probe;
            }
        }
        QVERIFY(bottom - top > 4);
        const double y = (top + bottom) / 2; // the middle of its band, away from its neighbours
        view()->centerOn(QPointF(x, y));
        QCoreApplication::processEvents();
        const QPoint from = view()->mapFromScene(QPointF(x, y));

        drag(viewport(), from, from + QPoint(int(std::lround(4 * ppm())), 0));

        const PowerPhase &moved = doc()->scenario().phases[size_t(phase)];
        QCOMPARE(moved.online.toString(), original.online.plusMonths(4).toString());
        QCOMPARE(moved.capacityMw, original.capacityMw);
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::Phase);
        // Less power is available in the month it used to come online.
        QVERIFY(column(doc()->engine().totals(), Metric::AvailablePowerMw)
                    [doc()->scenario().timeline.indexOf(original.online)] < availableBefore);
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->undoStack()->undo();
        QVERIFY(sameItem(doc()->scenario().phases[size_t(phase)], original));
    }

    void rubberBandSelectsTheBlocksItCrosses()
    {
        const auto &lane = scene()->lanes()[size_t(scene()->laneOfPartner(QStringLiteral("aws")))];
        // From an empty spot in early 2024 (before any AWS block) across the lane into 2026.
        const QPoint from = viewPoint(view(), 2024 * 12 + 2, lane.top + 2);
        const QPoint to = viewPoint(view(), 2026 * 12 + 5, lane.top + lane.height - 2);
        drag(viewport(), from, to, 8);
        std::vector<int> selected = scene()->selectedDeployments();
        std::sort(selected.begin(), selected.end());
        std::vector<int> expected = {indexOfDeployment(*doc(), QStringLiteral("aws-gb200")),
                                     indexOfDeployment(*doc(), QStringLiteral("aws-gb300"))};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::Several);
        QCOMPARE(doc()->undoStack()->count(), 0); // selecting edits nothing
    }

    void arrowKeysNudgeByMonthAndQuarter()
    {
        const int index = indexOfDeployment(*doc(), QStringLiteral("google-tpu-v6e"));
        const YearMonth start = doc()->scenario().deployments[size_t(index)].start;
        m_window->activateWindow();
        view()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The keyboard path to a block: "]" walks the blocks lane by lane.
        QVERIFY(scene()->selectedDeployments().empty());
        for (size_t i = 0; i < doc()->scenario().deployments.size(); ++i) {
            QTest::keyClick(view(), Qt::Key_BracketRight);
            QCOMPARE(scene()->selectedDeployments().size(), size_t(1));
            if (scene()->selectedDeployments().front() == index)
                break;
        }
        QCOMPARE(scene()->selectedDeployments(), std::vector<int>{index});
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(doc()->scenario().deployments[size_t(index)].start, start.plusMonths(1));
        QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(doc()->scenario().deployments[size_t(index)].start, start.plusMonths(4));
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(indexOfDeployment(*doc(), QStringLiteral("google-tpu-v6e")), -1);
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().deployments[size_t(index)].start, start);
    }

    void paletteEnterAddsWithoutDragging()
    {
        const size_t before = doc()->scenario().deployments.size();
        QTreeWidget *tree = m_window->palette()->tree();
        QTreeWidgetItem *item = m_window->palette()->itemForSystem(QStringLiteral("mi450-helios"));
        QVERIFY(item);
        tree->setCurrentItem(item);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(doc()->scenario().deployments.size(), before + 1);
        // An AMD system goes to AMD's lane when no block is selected.
        QCOMPARE(doc()->scenario().deployments.back().system, QStringLiteral("mi450-helios"));
        QCOMPARE(doc()->scenario().deployments.back().partner, QStringLiteral("amd"));
    }

    void inspectorEditsAreUndoable()
    {
        const int index = indexOfDeployment(*doc(), QStringLiteral("aws-gb200"));
        const Deployment original = doc()->scenario().deployments[size_t(index)];
        scene()->selectDeployments({index});
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::Deployment);
        QCOMPARE(m_window->inspector()->countEditor()->value(), original.count);
        m_window->inspector()->countEditor()->setValue(1234);
        QCOMPARE(doc()->scenario().deployments[size_t(index)].count, 1234.0);
        m_window->inspector()->rampEditor()->setValue(3);
        QCOMPARE(doc()->scenario().deployments[size_t(index)].rampMonths, 3);
        // The block follows: its ramp is now three months wide.
        QVERIFY(scene()->deploymentItem(index)->toolTip().contains(QStringLiteral("3 month")));
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(sameItem(doc()->scenario().deployments[size_t(index)], original));
        QCOMPARE(m_window->inspector()->countEditor()->value(), original.count);
    }

    void undoAndRedoRestoreTheModelExactly()
    {
        zoomToMonths();
        const QByteArray original = modelBytes();
        // A drop, a move, a lane change and a ramp change.
        PalettePayload payload;
        payload.systemId = QStringLiteral("b300");
        std::unique_ptr<QMimeData> data(payload.toMimeData());
        view()->centerOn(QPointF(scene()->timeScale().x(2027 * 12 + 3.5), laneMiddle(scene(), QStringLiteral("google"))));
        bool entered = false, dropped = false;
        sendDrop(data.get(), viewPoint(view(), 2027 * 12 + 3.5, laneMiddle(scene(), QStringLiteral("google"))),
                 Qt::NoModifier, &entered, &dropped);
        QVERIFY(dropped);
        const int index = indexOfDeployment(*doc(), QStringLiteral("oracle-stargate-1-racks"));
        QPoint from = bodyPoint(index);
        drag(viewport(), from, from + QPoint(int(std::lround(7 * ppm())), 0));
        from = bodyPoint(index);
        drag(viewport(), from,
             QPoint(from.x(), view()->mapFromScene(QPointF(0, laneMiddle(scene(), QStringLiteral("microsoft")))).y()));
        m_window->inspector()->rampEditor()->setValue(2);
        const QByteArray edited = modelBytes();
        QVERIFY(edited != original);
        QCOMPARE(doc()->undoStack()->count(), 4);

        while (doc()->undoStack()->canUndo())
            doc()->undoStack()->undo();
        QCOMPARE(modelBytes(), original);
        QVERIFY(!m_window->isWindowModified());
        // The engine agrees with a fresh one computed from the restored model.
        Engine fresh;
        fresh.setScenario(doc()->scenario());
        QVERIFY(fresh.totals().isApprox(doc()->engine().totals()));

        while (doc()->undoStack()->canRedo())
            doc()->undoStack()->redo();
        QCOMPARE(modelBytes(), edited);
        fresh.setScenario(doc()->scenario());
        QVERIFY(fresh.totals().isApprox(doc()->engine().totals()));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    }

    void warningIsDrawnOnABlockPlacedBeforeItsSystemShips()
    {
        zoomToMonths();
        const int index = indexOfDeployment(*doc(), QStringLiteral("nvidia-gw1-vr-cpx"));
        QCOMPARE(scene()->deploymentItem(index)->warnings() & DeploymentItem::BeforeAvailable, 0);
        const QString warningsBefore = m_window->totals()->warningsText();
        const QPoint from = bodyPoint(index);
        drag(viewport(), from, from - QPoint(int(std::lround(6 * ppm())), 0));
        QCOMPARE(doc()->scenario().deployments[size_t(index)].start.toString(), QStringLiteral("2026-06"));
        QVERIFY(scene()->deploymentItem(index)->warnings() & DeploymentItem::BeforeAvailable);
        QVERIFY(m_window->totals()->warningsText() != warningsBefore);
        // The count takes the user to the warned block.
        scene()->clearSelection();
        auto *count = m_window->totals()->findChild<QToolButton *>();
        QVERIFY(count);
        bool reached = false;
        for (int i = 0; i < 10 && !reached; ++i) {
            QTest::mouseClick(count, Qt::LeftButton);
            reached = scene()->selectedDeployments() == std::vector<int>{index};
        }
        QVERIFY(reached);
        doc()->undoStack()->undo();
        QCOMPARE(scene()->deploymentItem(index)->warnings() & DeploymentItem::BeforeAvailable, 0);
    }

    void duplicateCopyPasteAndDelete()
    {
        const int index = indexOfDeployment(*doc(), QStringLiteral("amd-helios-2"));
        const Deployment original = doc()->scenario().deployments[size_t(index)];
        const size_t before = doc()->scenario().deployments.size();
        scene()->selectDeployments({index});
        m_window->editActions()->duplicate();
        QCOMPARE(doc()->scenario().deployments.size(), before + 1);
        const Deployment copy = doc()->scenario().deployments.back();
        QVERIFY(copy.id != original.id);
        QCOMPARE(copy.system, original.system);
        QCOMPARE(copy.count, original.count);
        QCOMPARE(copy.start, original.start);
        // The copy is selected and shown as its own block.
        QCOMPARE(scene()->selectedDeployments(), std::vector<int>{int(before)});
        QVERIFY(scene()->deploymentItem(int(before)));

        m_window->editActions()->copy();
        m_window->editActions()->paste();
        QCOMPARE(doc()->scenario().deployments.size(), before + 2);
        QVERIFY(doc()->scenario().deployments.back().id != copy.id);

        // Every deployment's totals count: two more copies, twice the accelerators at full ramp.
        const int m = doc()->scenario().timeline.indexOf(YearMonth{2031, 1});
        Engine without;
        Scenario base = doc()->scenario();
        base.deployments.resize(before);
        without.setScenario(base);
        QCOMPARE(column(doc()->engine().totals(), Metric::Accelerators)[m],
                 column(without.totals(), Metric::Accelerators)[m]
                     + 2 * original.count * doc()->system(original.system)->accelerators);

        m_window->editActions()->deleteSelection();
        QCOMPARE(doc()->scenario().deployments.size(), before + 1);
        // The deleted block's index now belongs to nothing; no other block got selected.
        QVERIFY(scene()->selectedDeployments().empty());
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::None);
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().deployments.size(), before);
    }

    void deletingKeepsTheSelectionOnTheSameBlocks()
    {
        const int first = indexOfDeployment(*doc(), QStringLiteral("nvidia-gw1-vr-cpx"));
        const int kept = indexOfDeployment(*doc(), QStringLiteral("amd-helios-3"));
        QVERIFY(first < kept);
        // Delete an earlier block through the document's stack while a later one is selected.
        scene()->selectDeployments({kept});
        doc()->undoStack()->push(new RemoveItemsCommand(doc(), {first}, {}));
        QCOMPARE(scene()->selectedDeployments(), std::vector<int>{kept - 1});
        QCOMPARE(doc()->scenario().deployments[size_t(kept - 1)].id, QStringLiteral("amd-helios-3"));
        doc()->undoStack()->undo();
        QCOMPARE(scene()->selectedDeployments(), std::vector<int>{kept});
    }

    void paletteSearchFiltersSystems()
    {
        PaletteWidget *palette = m_window->palette();
        QTest::keyClicks(palette->searchField(), QStringLiteral("rubin"));
        QVERIFY(!palette->itemForSystem(QStringLiteral("vr-nvl144"))->isHidden());
        QVERIFY(!palette->itemForSystem(QStringLiteral("rubin-ultra-nvl576"))->isHidden());
        QVERIFY(palette->itemForSystem(QStringLiteral("gb200-nvl72"))->isHidden());
        QVERIFY(palette->itemForSystem(QStringLiteral("mi450-helios"))->parent()->isHidden());
        palette->searchField()->clear();
        QVERIFY(!palette->itemForSystem(QStringLiteral("gb200-nvl72"))->isHidden());
    }

    void deletingAPhaseUnlinksItsDeploymentsUntilUndo()
    {
        const QByteArray before = modelBytes();
        const int phase = doc()->phaseIndex(QStringLiteral("amd-campus-1"));
        QVERIFY(phase >= 0);
        const int deployment = indexOfDeployment(*doc(), QStringLiteral("amd-helios-1"));
        QCOMPARE(doc()->scenario().deployments[size_t(deployment)].phase, QStringLiteral("amd-campus-1"));
        scene()->phaseItem(phase)->setSelected(true);
        QCOMPARE(m_window->inspector()->kind(), InspectorWidget::Kind::Phase);
        m_window->editActions()->deleteSelection();
        QCOMPARE(doc()->phaseIndex(QStringLiteral("amd-campus-1")), -1);
        QVERIFY(scene()->selectedPhases().empty()); // not the phase that took its index
        QVERIFY(doc()->scenario().deployments[size_t(deployment)].phase.isEmpty());
        // What is written is a valid scenario again.
        QVERIFY(readScenario(modelBytes()).ok());
        doc()->undoStack()->undo();
        QCOMPARE(modelBytes(), before);
    }

    /// Not a check: with RACKLINE_UI_SHOTS=DIR, saves pictures of editing states (a
    /// selection in the inspector, a zoom to months, a drag in progress, the dark theme) for
    /// people to look at.
    void saveScreenshotsWhenAsked()
    {
        const QString dir = qEnvironmentVariable("RACKLINE_UI_SHOTS");
        if (dir.isEmpty())
            QSKIP("set RACKLINE_UI_SHOTS=DIR to save screenshots");
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
            const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            m_window->resize(size);
            QCoreApplication::processEvents();
            const int index = indexOfDeployment(*doc(), QStringLiteral("nvidia-gw1-vr-cpx"));
            scene()->selectDeployments({index});
            QCoreApplication::processEvents();
            m_window->grab().save(dir + QStringLiteral("/selected") + suffix);

            zoomToMonths();
            const QPoint from = bodyPoint(index);
            sendMouse(viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
            for (int i = 1; i <= 4; ++i)
                sendMouse(viewport(), QEvent::MouseMove, from - QPoint(int(i * 2 * ppm()), 0), Qt::NoButton,
                          Qt::LeftButton);
            QCoreApplication::processEvents();
            m_window->grab().save(dir + QStringLiteral("/dragging") + suffix);
            sendMouse(viewport(), QEvent::MouseButtonRelease, from - QPoint(int(8 * ppm()), 0), Qt::LeftButton,
                      Qt::NoButton);
            doc()->undoStack()->undo();
            view()->zoomToFit();
        }
        // The inspector's other pages: a power phase, then a commitment.
        scene()->clearSelection();
        scene()->phaseItem(doc()->phaseIndex(QStringLiteral("amd-campus-2")))->setSelected(true);
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/phase-1280x720.png"));
        scene()->clearSelection();
        for (QGraphicsItem *item : scene()->items()) {
            if (item->type() == CommitmentBracketItem::Type) {
                item->setSelected(true);
                break;
            }
        }
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/commitment-1280x720.png"));

        // The extremes of the zoom: quarters, and a single month filling the canvas.
        m_window->resize(1920, 1080);
        view()->zoomToFit();
        view()->zoomBy(2.0, 0);
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/quarters-1920x1080.png"));
        view()->zoomBy(1000.0, 0);
        view()->scrollToMonth(TimeScale::absoluteMonth({2027, 3}));
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/one-month-1920x1080.png"));
        view()->zoomToFit();
        applyTheme(Theme::Dark);
        m_window->resize(1920, 1080);
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/dark-1920x1080.png"));
        applyTheme(Theme::System);
    }
};

QTEST_MAIN(TimelineEditorTest)
#include "tst_timeline_editor.moc"
