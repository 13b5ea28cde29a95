// SPDX-License-Identifier: MIT
#include "AutosaveManager.h"

#include "ScenarioDocument.h"

#include <SafeFileWrite.h>
#include <ScenarioFile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace rackline {

namespace {

// A session's files share one base name: BASE.json (the scenario), BASE.info (the file it
// belongs to) and BASE.lock (held while that Rackline runs).
QString baseOf(const QString &recoveryFile)
{
    return recoveryFile.chopped(int(qstrlen(".json")));
}

QString originalFileOf(const QString &infoFile)
{
    QFile file(infoFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("original")).toString();
}

/// Writes BASE.info first: a recovery file is only ever listed with its original's name.
QString writeRecovery(const Scenario &scenario, const QByteArray &info, const QString &recoveryFile,
                      const QString &infoFile)
{
    QString error = writeFileSafely(info, infoFile);
    if (error.isEmpty())
        error = writeFileSafely(writeScenario(scenario), recoveryFile);
    if (!error.isEmpty())
        qWarning("Rackline: autosave to %s failed: %s", qPrintable(recoveryFile), qPrintable(error));
    return error;
}

} // namespace

void RecoveredWork::discard() const
{
    const QString base = baseOf(recoveryFile);
    QFile::remove(recoveryFile);
    QFile::remove(base + QStringLiteral(".info"));
    QLockFile lock(base + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        lock.unlock(); // removes the stale lock file
}

AutosaveManager::AutosaveManager(ScenarioDocument *document, QObject *parent, const QString &directory)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    setInterval(QSettings().value(QLatin1String(kIntervalKey), kDefaultIntervalMs).toInt());
    connect(m_timer, &QTimer::timeout, this, &AutosaveManager::saveInBackground);

    // Process id plus start time: unique even when a dead session had the same pid.
    QDir().mkpath(m_directory);
    const QString base = m_directory + QStringLiteral("/session-%1-%2")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(QDateTime::currentMSecsSinceEpoch());
    m_recoveryFile = base + QStringLiteral(".json");
    m_infoFile = base + QStringLiteral(".info");
    m_lock = std::make_unique<QLockFile>(base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qWarning("Rackline: cannot lock %s: work will not be autosaved", qPrintable(m_lock->fileName()));

    connect(document, &ScenarioDocument::changed, this, &AutosaveManager::documentEdited);
    connect(document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            documentEdited();
        else
            clear();
    });
}

AutosaveManager::~AutosaveManager()
{
    clear();
}

QString AutosaveManager::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

std::vector<RecoveredWork> AutosaveManager::leftBehind(const QString &directory)
{
    const QDir dir(directory.isEmpty() ? defaultDirectory() : directory);
    std::vector<RecoveredWork> found;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("session-*.json")}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString base = baseOf(info.absoluteFilePath());
        // Our own lock, or a running Rackline's, cannot be taken; a dead one's can.
        QLockFile lock(base + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        found.push_back({info.absoluteFilePath(), originalFileOf(base + QStringLiteral(".info")), info.lastModified()});
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveredWork &a, const RecoveredWork &b) { return a.savedAt > b.savedAt; });
    return found;
}

int AutosaveManager::interval() const
{
    return m_timer->interval();
}

void AutosaveManager::setInterval(int milliseconds)
{
    m_timer->setInterval(std::max(milliseconds, 10));
}

void AutosaveManager::documentEdited()
{
    if (m_document->isModified() && !m_timer->isActive() && m_lock->isLocked())
        m_timer->start();
}

QByteArray AutosaveManager::infoText() const
{
    // Templates live in resources (":/..."): recovered work of one is untitled.
    QString original = m_document->fileName();
    if (original.startsWith(QLatin1Char(':')))
        original.clear();
    else if (!original.isEmpty())
        original = QFileInfo(original).absoluteFilePath();
    return QJsonDocument(QJsonObject{{QStringLiteral("original"), original}}).toJson();
}

bool AutosaveManager::saveNow()
{
    if (!m_document->isModified() || !m_lock->isLocked())
        return true;
    waitForWriter();
    if (!writeRecovery(m_document->scenario(), infoText(), m_recoveryFile, m_infoFile).isEmpty()) {
        m_timer->start(); // try again later
        return false;
    }
    return true;
}

void AutosaveManager::saveInBackground()
{
    if (!m_document->isModified() || !m_lock->isLocked())
        return;
    if (m_writer && !m_writer->isFinished()) {
        m_timer->start(); // the last write is still going: next time
        return;
    }
    waitForWriter();
    m_writer = QThread::create(writeRecovery, m_document->scenario(), infoText(), m_recoveryFile, m_infoFile);
    m_writer->setParent(this);
    m_writer->start();
}

void AutosaveManager::waitForWriter()
{
    if (!m_writer)
        return;
    m_writer->wait();
    delete m_writer;
    m_writer = nullptr;
}

void AutosaveManager::clear()
{
    m_timer->stop();
    waitForWriter();
    QFile::remove(m_recoveryFile);
    QFile::remove(m_infoFile);
}

} // namespace rackline
