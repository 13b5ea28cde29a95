// SPDX-License-Identifier: MIT
#include "MetricDisplay.h"

#include <QCoreApplication>

namespace rackline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rackline::MetricDisplay", text);
}
} // namespace

MetricDisplay MetricDisplay::of(Metric metric)
{
    switch (metric) {
    case Metric::PflopsFp4: return {tr("compute, FP4 dense"), tr("EFLOPS"), 1e-3};
    case Metric::PflopsFp8: return {tr("compute, FP8 dense"), tr("EFLOPS"), 1e-3};
    case Metric::PflopsBf16: return {tr("compute, BF16 dense"), tr("EFLOPS"), 1e-3};
    case Metric::Accelerators: return {tr("accelerators"), tr("million"), 1e-6};
    case Metric::HbmTb: return {tr("HBM"), tr("PB"), 1e-3};
    case Metric::FastMemoryTb: return {tr("fast memory"), tr("PB"), 1e-3};
    case Metric::MemBwTbps: return {tr("memory bandwidth"), tr("PB/s"), 1e-3};
    case Metric::ItPowerMw: return {tr("IT power"), tr("GW"), 1e-3};
    case Metric::FacilityPowerMw: return {tr("facility power"), tr("GW"), 1e-3};
    case Metric::AvailablePowerMw: return {tr("available power"), tr("GW"), 1e-3};
    case Metric::HardwareCapexUsdB: return {tr("hardware capex per month"), tr("$B"), 1};
    case Metric::FacilityCapexUsdB: return {tr("facility capex per month"), tr("$B"), 1};
    case Metric::CapexUsdB: return {tr("capex per month"), tr("$B"), 1};
    case Metric::CumulativeCapexUsdB: return {tr("cumulative capex"), tr("$B"), 1};
    case Metric::EnergyUsdB: return {tr("energy cost per month"), tr("$B"), 1};
    case Metric::ContractedSpendUsdB: return {tr("contracted spend per month"), tr("$B"), 1};
    case Metric::TranchesReleasedUsdB: return {tr("investment tranches released"), tr("$B"), 1};
    }
    return {metricKey(metric), QString(), 1};
}

QString MetricDisplay::axisLabel() const
{
    return QCoreApplication::translate("rackline::MetricDisplay", "%1 (%2)").arg(name, unit);
}

} // namespace rackline
