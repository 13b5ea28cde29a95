// SPDX-License-Identifier: MIT
#include "CsvReport.h"

#include "Engine.h"

namespace rackline {

QByteArray csvNumber(double value)
{
    if (value == 0)
        return QByteArrayLiteral("0"); // also turns -0 into 0
    // QByteArray::number ignores the locale: "1234.5" in Rome as in Boston.
    return QByteArray::number(value, 'g', 12);
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    return '"' + utf8.replace('"', "\"\"") + '"';
}

QByteArray metricsCsv(const PeriodTable &table)
{
    QByteArray out = periodKey(table.period).toLatin1();
    for (const Metric metric : allMetrics())
        out += ',' + metricKey(metric).toLatin1();
    out += '\n';
    for (qsizetype row = 0; row < table.labels.size(); ++row) {
        out += table.labels[row].toLatin1();
        for (int c = 0; c < kMetricCount; ++c)
            out += ',' + csvNumber(table.values(row, c));
        out += '\n';
    }
    return out;
}

QByteArray byPartnerCsv(const Engine &engine, const Timeline &timeline, Period period)
{
    std::vector<std::pair<QByteArray, PeriodTable>> partners;
    for (int p = 0; p < engine.partnerCount(); ++p)
        partners.emplace_back(csvField(engine.partnerIds()[p]), aggregate(engine.partnerTable(p), timeline, period));
    if (engine.hasUnassignedPhases())
        partners.emplace_back(QByteArray(), aggregate(engine.unassignedTable(), timeline, period));

    QByteArray out = periodKey(period).toLatin1() + ",partner,metric,value\n";
    if (partners.empty())
        return out;
    const QStringList &labels = partners.front().second.labels;
    for (qsizetype row = 0; row < labels.size(); ++row) {
        const QByteArray label = labels[row].toLatin1();
        for (const auto &[partner, table] : partners) {
            for (const Metric metric : allMetrics()) {
                out += label + ',' + partner + ',' + metricKey(metric).toLatin1() + ','
                       + csvNumber(table.values(row, static_cast<int>(metric))) + '\n';
            }
        }
    }
    return out;
}

} // namespace rackline
