// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;
class QThread;
class QTimer;

namespace rackline {

class ScenarioDocument;

/// Work that a Rackline which did not close properly (a crash, a kill, a power cut) left
/// in the recovery folder: its last autosave and the file it belonged to.
struct RecoveredWork {
    QString recoveryFile; ///< a plain scenario file
    QString originalFile; ///< the file it was opened from or saved to; empty when untitled
    QDateTime savedAt;

    /// Deletes the recovery file and its companions (after the user chose).
    void discard() const;
};

/// Writes the open scenario to a recovery file once a minute (configurable) while it has
/// unsaved changes, and removes it when the changes are saved or dropped, or the window
/// closes cleanly. While this Rackline runs it holds a lock file beside its recovery file;
/// a recovery file whose lock is stale belongs to a Rackline that ended without closing,
/// and is offered at the next start (RecoveryDialog).
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60'000;
    /// QSettings key of the interval in milliseconds.
    static constexpr const char *kIntervalKey = "autosave/intervalMs";

    /// `directory` empty: defaultDirectory(). The interval is read from QSettings.
    explicit AutosaveManager(ScenarioDocument *document, QObject *parent = nullptr,
                             const QString &directory = QString());
    ~AutosaveManager() override;

    /// The "recovery" folder in the application's data location.
    static QString defaultDirectory();
    /// Work left by Rackline processes that are no longer running, newest first.
    static std::vector<RecoveredWork> leftBehind(const QString &directory = QString());

    QString directory() const { return m_directory; }
    int interval() const;
    void setInterval(int milliseconds);
    QString recoveryFile() const { return m_recoveryFile; }

    /// Writes the recovery file now (when there are unsaved changes); false on failure.
    bool saveNow();
    /// What the timer does: the same on a worker thread, from a copy of the scenario, so
    /// that a big scenario does not stop the window once a minute.
    void saveInBackground();
    /// Removes this session's recovery file (the work was saved, dropped, or the window closed).
    void clear();

private:
    void documentEdited();
    /// The text of BASE.info: the file the work belongs to.
    QByteArray infoText() const;
    /// Waits for a background write, so that nothing writes after clear().
    void waitForWriter();

    ScenarioDocument *m_document;
    QString m_directory;
    QTimer *m_timer;
    std::unique_ptr<QLockFile> m_lock;
    QString m_recoveryFile;
    QString m_infoFile;
    QThread *m_writer = nullptr;
};

} // namespace rackline
