// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace rackline {

/// What happens to the file being replaced.
enum class PreviousVersion { Drop, KeepBackup };

/// The backup that a save with PreviousVersion::KeepBackup leaves: "plan.json.bak".
QString backupFileName(const QString &fileName);

/// Writes `bytes` to `fileName` atomically (QSaveFile): the new text goes to a temporary
/// file beside it, which replaces the old file only when it is complete. With KeepBackup
/// the old file is first copied to backupFileName(). On any failure (no folder, read-only,
/// disk full) the old file is untouched and the reason is returned; empty on success.
QString writeFileSafely(const QByteArray &bytes, const QString &fileName,
                        PreviousVersion previous = PreviousVersion::Drop);

} // namespace rackline
