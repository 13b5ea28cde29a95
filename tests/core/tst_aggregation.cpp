// SPDX-License-Identifier: MIT
// Quarterly and yearly tables (MODEL.md "--period"): flows (capex, energy, spend) are summed
// over the period's months inside the window, stocks (everything else) take its last month.

#include "Aggregation.h"
#include "Engine.h"
#include "ScenarioFile.h"
#include "ScenarioBuilder.h"
#include "TableCompare.h"

#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
/// A table whose metric c holds (m + 1) x (c + 1) at month m.
MetricTable linearTable(int months)
{
    MetricTable table(months, kMetricCount);
    for (int m = 0; m < months; ++m)
        for (int c = 0; c < kMetricCount; ++c)
            table(m, c) = double(m + 1) * (c + 1);
    return table;
}

/// The flows as MODEL.md names them; every other column is a stock.
bool isFlowPerModel(Metric metric)
{
    switch (metric) {
    case Metric::HardwareCapexUsdB:
    case Metric::FacilityCapexUsdB:
    case Metric::CapexUsdB:
    case Metric::EnergyUsdB:
    case Metric::ContractedSpendUsdB:
        return true;
    default:
        return false;
    }
}

/// Row r of metric c must be base(r) x (c + 1), base being `flows` or `stocks`.
QString checkPeriods(const PeriodTable &table, const std::vector<double> &flows, const std::vector<double> &stocks)
{
    if (table.values.rows() != Eigen::Index(flows.size()))
        return QStringLiteral("%1 rows, expected %2").arg(table.values.rows()).arg(flows.size());
    for (const Metric metric : allMetrics()) {
        const int c = int(metric);
        const std::vector<double> &base = isFlowPerModel(metric) ? flows : stocks;
        if (const QString failure = compareColumn(table.values, metric, scaled(base, c + 1)); !failure.isEmpty())
            return (isFlowPerModel(metric) ? QStringLiteral("flow ") : QStringLiteral("stock ")) + failure;
    }
    return {};
}
} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private slots:
    void monthsAreTheTableItself()
    {
        Timeline timeline{month("2025-11"), 3, {}};
        const PeriodTable table = aggregate(linearTable(3), timeline, Period::Month);
        QCOMPARE(table.labels, QStringList({"2025-11", "2025-12", "2026-01"}));
        QCOMPARE(table.values, linearTable(3));
    }

    void quartersOfAWindowStartingMidQuarter()
    {
        // Window 2025-02 + 8 months: Feb, Mar | Apr, May, Jun | Jul, Aug, Sep, i.e. months
        // 0-1 (values 1, 2), 2-4 (3, 4, 5), 5-7 (6, 7, 8) for a column of (m + 1).
        // Flows: 1+2 = 3, 3+4+5 = 12, 6+7+8 = 21. Stocks: 2, 5, 8 (the last month).
        Timeline timeline{month("2025-02"), 8, {}};
        const PeriodTable table = aggregate(linearTable(8), timeline, Period::Quarter);
        QCOMPARE(table.labels, QStringList({"2025-Q1", "2025-Q2", "2025-Q3"}));
        RACKLINE_CHECK(checkPeriods(table, {3, 12, 21}, {2, 5, 8}));
    }

    void yearsOfAWindowStartingInNovember()
    {
        // Window 2025-11 + 16 months: 2025 = months 0-1, 2026 = 2-13, 2027 = 14-15.
        // Flows: 1+2 = 3, 3+...+14 = 17 x 6 = 102, 15+16 = 31. Stocks: 2, 14, 16.
        Timeline timeline{month("2025-11"), 16, {}};
        const PeriodTable table = aggregate(linearTable(16), timeline, Period::Year);
        QCOMPARE(table.labels, QStringList({"2025", "2026", "2027"}));
        RACKLINE_CHECK(checkPeriods(table, {3, 102, 31}, {2, 14, 16}));
    }

    void cumulativeCapexStaysTheRunningSumOfCapex()
    {
        // On a real scenario: the yearly cumulative capex (a stock) equals the capex (a flow)
        // summed over all years so far.
        const ScenarioLoad load = readScenarioFile(QStringLiteral(":/rackline/scenarios/openai-2025.json"));
        QVERIFY2(load.ok(), qPrintable(load.error.message()));
        Engine engine;
        engine.setScenario(*load.scenario);
        const PeriodTable years = aggregate(engine.totals(), load.scenario->timeline, Period::Year);
        QCOMPARE(years.values.rows(), Eigen::Index(load.scenario->timeline.months / 12));
        double running = 0;
        for (Eigen::Index r = 0; r < years.values.rows(); ++r) {
            running += years.values(r, int(Metric::CapexUsdB));
            QVERIFY(fuzzyEqual(years.values(r, int(Metric::CumulativeCapexUsdB)), running, running));
        }
        QVERIFY(running > 0);
    }

    void periodKeys()
    {
        Period period = Period::Month;
        QVERIFY(periodFromKey(u"quarter", &period));
        QCOMPARE(period, Period::Quarter);
        QVERIFY(periodFromKey(u"year", &period));
        QCOMPARE(period, Period::Year);
        QVERIFY(!periodFromKey(u"decade", &period));
        QCOMPARE(periodKey(Period::Month), QStringLiteral("month"));
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
