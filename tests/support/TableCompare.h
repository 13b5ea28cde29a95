// SPDX-License-Identifier: MIT
#pragma once

// Comparing the engine's tables: against another table (the reference engine, a fresh
// engine) or against a series derived by hand. Each helper returns an empty string when the
// numbers agree, else a message naming the metric, the month and both values; wrap the call
// in RACKLINE_CHECK(...) to fail the test with that message.

#include "MetricTable.h"

#include <QString>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

#define RACKLINE_CHECK(...)                                                                                       \
    do {                                                                                                          \
        const QString rackline_failure_ = (__VA_ARGS__);                                                          \
        if (!rackline_failure_.isEmpty())                                                                         \
            QFAIL(qPrintable(rackline_failure_));                                                                 \
    } while (false)

namespace rackline::test {

inline constexpr double kRelativeTolerance = 1e-9;
/// Below this, a value is 0 (rounding residue of sums that cancel).
inline constexpr double kAbsoluteFloor = 1e-12;

inline bool fuzzyEqual(double actual, double expected, double magnitude)
{
    return std::abs(actual - expected) <= kRelativeTolerance * magnitude + kAbsoluteFloor;
}

/// Every cell of `actual` equals `expected` within 1e-9 of the column's magnitude (its
/// largest absolute value in `expected`).
inline QString compareTables(const MetricTable &actual, const MetricTable &expected, const QString &what = {})
{
    if (actual.rows() != expected.rows())
        return QStringLiteral("%1: %2 months, expected %3").arg(what).arg(actual.rows()).arg(expected.rows());
    for (int c = 0; c < kMetricCount; ++c) {
        const double magnitude = expected.rows() ? expected.col(c).cwiseAbs().maxCoeff() : 0.0;
        for (Eigen::Index m = 0; m < expected.rows(); ++m) {
            if (!fuzzyEqual(actual(m, c), expected(m, c), magnitude)) {
                return QStringLiteral("%1: %2 at month %3 is %4, expected %5")
                    .arg(what, metricKey(static_cast<Metric>(c)))
                    .arg(m)
                    .arg(actual(m, c), 0, 'g', 17)
                    .arg(expected(m, c), 0, 'g', 17);
            }
        }
    }
    return {};
}

/// One column over the whole window against values derived by hand.
inline QString compareColumn(const MetricTable &table, Metric metric, const std::vector<double> &expected)
{
    const auto values = column(table, metric);
    if (values.size() != Eigen::Index(expected.size()))
        return QStringLiteral("%1: %2 months, expected %3").arg(metricKey(metric)).arg(values.size()).arg(expected.size());
    double magnitude = 0;
    for (const double e : expected)
        magnitude = std::max(magnitude, std::abs(e));
    for (size_t m = 0; m < expected.size(); ++m) {
        if (!fuzzyEqual(values[Eigen::Index(m)], expected[m], magnitude)) {
            QStringList got;
            for (Eigen::Index i = 0; i < values.size(); ++i)
                got << QString::number(values[i], 'g', 12);
            return QStringLiteral("%1 at month %2 is %3, expected %4 (column: %5)")
                .arg(metricKey(metric))
                .arg(m)
                .arg(values[Eigen::Index(m)], 0, 'g', 17)
                .arg(expected[m], 0, 'g', 17)
                .arg(got.join(QLatin1Char(' ')));
        }
    }
    return {};
}

/// `expected` scaled: handy for "u(m) x per-unit figure".
inline std::vector<double> scaled(const std::vector<double> &series, double factor)
{
    std::vector<double> out = series;
    for (double &v : out)
        v *= factor;
    return out;
}

/// Running sum, as cumulative capex is defined.
inline std::vector<double> runningSum(const std::vector<double> &series)
{
    std::vector<double> out = series;
    for (size_t i = 1; i < out.size(); ++i)
        out[i] += out[i - 1];
    return out;
}

} // namespace rackline::test
