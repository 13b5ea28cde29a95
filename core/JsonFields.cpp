// SPDX-License-Identifier: MIT
#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace rackline {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
class JsonFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::JsonFields)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return JsonFieldsText::tr("null");
    case QJsonValue::Bool: return JsonFieldsText::tr("a true/false value");
    case QJsonValue::Double: return JsonFieldsText::tr("a number");
    case QJsonValue::String: return JsonFieldsText::tr("a string");
    case QJsonValue::Array: return JsonFieldsText::tr("an array");
    case QJsonValue::Object: return JsonFieldsText::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return JsonFieldsText::tr("nothing");
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
    requireObject(value);
}

JsonFields::JsonFields(const QJsonValue &value, const JsonFields &parent, const QString &arrayKey, qsizetype index)
    : m_path(parent.path())
    , m_arrayKey(arrayKey)
    , m_index(index)
{
    requireObject(value);
}

void JsonFields::requireObject(const QJsonValue &value)
{
    if (!value.isObject()) {
        const QString where = path();
        throw LoadErrorException{{where.isEmpty() ? QStringLiteral("(top level)") : where,
                                  JsonFieldsText::tr("expected an object, found %1").arg(typeName(value))}};
    }
    m_object = value.toObject();
}

QString JsonFields::path() const
{
    if (m_arrayKey.isEmpty())
        return m_path;
    const QString array = m_path.isEmpty() ? m_arrayKey : m_path + QLatin1Char('.') + m_arrayKey;
    return array + QStringLiteral("[%1]").arg(m_index);
}

QString JsonFields::pathOf(const QString &key) const
{
    const QString base = path();
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
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
    m_current = m_object.value(key);
    if (!m_read.contains(key)) {
        m_read.append(key);
        m_readPresent += !m_current.isUndefined();
    }
    if (required && m_current.isUndefined())
        fail(key, JsonFieldsText::tr("is required but missing"));
    return m_current;
}

QString JsonFields::stringValue(const QString &key, const QJsonValue &value) const
{
    if (!value.isString())
        fail(key, JsonFieldsText::tr("expected a string, found %1").arg(describeJsonValue(value)));
    return value.toString();
}

double JsonFields::numberValue(const QString &key, const QJsonValue &value, Range range) const
{
    if (!value.isDouble())
        fail(key, JsonFieldsText::tr("expected a number, found %1").arg(describeJsonValue(value)));
    const double number = value.toDouble();
    if (!std::isfinite(number))
        fail(key, JsonFieldsText::tr("%1 is not a finite number").arg(describeJsonValue(value)));
    if (range == Range::NonNegative && number < 0)
        fail(key, JsonFieldsText::tr("%1 is negative; it must be 0 or more").arg(describeJsonValue(value)));
    if (range == Range::Positive && number <= 0)
        fail(key, JsonFieldsText::tr("%1 must be greater than 0").arg(describeJsonValue(value)));
    return number;
}

int JsonFields::wholeNumberValue(const QString &key, const QJsonValue &value, int minimum, int maximum) const
{
    const double number = numberValue(key, value, Range::Any);
    if (number != std::floor(number))
        fail(key, JsonFieldsText::tr("%1 is not a whole number").arg(describeJsonValue(value)));
    if (number < minimum || number > maximum) {
        fail(key, JsonFieldsText::tr("%1 is out of range (%2 to %3)").arg(describeJsonValue(value)).arg(minimum).arg(maximum));
    }
    return static_cast<int>(number);
}

QString JsonFields::requiredString(const QString &key)
{
    return stringValue(key, fetch(key, true));
}

QString JsonFields::optionalString(const QString &key)
{
    const QJsonValue &value = fetch(key, false);
    return value.isUndefined() ? QString() : stringValue(key, value);
}

double JsonFields::requiredNumber(const QString &key, Range range)
{
    return numberValue(key, fetch(key, true), range);
}

std::optional<double> JsonFields::optionalNumber(const QString &key, Range range)
{
    const QJsonValue &value = fetch(key, false);
    if (value.isUndefined())
        return std::nullopt;
    return numberValue(key, value, range);
}

int JsonFields::requiredWholeNumber(const QString &key, int minimum, int maximum)
{
    return wholeNumberValue(key, fetch(key, true), minimum, maximum);
}

std::optional<int> JsonFields::optionalWholeNumber(const QString &key, int minimum, int maximum)
{
    const QJsonValue &value = fetch(key, false);
    if (value.isUndefined())
        return std::nullopt;
    return wholeNumberValue(key, value, minimum, maximum);
}

YearMonth JsonFields::requiredMonth(const QString &key)
{
    const QString text = requiredString(key);
    const auto month = YearMonth::parse(text);
    if (!month)
        fail(key, JsonFieldsText::tr("\"%1\" is not a month (YYYY-MM)").arg(text));
    return *month;
}

QStringList JsonFields::optionalStringList(const QString &key)
{
    QStringList list;
    const QJsonArray items = array(key, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString())
            throw LoadErrorException{{indexPath(key, i), JsonFieldsText::tr("expected a string, found %1").arg(describeJsonValue(items[i]))}};
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
        fail(key, JsonFieldsText::tr("expected an array, found %1").arg(typeName(value)));
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
    if (m_readPresent == m_object.size())
        return {}; // the common case: every field is one Rackline knows
    QJsonObject rest;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

} // namespace rackline
