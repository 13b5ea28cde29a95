// SPDX-License-Identifier: MIT
// Nothing lost after a crash: a real `rackline` process with unsaved work is killed
// (SIGKILL, no chance to clean up), and the next start offers what it autosaved.

#include "DialogDriver.h"
#include "UiTestSupport.h"

#include <AutosaveManager.h>
#include <DeploymentCsv.h>
#include <RecoveryDialog.h>
#include <SafeFileWrite.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    return writeFileSafely(bytes, fileName).isEmpty();
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    /// The child and this test share settings and the recovery folder, and nothing else.
    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(name), qEnvironmentVariable(name));
        return env;
    }

    QString recoveryDir() const { return AutosaveManager::defaultDirectory(); }

    QStringList recoveryFiles() const
    {
        return QDir(recoveryDir()).entryList({QStringLiteral("session-*.json")}, QDir::Files);
    }

    /// A scenario file and a CSV of two deployments for it, whose ids say where they came from.
    Scenario writePlanAndCsv(const QString &plan, const QString &csv)
    {
        ScenarioLoad bundled = readScenarioFile(FileActions::bundledScenario());
        if (!bundled.ok())
            qFatal("bundled scenario");
        const Scenario &s = *bundled.scenario;
        const Deployment &first = s.deployments.front();
        if (!writeAll(plan, writeScenario(s)))
            qFatal("cannot write %s", qPrintable(plan));
        const QByteArray rows = "id,system,partner,count,start,ramp_months\n"
            "killed-1," + first.system.toUtf8() + ',' + first.partner.toUtf8() + ",1200,2027-04,3\n"
            "killed-2," + first.system.toUtf8() + ',' + first.partner.toUtf8() + ",800,2028-01,0\n";
        if (!writeAll(csv, rows))
            qFatal("cannot write %s", qPrintable(csv));
        // What the child should hold: the plan plus the CSV's rows, as core reads them.
        Scenario expected = s;
        const DeploymentImport import = importDeploymentsCsv(rows, s);
        if (!import.errors.empty() || import.deployments.size() != 2)
            qFatal("CSV not importable");
        expected.deployments.insert(expected.deployments.end(), import.deployments.begin(), import.deployments.end());
        return expected;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Settings and the recovery folder of this test and of its child live in a fresh home.
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, m_home.filePath(QLatin1String(name)).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Rackline"));
        QCoreApplication::setApplicationName(QStringLiteral("Rackline"));
        QVERIFY(recoveryDir().startsWith(m_home.path()));
    }

    void cleanup()
    {
        for (const QString &file : QDir(recoveryDir()).entryList(QDir::Files))
            QFile::remove(QDir(recoveryDir()).filePath(file));
    }

    void killedAppOffersItsWorkAtTheNextStart()
    {
        const QString plan = m_home.filePath(QStringLiteral("plan.json"));
        const QString csv = m_home.filePath(QStringLiteral("more.csv"));
        const Scenario expected = writePlanAndCsv(plan, csv);
        const QByteArray savedPlan = readAll(plan);

        // The real app, with unsaved work (the CSV's rows) and a short autosave interval.
        QProcess app;
        app.setProcessEnvironment(childEnvironment());
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(RACKLINE_GUI_BINARY),
                  {QStringLiteral("--scenario"), plan, QStringLiteral("--import-csv"), csv,
                   QStringLiteral("--autosave-interval"), QStringLiteral("200")});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(recoveryFiles().size() == 1, 60000);
        QVERIFY(AutosaveManager::leftBehind().empty()); // it still runs: not left behind
        app.kill();
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        // Killed: its recovery file stays, and it is now left behind.
        const std::vector<RecoveredWork> left = AutosaveManager::leftBehind();
        QCOMPARE(int(left.size()), 1);
        QCOMPARE(left.front().originalFile, QFileInfo(plan).absoluteFilePath());
        QCOMPARE(readAll(plan), savedPlan); // the saved file was never touched
        {
            const ScenarioLoad autosaved = readScenarioFile(left.front().recoveryFile);
            QVERIFY2(autosaved.ok(), qPrintable(autosaved.error.message()));
            QCOMPARE(writeScenario(*autosaved.scenario), writeScenario(expected));
        }

        // The next start: the recovered work beside the last saved file.
        auto window = openWindow();
        bool savedOffered = false;
        whenModalShows<RecoveryDialog>([&](RecoveryDialog *dialog) {
            savedOffered = dialog->openSavedButton()->isEnabled();
            QTest::mouseClick(dialog->openRecoveredButton(), Qt::LeftButton);
        });
        window->offerRecovery();
        QVERIFY(savedOffered);
        ScenarioDocument *doc = window->document();
        QCOMPARE(writeScenario(doc->scenario()), writeScenario(expected));
        QCOMPARE(QFileInfo(doc->fileName()).absoluteFilePath(), QFileInfo(plan).absoluteFilePath());
        QVERIFY(doc->isModified());
        QVERIFY(window->isWindowModified());
        // The dead session's files are gone; this session's recovery file holds the work.
        QVERIFY(AutosaveManager::leftBehind().empty());
        QCOMPARE(recoveryFiles(), QStringList{QFileInfo(window->autosave()->recoveryFile()).fileName()});

        // Saving writes the plan (keeping the old one as .bak) and drops the recovery file.
        QVERIFY(window->fileActions()->save());
        QVERIFY(!doc->isModified());
        QVERIFY(recoveryFiles().isEmpty());
        QCOMPARE(readAll(backupFileName(plan)), savedPlan);
        QCOMPARE(readAll(plan), writeScenario(expected));
    }

    void autosaveWritesUnsavedWorkAndCleansUpAfterItself()
    {
        auto window = openWindow();
        AutosaveManager *autosave = window->autosave();
        autosave->setInterval(20);
        QVERIFY(recoveryFiles().isEmpty());
        ScenarioDocument *doc = window->document();
        window->addFromPalette(PalettePayload{PalettePayload::Kind::System, doc->scenario().deployments.front().system});
        QVERIFY(doc->isModified());
        QTRY_VERIFY(QFileInfo::exists(autosave->recoveryFile()));
        QCOMPARE(readAll(autosave->recoveryFile()), writeScenario(doc->scenario()));
        // Undo back to the saved state: nothing unsaved, nothing to recover.
        doc->undoStack()->undo();
        QVERIFY(!doc->isModified());
        QVERIFY(!QFileInfo::exists(autosave->recoveryFile()));
        // Edited again, then the window goes away cleanly: no recovery file stays.
        doc->undoStack()->redo();
        QVERIFY(autosave->saveNow());
        QVERIFY(QFileInfo::exists(autosave->recoveryFile()));
        const QString file = autosave->recoveryFile();
        doc->undoStack()->setClean();
        window.reset();
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(recoveryFiles().isEmpty());
    }

    void intervalComesFromTheSettings()
    {
        QCOMPARE(AutosaveManager(new ScenarioDocument(this), this).interval(), AutosaveManager::kDefaultIntervalMs);
        QSettings().setValue(QLatin1String(AutosaveManager::kIntervalKey), 5000);
        QCOMPARE(AutosaveManager(new ScenarioDocument(this), this).interval(), 5000);
        QSettings().remove(QLatin1String(AutosaveManager::kIntervalKey));
    }

    void recoveryChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("later (Esc)") << int(RecoveryDialog::Choice::Later);
        QTest::newRow("discard") << int(RecoveryDialog::Choice::Discard);
        QTest::newRow("open saved") << int(RecoveryDialog::Choice::OpenSaved);
    }

    void recoveryChoices()
    {
        QFETCH(int, choice);
        // Work left by a session that never took a lock (it died at once): a scenario
        // with one deployment less than the saved plan, and where it came from.
        const QString plan = m_home.filePath(QStringLiteral("saved.json"));
        ScenarioLoad bundled = readScenarioFile(FileActions::bundledScenario());
        QVERIFY(bundled.ok());
        QVERIFY(writeAll(plan, writeScenario(*bundled.scenario)));
        Scenario recovered = *bundled.scenario;
        recovered.deployments.pop_back();
        QDir().mkpath(recoveryDir());
        const QString base = QDir(recoveryDir()).filePath(QStringLiteral("session-1-1"));
        QVERIFY(writeAll(base + QStringLiteral(".json"), writeScenario(recovered)));
        QVERIFY(writeAll(base + QStringLiteral(".info"),
                         QJsonDocument(QJsonObject{{QStringLiteral("original"), plan}}).toJson()));

        auto window = openWindow();
        window->document()->reset(FileActions::emptyScenario(), QString());
        whenModalShows<RecoveryDialog>([choice](RecoveryDialog *dialog) {
            if (const QString shots = qEnvironmentVariable("RACKLINE_UI_SHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/recovery-dialog.png"));
            switch (RecoveryDialog::Choice(choice)) {
            case RecoveryDialog::Choice::Later:
                QTest::keyClick(dialog, Qt::Key_Escape);
                break;
            case RecoveryDialog::Choice::Discard:
                QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
                break;
            default:
                QTest::mouseClick(dialog->openSavedButton(), Qt::LeftButton);
            }
        });
        window->offerRecovery();
        const bool kept = RecoveryDialog::Choice(choice) == RecoveryDialog::Choice::Later;
        QCOMPARE(AutosaveManager::leftBehind().size(), kept ? size_t(1) : size_t(0));
        if (RecoveryDialog::Choice(choice) == RecoveryDialog::Choice::OpenSaved) {
            QCOMPARE(writeScenario(window->document()->scenario()), writeScenario(*bundled.scenario));
            QVERIFY(!window->document()->isModified());
        } else {
            QVERIFY(window->document()->scenario().deployments.empty()); // nothing opened
        }
    }
};

QTEST_MAIN(RecoveryTest)
#include "tst_recovery.moc"
