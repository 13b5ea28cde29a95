// SPDX-License-Identifier: MIT
// A scenario of 100,000 deployments through the editor's own paths: open (read on a worker
// thread), a language change, edit, undo, save (written on a worker thread) and reopen give
// the same scenario; the window keeps turning its event loop through each of those steps,
// and while the user switches between two such windows.

#include "UiTestSupport.h"

#include <SyntheticScenario.h>
#include <commands/MoveDeploymentsCommand.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <climits>
#include <utility>

using namespace rackline;
using namespace rackline::test;

class BigScenarioTest : public QObject
{
    Q_OBJECT

private:
    /// The longest the event loop stood still while `action` ran and until `settled`, plus
    /// half a second after it for the work the window defers to timers. A zero-interval timer
    /// runs on every turn of the loop, so the longest gap between its runs is the longest
    /// time the window could not have answered the user. The loop is a plain QEventLoop:
    /// QTest::qWaitFor sleeps between turns, which a gap would count.
    template<typename Action, typename Settled>
    static qint64 longestPause(Action action, Settled settled)
    {
        QElapsedTimer sinceTurn, sinceSettled, overall;
        qint64 longest = 0;
        bool acted = false; // `action` may turn the loop itself (a progress dialog's wait)
        QEventLoop loop;
        QTimer turn;
        turn.setInterval(0);
        QObject::connect(&turn, &QTimer::timeout, [&] {
            longest = std::max(longest, sinceTurn.restart());
            if (acted && !sinceSettled.isValid() && settled())
                sinceSettled.start();
            if ((sinceSettled.isValid() && sinceSettled.elapsed() > 500) || overall.elapsed() > 300'000)
                loop.quit();
        });
        overall.start();
        sinceTurn.start();
        turn.start();
        action();
        acted = true;
        loop.exec();
        if (!sinceSettled.isValid())
            qWarning("not settled after 5 minutes");
        return longest;
    }
    template<typename Action>
    static qint64 longestPause(Action action)
    {
        return longestPause(action, [] { return true; });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hundredThousandDeploymentsRoundTrip()
    {
        const int deployments = qEnvironmentVariableIntValue("RACKLINE_BIG_DEPLOYMENTS") > 0
            ? qEnvironmentVariableIntValue("RACKLINE_BIG_DEPLOYMENTS")
            : 100'000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Scenario big = bench::makeSyntheticScenario(deployments);
        const QString file = dir.filePath(QStringLiteral("big.json"));
        QCOMPARE(saveScenarioFile(big, file), QString());

        auto window = openWindow();
        ScenarioDocument *doc = window->document();
        TimelineScene *scene = window->timeline()->scene();

        // Responsiveness, not speed: the longest the event loop stood still during each step
        // (see longestPause). Generous, for a loaded 2-core machine and sanitizers.
        auto check = [](const char *phase, qint64 pause) {
            qInfo("longest pause of the event loop while %s: %lld ms", phase, pause);
            return pause < 1000;
        };
        // The timeline's progress dialog (it says how many blocks are made): it shows after
        // 100 ms, so it must have been seen when making them took well over that.
        bool progressShown = false;
        QElapsedTimer makingBlocks; // from the first turn of the loop that finds blocks being made
        qint64 blocksMadeIn = 0;
        auto building = [&](TimelineScene *target) {
            for (QProgressDialog *dialog : target->views().first()->window()->findChildren<QProgressDialog *>())
                progressShown = progressShown || (dialog->isVisible() && dialog->maximum() == deployments);
            if (target->isBuildingBlocks() && !makingBlocks.isValid())
                makingBlocks.start();
            if (makingBlocks.isValid())
                blocksMadeIn = makingBlocks.elapsed();
            return target->isBuildingBlocks();
        };
        auto checkProgress = [&] {
            qInfo("blocks made in %lld ms; progress dialog seen: %s", blocksMadeIn, progressShown ? "yes" : "no");
            return progressShown || blocksMadeIn < 500;
        };
        QString error;
        const qint64 opening = longestPause([&] { error = window->fileActions()->openFile(file); },
                                            [&] { return !building(scene); });
        QCOMPARE(error, QString());
        QVERIFY2(check("opening", opening), "frozen while opening");
        QVERIFY2(checkProgress(), "no progress shown while the blocks were made");
        QVERIFY(scene->deploymentItem(deployments - 1));
        QCOMPARE(int(doc->scenario().deployments.size()), deployments);
        QCOMPARE(writeScenario(doc->scenario()), writeScenario(big));

        // A language change makes every block again (labels and tooltips), in slices behind
        // the progress dialog, and keeps the selected block selected.
        const int selected = deployments / 3;
        scene->selectDeployments({selected});
        progressShown = false;
        makingBlocks.invalidate();
        const qint64 retranslating = longestPause(
            [&] {
                QEvent languageChange(QEvent::LanguageChange);
                QCoreApplication::sendEvent(window->timeline()->view(), &languageChange);
            },
            [&] { return !building(scene); });
        QVERIFY2(check("changing language", retranslating), "frozen while changing language");
        QVERIFY2(checkProgress(), "no progress shown while the blocks were made");
        QCOMPARE(scene->selectedDeployments(), std::vector<int>{selected});

        // An edit and its undo.
        Deployment moved = doc->scenario().deployments[size_t(deployments / 2)];
        moved.start = moved.start.plusMonths(5);
        const qint64 editing = longestPause([&] {
            doc->undoStack()->push(new MoveDeploymentsCommand(doc, {deployments / 2}, {moved},
                                                              MoveDeploymentsCommand::Verb::Move, false));
        });
        QVERIFY2(check("editing", editing), "frozen while editing");
        QCOMPARE(doc->scenario().deployments[size_t(deployments / 2)].start, moved.start);
        // Only the edited block was placed again: at its new month, on a row where its months
        // overlap no other block's (blocks on one row share a y).
        auto placedAlone = [&](int index) {
            const auto &list = doc->scenario().deployments;
            auto months = [&](const Deployment &d) {
                const int start = TimeScale::absoluteMonth(d.start), lifetime = doc->lifetimeOf(d);
                return std::pair(start, lifetime > 0 ? start + lifetime : INT_MAX);
            };
            const QPointF at = scene->deploymentItem(index)->pos();
            if (!qFuzzyCompare(at.x(), scene->timeScale().x(TimeScale::absoluteMonth(list[size_t(index)].start))))
                return false;
            const auto [start, end] = months(list[size_t(index)]);
            for (int j = 0; j < int(list.size()); ++j) {
                const auto [otherStart, otherEnd] = months(list[size_t(j)]);
                if (j != index && scene->deploymentItem(j)->pos().y() == at.y() && otherStart < end && start < otherEnd)
                    return false;
            }
            return true;
        };
        QVERIFY(placedAlone(deployments / 2));
        const qint64 undoing = longestPause([&] { doc->undoStack()->undo(); });
        QVERIFY2(check("undoing", undoing), "frozen while undoing");
        QCOMPARE(writeScenario(doc->scenario()), writeScenario(big));
        QVERIFY(placedAlone(deployments / 2));
        doc->undoStack()->redo();

        // Saved and reopened in another window: the edited scenario, whole.
        const QString copy = dir.filePath(QStringLiteral("big-edited.json"));
        const qint64 saving = longestPause([&] { error = window->fileActions()->saveTo(copy); });
        QCOMPARE(error, QString());
        QVERIFY2(check("saving", saving), "frozen while saving");
        QVERIFY(!doc->isModified());
        MainWindow other;
        other.resize(1600, 1000);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        TimelineScene *otherScene = other.timeline()->scene();
        progressShown = false;
        makingBlocks.invalidate();
        const qint64 reopening = longestPause([&] { error = other.fileActions()->openFile(copy); },
                                              [&] { return !building(otherScene); });
        QCOMPARE(error, QString());
        QVERIFY2(check("reopening", reopening), "frozen while reopening");
        QVERIFY2(checkProgress(), "no progress shown while the blocks were made");
        QCOMPARE(writeScenario(other.document()->scenario()), writeScenario(doc->scenario()));
        QVERIFY(other.document()->engine().totals().isApprox(doc->engine().totals()));

        // Switching between the two windows, each with 100,000 blocks: the one left and the
        // one come back to are told (a timeline once passed that on to every block).
        for (QWidget *target : {static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&other)}) {
            const qint64 switching = longestPause([target] { target->activateWindow(); },
                                                  [target] { return target->isActiveWindow(); });
            QVERIFY(target->isActiveWindow());
            QVERIFY2(check("switching windows", switching), "frozen while switching windows");
        }
    }
};

QTEST_MAIN(BigScenarioTest)
#include "tst_big_scenario.moc"
