// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>

namespace rackline {

/// The monthly metrics of MODEL.md, in the order of its table (and of the CSV columns).
enum class Metric : int {
    Accelerators,
    PflopsFp4,
    PflopsFp8,
    PflopsBf16,
    HbmTb,
    FastMemoryTb,
    MemBwTbps,
    ItPowerMw,
    FacilityPowerMw,
    AvailablePowerMw,
    HardwareCapexUsdB,
    FacilityCapexUsdB,
    CapexUsdB,
    CumulativeCapexUsdB,
    EnergyUsdB,
    ContractedSpendUsdB,
    TranchesReleasedUsdB,
};

inline constexpr int kMetricCount = 17;

inline constexpr std::array<Metric, kMetricCount> allMetrics()
{
    std::array<Metric, kMetricCount> all{};
    for (int i = 0; i < kMetricCount; ++i)
        all[i] = static_cast<Metric>(i);
    return all;
}

/// The column name of MODEL.md ("pflops_fp8"); stable, never translated.
QString metricKey(Metric metric);
/// Looks a column name up; false when unknown.
bool metricFromKey(QStringView key, Metric *metric);

/// A flow is an amount per month (summed over a period); a stock is a level (its last month).
bool isFlow(Metric metric);

} // namespace rackline
