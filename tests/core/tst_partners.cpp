// SPDX-License-Identifier: MIT
// The per-partner breakdown (MODEL.md): deployment metrics by the deployment's partner,
// supply and facility capex by the phase's partner (or the unassigned table), contracted
// spend and tranches by the commitment's partner; partners plus unassigned add up to the
// totals for every metric. Window 2025-01 + 8 months, PUE 1.2, test rack of ScenarioBuilder.h.

#include "Engine.h"
#include "ReferenceEngine.h"
#include "ScenarioBuilder.h"
#include "TableCompare.h"

#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
const QString A = QStringLiteral("a");
const QString B = QStringLiteral("b");

Scenario twoPartners()
{
    Commitment binv = commitment("binv", B, CommitmentKind::Investment, 50, "2025-01", 24);
    binv.tranche = tranche(2, 10);
    return ScenarioBuilder("2025-01", 8)
        .partner(A)
        .partner(B)
        .add(phase("shared", 50, "2025-01"))       // no partner
        .add(phase("bsite", 100, "2025-03", 2, B)) // B's
        .add(deployment("a1", A, 30, "2025-01"))
        .add(with(deployment("a2", A, 20, "2025-02", 2), [](Deployment &d) {
            d.phase = QStringLiteral("bsite");
            d.commitment = QStringLiteral("binv");
        }))
        .add(deployment("b1", B, 10, "2025-04"))
        .add(commitment("acloud", A, CommitmentKind::Cloud, 8, "2025-01", 8))
        .add(binv);
}
} // namespace

class TestPartners : public QObject
{
    Q_OBJECT

private slots:
    void partnersAndUnassignedAddUpToTheTotals()
    {
        Engine engine;
        engine.setScenario(twoPartners());
        QCOMPARE(engine.partnerCount(), 2);
        QVERIFY(engine.hasUnassignedPhases());
        MetricTable sum = engine.unassignedTable();
        for (int p = 0; p < engine.partnerCount(); ++p)
            sum += engine.partnerTable(p);
        // Every metric, cumulative capex and energy included.
        RACKLINE_CHECK(compareTables(sum, engine.totals(), QStringLiteral("partners + unassigned")));
    }

    void deploymentMetricsGoToTheDeploymentsPartner()
    {
        Engine engine;
        engine.setScenario(twoPartners());
        // A: a1 30 racks from m = 0, a2 20 racks ramp 2 from m = 1 (10, 20):
        //    u = 30, 40, 50, 50, ... -> accelerators x 10.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(0), Metric::Accelerators, {300, 400, 500, 500, 500, 500, 500, 500}));
        // B: b1 10 racks from 2025-04 (m = 3).
        RACKLINE_CHECK(compareColumn(engine.partnerTable(1), Metric::Accelerators, {0, 0, 0, 100, 100, 100, 100, 100}));
        // A's hardware capex: a1 0.06 at m = 0; a2 20 x $2M = 0.04 in halves at m = 1, 2.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(0), Metric::HardwareCapexUsdB, {0.06, 0.02, 0.02, 0, 0, 0, 0, 0}));
        // B's: b1 10 x $2M = 0.02 at m = 3.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(1), Metric::HardwareCapexUsdB, {0, 0, 0, 0.02, 0, 0, 0, 0}));
        // Energy follows facility power: A's 50 racks = 5 MW x 1.2 = 6 MW at m >= 2;
        // 6 x 730 x 70 / 1e9 = 0.0003066.
        QVERIFY(qFuzzyCompare(engine.partnerTable(0)(5, int(Metric::EnergyUsdB)), 0.0003066));
    }

    void supplyGoesToThePhasesPartner()
    {
        Engine engine;
        engine.setScenario(twoPartners());
        // "shared" (no partner): 50 MW from m = 0; facility capex 0.05 GW x 15 = 0.75 at m = 0.
        RACKLINE_CHECK(compareColumn(engine.unassignedTable(), Metric::AvailablePowerMw, std::vector<double>(8, 50)));
        RACKLINE_CHECK(compareColumn(engine.unassignedTable(), Metric::FacilityCapexUsdB, {0.75, 0, 0, 0, 0, 0, 0, 0}));
        RACKLINE_CHECK(compareColumn(engine.unassignedTable(), Metric::CumulativeCapexUsdB, std::vector<double>(8, 0.75)));
        // "bsite" (B's): 100 MW ramp 2 from m = 2: 0, 0, 50, 100, ...; $1.5B in halves at m = 2, 3.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(1), Metric::AvailablePowerMw, {0, 0, 50, 100, 100, 100, 100, 100}));
        RACKLINE_CHECK(compareColumn(engine.partnerTable(1), Metric::FacilityCapexUsdB, {0, 0, 0.75, 0.75, 0, 0, 0, 0}));
        // A owns no phase, although a2 draws on B's.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(0), Metric::AvailablePowerMw, std::vector<double>(8, 0)));
        RACKLINE_CHECK(compareColumn(engine.partnerTable(0), Metric::FacilityCapexUsdB, std::vector<double>(8, 0)));
        // The unassigned table has supply only.
        RACKLINE_CHECK(compareColumn(engine.unassignedTable(), Metric::Accelerators, std::vector<double>(8, 0)));
    }

    void spendAndTranchesGoToTheCommitmentsPartner()
    {
        Engine engine;
        engine.setScenario(twoPartners());
        // A's cloud deal: $8B over 8 months = 1 a month.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(0), Metric::ContractedSpendUsdB, std::vector<double>(8, 1)));
        RACKLINE_CHECK(compareColumn(engine.partnerTable(1), Metric::ContractedSpendUsdB, std::vector<double>(8, 0)));
        // B's investment: a2 (A's racks) is assigned to it; 20 racks = 2.4 MW < 1 GW, so only
        // the first tranche, $2B, from 2025-01 -- counted for B, the commitment's partner.
        RACKLINE_CHECK(compareColumn(engine.partnerTable(1), Metric::TranchesReleasedUsdB, std::vector<double>(8, 2)));
        RACKLINE_CHECK(compareColumn(engine.partnerTable(0), Metric::TranchesReleasedUsdB, std::vector<double>(8, 0)));
    }

    void matchesTheReferencePerPartner()
    {
        const Scenario scenario = twoPartners();
        Engine engine;
        engine.setScenario(scenario);
        const ReferenceResults reference = computeReference(scenario);
        RACKLINE_CHECK(compareTables(engine.totals(), reference.totals, QStringLiteral("totals")));
        for (int p = 0; p < engine.partnerCount(); ++p)
            RACKLINE_CHECK(compareTables(engine.partnerTable(p), reference.partners[size_t(p)], engine.partnerIds()[p]));
    }

    void withoutUnassignedPhasesTheTableIsEmpty()
    {
        Scenario scenario = twoPartners();
        scenario.phases.erase(scenario.phases.begin()); // drop "shared"
        Engine engine;
        engine.setScenario(scenario);
        QVERIFY(!engine.hasUnassignedPhases());
        QCOMPARE(engine.unassignedTable().cwiseAbs().maxCoeff(), 0.0);
        MetricTable sum = engine.partnerTable(0) + engine.partnerTable(1);
        RACKLINE_CHECK(compareTables(sum, engine.totals(), QStringLiteral("partners")));
    }
};

QTEST_GUILESS_MAIN(TestPartners)
#include "tst_partners.moc"
