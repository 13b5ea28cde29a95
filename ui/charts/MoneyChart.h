// SPDX-License-Identifier: MIT
#pragma once

#include "TimeSeriesChart.h"

class QCPBars;
class QCPGraph;

namespace rackline {

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

    ChartKind kind() const override { return ChartKind::Money; }
    QString title() const override;
    void refresh() override;

    QCPBars *hardwareBars() const { return m_hardware; }
    QCPBars *facilityBars() const { return m_facility; }
    QCPGraph *contractedGraph() const { return m_contracted; }
    QCPGraph *cumulativeGraph() const { return m_cumulative; }
    QCPGraph *tranchesGraph() const { return m_tranches; }
    QCPGraph *deployedGwGraph() const { return m_deployedGw; }

private:
    QCPAxisRect *m_totalsRect = nullptr;
    QCPBars *m_hardware = nullptr;
    QCPBars *m_facility = nullptr;
    QCPGraph *m_contracted = nullptr;
    QCPGraph *m_cumulative = nullptr;
    QCPGraph *m_tranches = nullptr;
    QCPGraph *m_deployedGw = nullptr;
};

} // namespace rackline
