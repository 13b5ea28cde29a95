// SPDX-License-Identifier: MIT
#include "MetricNames.h"

#include <QCoreApplication>

namespace rackline {

QString metricTitle(Metric metric)
{
    switch (metric) {
    case Metric::Accelerators: return QCoreApplication::translate("MetricNames", "Accelerators");
    case Metric::PflopsFp4: return QCoreApplication::translate("MetricNames", "Dense PFLOPS (FP4)");
    case Metric::PflopsFp8: return QCoreApplication::translate("MetricNames", "Dense PFLOPS (FP8)");
    case Metric::PflopsBf16: return QCoreApplication::translate("MetricNames", "Dense PFLOPS (BF16)");
    case Metric::HbmTb: return QCoreApplication::translate("MetricNames", "HBM (TB)");
    case Metric::FastMemoryTb: return QCoreApplication::translate("MetricNames", "Fast memory (TB)");
    case Metric::MemBwTbps: return QCoreApplication::translate("MetricNames", "Memory bandwidth (TB/s)");
    case Metric::ItPowerMw: return QCoreApplication::translate("MetricNames", "IT power (MW)");
    case Metric::FacilityPowerMw: return QCoreApplication::translate("MetricNames", "Facility power (MW)");
    case Metric::AvailablePowerMw: return QCoreApplication::translate("MetricNames", "Available power (MW)");
    case Metric::HardwareCapexUsdB: return QCoreApplication::translate("MetricNames", "Hardware capex ($B/month)");
    case Metric::FacilityCapexUsdB: return QCoreApplication::translate("MetricNames", "Facility capex ($B/month)");
    case Metric::CapexUsdB: return QCoreApplication::translate("MetricNames", "Capex ($B/month)");
    case Metric::CumulativeCapexUsdB: return QCoreApplication::translate("MetricNames", "Cumulative capex ($B)");
    case Metric::EnergyUsdB: return QCoreApplication::translate("MetricNames", "Energy ($B/month)");
    case Metric::ContractedSpendUsdB: return QCoreApplication::translate("MetricNames", "Contracted spend ($B/month)");
    case Metric::TranchesReleasedUsdB: return QCoreApplication::translate("MetricNames", "Tranches released ($B)");
    }
    return metricKey(metric);
}

} // namespace rackline
