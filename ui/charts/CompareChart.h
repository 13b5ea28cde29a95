// SPDX-License-Identifier: MIT
#pragma once

#include "TimeSeriesChart.h"

#include <Engine.h>
#include <Metric.h>
#include <Scenario.h>

#include <optional>

class QComboBox;
class QCPGraph;

class QLabel;

namespace rackline {

/// "Announced vs actual": one metric of two scenarios overlaid on the calendar (the other
/// scenario is aligned month for month, whatever its timeline's start), the gap between
/// them shaded. The open scenario follows edits live; the other is a fixed copy with its
/// own engine.
class CompareChart : public TimeSeriesChart
{
    Q_OBJECT

public:
    explicit CompareChart(ChartInput input, QWidget *parent = nullptr);

    ChartKind kind() const override { return ChartKind::Compare; }
    QString title() const override;
    void refresh() override;
    QStringList sources() const override;

    /// The scenario overlaid (copied, computed once).
    void setComparison(const Scenario &other);
    bool hasComparison() const { return m_other.has_value(); }
    const Engine &comparisonEngine() const { return m_otherEngine; }

    static QList<Metric> metrics();
    Metric metric() const { return m_metric; }
    void setMetric(Metric metric);

    QCPGraph *currentGraph() const { return m_current; }
    QCPGraph *otherGraph() const { return m_otherGraph; }

private:
    void retranslateUi() override;
    QLabel *m_compareLabel = nullptr;
    std::optional<Scenario> m_other;
    Engine m_otherEngine;
    QComboBox *m_metricBox = nullptr;
    QCPGraph *m_current = nullptr;
    QCPGraph *m_otherGraph = nullptr;
    Metric m_metric = Metric::PflopsFp8;
};

} // namespace rackline
