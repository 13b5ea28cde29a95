// SPDX-License-Identifier: MIT
#include "Metric.h"

namespace rackline {

namespace {
constexpr std::array<const char *, kMetricCount> kKeys = {
    "accelerators",         "pflops_fp4",          "pflops_fp8",         "pflops_bf16",
    "hbm_tb",               "fast_memory_tb",      "mem_bw_tbps",        "it_power_mw",
    "facility_power_mw",    "available_power_mw",  "hardware_capex_usd_b", "facility_capex_usd_b",
    "capex_usd_b",          "cumulative_capex_usd_b", "energy_usd_b",    "contracted_spend_usd_b",
    "tranches_released_usd_b",
};
} // namespace

QString metricKey(Metric metric)
{
    return QString::fromLatin1(kKeys[static_cast<int>(metric)]);
}

bool metricFromKey(QStringView key, Metric *metric)
{
    for (int i = 0; i < kMetricCount; ++i) {
        if (key == QLatin1String(kKeys[i])) {
            *metric = static_cast<Metric>(i);
            return true;
        }
    }
    return false;
}

bool isFlow(Metric metric)
{
    switch (metric) {
    case Metric::HardwareCapexUsdB:
    case Metric::FacilityCapexUsdB:
    case Metric::CapexUsdB:
    case Metric::EnergyUsdB:
    case Metric::ContractedSpendUsdB:
        return true;
    default:
        return false;
    }
}

} // namespace rackline
