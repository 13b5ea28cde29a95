// SPDX-License-Identifier: MIT
#include "JsonText.h"

#include "LoadError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

namespace rackline {

QJsonValue parseJsonText(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people look for lines and columns.
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, text.size());
        const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const qsizetype line = text.left(offset).count('\n') + 1;
        const qsizetype column = QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size() + 1;
        throw LoadErrorException{
            {QCoreApplication::translate("rackline::JsonText", "line %1, column %2").arg(line).arg(column),
             QCoreApplication::translate("rackline::JsonText", "malformed JSON: %1").arg(parseError.errorString())}};
    }
    if (document.isObject())
        return document.object();
    return document.array();
}

namespace {

// One ranking for every object in a scenario or catalog file; keys that never share an
// object can sit anywhere relative to each other.
constexpr std::array<std::string_view, 57> kKeyOrder = {
    "format", "version", "id", "name", "description", "vendor", "system", "partner", "kind",
    "color", "accelerators", "pflops_fp4", "pflops_fp8", "pflops_bf16", "hbm_tb",
    "fast_memory_tb", "mem_bw_tbps", "power_kw", "price_usd_m", "available", "count",
    "capacity_mw", "total_usd_b", "start", "online", "months", "ramp_months", "phase",
    "commitment", "lifetime_months", "pue", "energy_usd_per_mwh",
    "facility_capex_usd_b_per_gw", "price_multiplier", "delay_months", "tranche_per_gw_usd_b",
    "uncertainty", "start_months", "price_fraction", "gw", "tranche", "first_usd_b", "per_gw_usd_b", "cap_usd_b",
    "timeline", "assumptions", "partners", "catalog", "phases", "deployments", "commitments",
    "systems", "source", "assumption", "estimates", "notes", "_",
};

int rankOf(const QString &key)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> table;
        for (size_t i = 0; i + 1 < kKeyOrder.size(); ++i)
            table.insert(QString::fromLatin1(kKeyOrder[i].data(), qsizetype(kKeyOrder[i].size())), int(i));
        return table;
    }();
    return ranks.value(key, int(kKeyOrder.size()) - 1); // unknown keys share the last rank
}

void writeString(QByteArray &out, const QString &text)
{
    // Escaping the UTF-8 bytes is safe: bytes of multi-byte sequences are all >= 0x80.
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: out += "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out += '"';
}

void writeNumber(QByteArray &out, double value)
{
    if (value == std::floor(value) && std::abs(value) < 9007199254740992.0) {
        out += QByteArray::number(qint64(value));
        return;
    }
    // Shortest text that reads back as the same double: stable across saves.
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closingIndent(2 * depth, ' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble());
        return;
    case QJsonValue::String:
        writeString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        // Short lists of names or numbers read best on one line.
        if (std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return isScalar(v); })) {
            out += '[';
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (i > 0)
                    out += ", ";
                writeValue(out, array[i], depth + 1);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            writeValue(out, array[i], depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closingIndent + ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        std::vector<std::pair<int, QString>> keys; // (rank, key), sorted once
        keys.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.emplace_back(rankOf(it.key()), it.key());
        std::sort(keys.begin(), keys.end());
        out += "{\n";
        for (size_t i = 0; i < keys.size(); ++i) {
            out += indent;
            writeString(out, keys[i].second);
            out += ": ";
            writeValue(out, object.value(keys[i].second), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closingIndent + '}';
        return;
    }
    }
}

} // namespace

QByteArray writeJsonText(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

} // namespace rackline
