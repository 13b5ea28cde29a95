// SPDX-License-Identifier: MIT
// MODEL.md's warnings on hand-made plans: power_shortfall (per phase and in total, with the
// first month and the peak), before_available, commitment_overbooked. Window 2025-01 + 8
// months, PUE 1.2: a test rack (100 kW) draws 0.12 MW of facility power and costs $2M.

#include "Engine.h"
#include "ScenarioBuilder.h"
#include "Warnings.h"

#include <QRegularExpression>
#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
const QString P = QStringLiteral("p");

ScenarioBuilder window8()
{
    ScenarioBuilder builder("2025-01", 8);
    builder.partner(P);
    return builder;
}

std::vector<Warning> warningsOf(const Scenario &scenario)
{
    Engine engine;
    engine.setScenario(scenario);
    const std::vector<Warning> warnings = collectWarnings(engine);
    // The cheap count agrees with the list.
    if (countWarnings(engine) != int(warnings.size()))
        qWarning("countWarnings %d != collectWarnings %d", countWarnings(engine), int(warnings.size()));
    return warnings;
}

void compareWarning(const Warning &actual, Warning::Kind kind, int subject, int firstMonth, double amount)
{
    QCOMPARE(warningKey(actual.kind), warningKey(kind));
    QCOMPARE(actual.subject, subject);
    QCOMPARE(actual.firstMonth, firstMonth);
    QVERIFY2(qAbs(actual.amount - amount) < 1e-9, qPrintable(QString::number(actual.amount, 'g', 17)));
}

Deployment onPhase(const char *id, double count, const char *start, int ramp, const QString &phaseId)
{
    return with(deployment(QString::fromLatin1(id), P, count, start, ramp), [&](Deployment &d) { d.phase = phaseId; });
}
} // namespace

class TestWarnings : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // warningsOf() reports a count that disagrees with the list: a failure.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^countWarnings")));
    }

    void shortfallOfOnePhase()
    {
        // Phase "small" 5 MW from 2025-01; 60 racks ramp 3 from 2025-02 on it: facility
        // 60 x 0.12 x rho = 0, 2.4, 4.8, 7.2, 7.2, ... MW. It exceeds 5 MW from m = 3 with a
        // peak of 7.2 - 5 = 2.2 MW. Phase "big" (10 MW, idle) keeps the total supplied:
        // 7.2 <= 15, so there is no shortfall of the whole plan.
        const Scenario s = window8()
                               .add(phase("small", 5, "2025-01"))
                               .add(phase("big", 10, "2025-01"))
                               .add(onPhase("d", 60, "2025-02", 3, QStringLiteral("small")));
        const auto warnings = warningsOf(s);
        QCOMPARE(warnings.size(), size_t(1));
        compareWarning(warnings[0], Warning::Kind::PowerShortfall, 0, 3, 2.2);
    }

    void shortfallOfTheWholePlan()
    {
        // 100 racks without a phase from 2025-01: 12 MW. One phase of 10 MW online 2025-03:
        // supply 0, 0, 10, ... Shortfall 12 at m = 0, 1, then 2: first month 0, peak 12.
        // The phase itself carries no load, so it has no shortfall of its own.
        const Scenario s = window8().add(phase("late", 10, "2025-03")).add(deployment("d", P, 100, "2025-01"));
        const auto warnings = warningsOf(s);
        QCOMPARE(warnings.size(), size_t(1));
        compareWarning(warnings[0], Warning::Kind::PowerShortfall, -1, 0, 12);
    }

    void phaseShortfallsComeBeforeTheTotal()
    {
        // 100 racks (12 MW) on a 10 MW phase: short by 2 MW from m = 0, in the phase and in total.
        const Scenario s = window8().add(phase("ph", 10, "2024-01")).add(onPhase("d", 100, "2025-01", 0, QStringLiteral("ph")));
        const auto warnings = warningsOf(s);
        QCOMPARE(warnings.size(), size_t(2));
        compareWarning(warnings[0], Warning::Kind::PowerShortfall, 0, 0, 2);
        compareWarning(warnings[1], Warning::Kind::PowerShortfall, -1, 0, 2);
    }

    void noPhasesNoShortfall()
    {
        // Without any phase there is no supply to compare with (MODEL.md: "with at least one phase").
        QVERIFY(warningsOf(window8().add(deployment("d", P, 1000, "2025-01"))).empty());
    }

    void beforeAvailable()
    {
        // The system ships 2025-06; deployment 1 starts 2025-03 (s = 2), 3 months early.
        // Deployment 0 starts exactly 2025-06 and deployment 2 later: no warning.
        SystemSpec future = testRack();
        future.id = QStringLiteral("future");
        future.available = month("2025-06");
        const Scenario s = window8()
                               .add(future)
                               .add(deployment("on-time", P, 1, "2025-06", 0, future.id))
                               .add(deployment("early", P, 1, "2025-03", 0, future.id))
                               .add(deployment("later", P, 1, "2025-08", 0, future.id));
        const auto warnings = warningsOf(s);
        QCOMPARE(warnings.size(), size_t(1));
        compareWarning(warnings[0], Warning::Kind::BeforeAvailable, 1, 2, 3);
        QVERIFY(describeWarning(warnings[0], s).contains(QStringLiteral("early")));
    }

    void commitmentOverbooked()
    {
        // Cloud deal of $0.1B; 90 racks ramp 3 from 2025-01 assigned to it: hardware capex
        // 90 x $2M / 3 = 0.06 a month at m = 0..2; cumulative 0.06, 0.12, 0.18. It exceeds
        // 0.1 from m = 1; the largest overbooking is 0.18 - 0.1 = 0.08.
        // An investment with the same racks is never "overbooked".
        const QString deal = QStringLiteral("deal");
        const Scenario s = window8()
                               .add(commitment("inv", P, CommitmentKind::Investment, 0.1, "2025-01", 8))
                               .add(commitment(deal, P, CommitmentKind::Cloud, 0.1, "2025-01", 8))
                               .add(with(deployment("d", P, 90, "2025-01", 3), [&](Deployment &d) { d.commitment = deal; }))
                               .add(with(deployment("e", P, 90, "2025-01", 3), [](Deployment &d) { d.commitment = QStringLiteral("inv"); }));
        const auto warnings = warningsOf(s);
        QCOMPARE(warnings.size(), size_t(1));
        compareWarning(warnings[0], Warning::Kind::CommitmentOverbooked, 1, 1, 0.08);

        // Exactly at the total ($0.18B) is not overbooked.
        Scenario exact = s;
        exact.commitments[1].totalUsdB = 0.18;
        QVERIFY(warningsOf(exact).empty());
    }

    void countMatchesTheList()
    {
        // All three kinds at once; the cheap count equals the list's size.
        SystemSpec future = testRack();
        future.id = QStringLiteral("future");
        future.available = month("2026-01");
        const Scenario s = window8()
                               .add(future)
                               .add(phase("ph", 1, "2025-01"))
                               .add(commitment("deal", P, CommitmentKind::Purchase, 0.001, "2025-01", 8))
                               .add(with(deployment("d", P, 50, "2025-02", 0, future.id), [](Deployment &d) {
                                   d.phase = QStringLiteral("ph");
                                   d.commitment = QStringLiteral("deal");
                               }));
        Engine engine;
        engine.setScenario(s);
        const auto warnings = collectWarnings(engine);
        QCOMPARE(warnings.size(), size_t(4)); // phase and total shortfall, early, overbooked
        QCOMPARE(countWarnings(engine), int(warnings.size()));
        QCOMPARE(warningKey(warnings[2].kind), QStringLiteral("before_available"));
        QCOMPARE(warningKey(warnings[3].kind), QStringLiteral("commitment_overbooked"));
    }
};

QTEST_GUILESS_MAIN(TestWarnings)
#include "tst_warnings.moc"
