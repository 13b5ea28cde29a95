// SPDX-License-Identifier: MIT
#include "ChartFactory.h"

#include "CapacityChart.h"
#include "CommitmentsChart.h"
#include "CompareChart.h"
#include "MoneyChart.h"
#include "PowerChart.h"
#include "TornadoChart.h"

namespace rackline {

ChartView *createChart(ChartKind kind, ChartInput input, const Scenario *comparison, QWidget *parent)
{
    switch (kind) {
    case ChartKind::Capacity: return new CapacityChart(input, parent);
    case ChartKind::Power: return new PowerChart(input, parent);
    case ChartKind::Money: return new MoneyChart(input, parent);
    case ChartKind::Commitments: return new CommitmentsChart(input, parent);
    case ChartKind::Tornado: return new TornadoChart(input, parent);
    case ChartKind::Compare: {
        auto *chart = new CompareChart(input, parent);
        if (comparison)
            chart->setComparison(*comparison);
        return chart;
    }
    }
    return nullptr;
}

} // namespace rackline
