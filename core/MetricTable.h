// SPDX-License-Identifier: MIT
#pragma once

#include "Metric.h"

#include <Eigen/Core>

namespace rackline {

/// Every metric for every month: one row a month, one column a metric (in Metric order).
/// Column-major, so a metric's series over time is contiguous (what a chart plots).
using MetricTable = Eigen::Matrix<double, Eigen::Dynamic, kMetricCount>;

inline auto column(MetricTable &table, Metric metric) { return table.col(static_cast<int>(metric)); }
inline auto column(const MetricTable &table, Metric metric) { return table.col(static_cast<int>(metric)); }

} // namespace rackline
