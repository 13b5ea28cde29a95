// SPDX-License-Identifier: MIT
#pragma once

#include "TimeSeriesChart.h"

class QCPBars;
class QCPGraph;

#include <memory>

namespace rackline {

class OverlayGraphs;

/// The money: on top, what is spent each month (hardware and facility capex as stacked
/// bars, contracted cloud/purchase spend as a line); below, the running totals (cumulative
/// capex, investment tranches released as a step line) against the GW deployed under the
/// investment deals on the right axis, which is what releases the tranches (NVIDIA's
/// letter of intent: $10B per GW, up to $100B).
class MoneyChart : public TimeSeriesChart
{
    Q_OBJECT

public:
    explicit MoneyChart(ChartInput input, QWidget *parent = nullptr);
    ~MoneyChart() override;

    ChartKind kind() const override { return ChartKind::Money; }
    QString title() const override;
    void refresh() override;

    QCPBars *hardwareBars() const { return m_hardware; }
    QCPBars *facilityBars() const { return m_facility; }
    QCPGraph *contractedGraph() const { return m_contracted; }
    QCPGraph *cumulativeGraph() const { return m_cumulative; }
    QCPGraph *tranchesGraph() const { return m_tranches; }
    QCPGraph *deployedGwGraph() const { return m_deployedGw; }
    /// The baseline's lines on the flows (top) and totals (bottom), the band on the totals.
    const OverlayGraphs &flowOverlay() const { return *m_flowOverlay; }
    const OverlayGraphs &totalsOverlay() const { return *m_totalsOverlay; }

private:
    void retranslateUi() override;
    QCPAxisRect *m_totalsRect = nullptr;
    QCPBars *m_hardware = nullptr;
    QCPBars *m_facility = nullptr;
    QCPGraph *m_contracted = nullptr;
    QCPGraph *m_cumulative = nullptr;
    QCPGraph *m_tranches = nullptr;
    QCPGraph *m_deployedGw = nullptr;
    std::unique_ptr<OverlayGraphs> m_flowOverlay;
    std::unique_ptr<OverlayGraphs> m_totalsOverlay;
};

} // namespace rackline
