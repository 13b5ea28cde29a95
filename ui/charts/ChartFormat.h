// SPDX-License-Identifier: MIT
#pragma once

#include <YearMonth.h>

#include <QString>

namespace rackline::ChartFormat {

// Numbers and months as people read them, in the application's locale (QLocale()): axes,
// tooltips, slides and the report summary. Files meant for programs (CSV) use core's
// csvNumber instead, whatever the locale.

/// A value with a sensible number of decimals for its size ("1,234", "12.5", "0.42").
QString number(double value);
/// A value in billions of dollars: "$12.5B".
QString billions(double usdB);
/// A fraction as a percentage: "42%".
QString percent(double fraction);
/// "Mar 2027" (short month name of the locale).
QString month(YearMonth month);
/// "2027".
QString year(YearMonth month);

} // namespace rackline::ChartFormat
