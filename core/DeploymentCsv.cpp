// SPDX-License-Identifier: MIT
#include "DeploymentCsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace rackline {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
class DeploymentCsvText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::DeploymentCsv)
};

/// Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, separators and
/// line breaks inside quotes), remembering the line each row starts on.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

std::vector<CsvRow> splitCsv(const QString &text, QChar separator, std::vector<CsvImportError> &errors)
{
    std::vector<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.front().isEmpty();
        if (!blank)
            rows.push_back(row);
        row = CsvRow{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted)
        errors.push_back({row.line, QString(), DeploymentCsvText::tr("a quoted field is not closed")});
    endRow();
    return rows;
}

/// A number as spreadsheets write it: "1234.5"; with `;` as separator also "1234,5" and
/// "1.234,5" (Italian); never a thousands separator that could be a decimal point.
std::optional<double> parseNumber(QString text, QChar separator)
{
    text.remove(u' ').remove(QChar(0x00a0)).remove(QChar(0x202f)); // spaces as thousands groups
    if (separator == u';') {
        static const QRegularExpression italian(QStringLiteral("^[+-]?\\d{1,3}(\\.\\d{3})+(,\\d*)?$"));
        if (italian.match(text).hasMatch())
            text.remove(u'.');
        text.replace(u',', u'.');
    }
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok); // QString::toDouble is locale-independent (C locale)
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

const QStringList &knownColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),         QStringLiteral("system"),          QStringLiteral("partner"),
        QStringLiteral("count"),      QStringLiteral("start"),           QStringLiteral("ramp_months"),
        QStringLiteral("phase"),      QStringLiteral("commitment"),      QStringLiteral("lifetime_months"),
        QStringLiteral("source"),     QStringLiteral("assumption"),
    };
    return columns;
}

} // namespace

QString CsvImportError::message() const
{
    if (column.isEmpty())
        return DeploymentCsvText::tr("line %1: %2").arg(line).arg(reason);
    return DeploymentCsvText::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

DeploymentImport importDeploymentsCsv(const QByteArray &csv, const Scenario &scenario, const Catalog &builtIn)
{
    DeploymentImport result;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // spreadsheets write a byte-order mark
    const qsizetype headerEnd = text.indexOf(u'\n');
    const QString header = text.left(headerEnd < 0 ? text.size() : headerEnd);
    result.separator = header.count(u';') > header.count(u',') ? QChar(u';') : QChar(u',');

    const std::vector<CsvRow> rows = splitCsv(text, result.separator, result.errors);
    if (rows.empty()) {
        result.errors.push_back({1, QString(), DeploymentCsvText::tr("the file is empty: a header row is needed")});
        return result;
    }

    // Header: which column holds which field.
    QHash<QString, int> columnOf;
    const QStringList &headerFields = rows.front().fields;
    for (int c = 0; c < headerFields.size(); ++c) {
        const QString name = headerFields[c].trimmed().toLower();
        if (!knownColumns().contains(name)) {
            result.errors.push_back({1, headerFields[c], DeploymentCsvText::tr("unknown column (expected one of %1)").arg(knownColumns().join(QStringLiteral(", ")))});
            continue;
        }
        if (columnOf.contains(name)) {
            result.errors.push_back({1, name, DeploymentCsvText::tr("the column appears twice")});
            continue;
        }
        columnOf.insert(name, c);
    }
    for (const char *required : {"system", "partner", "count", "start"}) {
        if (!columnOf.contains(QLatin1String(required)))
            result.errors.push_back({1, QLatin1String(required), DeploymentCsvText::tr("required column is missing")});
    }
    if (!result.errors.empty())
        return result;

    const Catalog catalog = builtIn.withOverrides(scenario.catalog);
    QSet<QString> partners, phases, commitments, ids;
    for (const Partner &p : scenario.partners)
        partners.insert(p.id);
    for (const PowerPhase &p : scenario.phases)
        phases.insert(p.id);
    for (const Commitment &c : scenario.commitments)
        commitments.insert(c.id);
    for (const Deployment &d : scenario.deployments)
        ids.insert(d.id);

    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows[r];
        const int errorsBefore = int(result.errors.size());
        auto cell = [&](const char *name) -> QString {
            const int c = columnOf.value(QLatin1String(name), -1);
            return c >= 0 && c < row.fields.size() ? row.fields[c] : QString();
        };
        auto fail = [&](const char *column, const QString &reason) {
            result.errors.push_back({row.line, QLatin1String(column), reason});
        };
        auto reference = [&](const char *column, const QSet<QString> &known, bool required, const QString &what) {
            const QString id = cell(column);
            if (id.isEmpty() && required)
                fail(column, DeploymentCsvText::tr("is empty"));
            else if (!id.isEmpty() && !known.contains(id))
                fail(column, DeploymentCsvText::tr("unknown %1 \"%2\"").arg(what, id));
            return id;
        };
        auto wholeNumber = [&](const char *column, bool optional) -> std::optional<int> {
            const QString value = cell(column);
            if (value.isEmpty() && optional)
                return std::nullopt;
            const auto number = parseNumber(value, result.separator);
            if (!number || *number < 0 || *number != std::floor(*number) || *number > 100000) {
                fail(column, DeploymentCsvText::tr("\"%1\" is not a whole number of months (0 or more)").arg(value));
                return std::nullopt;
            }
            return int(*number);
        };

        Deployment d;
        d.system = cell("system");
        if (d.system.isEmpty())
            fail("system", DeploymentCsvText::tr("is empty"));
        else if (!catalog.find(d.system))
            fail("system", DeploymentCsvText::tr("unknown system \"%1\"").arg(d.system));
        d.partner = reference("partner", partners, true, DeploymentCsvText::tr("partner"));
        const QString count = cell("count");
        const auto countValue = parseNumber(count, result.separator);
        if (!countValue || *countValue <= 0)
            fail("count", DeploymentCsvText::tr("\"%1\" is not a number greater than 0").arg(count));
        else
            d.count = *countValue;
        const QString start = cell("start");
        if (const auto month = YearMonth::parse(start))
            d.start = *month;
        else
            fail("start", DeploymentCsvText::tr("\"%1\" is not a month (YYYY-MM)").arg(start));
        d.rampMonths = wholeNumber("ramp_months", true).value_or(0);
        d.lifetimeMonths = wholeNumber("lifetime_months", true);
        d.phase = reference("phase", phases, false, DeploymentCsvText::tr("power phase"));
        d.commitment = reference("commitment", commitments, false, DeploymentCsvText::tr("commitment"));
        d.source = cell("source");
        d.assumption = cell("assumption");
        d.id = cell("id");
        if (d.id.isEmpty()) {
            int n = int(ids.size()) + 1;
            while (ids.contains(QStringLiteral("import-%1").arg(n)))
                ++n;
            d.id = QStringLiteral("import-%1").arg(n);
        } else if (ids.contains(d.id)) {
            fail("id", DeploymentCsvText::tr("duplicate id \"%1\"").arg(d.id));
        }
        if (row.fields.size() > headerFields.size())
            result.errors.push_back({row.line, QString(), DeploymentCsvText::tr("%1 fields, the header has %2").arg(row.fields.size()).arg(headerFields.size())});
        if (int(result.errors.size()) == errorsBefore) {
            ids.insert(d.id);
            result.deployments.push_back(d);
        }
    }
    return result;
}

} // namespace rackline
