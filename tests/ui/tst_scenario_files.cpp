// SPDX-License-Identifier: MIT
// Files from the user's side: save and reopen give the same scenario, the title marks
// unsaved changes, and a bad file leaves the open scenario exactly as it was.

#include "UiTestSupport.h"

#include <commands/ModelEquality.h>
#include <commands/MoveDeploymentsCommand.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

class ScenarioFilesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    ScenarioDocument *doc() const { return m_window->document(); }

    /// An edit the way the timeline makes it: a move command on the stack.
    void moveFirstDeployment(int months)
    {
        Deployment d = doc()->scenario().deployments.front();
        d.start = d.start.plusMonths(months);
        doc()->undoStack()->push(
            new MoveDeploymentsCommand(doc(), {0}, {d}, MoveDeploymentsCommand::Verb::Move, false));
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_window = openWindow();
    }

    void cleanup()
    {
        doc()->undoStack()->setClean();
        m_window.reset();
    }

    void saveAndReopenGiveTheSameScenario()
    {
        moveFirstDeployment(3);
        QVERIFY(m_window->isWindowModified());
        const QString file = m_dir.filePath(QStringLiteral("plan.json"));
        QCOMPARE(m_window->fileActions()->saveTo(file), QString());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(doc()->fileName(), file);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("plan.json")));
        QVERIFY(m_window->fileActions()->recentFiles().contains(QFileInfo(file).absoluteFilePath()));
        const QByteArray saved = writeScenario(doc()->scenario());

        // Reopened in a second window, and read by the core: the same scenario.
        MainWindow other;
        QCOMPARE(other.fileActions()->openFile(file), QString());
        QCOMPARE(writeScenario(other.document()->scenario()), saved);
        const ScenarioLoad load = readScenarioFile(file);
        QVERIFY(load.ok());
        QCOMPARE(writeScenario(*load.scenario), saved);
        QCOMPARE(load.scenario->deployments.front().start, doc()->scenario().deployments.front().start);
        QVERIFY(other.document()->engine().totals().isApprox(doc()->engine().totals()));
        // The timeline shows every deployment of the file.
        int blocks = 0;
        for (QGraphicsItem *item : other.timeline()->scene()->items())
            blocks += item->type() == DeploymentItem::Type ? 1 : 0;
        QCOMPARE(blocks, int(load.scenario->deployments.size()));
    }

    void editingAfterSaveMarksModifiedAndUndoReturnsToClean()
    {
        const QString file = m_dir.filePath(QStringLiteral("clean.json"));
        QCOMPARE(m_window->fileActions()->saveTo(file), QString());
        QSignalSpy modified(doc(), &ScenarioDocument::modifiedChanged);
        moveFirstDeployment(1);
        QVERIFY(m_window->isWindowModified());
        doc()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(modified.count(), 2);
    }

    void badFileLeavesTheOpenScenarioUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("malformed JSON") << QByteArray("{ \"format\": \"rackline-scenario\", ") << QString();
        QTest::newRow("bad month") << QByteArray(R"({"format": "rackline-scenario", "version": 1, "name": "x",
            "timeline": {"start": "2026-13", "months": 12}, "partners": [], "deployments": []})")
                                   << QStringLiteral("timeline.start");
        QTest::newRow("newer version") << QByteArray(R"({"format": "rackline-scenario", "version": 99})")
                                       << QStringLiteral("version");
    }

    void badFileLeavesTheOpenScenarioUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, inMessage);
        moveFirstDeployment(2); // unsaved work that must survive
        const QByteArray before = writeScenario(doc()->scenario());
        const int commands = doc()->undoStack()->count();
        const QString fileName = doc()->fileName();
        const int items = int(m_window->timeline()->scene()->items().size());
        QSignalSpy changes(doc(), &ScenarioDocument::changed);

        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        const QString error = m_window->fileActions()->openFile(file);
        QVERIFY(!error.isEmpty());
        if (!inMessage.isEmpty())
            QVERIFY2(error.contains(inMessage), qPrintable(error));

        QCOMPARE(writeScenario(doc()->scenario()), before);
        QCOMPARE(doc()->undoStack()->count(), commands);
        QCOMPARE(doc()->fileName(), fileName);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(changes.count(), 0);
        QCOMPARE(int(m_window->timeline()->scene()->items().size()), items);
        QVERIFY(!m_window->fileActions()->recentFiles().contains(QFileInfo(file).absoluteFilePath()));
    }

    void missingFileIsAnErrorNamingIt()
    {
        const QByteArray before = writeScenario(doc()->scenario());
        const QString error = m_window->fileActions()->openFile(m_dir.filePath(QStringLiteral("nowhere.json")));
        QVERIFY(!error.isEmpty());
        QCOMPARE(writeScenario(doc()->scenario()), before);
    }

    void saveToAnUnwritablePlaceFailsAndKeepsTheDocumentModified()
    {
        moveFirstDeployment(1);
        const QString error = m_window->fileActions()->saveTo(m_dir.filePath(QStringLiteral("missing-dir/x.json")));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_window->isWindowModified());
        QVERIFY(doc()->fileName().isEmpty());
    }

    void newEmptyPlanHasLanesAndNoItems()
    {
        doc()->reset(FileActions::emptyScenario(), QString());
        QVERIFY(doc()->scenario().deployments.empty());
        // One lane per partner plus the power lane.
        QCOMPARE(m_window->timeline()->scene()->lanes().size(), doc()->scenario().partners.size() + 1);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(doc()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(ScenarioFilesTest)
#include "tst_scenario_files.moc"
