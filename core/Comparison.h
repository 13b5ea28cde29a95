// SPDX-License-Identifier: MIT
#pragma once

#include "Aggregation.h"

#include <QByteArray>

#include <vector>

namespace rackline {

/// One period of a comparison: its label and its row in each table (-1 where the period
/// is outside that scenario's window).
struct ComparedPeriod {
    QString label;
    qsizetype rowA = -1;
    qsizetype rowB = -1;
};

/// The periods of both tables in calendar order, each once: the rows of compareCsv and of
/// the app's delta table.
std::vector<ComparedPeriod> comparedPeriods(const PeriodTable &a, const PeriodTable &b);

/// Two scenarios' results side by side: the long table `month,metric,a,b,delta` (the first
/// column is `quarter` or `year` when aggregated), one row per period and metric, periods in
/// calendar order over both windows. A period outside one scenario's window has an empty
/// value there, and an empty delta.
QByteArray compareCsv(const PeriodTable &a, const PeriodTable &b);

} // namespace rackline
