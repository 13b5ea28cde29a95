// SPDX-License-Identifier: MIT
#pragma once

#include "TimeSeriesChart.h"

#include <Metric.h>

#include <memory>

class QCheckBox;
class QComboBox;

class QLabel;

namespace rackline {

class OverlayGraphs;
class StackedAreas;

/// Compute capacity in service over time, stacked by partner: PFLOPS at FP4/FP8/BF16,
/// accelerators, HBM or memory bandwidth, on a linear or log axis.
class CapacityChart : public TimeSeriesChart
{
    Q_OBJECT

public:
    explicit CapacityChart(ChartInput input, QWidget *parent = nullptr);
    ~CapacityChart() override;

    ChartKind kind() const override { return ChartKind::Capacity; }
    QString title() const override;
    void refresh() override;

    /// The metrics the chooser offers, in its order.
    static QList<Metric> metrics();
    Metric metric() const { return m_metric; }
    void setMetric(Metric metric);
    bool isLogarithmic() const { return m_logarithmic; }
    void setLogarithmic(bool logarithmic);
    const StackedAreas &areas() const { return *m_areas; }
    /// The baseline and Monte Carlo graphs (ChartInput::overlay).
    const OverlayGraphs &overlay() const { return *m_overlay; }

private:
    void retranslateUi() override;
    QLabel *m_showLabel = nullptr;

    std::unique_ptr<StackedAreas> m_areas;
    std::unique_ptr<OverlayGraphs> m_overlay;
    QComboBox *m_metricBox = nullptr;
    QCheckBox *m_logBox = nullptr;
    Metric m_metric = Metric::PflopsFp8;
    bool m_logarithmic = false;
};

} // namespace rackline
