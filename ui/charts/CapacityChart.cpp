// SPDX-License-Identifier: MIT
#include "CapacityChart.h"

#include "ChartOverlay.h"
#include "MetricDisplay.h"
#include "OverlayGraphs.h"
#include "PartnerPalette.h"
#include "StackedAreas.h"

#include <Engine.h>
#include <MonteCarlo.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <limits>

namespace rackline {

namespace {
/// Monte Carlo bands: a blue-grey that none of the partner colours is.
const QColor kBandColor(0x2b, 0x4c, 0x7e);
} // namespace

CapacityChart::CapacityChart(ChartInput input, QWidget *parent)
    : TimeSeriesChart(input, parent)
    , m_areas(std::make_unique<StackedAreas>(plot(), plot()->xAxis, plot()->yAxis))
    , m_overlay(std::make_unique<OverlayGraphs>(plot(), plot()->xAxis, plot()->yAxis))
{
    m_metricBox = new QComboBox(this);
    for (const Metric metric : metrics())
        m_metricBox->addItem(QString(), int(metric));
    m_metricBox->setCurrentIndex(int(metrics().indexOf(m_metric)));
    m_logBox = new QCheckBox(this);
    controls()->addWidget(m_showLabel = new QLabel(this));
    controls()->addWidget(m_metricBox);
    controls()->addWidget(m_logBox);
    controls()->addStretch(1);
    connect(m_metricBox, &QComboBox::activated, this,
            [this](int index) { setMetric(Metric(m_metricBox->itemData(index).toInt())); });
    connect(m_logBox, &QCheckBox::toggled, this, &CapacityChart::setLogarithmic);
    retranslateUi();
    refresh();
}

CapacityChart::~CapacityChart() = default;

void CapacityChart::retranslateUi()
{
    m_showLabel->setText(tr("Show:"));
    m_logBox->setText(tr("Log scale"));
    for (int i = 0; i < m_metricBox->count(); ++i)
        m_metricBox->setItemText(i, MetricDisplay::of(Metric(m_metricBox->itemData(i).toInt())).name);
}

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
    const Eigen::VectorXd total = column(engine.totals(), m_metric);
    // The overlay: baseline A's total on this calendar, and B's Monte Carlo band.
    const ChartOverlay *overlay = m_input.overlay;
    Eigen::VectorXd baseline;
    if (overlay && overlay->hasBaseline())
        baseline = alignedToTimeline(column(overlay->baselineEngine->totals(), m_metric), overlay->baseline->timeline,
                                     scenario.timeline, std::numeric_limits<double>::quiet_NaN());
    const Eigen::MatrixX3d band = overlay && overlay->bands ? bandOf(*overlay->bands, m_metric, engine.months())
                                                            : Eigen::MatrixX3d();
    const double largest = std::max({finiteMax(total), finiteMax(baseline), finiteMax(band)});
    const MetricDisplay display = MetricDisplay::of(m_metric, largest);
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
    series.push_back({metricKey(m_metric) + QStringLiteral(":total"), tr("Total"), unit, scale, total});
    m_areas->setLineWidth(style().isPresentation() ? 1.5 : 0.8);
    setValueRange(plot()->yAxis, largest * scale, m_logarithmic);
    const double floor = m_logarithmic ? plot()->yAxis->range().lower : 0;
    m_areas->update(layers, floor);

    std::vector<OverlayGraphs::Line> lines;
    const double width = style().lineWidth() + 1.0;
    if (baseline.size() > 0) {
        // The lines are the totals of A and B (the areas are B's partners).
        const QString nameA = OverlayGraphs::baselineLabel(*overlay->baseline);
        const QString nameB = OverlayGraphs::currentLabel(scenario);
        lines.push_back({nameB, QPen(PartnerPalette::totalColor(), width), atLeast(total * scale, floor)});
        lines.push_back({nameA, OverlayGraphs::baselinePen(PartnerPalette::totalColor(), width),
                         atLeast(baseline * scale, floor)});
        series.push_back({metricKey(m_metric) + QStringLiteral(":baseline"), nameA, unit, scale, baseline});
    }
    m_overlay->setLines(lines);
    const QString what = tr("Total");
    const int samples = overlay && overlay->bands ? overlay->bands->samples : 0;
    m_overlay->setBand(atLeast(band * scale, floor), OverlayGraphs::rangeName(what, samples),
                       OverlayGraphs::percentileName(what, 50), kBandColor, width);
    if (band.rows() > 0) {
        const int percentiles[3] = {10, 50, 90};
        for (int b = 0; b < 3; ++b)
            series.push_back({metricKey(m_metric) + QStringLiteral(":p%1").arg(percentiles[b]),
                              OverlayGraphs::percentileName(what, percentiles[b]), unit, scale, band.col(b)});
    }
    plot()->yAxis->setLabel(display.axisLabel());
    setSeries(std::move(series));
    queueReplot();
}

} // namespace rackline
