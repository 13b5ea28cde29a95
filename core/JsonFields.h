// SPDX-License-Identifier: MIT
#pragma once

#include "LoadError.h"
#include "YearMonth.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <optional>

namespace rackline {

/// Reads the fields of one JSON object, checking types and ranges, and naming the JSON
/// path in every error (it throws LoadErrorException). It remembers which keys were read,
/// so that the rest can be kept as the object's unknown fields.
class JsonFields
{
public:
    JsonFields(const QJsonValue &value, QString path);
    /// The element `index` of the array `arrayKey` of `parent`: its path is built only if
    /// an error needs it (files hold 100,000 deployments).
    JsonFields(const QJsonValue &value, const JsonFields &parent, const QString &arrayKey, qsizetype index);

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

    QString path() const;
    QString pathOf(const QString &key) const;
    QString indexPath(const QString &key, qsizetype index) const;
    [[noreturn]] void fail(const QString &key, const QString &reason) const;

private:
    const QJsonValue &fetch(const QString &key, bool required);

    void requireObject(const QJsonValue &value);
    QString stringValue(const QString &key, const QJsonValue &value) const;
    double numberValue(const QString &key, const QJsonValue &value, Range range) const;
    int wholeNumberValue(const QString &key, const QJsonValue &value, int minimum, int maximum) const;

    QJsonObject m_object;
    QString m_path;          ///< the object's path, or its parent's when m_arrayKey is set
    QString m_arrayKey;
    qsizetype m_index = -1;
    QVarLengthArray<QString, 16> m_read; ///< keys asked for
    qsizetype m_readPresent = 0;         ///< how many of them the object has
    QJsonValue m_current;
};

/// A short rendering of a JSON value for messages: "2026-13" with quotes, 1.5, true, an array.
QString describeJsonValue(const QJsonValue &value);

} // namespace rackline
