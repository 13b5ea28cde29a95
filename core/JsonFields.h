// SPDX-License-Identifier: MIT
#pragma once

#include "LoadError.h"
#include "YearMonth.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace rackline {

/// Reads the fields of one JSON object, checking types and ranges, and naming the JSON
/// path in every error (it throws LoadErrorException). It remembers which keys were read,
/// so that the rest can be kept as the object's unknown fields.
class JsonFields
{
public:
    JsonFields(const QJsonValue &value, QString path);

    enum class Range { Any, NonNegative, Positive };

    QString requiredString(const QString &key);
    QString optionalString(const QString &key);
    double requiredNumber(const QString &key, Range range);
    std::optional<double> optionalNumber(const QString &key, Range range);
    int requiredWholeNumber(const QString &key, int minimum, int maximum);
    std::optional<int> optionalWholeNumber(const QString &key, int minimum, int maximum);
    YearMonth requiredMonth(const QString &key);
    QStringList optionalStringList(const QString &key);
    /// The array under `key` (an empty one when absent and not required).
    QJsonArray array(const QString &key, bool required);
    /// A nested object, or nothing when absent.
    std::optional<JsonFields> optionalObject(const QString &key);
    JsonFields requiredObject(const QString &key);

    bool has(const QString &key) const { return m_object.contains(key); }
    /// The fields that no accessor has read: kept and written back on save.
    QJsonObject unreadFields() const;

    QString pathOf(const QString &key) const;
    QString indexPath(const QString &key, qsizetype index) const;
    [[noreturn]] void fail(const QString &key, const QString &reason) const;

private:
    const QJsonValue &fetch(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
    QJsonValue m_current;
};

/// A short rendering of a JSON value for messages: "2026-13" with quotes, 1.5, true, an array.
QString describeJsonValue(const QJsonValue &value);

} // namespace rackline
