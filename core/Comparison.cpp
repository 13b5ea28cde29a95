// SPDX-License-Identifier: MIT
#include "Comparison.h"

#include "CsvReport.h"

#include <QHash>

#include <algorithm>

namespace rackline {

std::vector<ComparedPeriod> comparedPeriods(const PeriodTable &a, const PeriodTable &b)
{
    // Labels ("2025-03", "2025-Q1", "2025") sort in calendar order as text.
    QStringList labels = a.labels;
    for (const QString &label : b.labels) {
        if (!a.labels.contains(label))
            labels << label;
    }
    std::sort(labels.begin(), labels.end());
    QHash<QString, qsizetype> rowOfA, rowOfB;
    for (qsizetype i = 0; i < a.labels.size(); ++i)
        rowOfA.insert(a.labels[i], i);
    for (qsizetype i = 0; i < b.labels.size(); ++i)
        rowOfB.insert(b.labels[i], i);
    std::vector<ComparedPeriod> periods;
    periods.reserve(size_t(labels.size()));
    for (const QString &label : labels)
        periods.push_back({label, rowOfA.value(label, -1), rowOfB.value(label, -1)});
    return periods;
}

QByteArray compareCsv(const PeriodTable &a, const PeriodTable &b)
{
    QByteArray out = periodKey(a.period).toLatin1() + ",metric,a,b,delta\n";
    for (const ComparedPeriod &period : comparedPeriods(a, b)) {
        const QString &label = period.label;
        const qsizetype rowA = period.rowA, rowB = period.rowB;
        for (const Metric metric : allMetrics()) {
            const int c = static_cast<int>(metric);
            out += label.toLatin1() + ',' + metricKey(metric).toLatin1() + ',';
            out += (rowA >= 0 ? csvNumber(a.values(rowA, c)) : QByteArray()) + ',';
            out += (rowB >= 0 ? csvNumber(b.values(rowB, c)) : QByteArray()) + ',';
            if (rowA >= 0 && rowB >= 0)
                out += csvNumber(b.values(rowB, c) - a.values(rowA, c));
            out += '\n';
        }
    }
    return out;
}

} // namespace rackline
