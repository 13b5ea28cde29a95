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

namespace {
struct Unit {
    double scale;
    const char *name;
};

/// The coarsest unit in which the maximum still reads as at least 1.
template<size_t N>
std::pair<double, QString> pick(double maximum, const Unit (&units)[N])
{
    size_t chosen = 0;
    for (size_t i = 0; i < N; ++i) {
        if (maximum * units[i].scale >= 1)
            chosen = i;
    }
    return {units[chosen].scale, tr(units[chosen].name)};
}
} // namespace

MetricDisplay MetricDisplay::of(Metric metric, double maximum)
{
    static const Unit flops[] = {{1, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "PFLOPS")},
                                 {1e-3, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "EFLOPS")},
                                 {1e-6, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "ZFLOPS")}};
    static const Unit count[] = {{1, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "units")},
                                 {1e-3, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "thousand")},
                                 {1e-6, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "million")}};
    static const Unit bytes[] = {{1, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "TB")},
                                 {1e-3, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "PB")},
                                 {1e-6, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "EB")}};
    static const Unit bandwidth[] = {{1, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "TB/s")},
                                     {1e-3, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "PB/s")},
                                     {1e-6, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "EB/s")}};
    static const Unit power[] = {{1, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "MW")},
                                 {1e-3, QT_TRANSLATE_NOOP("rackline::MetricDisplay", "GW")}};
    auto with = [&](const QString &name, std::pair<double, QString> unit) {
        return MetricDisplay{name, unit.second, unit.first};
    };
    switch (metric) {
    case Metric::PflopsFp4: return with(tr("compute, FP4 dense"), pick(maximum, flops));
    case Metric::PflopsFp8: return with(tr("compute, FP8 dense"), pick(maximum, flops));
    case Metric::PflopsBf16: return with(tr("compute, BF16 dense"), pick(maximum, flops));
    case Metric::Accelerators: return with(tr("accelerators"), pick(maximum, count));
    case Metric::HbmTb: return with(tr("HBM"), pick(maximum, bytes));
    case Metric::FastMemoryTb: return with(tr("fast memory"), pick(maximum, bytes));
    case Metric::MemBwTbps: return with(tr("memory bandwidth"), pick(maximum, bandwidth));
    case Metric::ItPowerMw: return with(tr("IT power"), pick(maximum, power));
    case Metric::FacilityPowerMw: return with(tr("facility power"), pick(maximum, power));
    case Metric::AvailablePowerMw: return with(tr("available power"), pick(maximum, power));
    default: break;
    }
    switch (metric) {
    case Metric::HardwareCapexUsdB: return {tr("hardware capex per month"), tr("$B"), 1};
    case Metric::FacilityCapexUsdB: return {tr("facility capex per month"), tr("$B"), 1};
    case Metric::CapexUsdB: return {tr("capex per month"), tr("$B"), 1};
    case Metric::CumulativeCapexUsdB: return {tr("cumulative capex"), tr("$B"), 1};
    case Metric::EnergyUsdB: return {tr("energy cost per month"), tr("$B"), 1};
    case Metric::ContractedSpendUsdB: return {tr("contracted spend per month"), tr("$B"), 1};
    case Metric::TranchesReleasedUsdB: return {tr("investment tranches released"), tr("$B"), 1};
    default: break;
    }
    return {metricKey(metric), QString(), 1};
}

QString MetricDisplay::axisLabel() const
{
    return QCoreApplication::translate("rackline::MetricDisplay", "%1 (%2)").arg(name, unit);
}

} // namespace rackline
