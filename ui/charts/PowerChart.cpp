// SPDX-License-Identifier: MIT
#include "PowerChart.h"

#include "ChartOverlay.h"
#include "OverlayGraphs.h"
#include "PartnerPalette.h"
#include "StackedAreas.h"

#include <Engine.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <limits>

namespace rackline {

namespace {
constexpr double kGwPerMw = 1e-3;

// Tinted and hatched, so the shading reads without colour vision.
QBrush shortfallTint()
{
    QColor color = PartnerPalette::shortfallColor();
    color.setAlpha(45);
    return QBrush(color);
}

QBrush shortfallHatch()
{
    QColor color = PartnerPalette::shortfallColor();
    color.setAlpha(150);
    return QBrush(color, Qt::BDiagPattern);
}
} // namespace

PowerChart::PowerChart(ChartInput input, QWidget *parent)
    : TimeSeriesChart(input, parent)
    , m_areas(std::make_unique<StackedAreas>(plot(), plot()->xAxis, plot()->yAxis))
    , m_overlay(std::make_unique<OverlayGraphs>(plot(), plot()->xAxis, plot()->yAxis))
{
    m_shortfallKey = plot()->addGraph();
    m_shortfallKey->setPen(QPen(PartnerPalette::shortfallColor(), 1));
    m_shortfallKey->setBrush(shortfallHatch());
    m_available = plot()->addGraph();
    m_available->setLayer(QStringLiteral("lines"));
    retranslateUi();
    refresh();
}

PowerChart::~PowerChart() = default;

void PowerChart::retranslateUi()
{
    m_shortfallKey->setName(tr("Power shortfall"));
    m_available->setName(tr("Available power (phases)"));
    plot()->yAxis->setLabel(tr("Facility power (GW)"));
}

QString PowerChart::title() const
{
    return tr("Power needed by partner vs. available");
}

void PowerChart::refresh()
{
    setTitleText(title());
    if (!m_input.isValid())
        return;
    updateMonthAxes();
    const Scenario &scenario = *m_input.scenario;
    const Engine &engine = *m_input.engine;
    const PartnerPalette palette(scenario);
    const QString unit = tr("GW");

    std::vector<StackedAreas::Layer> layers;
    std::vector<Series> series;
    for (int p = 0; p < engine.partnerCount(); ++p) {
        const QString &name = scenario.partners[size_t(p)].name;
        const Eigen::VectorXd values = column(engine.partnerTable(p), Metric::FacilityPowerMw);
        layers.push_back({name, palette.color(p), values * kGwPerMw});
        series.push_back({QStringLiteral("facility_power_mw:") + engine.partnerIds()[p], name, unit, kGwPerMw, values});
    }
    m_areas->setLineWidth(style().isPresentation() ? 1.5 : 0.8);
    double top = m_areas->update(layers);

    const auto facility = column(engine.totals(), Metric::FacilityPowerMw);
    const auto available = column(engine.totals(), Metric::AvailablePowerMw);
    const bool hasPhases = engine.phaseCount() > 0;
    QVector<QCPGraphData> points;
    if (hasPhases) {
        points.resize(available.size());
        for (Eigen::Index m = 0; m < available.size(); ++m)
            points[m] = QCPGraphData(double(m), available[m] * kGwPerMw);
        top = std::max(top, available.maxCoeff() * kGwPerMw);
    }
    m_available->data()->set(points, true);
    m_available->setPen(QPen(PartnerPalette::availableColor(), style().lineWidth() + 0.8));
    series.push_back({QStringLiteral("facility_power_mw:total"), tr("Needed, total"), unit, kGwPerMw, facility});
    // Compared with a baseline A: both scenarios' needed power, A dashed and lighter.
    std::vector<OverlayGraphs::Line> lines;
    if (const ChartOverlay *overlay = m_input.overlay; overlay && overlay->hasBaseline()) {
        const Eigen::VectorXd baseline =
            alignedToTimeline(column(overlay->baselineEngine->totals(), Metric::FacilityPowerMw),
                              overlay->baseline->timeline, scenario.timeline, std::numeric_limits<double>::quiet_NaN());
        const QString nameA = OverlayGraphs::baselineLabel(*overlay->baseline);
        const QString nameB = OverlayGraphs::currentLabel(scenario);
        const double width = style().lineWidth() + 1.0;
        lines.push_back({nameB, QPen(PartnerPalette::totalColor(), width), facility * kGwPerMw});
        lines.push_back({nameA, OverlayGraphs::baselinePen(PartnerPalette::totalColor(), width), baseline * kGwPerMw});
        series.push_back({QStringLiteral("facility_power_mw:baseline"), nameA, unit, kGwPerMw, baseline});
        top = std::max(top, finiteMax(baseline) * kGwPerMw);
    }
    m_overlay->setLines(lines);
    series.push_back({QStringLiteral("available_power_mw:total"), tr("Available"), unit, kGwPerMw, available});
    // The whole plan's shortfall (MODEL.md power_shortfall), month by month.
    Eigen::VectorXd shortfall = Eigen::VectorXd::Zero(facility.size());
    if (hasPhases)
        shortfall = (facility - available).cwiseMax(0.0);
    series.push_back({QStringLiteral("shortfall_mw:total"), tr("Shortfall"), unit, kGwPerMw, shortfall});

    // Shade each run of shortfall months (a few rects, rebuilt: cheap).
    m_runs.clear();
    for (Eigen::Index m = 0; m < shortfall.size(); ++m) {
        if (shortfall[m] <= 1e-9)
            continue;
        if (!m_runs.empty() && m_runs.back().second == m - 1)
            m_runs.back().second = int(m);
        else
            m_runs.emplace_back(int(m), int(m));
    }
    // Two rects a run: the tint and the hatching.
    while (m_shades.size() > 2 * m_runs.size()) {
        plot()->removeItem(m_shades.back());
        m_shades.pop_back();
    }
    while (m_shades.size() < 2 * m_runs.size()) {
        auto *shade = new QCPItemRect(plot());
        shade->setLayer(QStringLiteral("grid"));
        shade->setPen(Qt::NoPen);
        shade->setBrush(m_shades.size() % 2 == 0 ? shortfallTint() : shortfallHatch());
        shade->setSelectable(false);
        for (QCPItemPosition *corner : {shade->topLeft, shade->bottomRight}) {
            corner->setTypeX(QCPItemPosition::ptPlotCoords);
            corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        m_shades.push_back(shade);
    }
    for (size_t i = 0; i < m_shades.size(); ++i) {
        m_shades[i]->topLeft->setCoords(m_runs[i / 2].first - 0.5, 0);
        m_shades[i]->bottomRight->setCoords(m_runs[i / 2].second + 0.5, 1);
    }
    if (m_runs.empty())
        m_shortfallKey->removeFromLegend();
    else
        m_shortfallKey->addToLegend();
    if (hasPhases)
        m_available->addToLegend();
    else
        m_available->removeFromLegend();

    setValueRange(plot()->yAxis, top);
    setSeries(std::move(series));
    queueReplot();
}

} // namespace rackline
