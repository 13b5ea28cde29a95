// SPDX-License-Identifier: MIT
// A scenario of 100,000 deployments through the editor's own paths: open (read on a worker
// thread), edit, undo, save (written on a worker thread) and reopen give the same scenario;
// the window keeps turning its event loop while the file is read and its blocks are made.

#include "UiTestSupport.h"

#include <SyntheticScenario.h>
#include <commands/MoveDeploymentsCommand.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

class BigScenarioTest : public QObject
{
    Q_OBJECT

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

        // Responsiveness, not speed: a timer ticking every 50 ms keeps ticking while the file
        // is opened and its blocks are made; the longest pause between ticks is the longest
        // the window stood frozen. Generous, for a loaded 2-core machine and sanitizers.
        QElapsedTimer sinceTick;
        qint64 longestPause = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, [&] {
            longestPause = std::max(longestPause, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start();
        QCOMPARE(window->fileActions()->openFile(file), QString());
        TimelineScene *scene = window->timeline()->scene();
        QTRY_VERIFY_WITH_TIMEOUT(!scene->isBuildingBlocks(), 300'000);
        longestPause = std::max(longestPause, sinceTick.elapsed());
        ticker.stop();
        qInfo("longest pause of the event loop while opening: %lld ms", longestPause);
        QVERIFY2(longestPause < 1000, qPrintable(QStringLiteral("frozen for %1 ms").arg(longestPause)));
        QVERIFY(scene->deploymentItem(deployments - 1));
        QCOMPARE(int(doc->scenario().deployments.size()), deployments);
        QCOMPARE(writeScenario(doc->scenario()), writeScenario(big));

        // An edit and its undo.
        Deployment moved = doc->scenario().deployments[size_t(deployments / 2)];
        moved.start = moved.start.plusMonths(5);
        doc->undoStack()->push(new MoveDeploymentsCommand(doc, {deployments / 2}, {moved},
                                                          MoveDeploymentsCommand::Verb::Move, false));
        QCOMPARE(doc->scenario().deployments[size_t(deployments / 2)].start, moved.start);
        doc->undoStack()->undo();
        QCOMPARE(writeScenario(doc->scenario()), writeScenario(big));
        doc->undoStack()->redo();

        // Saved and reopened in another window: the edited scenario, whole.
        const QString copy = dir.filePath(QStringLiteral("big-edited.json"));
        QCOMPARE(window->fileActions()->saveTo(copy), QString());
        QVERIFY(!doc->isModified());
        MainWindow other;
        QCOMPARE(other.fileActions()->openFile(copy), QString());
        QCOMPARE(writeScenario(other.document()->scenario()), writeScenario(doc->scenario()));
        QVERIFY(other.document()->engine().totals().isApprox(doc->engine().totals()));
    }
};

QTEST_MAIN(BigScenarioTest)
#include "tst_big_scenario.moc"
