// SPDX-License-Identifier: MIT
// The what-if analyses: assumption levers (delays, vendor prices, tranche size), the
// comparison table, the tornado, goal seek and Monte Carlo. Expected values are derived by
// hand in the comments or computed independently with a fresh Engine.
#include "Comparison.h"
#include "Engine.h"
#include "GoalSeek.h"
#include "MonteCarlo.h"
#include "ReferenceEngine.h"
#include "ScenarioBuilder.h"
#include "ScenarioFile.h"
#include "Sensitivity.h"
#include "TableCompare.h"

#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
int index(Metric metric)
{
    return static_cast<int>(metric);
}

/// 10 test racks (100 kW, $2M each) for partner "a" from 2025-04, no ramp; scenario PUE 1.2.
Scenario tenRacks()
{
    return ScenarioBuilder("2025-01", 24).partner(QStringLiteral("a")).pue(1.2)
        .add(deployment(QStringLiteral("d"), QStringLiteral("a"), 10, "2025-04"));
}
} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayMovesTheStart()
    {
        // A partner delay of 2 and a system delay of 1: active from 2025-04 + 3 = 2025-07
        // (index 6), so index 5 has nothing and index 6 has 10 racks x 10 = 100 accelerators.
        Scenario s = tenRacks();
        s.assumptions.delayMonthsByPartner.insert(QStringLiteral("a"), 2);
        s.assumptions.delayMonthsBySystem.insert(kTestRack, 1);
        Engine engine;
        engine.setScenario(s);
        QCOMPARE(engine.totals()(5, index(Metric::Accelerators)), 0.0);
        QCOMPARE(engine.totals()(6, index(Metric::Accelerators)), 100.0);
    }

    void vendorMultiplierScalesHardwareCapex()
    {
        // Vendor "Test" at x1.5: 10 racks x $2M x 1.5 = $30M = $0.03B, paid at 2025-04 (index 3).
        Scenario s = tenRacks();
        s.assumptions.priceMultiplierByVendor.insert(QStringLiteral("Test"), 1.5);
        Engine engine;
        engine.setScenario(s);
        QCOMPARE(engine.totals()(3, index(Metric::HardwareCapexUsdB)), 0.03);
        QCOMPARE(engine.totals()(4, index(Metric::HardwareCapexUsdB)), 0.0);
    }

    void trancheOverrideAndLeversMatchTheReference()
    {
        // 3,000 test racks x 100 kW x PUE 1.2 = 360 MW... x 10 deployments = 3.6 GW for an
        // investment with its own $10B/GW, overridden to $7B/GW: floor(3.6) x 7 = $21B.
        ScenarioBuilder builder("2025-01", 36);
        builder.partner(QStringLiteral("a")).partner(QStringLiteral("b")).pue(1.2);
        Commitment deal = commitment(QStringLiteral("deal"), QStringLiteral("a"), CommitmentKind::Investment, 100, "2025-01", 36);
        deal.tranche = tranche(0, 10);
        builder.add(deal);
        for (int i = 0; i < 10; ++i) {
            builder.add(with(deployment(QStringLiteral("d%1").arg(i), i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                                        3000, "2025-03", i),
                             [](Deployment &d) { d.commitment = QStringLiteral("deal"); }));
        }
        Scenario s = builder.scenario();
        s.assumptions.tranchePerGwUsdB = 7;
        s.assumptions.delayMonthsByPartner.insert(QStringLiteral("b"), -1);
        s.assumptions.priceMultiplierByVendor.insert(QStringLiteral("Test"), 0.8);
        Engine engine;
        engine.setScenario(s);
        QCOMPARE(engine.totals()(35, index(Metric::TranchesReleasedUsdB)), 21.0);
        const ReferenceResults reference = computeReference(s);
        RACKLINE_CHECK(compareTables(engine.totals(), reference.totals, QStringLiteral("totals")));
    }

    void assumptionsSurviveSaving()
    {
        Scenario s = tenRacks();
        s.assumptions.priceMultiplierByVendor.insert(QStringLiteral("NVIDIA"), 1.25);
        s.assumptions.delayMonthsByPartner.insert(QStringLiteral("a"), 6);
        s.assumptions.delayMonthsBySystem.insert(QStringLiteral("vr-nvl144"), -3);
        s.assumptions.tranchePerGwUsdB = 8;
        s.assumptions.uncertainty = Uncertainty{3, 0.15, {}};
        const QByteArray saved = writeScenario(s);
        const ScenarioLoad load = readScenario(saved);
        QVERIFY2(load.ok(), qPrintable(load.error.message()));
        const Assumptions &a = load.scenario->assumptions;
        QCOMPARE(a.priceMultiplier(QStringLiteral("NVIDIA")), 1.25);
        QCOMPARE(a.delayMonths(QStringLiteral("a"), QStringLiteral("vr-nvl144")), 3);
        QCOMPARE(a.tranchePerGwUsdB.value_or(0), 8.0);
        QCOMPARE(a.uncertainty->startMonths, 3);
        QCOMPARE(a.uncertainty->priceFraction, 0.15);
        QCOMPARE(writeScenario(*load.scenario), saved);
    }

    void badAssumptionsAreRefusedWithTheirPath()
    {
        QByteArray text = writeScenario(tenRacks());
        text.replace("\"assumptions\": {", "\"assumptions\": {\"delay_months\": {\"partners\": {\"a\": 1.5}},");
        const ScenarioLoad load = readScenario(text);
        QVERIFY(!load.ok());
        QCOMPARE(load.error.path, QStringLiteral("assumptions.delay_months.partners.a"));
    }

    void comparisonDeltaIsBMinusA()
    {
        const Scenario a = tenRacks();
        Scenario b = tenRacks();
        b.deployments.front().count = 25;
        Engine ea, eb;
        ea.setScenario(a);
        eb.setScenario(b);
        const QByteArray csv = compareCsv(aggregate(ea.totals(), a.timeline, Period::Month),
                                          aggregate(eb.totals(), b.timeline, Period::Month));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.front(), QByteArray("month,metric,a,b,delta"));
        QCOMPARE(lines.size(), 1 + 24 * kMetricCount);
        int checked = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            QCOMPARE(cells.size(), 5);
            Metric metric;
            QVERIFY(metricFromKey(QString::fromLatin1(cells[1]), &metric));
            const int m = a.timeline.indexOf(*YearMonth::parse(QString::fromLatin1(cells[0])));
            const double va = ea.totals()(m, index(metric)), vb = eb.totals()(m, index(metric));
            QVERIFY(fuzzyEqual(cells[2].toDouble(), va, std::abs(va)));
            QVERIFY(fuzzyEqual(cells[3].toDouble(), vb, std::abs(vb)));
            QVERIFY(fuzzyEqual(cells[4].toDouble(), vb - va, std::abs(vb) + std::abs(va)));
            ++checked;
        }
        QCOMPARE(checked, 24 * kMetricCount);
    }

    void tornadoRanksTheLeverThatMovesTheOutcomeMost()
    {
        // Facility power at 2025-06 of 10 racks active from 2025-04: 10 x 0.1 MW x 1.2 = 1.2 MW.
        // PUE +/-20%: 0.96 .. 1.44 (swing 0.48). Partner delay -/+6 months: -6 keeps them
        // active (1.2), +6 starts them in 2025-10, after 2025-06 (0): swing 1.2, the largest.
        // Energy price and vendor prices do not move power: swing 0.
        const Scenario s = tenRacks();
        const Outcome outcome{Metric::FacilityPowerMw, month("2025-06")};
        const Tornado tornado = computeTornado(s, outcome, standardLevers(s));
        QCOMPARE(tornado.base, 1.2);
        QVERIFY(tornado.bars.size() >= 3);
        QCOMPARE(tornado.bars[0].lever, QStringLiteral("a delay"));
        QCOMPARE(tornado.bars[0].low, 1.2);
        QCOMPARE(tornado.bars[0].high, 0.0);
        QCOMPARE(tornado.bars[1].lever, QStringLiteral("PUE"));
        QVERIFY(fuzzyEqual(tornado.bars[1].low, 0.96, 1));
        QVERIFY(fuzzyEqual(tornado.bars[1].high, 1.44, 1));
        for (size_t i = 2; i < tornado.bars.size(); ++i)
            QCOMPARE(tornado.bars[i].swing(), 0.0);
    }

    void tornadoMovesTheScenarioWideTrancheSizeWhenSet()
    {
        // 5,000 racks x 0.1 MW x PUE 1.2 = 600 MW, 3 deployments = 1.8 GW for the deal:
        // floor(1.8) = 1 GW. Its own $10B/GW is overridden by the scenario's $5B/GW, so the
        // tranches are $5B and the lever moves the override: $4B .. $6B (the deal's own
        // size, overridden, would move nothing).
        ScenarioBuilder builder("2025-01", 12);
        builder.partner(QStringLiteral("a")).pue(1.2);
        Commitment deal = commitment(QStringLiteral("deal"), QStringLiteral("a"), CommitmentKind::Investment, 100, "2025-01", 12);
        deal.tranche = tranche(0, 10);
        builder.add(deal);
        for (int i = 0; i < 3; ++i) {
            builder.add(with(deployment(QStringLiteral("d%1").arg(i), QStringLiteral("a"), 5000, "2025-02"),
                             [](Deployment &d) { d.commitment = QStringLiteral("deal"); }));
        }
        Scenario s = builder.scenario();
        s.assumptions.tranchePerGwUsdB = 5;
        const Outcome outcome{Metric::TranchesReleasedUsdB, month("2025-06")};
        const Tornado tornado = computeTornado(s, outcome, standardLevers(s));
        QCOMPARE(tornado.base, 5.0);
        const auto bar = std::find_if(tornado.bars.begin(), tornado.bars.end(),
                                      [](const TornadoBar &b) { return b.lever == QStringLiteral("Tranche per GW"); });
        QVERIFY(bar != tornado.bars.end());
        QVERIFY(fuzzyEqual(bar->low, 4.0, 1));
        QVERIFY(fuzzyEqual(bar->high, 6.0, 1));
        QVERIFY(std::none_of(tornado.bars.begin(), tornado.bars.end(),
                             [](const TornadoBar &b) { return b.lever.contains(QStringLiteral("deal")); }));
    }

    void goalSeekReachesTheTargetWithinOneUnit()
    {
        // 1,000 MW with test racks at 0.1 MW x PUE 1.2 = 0.12 MW each, on top of the 1.2 MW
        // already there: (1000 - 1.2) / 0.12 = 8323.33, so 8,324 racks.
        const Scenario s = tenRacks();
        GoalSeekRequest request;
        request.deployment = deployment(QStringLiteral("new"), QStringLiteral("a"), 1, "2025-02", 3);
        request.outcome = {Metric::FacilityPowerMw, month("2025-12")};
        request.target = 1000;
        const GoalSeekResult result = goalSeek(s, request);
        QCOMPARE(result.status, GoalSeekResult::Status::Reached);
        QCOMPARE(result.count, 8324.0);
        // Checked independently: the scenario with that many units reaches it, one fewer does not.
        for (const double count : {result.count, result.count - 1}) {
            Scenario placed = s;
            placed.deployments.push_back(with(request.deployment, [&](Deployment &d) { d.count = count; }));
            Engine engine;
            engine.setScenario(placed);
            QCOMPARE(request.outcome.valueIn(engine, placed.timeline) >= 1000, count == result.count);
        }
    }

    void goalSeekSaysWhenTheTargetCannotBeReached()
    {
        GoalSeekRequest request;
        request.deployment = deployment(QStringLiteral("late"), QStringLiteral("a"), 1, "2026-06");
        request.outcome = {Metric::FacilityPowerMw, month("2025-12")};
        request.target = 1000;
        QCOMPARE(goalSeek(tenRacks(), request).status, GoalSeekResult::Status::Unreachable);
        request.target = 1;
        QCOMPARE(goalSeek(tenRacks(), request).status, GoalSeekResult::Status::AlreadyReached);
    }

    void monteCarloIsRepeatableWithASeed()
    {
        ScenarioBuilder builder("2025-01", 36);
        builder.partner(QStringLiteral("a"));
        for (int i = 0; i < 20; ++i)
            builder.add(deployment(QStringLiteral("d%1").arg(i), QStringLiteral("a"), 100 + i, "2026-01", 6));
        MonteCarloRequest request;
        request.samples = 300;
        request.seed = 11;
        request.ranges = Uncertainty{3, 0.2, {}};
        const MonteCarloBands first = runMonteCarlo(builder.scenario(), request);
        const MonteCarloBands again = runMonteCarlo(builder.scenario(), request);
        request.seed = 12;
        const MonteCarloBands other = runMonteCarlo(builder.scenario(), request);
        bool differs = false;
        for (size_t k = 0; k < first.bands.size(); ++k) {
            QVERIFY(first.bands[k] == again.bands[k]);
            differs |= first.bands[k] != other.bands[k];
            // P10 <= P50 <= P90 every month.
            QVERIFY((first.bands[k].col(0).array() <= first.bands[k].col(1).array()).all());
            QVERIFY((first.bands[k].col(1).array() <= first.bands[k].col(2).array()).all());
        }
        QVERIFY(differs);
        // Starts spread over 2025-10 .. 2026-04: at 2025-12 the P10 is below the P90.
        const int m = builder.scenario().timeline.indexOf(month("2025-12"));
        QVERIFY(first.bands[1](m, 0) < first.bands[1](m, 2));
    }

    void monteCarloWithoutRangesIsThePlan()
    {
        const Scenario s = tenRacks();
        MonteCarloRequest request;
        request.samples = 5;
        request.ranges = Uncertainty{};
        const MonteCarloBands bands = runMonteCarlo(s, request);
        Engine engine;
        engine.setScenario(s);
        for (size_t k = 0; k < bands.metrics.size(); ++k) {
            for (int b = 0; b < 3; ++b)
                QVERIFY(bands.bands[k].col(b) == engine.totals().col(index(bands.metrics[k])));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
