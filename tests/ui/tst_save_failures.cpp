// SPDX-License-Identifier: MIT
// Saves that cannot happen (a read-only folder, a folder that is a file, a full disk) say
// so, naming the file and the reason, and lose nothing: the file on disk stays as it was
// and the window keeps its unsaved work. A file from a newer Rackline is never overwritten.

#include "DialogDriver.h"
#include "UiTestSupport.h"

#include <NewerScenario.h>
#include <SafeFileWrite.h>
#include <commands/AddDeploymentsCommand.h>
#include <commands/MoveDeploymentsCommand.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace rackline;
using namespace rackline::test;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Lowers the largest file this process may write (RLIMIT_FSIZE) while in scope: writes
/// beyond it fail with EFBIG, a real failed write like a full disk's.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of killing the process
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

} // namespace

class SaveFailuresTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    ScenarioDocument *doc() const { return m_window->document(); }

    void moveFirstDeployment(int months)
    {
        Deployment d = doc()->scenario().deployments.front();
        d.start = d.start.plusMonths(months);
        doc()->undoStack()->push(new MoveDeploymentsCommand(doc(), {0}, {d}, MoveDeploymentsCommand::Verb::Move, false));
    }

    /// Saves the bundled plan to `fileName`, reopens it from there and edits it (unsaved).
    QByteArray openEditedPlan(const QString &fileName)
    {
        if (!m_window->fileActions()->saveTo(fileName).isEmpty())
            qFatal("cannot save %s", qPrintable(fileName));
        if (!m_window->fileActions()->openFile(fileName).isEmpty())
            qFatal("cannot open %s", qPrintable(fileName));
        moveFirstDeployment(4);
        return readAll(fileName);
    }

    /// The document still holds the edit, unsaved, under its file name.
    void verifyWorkIntact(const QByteArray &edited, const QString &fileName)
    {
        QCOMPARE(writeScenario(doc()->scenario()), edited);
        QVERIFY(doc()->isModified());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(doc()->fileName(), fileName);
        QCOMPARE(doc()->undoStack()->count(), 1);
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

    void saveKeepsThePreviousVersionAsBackup()
    {
        const QString file = m_dir.filePath(QStringLiteral("backup.json"));
        const QByteArray before = openEditedPlan(file);
        QVERIFY(!QFileInfo::exists(backupFileName(file)));
        QVERIFY(m_window->fileActions()->save());
        QCOMPARE(readAll(backupFileName(file)), before);
        QCOMPARE(readAll(file), writeScenario(doc()->scenario()));
        QVERIFY(readAll(file) != before);
    }

    void saveIntoAReadOnlyFolderShowsWhyAndKeepsEverything()
    {
        if (geteuid() == 0)
            QSKIP("running as root: folder permissions do not stop root (saveWhereTheFolderIsAFile covers the path)");
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/plan.json");
        const QByteArray onDisk = openEditedPlan(file);
        const QByteArray edited = writeScenario(doc()->scenario());
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QString message;
        readAndCloseNextMessageBox(&message);
        const bool saved = m_window->fileActions()->save();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ermission")), qPrintable(message)); // the system's reason
        QCOMPARE(readAll(file), onDisk);
        QVERIFY(!QFileInfo::exists(backupFileName(file)));
        verifyWorkIntact(edited, file);
    }

    void saveWhereTheFolderIsAFileShowsWhyAndKeepsEverything()
    {
        const QString file = m_dir.filePath(QStringLiteral("kept.json"));
        const QByteArray onDisk = openEditedPlan(file);
        const QByteArray edited = writeScenario(doc()->scenario());
        // Saving "under" a regular file fails for every user, root included.
        const QString impossible = file + QStringLiteral("/copy.json");
        const QString error = m_window->fileActions()->saveTo(impossible);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(file), onDisk);
        verifyWorkIntact(edited, file);
    }

    void failedWriteLikeAFullDiskShowsWhyAndKeepsEverything()
    {
        const QString file = m_dir.filePath(QStringLiteral("full.json"));
        const QByteArray onDisk = openEditedPlan(file);
        // The edit makes the text longer than the limit allows (while the backup, a copy of
        // the old file, still fits): a deployment appended with a long source note.
        Deployment extra = doc()->scenario().deployments.front();
        extra.id = QStringLiteral("big-one");
        extra.source = QString(4000, QLatin1Char('x'));
        doc()->undoStack()->push(new AddDeploymentsCommand(doc(), {extra}));
        const QByteArray edited = writeScenario(doc()->scenario());
        QVERIFY(edited.size() > onDisk.size() + 2000);
        QString message;
        bool saved = true;
        {
            FileSizeLimit limit(rlim_t(onDisk.size() + 1000));
            QVERIFY(limit.ok());
            readAndCloseNextMessageBox(&message);
            saved = m_window->fileActions()->save();
        }
        QVERIFY(!saved);
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(readAll(file), onDisk);
        QCOMPARE(writeScenario(doc()->scenario()), edited);
        QVERIFY(doc()->isModified());
        QCOMPARE(doc()->fileName(), file);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full.json*")}, QDir::Files),
                 QStringList{QStringLiteral("full.json")});
        // Once there is room again, the same Save works.
        QVERIFY(m_window->fileActions()->save());
        QCOMPARE(readAll(file), edited);
        QCOMPARE(readAll(backupFileName(file)), onDisk);
    }

    void fileFromANewerRacklineOpensReadOnlyAndIsNeverOverwritten()
    {
        // The bundled plan as a newer Rackline would write it: a higher version and a field
        // this one does not know.
        QJsonObject object = QJsonDocument::fromJson(writeScenario(doc()->scenario())).object();
        object.insert(QStringLiteral("version"), Scenario::kFormatVersion + 1);
        object.insert(QStringLiteral("future_field"), QStringLiteral("kept"));
        const QByteArray newer = QJsonDocument(object).toJson();
        QVERIFY(!readScenario(newer).ok()); // the core refuses it, as MODEL.md says
        const QString file = m_dir.filePath(QStringLiteral("newer.json"));
        QVERIFY(writeFileSafely(newer, file).isEmpty());

        QCOMPARE(m_window->fileActions()->openFile(file), QString());
        QVERIFY(!doc()->readOnlyReason().isEmpty());
        QVERIFY(doc()->readOnlyReason().contains(QString::number(Scenario::kFormatVersion + 1)));
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("read-only")), qPrintable(m_window->windowTitle()));
        QCOMPARE(doc()->scenario().deployments.size(), size_t(object.value(QStringLiteral("deployments")).toArray().size()));

        // Editing is allowed; writing back to that file is not, by any path.
        moveFirstDeployment(1);
        QCOMPARE(m_window->fileActions()->saveTo(file), doc()->readOnlyReason());
        QCOMPARE(doc()->save(file), doc()->readOnlyReason());
        QCOMPARE(readAll(file), newer);
        QVERIFY(doc()->isModified());

        // Save As elsewhere keeps the work (unknown fields too) and ends read-only mode.
        const QString copy = m_dir.filePath(QStringLiteral("newer-copy.json"));
        QCOMPARE(m_window->fileActions()->saveTo(copy), QString());
        QVERIFY(doc()->readOnlyReason().isEmpty());
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(readAll(copy).contains("future_field"));
        QCOMPARE(readAll(file), newer);
    }

    void newerFileThatThisVersionCannotReadIsRefused()
    {
        const QByteArray before = writeScenario(doc()->scenario());
        const QString file = m_dir.filePath(QStringLiteral("newer-broken.json"));
        QVERIFY(writeFileSafely(R"({"format": "rackline-scenario", "version": 99})", file).isEmpty());
        const QString error = m_window->fileActions()->openFile(file);
        QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));
        QCOMPARE(writeScenario(doc()->scenario()), before);
        QVERIFY(doc()->readOnlyReason().isEmpty());
    }
};

QTEST_MAIN(SaveFailuresTest)
#include "tst_save_failures.moc"
