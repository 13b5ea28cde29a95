// SPDX-License-Identifier: MIT
#include "MoneyChart.h"

#include "PartnerPalette.h"

#include <Engine.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

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
    m_hardware->setName(tr("Hardware capex"));
    m_hardware->setWidth(0.8);
    m_hardware->setPen(Qt::NoPen);
    m_hardware->setBrush(PartnerPalette::okabeIto(4));
    m_facility = new QCPBars(flowKey, flowValue);
    m_facility->setName(tr("Facility capex"));
    m_facility->setWidth(0.8);
    m_facility->setPen(Qt::NoPen);
    m_facility->setBrush(PartnerPalette::okabeIto(1));
    m_facility->moveAbove(m_hardware);
    m_contracted = plot()->addGraph(flowKey, flowValue);
    m_contracted->setName(tr("Contracted cloud/purchase spend"));
    m_contracted->setLineStyle(QCPGraph::lsStepCenter);

    m_cumulative = plot()->addGraph(totalKey, totalValue);
    m_cumulative->setName(tr("Cumulative capex"));
    m_tranches = plot()->addGraph(totalKey, totalValue);
    m_tranches->setName(tr("Investment tranches released"));
    m_tranches->setLineStyle(QCPGraph::lsStepLeft);
    m_deployedGw = plot()->addGraph(totalKey, gwAxis);
    m_deployedGw->setName(tr("GW deployed under investment deals (right axis)"));

    flowValue->setLabel(tr("$B per month"));
    totalValue->setLabel(tr("$B, cumulative"));
    gwAxis->setLabel(tr("GW deployed"));
    refresh();
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

    const double flowTop = engine.months() > 0 ? std::max((hardware + facility).maxCoeff(), contracted.maxCoeff()) : 0;
    const double totalTop = engine.months() > 0 ? std::max(cumulative.maxCoeff(), tranches.maxCoeff()) : 0;
    setValueRange(mainRect()->axis(QCPAxis::atLeft), flowTop);
    setValueRange(m_totalsRect->axis(QCPAxis::atLeft), totalTop);
    setValueRange(m_totalsRect->axis(QCPAxis::atRight), hasInvestments ? deployedGw.maxCoeff() : 1);

    const QString usd = tr("$B");
    setSeries({
        {QStringLiteral("hardware_capex_usd_b"), m_hardware->name(), usd, 1, hardware},
        {QStringLiteral("facility_capex_usd_b"), m_facility->name(), usd, 1, facility},
        {QStringLiteral("contracted_spend_usd_b"), m_contracted->name(), usd, 1, contracted},
        {QStringLiteral("cumulative_capex_usd_b"), m_cumulative->name(), usd, 1, cumulative},
        {QStringLiteral("tranches_released_usd_b"), m_tranches->name(), usd, 1, tranches},
        {QStringLiteral("investment_deployed_gw"), tr("GW deployed under investment deals"), tr("GW"), 1, deployedGw},
    });
    queueReplot();
}

} // namespace rackline
