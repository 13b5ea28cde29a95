// SPDX-License-Identifier: MIT
#include "SafeFileWrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace rackline {

namespace {
class SafeFileWriteText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::SafeFileWrite)
};
} // namespace

QString backupFileName(const QString &fileName)
{
    return fileName + QStringLiteral(".bak");
}

QString writeFileSafely(const QByteArray &bytes, const QString &fileName, PreviousVersion previous)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // QFileDevice reports a failed buffered write as "Unknown error"; the system's own
        // reason (disk full, file too large, I/O error) is what the user needs to read.
        const int systemError = errno;
        const QString reason = systemError != 0 ? qt_error_string(systemError) : file.errorString();
        file.cancelWriting();
        return reason;
    }
    // The backup is made only once the new text is safely on disk beside the old file, so a
    // failed write never costs the previous backup either.
    if (previous == PreviousVersion::KeepBackup && QFileInfo::exists(fileName)) {
        const QString backup = backupFileName(fileName);
        QFile::remove(backup);
        QFile old(fileName);
        if (!old.copy(backup)) {
            const QString reason = old.errorString();
            file.cancelWriting();
            return SafeFileWriteText::tr("the previous version could not be kept as %1: %2")
                .arg(QFileInfo(backup).fileName(), reason);
        }
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace rackline
