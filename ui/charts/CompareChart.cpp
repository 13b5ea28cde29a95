// SPDX-License-Identifier: MIT
#include "CompareChart.h"

#include "ChartSources.h"
#include "MetricDisplay.h"
#include "OverlayGraphs.h"
#include "PartnerPalette.h"

#include <ScenarioFile.h>

#include "QCustomPlotInclude.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace rackline {

CompareChart::CompareChart(ChartInput input, QWidget *parent)
    : TimeSeriesChart(input, parent)
{
    m_metricBox = new QComboBox(this);
    for (const Metric metric : metrics())
        m_metricBox->addItem(QString(), int(metric));
    m_metricBox->setCurrentIndex(int(metrics().indexOf(m_metric)));
    controls()->addWidget(m_compareLabel = new QLabel(this));
    controls()->addWidget(m_metricBox);
    controls()->addStretch(1);
    connect(m_metricBox, &QComboBox::activated, this,
            [this](int index) { setMetric(Metric(m_metricBox->itemData(index).toInt())); });

    // The other scenario first, so the open one draws on top; the gap between them is filled.
    m_otherGraph = plot()->addGraph();
    m_current = plot()->addGraph();
    QColor gap = PartnerPalette::neutralColor();
    gap.setAlpha(60);
    m_current->setBrush(gap);
    m_current->setChannelFillGraph(m_otherGraph);
    retranslateUi();
    refresh();
}

void CompareChart::retranslateUi()
{
    m_compareLabel->setText(tr("Compare:"));
    for (int i = 0; i < m_metricBox->count(); ++i)
        m_metricBox->setItemText(i, MetricDisplay::of(Metric(m_metricBox->itemData(i).toInt())).name);
}

QList<Metric> CompareChart::metrics()
{
    return {Metric::PflopsFp8, Metric::PflopsFp4, Metric::PflopsBf16, Metric::Accelerators, Metric::HbmTb,
            Metric::MemBwTbps, Metric::FacilityPowerMw, Metric::AvailablePowerMw, Metric::CumulativeCapexUsdB,
            Metric::ContractedSpendUsdB, Metric::TranchesReleasedUsdB};
}

QString CompareChart::title() const
{
    return tr("Compared: %1").arg(MetricDisplay::of(m_metric).name);
}

QStringList CompareChart::sources() const
{
    QStringList list = ChartView::sources();
    if (m_other) {
        for (const QString &source : ChartSources::forChart(ChartKind::Compare, *m_other)) {
            if (!list.contains(source))
                list << source;
        }
    }
    return list;
}

void CompareChart::setComparison(const Scenario &other)
{
    m_other = other;
    m_otherEngine.setScenario(*m_other, effectiveCatalog(*m_other));
    refresh();
}

void CompareChart::setMetric(Metric metric)
{
    m_metric = metric;
    m_metricBox->setCurrentIndex(int(metrics().indexOf(metric)));
    refresh();
}

void CompareChart::refresh()
{
    setTitleText(title());
    if (!m_input.isValid())
        return;
    updateMonthAxes();
    const Scenario &scenario = *m_input.scenario;
    const Eigen::VectorXd current = column(m_input.engine->totals(), m_metric);
    // The other scenario on this one's calendar, month for month.
    const Eigen::VectorXd other = m_other ? alignedToTimeline(column(m_otherEngine.totals(), m_metric), m_other->timeline,
                                                              scenario.timeline, 0.0)
                                          : Eigen::VectorXd::Zero(current.size());
    const double largest = std::max(current.size() ? current.maxCoeff() : 0.0, other.size() ? other.maxCoeff() : 0.0);
    const MetricDisplay display = MetricDisplay::of(m_metric, largest);
    auto points = [&](const Eigen::VectorXd &values) {
        QVector<QCPGraphData> data(values.size());
        for (Eigen::Index m = 0; m < values.size(); ++m)
            data[m] = QCPGraphData(double(m), values[m] * display.scale);
        return data;
    };
    m_current->data()->set(points(current), true);
    m_otherGraph->data()->set(points(other), true);
    const QString currentName = scenario.name.isEmpty() ? tr("This scenario") : scenario.name;
    const QString otherName = m_other ? (m_other->name.isEmpty() ? tr("Other scenario") : m_other->name)
                                      : tr("No scenario to compare with");
    m_current->setName(currentName);
    m_otherGraph->setName(otherName);
    m_current->setPen(QPen(PartnerPalette::okabeIto(4), style().lineWidth() + 1.0));
    m_otherGraph->setPen(QPen(PartnerPalette::okabeIto(5), style().lineWidth() + 1.0, Qt::DashLine));
    plot()->yAxis->setLabel(display.axisLabel());
    setValueRange(plot()->yAxis, largest * display.scale);
    const QString key = metricKey(m_metric);
    setSeries({{key + QStringLiteral(":current"), currentName, display.unit, display.scale, current},
               {key + QStringLiteral(":compared"), otherName, display.unit, display.scale, other}});
    queueReplot();
}

} // namespace rackline
