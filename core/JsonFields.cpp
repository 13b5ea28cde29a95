// SPDX-License-Identifier: MIT
#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace rackline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rackline::JsonFields", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("a true/false value");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}
} // namespace

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return typeName(value);
    }
}

JsonFields::JsonFields(const QJsonValue &value, QString path)
    : m_path(std::move(path))
{
    if (!value.isObject()) {
        throw LoadErrorException{{m_path.isEmpty() ? QStringLiteral("(top level)") : m_path,
                                  tr("expected an object, found %1").arg(typeName(value))}};
    }
    m_object = value.toObject();
}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonFields::indexPath(const QString &key, qsizetype index) const
{
    return pathOf(key) + QStringLiteral("[%1]").arg(index);
}

void JsonFields::fail(const QString &key, const QString &reason) const
{
    throw LoadErrorException{{pathOf(key), reason}};
}

const QJsonValue &JsonFields::fetch(const QString &key, bool required)
{
    m_read.insert(key);
    m_current = m_object.value(key);
    if (required && m_current.isUndefined())
        fail(key, tr("is required but missing"));
    return m_current;
}

QString JsonFields::requiredString(const QString &key)
{
    const QJsonValue &value = fetch(key, true);
    if (!value.isString())
        fail(key, tr("expected a string, found %1").arg(typeName(value)));
    return value.toString();
}

QString JsonFields::optionalString(const QString &key)
{
    if (!m_object.contains(key))
        return {};
    return requiredString(key);
}

double JsonFields::requiredNumber(const QString &key, Range range)
{
    const QJsonValue &value = fetch(key, true);
    if (!value.isDouble())
        fail(key, tr("expected a number, found %1").arg(describeJsonValue(value)));
    const double number = value.toDouble();
    if (!std::isfinite(number))
        fail(key, tr("%1 is not a finite number").arg(describeJsonValue(value)));
    if (range == Range::NonNegative && number < 0)
        fail(key, tr("%1 is negative; it must be 0 or more").arg(describeJsonValue(value)));
    if (range == Range::Positive && number <= 0)
        fail(key, tr("%1 must be greater than 0").arg(describeJsonValue(value)));
    return number;
}

std::optional<double> JsonFields::optionalNumber(const QString &key, Range range)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return requiredNumber(key, range);
}

int JsonFields::requiredWholeNumber(const QString &key, int minimum, int maximum)
{
    const double number = requiredNumber(key, Range::Any);
    if (number != std::floor(number))
        fail(key, tr("%1 is not a whole number").arg(describeJsonValue(m_current)));
    if (number < minimum || number > maximum) {
        fail(key, tr("%1 is out of range (%2 to %3)")
                      .arg(describeJsonValue(m_current)).arg(minimum).arg(maximum));
    }
    return static_cast<int>(number);
}

std::optional<int> JsonFields::optionalWholeNumber(const QString &key, int minimum, int maximum)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return requiredWholeNumber(key, minimum, maximum);
}

YearMonth JsonFields::requiredMonth(const QString &key)
{
    const QString text = requiredString(key);
    const auto month = YearMonth::parse(text);
    if (!month)
        fail(key, tr("\"%1\" is not a month (YYYY-MM)").arg(text));
    return *month;
}

QStringList JsonFields::optionalStringList(const QString &key)
{
    QStringList list;
    const QJsonArray items = array(key, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString())
            throw LoadErrorException{{indexPath(key, i), tr("expected a string, found %1").arg(typeName(items[i]))}};
        list << items[i].toString();
    }
    return list;
}

QJsonArray JsonFields::array(const QString &key, bool required)
{
    const QJsonValue &value = fetch(key, required);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(key, tr("expected an array, found %1").arg(typeName(value)));
    return value.toArray();
}

std::optional<JsonFields> JsonFields::optionalObject(const QString &key)
{
    const QJsonValue &value = fetch(key, false);
    if (value.isUndefined())
        return std::nullopt;
    return JsonFields(value, pathOf(key));
}

JsonFields JsonFields::requiredObject(const QString &key)
{
    return JsonFields(fetch(key, true), pathOf(key));
}

QJsonObject JsonFields::unreadFields() const
{
    QJsonObject rest;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

} // namespace rackline
