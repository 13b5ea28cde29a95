// SPDX-License-Identifier: MIT
#pragma once

#include "MetricTable.h"
#include "Scenario.h"

#include <QStringList>

namespace rackline {

enum class Period { Month, Quarter, Year };

/// A metric table over calendar periods, with their labels ("2025-03", "2025-Q1", "2025").
struct PeriodTable {
    Period period = Period::Month;
    QStringList labels;
    MetricTable values;
};

/// Aggregates a monthly table over calendar quarters or years (MODEL.md "--period"): flows
/// (capex, energy, spend) are summed over the period's months inside the window, stocks
/// take the period's last month inside the window.
PeriodTable aggregate(const MetricTable &monthly, const Timeline &timeline, Period period);

/// "month", "quarter" or "year": the name of the label column in CSV files.
QString periodKey(Period period);
bool periodFromKey(QStringView key, Period *period);

} // namespace rackline
