// SPDX-License-Identifier: MIT
#include "CapacityChart.h"

#include "MetricDisplay.h"
#include "PartnerPalette.h"
#include "StackedAreas.h"

#include <Engine.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace rackline {

CapacityChart::CapacityChart(ChartInput input, QWidget *parent)
    : TimeSeriesChart(input, parent)
    , m_areas(std::make_unique<StackedAreas>(plot(), plot()->xAxis, plot()->yAxis))
{
    m_metricBox = new QComboBox(this);
    for (const Metric metric : metrics())
        m_metricBox->addItem(MetricDisplay::of(metric).name, int(metric));
    m_metricBox->setCurrentIndex(int(metrics().indexOf(m_metric)));
    m_logBox = new QCheckBox(tr("Log scale"), this);
    controls()->addWidget(new QLabel(tr("Show:"), this));
    controls()->addWidget(m_metricBox);
    controls()->addWidget(m_logBox);
    controls()->addStretch(1);
    connect(m_metricBox, &QComboBox::activated, this,
            [this](int index) { setMetric(Metric(m_metricBox->itemData(index).toInt())); });
    connect(m_logBox, &QCheckBox::toggled, this, &CapacityChart::setLogarithmic);
    refresh();
}

CapacityChart::~CapacityChart() = default;

QList<Metric> CapacityChart::metrics()
{
    return {Metric::PflopsFp4, Metric::PflopsFp8, Metric::PflopsBf16, Metric::Accelerators, Metric::HbmTb,
            Metric::MemBwTbps};
}

QString CapacityChart::title() const
{
    return tr("Capacity in service by partner: %1").arg(MetricDisplay::of(m_metric).name);
}

void CapacityChart::setMetric(Metric metric)
{
    m_metric = metric;
    m_metricBox->setCurrentIndex(int(metrics().indexOf(metric)));
    refresh();
}

void CapacityChart::setLogarithmic(bool logarithmic)
{
    m_logarithmic = logarithmic;
    m_logBox->setChecked(logarithmic);
    refresh();
}

void CapacityChart::refresh()
{
    setTitleText(title());
    if (!m_input.isValid())
        return;
    updateMonthAxes();
    const Scenario &scenario = *m_input.scenario;
    const Engine &engine = *m_input.engine;
    const PartnerPalette palette(scenario);
    const MetricDisplay display = MetricDisplay::of(m_metric, column(engine.totals(), m_metric).maxCoeff());
    const double scale = display.scale;
    const QString &unit = display.unit;

    std::vector<StackedAreas::Layer> layers;
    std::vector<Series> series;
    for (int p = 0; p < engine.partnerCount(); ++p) {
        const QString &name = scenario.partners[size_t(p)].name;
        const Eigen::VectorXd values = column(engine.partnerTable(p), m_metric);
        layers.push_back({name, palette.color(p), values * scale});
        series.push_back({metricKey(m_metric) + QLatin1Char(':') + engine.partnerIds()[p], name, unit, scale, values});
    }
    series.push_back({metricKey(m_metric) + QStringLiteral(":total"), tr("Total"), unit, scale,
                      column(engine.totals(), m_metric)});
    m_areas->setLineWidth(style().isPresentation() ? 1.5 : 0.8);
    const double maximum = column(engine.totals(), m_metric).maxCoeff() * scale;
    setValueRange(plot()->yAxis, maximum, m_logarithmic);
    m_areas->update(layers, m_logarithmic ? plot()->yAxis->range().lower : 0);
    plot()->yAxis->setLabel(display.axisLabel());
    setSeries(std::move(series));
    queueReplot();
}

} // namespace rackline
