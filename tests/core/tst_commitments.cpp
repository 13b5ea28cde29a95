// SPDX-License-Identifier: MIT
// Contracted spend and investment tranches (MODEL.md "Commitment", "Tranches"), by hand.
// The PUE is 1.0 unless said otherwise, so a test rack (100 kW) is 0.1 MW of facility power
// and 1 GW is 10,000 racks. Window: 2025-01 + 8 months.

#include "Engine.h"
#include "ScenarioBuilder.h"
#include "TableCompare.h"

#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
const QString P = QStringLiteral("p");
const QString C = QStringLiteral("c");

ScenarioBuilder window8()
{
    ScenarioBuilder builder("2025-01", 8);
    builder.partner(P).pue(1.0);
    return builder;
}

Deployment underCommitment(double count, const char *start, int ramp = 0)
{
    return with(deployment(QStringLiteral("d%1").arg(count), P, count, start, ramp),
                [](Deployment &d) { d.commitment = C; });
}

Commitment investment(double total, const char *start, std::optional<Tranche> t)
{
    Commitment c = commitment(C, P, CommitmentKind::Investment, total, start, 60);
    c.tranche = t;
    return c;
}

MetricTable totalsOf(const Scenario &scenario)
{
    Engine engine;
    engine.setScenario(scenario);
    return engine.totals();
}
} // namespace

class TestCommitments : public QObject
{
    Q_OBJECT

private slots:
    void contractedSpendAcrossTheWindowEdges()
    {
        // Cloud, $12B over 6 months from 2024-11 (s = -2): $2B a month at m = -2..3; only
        // m = 0..3 are inside the window (so the window shows $8B of the 12).
        // Purchase, $3B over 10 months from 2025-07 (s = 6): $0.3B at m = 6..15; inside: 6, 7.
        // Cloud, $5B over 6 months from 2024-01: over before the window, nothing.
        // Investment: never contracted spend.
        const Scenario s = window8()
                               .add(commitment("cloud", P, CommitmentKind::Cloud, 12, "2024-11", 6))
                               .add(commitment("buy", P, CommitmentKind::Purchase, 3, "2025-07", 10))
                               .add(commitment("old", P, CommitmentKind::Cloud, 5, "2024-01", 6))
                               .add(commitment("inv", P, CommitmentKind::Investment, 50, "2025-01", 8));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::ContractedSpendUsdB, {2, 2, 2, 2, 0, 0, 0.3, 0.3}));
        // The investment has no tranche object: its total, from its start on.
        RACKLINE_CHECK(compareColumn(t, Metric::TranchesReleasedUsdB, std::vector<double>(8, 50)));
    }

    void trancheFloor_data()
    {
        QTest::addColumn<double>("racks");
        QTest::addColumn<double>("released");
        // Tranche: first 0, $10B per whole GW, cap = total 100. All online at month 0.
        // 19,900 racks = 1,990 MW = 1.99 GW: floor 1 -> $10B.
        QTest::newRow("1.99 GW") << 19900.0 << 10.0;
        // 20,000 racks = 2.0 GW: floor 2 -> $20B.
        QTest::newRow("2.0 GW") << 20000.0 << 20.0;
        // 2 GW less a rounding residue (2 - 1e-12 GW): floor(G + 1e-9) = 2 -> $20B.
        QTest::newRow("2.0 GW less 1e-12") << (20000.0 - 1e-8) << 20.0;
        // 0.999 GW: floor 0 -> nothing yet.
        QTest::newRow("0.999 GW") << 9990.0 << 0.0;
    }

    void trancheFloor()
    {
        QFETCH(double, racks);
        QFETCH(double, released);
        const Scenario s = window8().add(investment(100, "2025-01", tranche(0, 10))).add(underCommitment(racks, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::TranchesReleasedUsdB, std::vector<double>(8, released)));
    }

    void firstTrancheAndCap()
    {
        // 40,000 racks ramping over 4 months from 2025-01: 1, 2, 3, 4 GW at m = 0..3.
        // Released = min(cap 30, first 5 + 10 x floor(G)) = 15, 25, 30, 30, ...
        const Scenario s = window8().add(investment(100, "2025-01", tranche(5, 10, 30))).add(underCommitment(40000, "2025-01", 4));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::TranchesReleasedUsdB, {15, 25, 30, 30, 30, 30, 30, 30}));

        // Below 1 GW only the first tranche is released: 5,000 racks = 0.5 GW -> $5B.
        const Scenario small = window8().add(investment(100, "2025-01", tranche(5, 10, 30))).add(underCommitment(5000, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(small), Metric::TranchesReleasedUsdB, std::vector<double>(8, 5)));

        // Without a cap the commitment's total caps it: 4 GW -> min(20, 5 + 40) = 20.
        const Scenario uncapped = window8().add(investment(20, "2025-01", tranche(5, 10))).add(underCommitment(40000, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(uncapped), Metric::TranchesReleasedUsdB, std::vector<double>(8, 20)));
    }

    void tranchesAreNeverTakenBack()
    {
        // 2 GW (20,000 racks) from 2025-01, retired after 3 months (m = 3 on: 0 GW).
        // G(m) = max over k <= m = 2 throughout: 5 + 10 x 2 = 25 every month.
        const Scenario s = window8()
                               .add(investment(100, "2025-01", tranche(5, 10)))
                               .add(with(underCommitment(20000, "2025-01"), [](Deployment &d) { d.lifetimeMonths = 3; }));
        Engine engine;
        engine.setScenario(s);
        RACKLINE_CHECK(compareColumn(engine.totals(), Metric::TranchesReleasedUsdB, std::vector<double>(8, 25)));
        // The deployed GW itself does drop at retirement.
        QCOMPARE(engine.commitmentCount(), 1);
        QVERIFY(qFuzzyCompare(engine.commitmentDeployedGw(0)[2], 2.0));
        QCOMPARE(engine.commitmentDeployedGw(0)[3], 0.0);
    }

    void nothingBeforeTheCommitmentStarts()
    {
        // Commitment from 2025-04 (s = 3); 2 GW deployed since 2025-01. G counts the months
        // before s, but released is 0 for m < s: 0, 0, 0, 25, 25, ...
        const Scenario s = window8().add(investment(100, "2025-04", tranche(5, 10))).add(underCommitment(20000, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::TranchesReleasedUsdB, {0, 0, 0, 25, 25, 25, 25, 25}));
        // Starting before the window (2024-06): released from month 0.
        const Scenario early = window8().add(investment(100, "2024-06", tranche(5, 10))).add(underCommitment(20000, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(early), Metric::TranchesReleasedUsdB, std::vector<double>(8, 25)));
    }

    void withoutTrancheTheTotalFromTheStart()
    {
        // $7B, no tranche object, from 2025-03 (s = 2): 0, 0, 7, 7, ...; deployments do not matter.
        const Scenario s = window8().add(investment(7, "2025-03", std::nullopt)).add(underCommitment(30000, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::TranchesReleasedUsdB, {0, 0, 7, 7, 7, 7, 7, 7}));
    }

    void onlyAssignedDeploymentsCountAndFacilityPowerIsUsed()
    {
        // PUE 1.25: 16,000 racks = 1,600 MW IT = 2,000 MW facility = 2 GW -> 2 tranches (on
        // IT power it would be 1). 30,000 racks not assigned to the commitment add nothing.
        const Scenario s = window8()
                               .pue(1.25)
                               .add(investment(100, "2025-01", tranche(0, 10)))
                               .add(underCommitment(16000, "2025-01"))
                               .add(deployment("free", P, 30000, "2025-01"));
        RACKLINE_CHECK(compareColumn(totalsOf(s), Metric::TranchesReleasedUsdB, std::vector<double>(8, 20)));
    }

    void commitmentsAddUp()
    {
        // Two investments without tranches ($3B from 2025-01, $4B from 2025-05) and a
        // contracted $1.6B over 8 months (0.2 a month): columns are sums over commitments.
        const Scenario s = window8()
                               .add(commitment("a", P, CommitmentKind::Investment, 3, "2025-01", 12))
                               .add(commitment("b", P, CommitmentKind::Investment, 4, "2025-05", 12))
                               .add(commitment("c", P, CommitmentKind::Purchase, 1.6, "2025-01", 8));
        const MetricTable t = totalsOf(s);
        RACKLINE_CHECK(compareColumn(t, Metric::TranchesReleasedUsdB, {3, 3, 3, 3, 7, 7, 7, 7}));
        RACKLINE_CHECK(compareColumn(t, Metric::ContractedSpendUsdB, std::vector<double>(8, 0.2)));
    }
};

QTEST_GUILESS_MAIN(TestCommitments)
#include "tst_commitments.moc"
