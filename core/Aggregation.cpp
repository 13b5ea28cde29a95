// SPDX-License-Identifier: MIT
#include "Aggregation.h"

namespace rackline {

namespace {
QString labelOf(YearMonth month, Period period)
{
    switch (period) {
    case Period::Month: return month.toString();
    case Period::Quarter: return QStringLiteral("%1-Q%2").arg(month.year).arg((month.month - 1) / 3 + 1);
    case Period::Year: return QString::number(month.year);
    }
    return {};
}
} // namespace

PeriodTable aggregate(const MetricTable &monthly, const Timeline &timeline, Period period)
{
    PeriodTable result;
    result.period = period;
    const int months = int(monthly.rows());
    if (period == Period::Month) {
        for (int m = 0; m < months; ++m)
            result.labels << timeline.monthAt(m).toString();
        result.values = monthly;
        return result;
    }
    // Rows of the same period are consecutive: walk the months once.
    std::vector<std::pair<int, int>> spans; // [first, last] month of each period
    for (int m = 0; m < months; ++m) {
        const QString label = labelOf(timeline.monthAt(m), period);
        if (result.labels.isEmpty() || result.labels.back() != label) {
            result.labels << label;
            spans.emplace_back(m, m);
        } else {
            spans.back().second = m;
        }
    }
    result.values.resize(Eigen::Index(spans.size()), kMetricCount);
    for (size_t i = 0; i < spans.size(); ++i) {
        const auto [first, last] = spans[i];
        for (const Metric metric : allMetrics()) {
            const int c = static_cast<int>(metric);
            result.values(Eigen::Index(i), c) =
                isFlow(metric) ? monthly.col(c).segment(first, last - first + 1).sum() : monthly(last, c);
        }
    }
    return result;
}

QString periodKey(Period period)
{
    switch (period) {
    case Period::Month: return QStringLiteral("month");
    case Period::Quarter: return QStringLiteral("quarter");
    case Period::Year: return QStringLiteral("year");
    }
    return {};
}

bool periodFromKey(QStringView key, Period *period)
{
    for (const Period candidate : {Period::Month, Period::Quarter, Period::Year}) {
        if (key == periodKey(candidate)) {
            *period = candidate;
            return true;
        }
    }
    return false;
}

} // namespace rackline
