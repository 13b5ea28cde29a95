// SPDX-License-Identifier: MIT
#pragma once

#include "Aggregation.h"

#include <QByteArray>

namespace rackline {

/// Two scenarios' results side by side: the long table `month,metric,a,b,delta` (the first
/// column is `quarter` or `year` when aggregated), one row per period and metric, periods in
/// calendar order over both windows. A period outside one scenario's window has an empty
/// value there, and an empty delta.
QByteArray compareCsv(const PeriodTable &a, const PeriodTable &b);

} // namespace rackline
