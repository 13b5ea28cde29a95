// SPDX-License-Identifier: MIT
#pragma once

#include "TimeSeriesChart.h"

#include <memory>
#include <utility>
#include <vector>

class QCPGraph;
class QCPItemRect;

namespace rackline {

class OverlayGraphs;
class StackedAreas;

/// Facility power the deployments need, stacked by partner, against the power the phases
/// make available (a step line); months where the need exceeds the supply are shaded.
class PowerChart : public TimeSeriesChart
{
    Q_OBJECT

public:
    explicit PowerChart(ChartInput input, QWidget *parent = nullptr);
    ~PowerChart() override;

    ChartKind kind() const override { return ChartKind::Power; }
    QString title() const override;
    void refresh() override;

    const StackedAreas &areas() const { return *m_areas; }
    QCPGraph *availableGraph() const { return m_available; }
    /// The baseline's lines (ChartInput::overlay).
    const OverlayGraphs &overlay() const { return *m_overlay; }
    /// Runs of shortfall months [first, last], as shaded.
    const std::vector<std::pair<int, int>> &shortfallRuns() const { return m_runs; }

private:
    void retranslateUi() override;
    std::unique_ptr<StackedAreas> m_areas;
    std::unique_ptr<OverlayGraphs> m_overlay;
    QCPGraph *m_available = nullptr;
    QCPGraph *m_shortfallKey = nullptr; ///< no data: the shading's legend entry
    std::vector<QCPItemRect *> m_shades;
    std::vector<std::pair<int, int>> m_runs;
};

} // namespace rackline
