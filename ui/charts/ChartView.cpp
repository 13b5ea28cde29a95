// SPDX-License-Identifier: MIT
#include "ChartView.h"

#include "ChartSources.h"

#include <QEvent>

namespace rackline {

ChartView::ChartView(ChartInput input, QWidget *parent)
    : QWidget(parent)
    , m_input(input)
{
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

QStringList ChartView::sources() const
{
    if (!m_input.isValid())
        return {};
    return ChartSources::forChart(kind(), *m_input.scenario);
}

} // namespace rackline
