// SPDX-License-Identifier: MIT
#include "ChartView.h"

#include "ChartSources.h"

namespace rackline {

ChartView::ChartView(ChartInput input, QWidget *parent)
    : QWidget(parent)
    , m_input(input)
{
}

QStringList ChartView::sources() const
{
    if (!m_input.isValid())
        return {};
    return ChartSources::forChart(kind(), *m_input.scenario);
}

} // namespace rackline
