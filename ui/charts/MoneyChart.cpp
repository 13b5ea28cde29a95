// SPDX-License-Identifier: MIT
#include "MoneyChart.h"

#include "ChartOverlay.h"
#include "OverlayGraphs.h"
#include "PartnerPalette.h"

#include <Engine.h>
#include <MonteCarlo.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <limits>

namespace rackline {

namespace {

QVector<QCPGraphData> graphPoints(const Eigen::VectorXd &values)
{
    QVector<QCPGraphData> points(values.size());
    for (Eigen::Index m = 0; m < values.size(); ++m)
        points[m] = QCPGraphData(double(m), values[m]);
    return points;
}

void setBarData(QCPBars *bars, const Eigen::VectorXd &values)
{
    QVector<QCPBarsData> points(values.size());
    for (Eigen::Index m = 0; m < values.size(); ++m)
        points[m] = QCPBarsData(double(m), values[m]);
    bars->data()->set(points, true);
}

} // namespace

MoneyChart::~MoneyChart() = default;

MoneyChart::MoneyChart(ChartInput input, QWidget *parent)
    : TimeSeriesChart(input, parent)
{
    QCPAxisRect *flows = mainRect();
    m_totalsRect = addAxisRect();
    QCPAxis *flowKey = flows->axis(QCPAxis::atBottom);
    QCPAxis *flowValue = flows->axis(QCPAxis::atLeft);
    QCPAxis *totalKey = m_totalsRect->axis(QCPAxis::atBottom);
    QCPAxis *totalValue = m_totalsRect->axis(QCPAxis::atLeft);
    QCPAxis *gwAxis = m_totalsRect->axis(QCPAxis::atRight);
    gwAxis->setVisible(true);
    gwAxis->setTickLabels(true);

    m_hardware = new QCPBars(flowKey, flowValue);
    m_hardware->setWidth(0.8);
    m_hardware->setPen(Qt::NoPen);
    m_hardware->setBrush(PartnerPalette::okabeIto(4));
    m_facility = new QCPBars(flowKey, flowValue);
    m_facility->setWidth(0.8);
    m_facility->setPen(Qt::NoPen);
    m_facility->setBrush(PartnerPalette::okabeIto(1));
    m_facility->moveAbove(m_hardware);
    m_contracted = plot()->addGraph(flowKey, flowValue);
    m_contracted->setLineStyle(QCPGraph::lsStepCenter);

    m_cumulative = plot()->addGraph(totalKey, totalValue);
    m_tranches = plot()->addGraph(totalKey, totalValue);
    m_tranches->setLineStyle(QCPGraph::lsStepLeft);
    m_deployedGw = plot()->addGraph(totalKey, gwAxis);

    m_flowOverlay = std::make_unique<OverlayGraphs>(plot(), flowKey, flowValue);
    m_totalsOverlay = std::make_unique<OverlayGraphs>(plot(), totalKey, totalValue);

    retranslateUi();
    refresh();
}

void MoneyChart::retranslateUi()
{
    m_hardware->setName(tr("Hardware capex"));
    m_facility->setName(tr("Facility capex"));
    m_contracted->setName(tr("Contracted cloud/purchase spend"));
    m_cumulative->setName(tr("Cumulative capex"));
    m_tranches->setName(tr("Investment tranches released"));
    m_deployedGw->setName(tr("GW deployed under investment deals (right axis)"));
    mainRect()->axis(QCPAxis::atLeft)->setLabel(tr("$B per month"));
    m_totalsRect->axis(QCPAxis::atLeft)->setLabel(tr("$B, cumulative"));
    m_totalsRect->axis(QCPAxis::atRight)->setLabel(tr("GW deployed"));
}

QString MoneyChart::title() const
{
    return tr("Money: spend per month, running totals and investment tranches");
}

void MoneyChart::refresh()
{
    setTitleText(title());
    if (!m_input.isValid())
        return;
    updateMonthAxes();
    const Engine &engine = *m_input.engine;
    const MetricTable &totals = engine.totals();
    const Eigen::VectorXd hardware = column(totals, Metric::HardwareCapexUsdB);
    const Eigen::VectorXd facility = column(totals, Metric::FacilityCapexUsdB);
    const Eigen::VectorXd contracted = column(totals, Metric::ContractedSpendUsdB);
    const Eigen::VectorXd cumulative = column(totals, Metric::CumulativeCapexUsdB);
    const Eigen::VectorXd tranches = column(totals, Metric::TranchesReleasedUsdB);
    Eigen::VectorXd deployedGw = Eigen::VectorXd::Zero(engine.months());
    for (int c = 0; c < engine.commitmentCount(); ++c) {
        if (engine.commitmentKind(c) == CommitmentKind::Investment)
            deployedGw += engine.commitmentDeployedGw(c);
    }

    setBarData(m_hardware, hardware);
    setBarData(m_facility, facility);
    m_contracted->data()->set(graphPoints(contracted), true);
    m_cumulative->data()->set(graphPoints(cumulative), true);
    m_tranches->data()->set(graphPoints(tranches), true);
    m_deployedGw->data()->set(graphPoints(deployedGw), true);

    const double width = style().lineWidth();
    m_contracted->setPen(QPen(PartnerPalette::okabeIto(0), width + 0.4));
    m_cumulative->setPen(QPen(PartnerPalette::okabeIto(4), width + 0.4));
    m_tranches->setPen(QPen(PartnerPalette::okabeIto(2), width + 1.2));
    m_deployedGw->setPen(QPen(PartnerPalette::okabeIto(6), width, Qt::DashLine));
    const bool hasInvestments = deployedGw.size() > 0 && deployedGw.maxCoeff() > 0;
    m_totalsRect->axis(QCPAxis::atRight)->setVisible(hasInvestments);
    if (hasInvestments)
        m_deployedGw->addToLegend();
    else
        m_deployedGw->removeFromLegend();

    double flowTop = engine.months() > 0 ? std::max((hardware + facility).maxCoeff(), contracted.maxCoeff()) : 0;
    double totalTop = engine.months() > 0 ? std::max(cumulative.maxCoeff(), tranches.maxCoeff()) : 0;

    // The overlay: baseline A dashed and lighter beside B's lines (both named), and the
    // Monte Carlo band of B's cumulative capex.
    const Scenario &scenario = *m_input.scenario;
    const ChartOverlay *overlay = m_input.overlay;
    const bool compared = overlay && overlay->hasBaseline();
    // The scenarios are named once, on the capex lines; the running totals say "A" or "B",
    // which keeps the legend short enough for the panel.
    m_cumulative->setName(compared ? tr("Cumulative capex, B") : tr("Cumulative capex"));
    m_tranches->setName(compared ? tr("Investment tranches released, B") : tr("Investment tranches released"));
    std::vector<OverlayGraphs::Line> flowLines, totalLines;
    std::vector<Series> baselineSeries;
    const QString usd = tr("$B");
    if (compared) {
        const MetricTable &a = overlay->baselineEngine->totals();
        auto aligned = [&](const Eigen::VectorXd &values) {
            return alignedToTimeline(values, overlay->baseline->timeline, scenario.timeline,
                                     std::numeric_limits<double>::quiet_NaN());
        };
        const QString nameA = OverlayGraphs::baselineLabel(*overlay->baseline);
        const QString nameB = OverlayGraphs::currentLabel(scenario);
        const Eigen::VectorXd capexB = hardware + facility;
        const Eigen::VectorXd capexA =
            aligned(column(a, Metric::HardwareCapexUsdB) + column(a, Metric::FacilityCapexUsdB));
        const Eigen::VectorXd cumulativeA = aligned(column(a, Metric::CumulativeCapexUsdB));
        const Eigen::VectorXd tranchesA = aligned(column(a, Metric::TranchesReleasedUsdB));
        const double thin = width + 0.4;
        // Capex per month of each (the top of B's bars), the lines that name the scenarios.
        flowLines.push_back({nameB, QPen(PartnerPalette::totalColor(), thin), capexB});
        flowLines.push_back({nameA,
                             OverlayGraphs::baselinePen(PartnerPalette::totalColor(), thin), capexA});
        totalLines.push_back({tr("Cumulative capex, A"),
                              OverlayGraphs::baselinePen(PartnerPalette::okabeIto(4), thin), cumulativeA});
        totalLines.push_back({tr("Investment tranches released, A"),
                              OverlayGraphs::baselinePen(PartnerPalette::okabeIto(2), width + 1.2), tranchesA});
        flowTop = std::max(flowTop, finiteMax(capexA));
        totalTop = std::max({totalTop, finiteMax(cumulativeA), finiteMax(tranchesA)});
        baselineSeries = {{QStringLiteral("capex_usd_b:baseline"), tr("Capex per month, %1").arg(nameA), usd, 1, capexA},
                          {QStringLiteral("cumulative_capex_usd_b:baseline"), totalLines[0].name, usd, 1, cumulativeA},
                          {QStringLiteral("tranches_released_usd_b:baseline"), totalLines[1].name, usd, 1, tranchesA}};
    }
    m_flowOverlay->setLines(flowLines);
    m_totalsOverlay->setLines(totalLines);
    const Eigen::MatrixX3d band = overlay && overlay->bands
                                      ? bandOf(*overlay->bands, Metric::CumulativeCapexUsdB, engine.months())
                                      : Eigen::MatrixX3d();
    const QString what = tr("Cumulative capex");
    m_totalsOverlay->setBand(band, OverlayGraphs::rangeName(what, overlay && overlay->bands ? overlay->bands->samples : 0),
                             OverlayGraphs::percentileName(what, 50), PartnerPalette::okabeIto(4), width + 0.4);
    totalTop = std::max(totalTop, finiteMax(band));
    if (band.rows() > 0) {
        const int percentiles[3] = {10, 50, 90};
        for (int b = 0; b < 3; ++b)
            baselineSeries.push_back({QStringLiteral("cumulative_capex_usd_b:p%1").arg(percentiles[b]),
                                      OverlayGraphs::percentileName(what, percentiles[b]), usd, 1, band.col(b)});
    }

    setValueRange(mainRect()->axis(QCPAxis::atLeft), flowTop);
    setValueRange(m_totalsRect->axis(QCPAxis::atLeft), totalTop);
    setValueRange(m_totalsRect->axis(QCPAxis::atRight), hasInvestments ? deployedGw.maxCoeff() : 1);

    std::vector<Series> series{
        {QStringLiteral("hardware_capex_usd_b"), m_hardware->name(), usd, 1, hardware},
        {QStringLiteral("facility_capex_usd_b"), m_facility->name(), usd, 1, facility},
        {QStringLiteral("contracted_spend_usd_b"), m_contracted->name(), usd, 1, contracted},
        {QStringLiteral("cumulative_capex_usd_b"), m_cumulative->name(), usd, 1, cumulative},
        {QStringLiteral("tranches_released_usd_b"), m_tranches->name(), usd, 1, tranches},
        {QStringLiteral("investment_deployed_gw"), tr("GW deployed under investment deals"), tr("GW"), 1, deployedGw},
    };
    series.insert(series.end(), baselineSeries.begin(), baselineSeries.end());
    setSeries(std::move(series));
    queueReplot();
}

} // namespace rackline
