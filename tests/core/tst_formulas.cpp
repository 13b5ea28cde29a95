// SPDX-License-Identifier: MIT
// MODEL.md's deployment and power formulas on small cases, every expected number derived by
// hand in a comment. The test rack (ScenarioBuilder.h) has, per unit: 10 accelerators,
// 4/2/1 PFLOPS, 2 TB HBM, 5 TB fast memory, 80 TB/s, 100 kW, $2M, and is never retired.
// Unless a test says otherwise the window is 2025-01 + 8 months and the PUE is 1.2.

#include "Engine.h"
#include "ReferenceEngine.h"
#include "ScenarioBuilder.h"
#include "TableCompare.h"

#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
const QString P = QStringLiteral("p");

MetricTable totalsOf(const Scenario &scenario)
{
    Engine engine;
    engine.setScenario(scenario);
    return engine.totals();
}

ScenarioBuilder window8()
{
    ScenarioBuilder builder("2025-01", 8);
    builder.partner(P);
    return builder;
}
} // namespace

class TestFormulas : public QObject
{
    Q_OBJECT

private slots:
    void rampFractionOfModel()
    {
        // rho(m; s=2, r=3): 0 before s, then (m - s + 1) / 3 capped at 1.
        QCOMPARE(rampFraction(1, 2, 3), 0.0);
        QCOMPARE(rampFraction(2, 2, 3), 1.0 / 3);
        QCOMPARE(rampFraction(3, 2, 3), 2.0 / 3);
        QCOMPARE(rampFraction(4, 2, 3), 1.0);
        QCOMPARE(rampFraction(40, 2, 3), 1.0);
        // r = 0: a step at s.
        QCOMPARE(rampFraction(1, 2, 0), 0.0);
        QCOMPARE(rampFraction(2, 2, 0), 1.0);
    }

    void noRamp()
    {
        // 30 racks from 2025-03 (s = 2), r = 0: u = 0,0,30,30,30,30,30,30.
        const Scenario s = window8().add(deployment("d", P, 30, "2025-03"));
        const MetricTable t = totalsOf(s);
        const std::vector<double> u = {0, 0, 30, 30, 30, 30, 30, 30};
        RACKLINE_CHECK(compareColumn(t, Metric::Accelerators, scaled(u, 10)));  // 300 from m=2
        RACKLINE_CHECK(compareColumn(t, Metric::PflopsFp4, scaled(u, 4)));      // 120
        RACKLINE_CHECK(compareColumn(t, Metric::PflopsFp8, scaled(u, 2)));      // 60
        RACKLINE_CHECK(compareColumn(t, Metric::PflopsBf16, scaled(u, 1)));     // 30
        RACKLINE_CHECK(compareColumn(t, Metric::HbmTb, scaled(u, 2)));          // 60
        RACKLINE_CHECK(compareColumn(t, Metric::FastMemoryTb, scaled(u, 5)));   // 150
        RACKLINE_CHECK(compareColumn(t, Metric::MemBwTbps, scaled(u, 80)));     // 2400
        // IT power: 30 x 100 kW / 1000 = 3 MW; facility: 3 x PUE 1.2 (the default) = 3.6 MW.
        RACKLINE_CHECK(compareColumn(t, Metric::ItPowerMw, scaled(u, 0.1)));
        RACKLINE_CHECK(compareColumn(t, Metric::FacilityPowerMw, scaled(u, 0.12)));
        // Hardware capex: 30 x $2M / 1000 = $0.06B, all in the month they come online.
        RACKLINE_CHECK(compareColumn(t, Metric::HardwareCapexUsdB, {0, 0, 0.06, 0, 0, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CumulativeCapexUsdB, {0, 0, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06}));
        // No phases: no supply, no facility capex.
        RACKLINE_CHECK(compareColumn(t, Metric::AvailablePowerMw, std::vector<double>(8, 0.0)));
        RACKLINE_CHECK(compareColumn(t, Metric::FacilityCapexUsdB, std::vector<double>(8, 0.0)));
    }

    void rampOfThree()
    {
        // Ramp 3 from 2025-03 (s = 2): rho = 0,0,1/3,2/3,1,1,1,1; x 30 = 0,0,10,20,30,30,30,30.
        const Scenario s = window8().add(deployment("d", P, 30, "2025-03", 3));
        const MetricTable t = totalsOf(s);
        const std::vector<double> u = {0, 0, 10, 20, 30, 30, 30, 30};
        RACKLINE_CHECK(compareColumn(t, Metric::Accelerators, scaled(u, 10)));
        RACKLINE_CHECK(compareColumn(t, Metric::PflopsFp8, scaled(u, 2)));
        RACKLINE_CHECK(compareColumn(t, Metric::ItPowerMw, scaled(u, 0.1)));
        // $0.06B paid in thirds as the units come online: 0.02 at m = 2, 3, 4.
        RACKLINE_CHECK(compareColumn(t, Metric::HardwareCapexUsdB, {0, 0, 0.02, 0.02, 0.02, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CapexUsdB, {0, 0, 0.02, 0.02, 0.02, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CumulativeCapexUsdB, {0, 0, 0.02, 0.04, 0.06, 0.06, 0.06, 0.06}));
    }

    void retirementByOverride()
    {
        // 30 racks from 2025-02 (s = 1), lifetime 4: active at m = 1..4 (m < s + L = 5).
        const Scenario s = window8().add(with(deployment("d", P, 30, "2025-02"), [](Deployment &d) {
            d.lifetimeMonths = 4;
        }));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::Accelerators, {0, 300, 300, 300, 300, 0, 0, 0}));
        // Paid once at m = 1; retirement is not a refund.
        RACKLINE_CHECK(compareColumn(t, Metric::HardwareCapexUsdB, {0, 0.06, 0, 0, 0, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CumulativeCapexUsdB, {0, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06}));
    }

    void retirementBySystemLifetime()
    {
        // The system's lifetime 4 applies when the deployment has none; an override of 0
        // means never retired. Both 30 racks from 2025-02 (s = 1).
        SystemSpec shortLived = testRack();
        shortLived.id = QStringLiteral("short-lived");
        shortLived.lifetimeMonths = 4;
        const Scenario s = window8()
                               .add(shortLived)
                               .add(deployment("a", P, 30, "2025-02", 0, shortLived.id))
                               .add(with(deployment("b", P, 1, "2025-02", 0, shortLived.id),
                                         [](Deployment &d) { d.lifetimeMonths = 0; }));
        // a: 30 at m = 1..4; b: 1 from m = 1 on.
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::Accelerators, {0, 310, 310, 310, 310, 10, 10, 10}));
    }

    void retirementMidRamp()
    {
        // 30 racks from 2025-02 (s = 1), ramp 4, lifetime 2: f = rho at m = 1, 2 (1/4, 2/4),
        // then 0 from m = s + L = 3 although the ramp had not finished: u = 0,7.5,15,0,...
        const Scenario s = window8().add(with(deployment("d", P, 30, "2025-02", 4), [](Deployment &d) {
            d.lifetimeMonths = 2;
        }));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::Accelerators, {0, 75, 150, 0, 0, 0, 0, 0}));
        // Capex follows rho_d without retirement (MODEL.md): 0.06 / 4 = 0.015 at m = 1..4.
        RACKLINE_CHECK(compareColumn(t, Metric::HardwareCapexUsdB, {0, 0.015, 0.015, 0.015, 0.015, 0, 0, 0}));
    }

    void windowStartsMidRamp()
    {
        // 40 racks from 2024-11 (s = -2), ramp 4: rho(m) = min(1, (m + 3) / 4), so
        // rho(-1) = 2/4, rho(0) = 3/4, rho(1) = 1: u = 30, 40, 40, ...
        const Scenario s = window8().add(deployment("d", P, 40, "2024-11", 4));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::Accelerators, {300, 400, 400, 400, 400, 400, 400, 400}));
        // Price 40 x $2M = $0.08B; each month of the ramp pays a quarter of it. Months 0 and 1
        // are the last two of the ramp (-2, -1, 0, 1): 0.02 each; the two quarters paid before
        // the window are not shown, and nothing after month 1.
        RACKLINE_CHECK(compareColumn(t, Metric::HardwareCapexUsdB, {0.02, 0.02, 0, 0, 0, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CumulativeCapexUsdB, {0.02, 0.04, 0.04, 0.04, 0.04, 0.04, 0.04, 0.04}));

        // 30 racks from 2024-11 (s = -2), ramp 3: month 0 is the ramp's last month,
        // rho(-1) = 2/3, rho(0) = 1: month 0 pays 1/3 of 30 x $2M = 0.02, nothing after.
        const Scenario last = window8().add(deployment("d", P, 30, "2024-11", 3));
        const MetricTable t2 = totalsOf(last);
        RACKLINE_CHECK(compareColumn(t2, Metric::Accelerators, std::vector<double>(8, 300)));
        RACKLINE_CHECK(compareColumn(t2, Metric::HardwareCapexUsdB, {0.02, 0, 0, 0, 0, 0, 0, 0}));
    }

    void itemsOutsideTheWindow()
    {
        // Fully online before the window (2024-01, ramp 2): u = 10 everywhere, no capex.
        // Starting after it (2026-01, s = 12 >= T): nothing at all.
        const Scenario s = window8()
                               .add(deployment("early", P, 10, "2024-01", 2))
                               .add(deployment("late", P, 1000, "2026-01", 3));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::Accelerators, std::vector<double>(8, 100)));
        RACKLINE_CHECK(compareColumn(t, Metric::HardwareCapexUsdB, std::vector<double>(8, 0)));
        // A deployment retired before the window starts shows nothing either.
        const Scenario retired = window8().add(with(deployment("old", P, 10, "2023-01"), [](Deployment &d) {
            d.lifetimeMonths = 12; // active 2023-01 .. 2023-12
        }));
        RACKLINE_CHECK(compareColumn(totalsOf(retired), Metric::Accelerators, std::vector<double>(8, 0)));
    }

    void puePerPhase()
    {
        // Scenario PUE 1.5; phase "cool" has its own PUE 1.1, phase "plain" has none.
        // 10 racks each (1 MW of IT power) from 2025-01:
        //   on "cool": 1 x 1.1 = 1.1 MW; on "plain": 1 x 1.5; without a phase: 1 x 1.5.
        // Facility power = 1.1 + 1.5 + 1.5 = 4.1 MW, IT power 3 MW.
        const Scenario s = window8()
                               .pue(1.5)
                               .add(with(phase("cool", 100, "2025-01"), [](PowerPhase &p) { p.pue = 1.1; }))
                               .add(phase("plain", 100, "2025-01"))
                               .add(with(deployment("a", P, 10, "2025-01"), [](Deployment &d) { d.phase = QStringLiteral("cool"); }))
                               .add(with(deployment("b", P, 10, "2025-01"), [](Deployment &d) { d.phase = QStringLiteral("plain"); }))
                               .add(deployment("c", P, 10, "2025-01"));
        Engine engine;
        engine.setScenario(s);
        RACKLINE_CHECK(compareColumn(engine.totals(), Metric::ItPowerMw, std::vector<double>(8, 3)));
        RACKLINE_CHECK(compareColumn(engine.totals(), Metric::FacilityPowerMw, std::vector<double>(8, 4.1)));
        // The phases' loads (inputs of the shortfall warning) follow the same PUEs.
        QCOMPARE(engine.phaseCount(), 2);
        QVERIFY(qFuzzyCompare(engine.phaseLoadMw(0)[5], 1.1));
        QVERIFY(qFuzzyCompare(engine.phaseLoadMw(1)[5], 1.5));
    }

    void energyCost()
    {
        // 50 racks = 5 MW IT, PUE 1.2 -> 6 MW; at $100/MWh a month costs
        // 6 x 730 h x 100 / 1e9 = $0.000438B.
        const Scenario s = window8().energyUsdPerMwh(100).add(deployment("d", P, 50, "2025-03"));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::EnergyUsdB, {0, 0, 0.000438, 0.000438, 0.000438, 0.000438,
                                                                       0.000438, 0.000438}));
        // The default price is $70/MWh: 6 x 730 x 70 / 1e9 = $0.0003066B.
        const Scenario byDefault = window8().add(deployment("d", P, 50, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(byDefault), Metric::EnergyUsdB, std::vector<double>(8, 0.0003066)));
    }

    void powerSupplyAndFacilityCapex()
    {
        // 200 MW online 2025-02 (s = 1) over 4 months: available = 0, 50, 100, 150, 200, ...
        // Facility capex: 0.2 GW x $15B/GW (default) = $3B, paid 0.75 at m = 1..4.
        // A second phase of 100 MW fully online before the window: +100 MW, no capex.
        const Scenario s = window8().add(phase("grow", 200, "2025-02", 4)).add(phase("old", 100, "2023-06", 6));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::AvailablePowerMw, {100, 150, 200, 250, 300, 300, 300, 300}));
        RACKLINE_CHECK(compareColumn(t, Metric::FacilityCapexUsdB, {0, 0.75, 0.75, 0.75, 0.75, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CumulativeCapexUsdB, {0, 0.75, 1.5, 2.25, 3, 3, 3, 3}));
        // At $10B/GW the same phase costs $2B: 0.5 a month.
        const Scenario cheaper = window8().facilityCapexPerGw(10).add(phase("grow", 200, "2025-02", 4));
        RACKLINE_CHECK(compareColumn(totalsOf(cheaper), Metric::FacilityCapexUsdB, {0, 0.5, 0.5, 0.5, 0.5, 0, 0, 0}));
    }

    void capexAddsHardwareAndFacility()
    {
        // Hardware: 30 racks on 2025-03 ramp 3 -> 0.02 at m = 2..4 (see rampOfThree).
        // Facility: 100 MW online 2025-04 (s = 3), ramp 0 -> 0.1 GW x 15 = 1.5 at m = 3.
        // Capex = 0, 0, 0.02, 1.52, 0.02, 0, 0, 0; cumulative 0, 0, 0.02, 1.54, 1.56, ...
        const Scenario s = window8().add(deployment("d", P, 30, "2025-03", 3)).add(phase("f", 100, "2025-04"));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::CapexUsdB, {0, 0, 0.02, 1.52, 0.02, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(t, Metric::CumulativeCapexUsdB, {0, 0, 0.02, 1.54, 1.56, 1.56, 1.56, 1.56}));
    }

    void fractionalCountsAndDefaults()
    {
        // A count need not be whole: 2.5 racks ramp 2 from 2025-01: u = 1.25, 2.5, ...
        const Scenario s = window8().add(deployment("d", P, 2.5, "2025-01", 2));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::Accelerators, {12.5, 25, 25, 25, 25, 25, 25, 25}));
    }
};

QTEST_GUILESS_MAIN(TestFormulas)
#include "tst_formulas.moc"
