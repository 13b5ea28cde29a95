// SPDX-License-Identifier: MIT
#pragma once

// Reads the command line's CSV output back (RFC 4180: quoted fields may hold commas,
// doubled quotes and newlines) and its numbers, strictly: a dot as decimal separator.

#include <QByteArray>
#include <QList>

#include <optional>

namespace rackline::test {

using CsvRow = QList<QByteArray>;

/// Rows of fields; std::nullopt when the text is not well-formed CSV (an unterminated quote,
/// text after a closing quote) or does not end with a newline.
inline std::optional<QList<CsvRow>> parseCsv(const QByteArray &text)
{
    QList<CsvRow> rows;
    CsvRow row;
    QByteArray field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
                wasQuoted = true;
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (c == ',' || c == '\n') {
            row << field;
            field.clear();
            wasQuoted = false;
            if (c == '\n') {
                rows << row;
                row.clear();
            }
        } else if (wasQuoted || c == '\r') {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return std::nullopt;
    return rows;
}

/// A number as the CSV contract writes it: digits, one '.', an exponent; never a ',' or
/// spaces, whatever the locale. std::nullopt otherwise.
inline std::optional<double> csvNumber(const QByteArray &field)
{
    if (field.isEmpty() || field.contains(',') || field.contains(' '))
        return std::nullopt;
    bool ok = false;
    const double value = field.toDouble(&ok); // QByteArray::toDouble ignores the locale
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace rackline::test
