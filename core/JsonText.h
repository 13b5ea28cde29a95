// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace rackline {

/// Parses JSON text; malformed text throws LoadErrorException naming the line and column.
QJsonValue parseJsonText(const QByteArray &text);

/// Writes JSON deterministically, so that a file saved twice is identical byte for byte:
/// two-space indentation, the keys Rackline knows in the order of MODEL.md (format and
/// version first, ids before figures), other keys after them in alphabetical order, numbers
/// in their shortest exact form, and a final newline.
QByteArray writeJsonText(const QJsonValue &value);

} // namespace rackline
