// SPDX-License-Identifier: MIT
// The engine's two paths give the same numbers (Engine.h): on random scenarios (fixed seeds)
// the full recompute equals computeReference(), MODEL.md's formulas as a plain loop; then a
// random sequence of one-item edits (update, add, remove) on one Engine equals, after every
// step, a fresh Engine of the edited scenario and the reference, totals and every partner.

#include "Engine.h"
#include "ReferenceEngine.h"
#include "ScenarioBuilder.h"
#include "TableCompare.h"
#include "Warnings.h"

#include <QtTest>

#include <random>

using namespace rackline;
using namespace rackline::test;

namespace {

/// Random scenarios covering what the engine distinguishes: many partners and systems
/// (scenario entries, built-in ones and a replaced built-in), phases with and without PUE or
/// partner, commitments of every kind with and without tranches, deployments with ramps
/// 0..24, lifetimes (the system's, 0, overrides) and starts before, inside and after the window.
class RandomScenarios
{
public:
    explicit RandomScenarios(unsigned seed)
        : m_random(seed)
    {
    }

    Scenario scenario()
    {
        Scenario s;
        s.name = QStringLiteral("random");
        s.timeline.start = YearMonth{integer(2023, 2027), integer(1, 12)};
        s.timeline.months = chance(0.1) ? integer(1, 3) : integer(4, 72);
        if (chance(0.5))
            s.assumptions.pue = real(1.0, 1.6);
        if (chance(0.5))
            s.assumptions.energyUsdPerMwh = real(20, 150);
        if (chance(0.5))
            s.assumptions.facilityCapexUsdBPerGw = real(5, 30);

        const int partners = integer(1, 6);
        for (int p = 0; p < partners; ++p)
            s.partners.push_back(Partner{QStringLiteral("p%1").arg(p), QStringLiteral("Partner %1").arg(p), {}, {}, {}});

        const int systems = integer(1, 4);
        for (int i = 0; i < systems; ++i)
            s.catalog.push_back(system(QStringLiteral("sys%1").arg(i)));
        if (chance(0.5))
            s.catalog.push_back(system(QStringLiteral("h100"))); // replaces the built-in entry
        m_systemIds.clear();
        for (const SystemSpec &spec : s.catalog)
            m_systemIds << spec.id;
        m_systemIds << QStringLiteral("gb200-nvl72") << QStringLiteral("tpu7x-slice-256");

        const int phases = integer(0, 5);
        for (int i = 0; i < phases; ++i) {
            PowerPhase ph;
            ph.id = QStringLiteral("ph%1").arg(i);
            ph.partner = chance(0.3) ? QString() : pick(s.partners).id;
            ph.capacityMw = real(1, 3000);
            ph.online = around(s.timeline);
            ph.rampMonths = integer(0, 24);
            if (chance(0.5))
                ph.pue = real(1.0, 1.5);
            s.phases.push_back(ph);
        }

        const int commitments = integer(0, 6);
        for (int i = 0; i < commitments; ++i) {
            Commitment c;
            c.id = QStringLiteral("c%1").arg(i);
            c.partner = pick(s.partners).id;
            c.kind = static_cast<CommitmentKind>(integer(0, 2));
            c.totalUsdB = real(0.1, 100);
            c.start = around(s.timeline);
            c.months = integer(1, 60);
            if (chance(0.7)) {
                Tranche t;
                t.firstUsdB = chance(0.5) ? real(0, 10) : 0.0;
                t.perGwUsdB = real(0, 20);
                if (chance(0.5))
                    t.capUsdB = real(0, 120);
                c.tranche = t;
            }
            s.commitments.push_back(c);
        }

        const int deployments = integer(0, 40);
        for (int i = 0; i < deployments; ++i)
            s.deployments.push_back(deploymentFor(s));
        return s;
    }

    Deployment deploymentFor(const Scenario &s)
    {
        Deployment d;
        d.id = QStringLiteral("d%1").arg(m_nextId++);
        d.system = m_systemIds[integer(0, int(m_systemIds.size()) - 1)];
        d.partner = pick(s.partners).id;
        // From a fraction of a rack to GW scale (so that tranches are released).
        d.count = chance(0.5) ? double(integer(1, 200)) : std::exp(real(std::log(0.5), std::log(30000.0)));
        d.start = around(s.timeline);
        d.rampMonths = integer(0, 24);
        if (!s.phases.empty() && chance(0.6))
            d.phase = pick(s.phases).id;
        if (!s.commitments.empty() && chance(0.6))
            d.commitment = pick(s.commitments).id;
        if (chance(0.4))
            d.lifetimeMonths = chance(0.3) ? 0 : integer(1, 60);
        return d;
    }

    /// A small edit of `d`, as a user would make one: move, resize, re-ramp, re-assign.
    Deployment edit(Deployment d, const Scenario &s)
    {
        switch (integer(0, 6)) {
        case 0: d.start = d.start.plusMonths(integer(-12, 12)); break;
        case 1: d.count = std::max(0.25, d.count * real(0.2, 3)); break;
        case 2: d.rampMonths = integer(0, 24); break;
        case 3: d.partner = pick(s.partners).id; break;
        case 4: d.phase = s.phases.empty() || chance(0.3) ? QString() : pick(s.phases).id; break;
        case 5: d.commitment = s.commitments.empty() || chance(0.3) ? QString() : pick(s.commitments).id; break;
        default: {
            Deployment other = deploymentFor(s);
            other.id = d.id;
            return other;
        }
        }
        return d;
    }

    int integer(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    double real(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_random); }
    bool chance(double p) { return real(0, 1) < p; }

private:
    template<typename Item>
    const Item &pick(const std::vector<Item> &items)
    {
        return items[size_t(integer(0, int(items.size()) - 1))];
    }

    /// A month from 40 before the window to 10 after its end.
    YearMonth around(const Timeline &timeline) { return timeline.monthAt(integer(-40, timeline.months + 10)); }

    SystemSpec system(const QString &id)
    {
        SystemSpec spec = testRack();
        spec.id = id;
        spec.accelerators = integer(1, 600);
        spec.pflopsFp4 = real(0, 20000);
        spec.pflopsFp8 = real(0, 10000);
        spec.pflopsBf16 = real(0, 5000);
        spec.hbmTb = real(0, 200);
        spec.fastMemoryTb = real(0, 500);
        spec.memBwTbps = real(0, 5000);
        spec.powerKw = real(0.5, 1500);
        spec.priceUsdM = real(0.02, 80);
        spec.available = YearMonth{integer(2022, 2028), integer(1, 12)};
        spec.lifetimeMonths = chance(0.3) ? 0 : integer(1, 80);
        return spec;
    }

    std::mt19937 m_random;
    QStringList m_systemIds;
    int m_nextId = 0;
};

QString compareWithReference(const Engine &engine, const Scenario &scenario, const QString &where)
{
    const ReferenceResults reference = computeReference(scenario);
    if (QString failure = compareTables(engine.totals(), reference.totals, where + QStringLiteral(" totals vs reference"));
        !failure.isEmpty())
        return failure;
    if (engine.partnerCount() != int(reference.partners.size()))
        return where + QStringLiteral(": partner count");
    for (int p = 0; p < engine.partnerCount(); ++p) {
        if (QString failure = compareTables(engine.partnerTable(p), reference.partners[size_t(p)],
                                            where + QStringLiteral(" partner %1 vs reference").arg(p));
            !failure.isEmpty())
            return failure;
    }
    // The unassigned table is what no partner owns.
    MetricTable sum = engine.unassignedTable();
    for (int p = 0; p < engine.partnerCount(); ++p)
        sum += engine.partnerTable(p);
    return compareTables(sum, engine.totals(), where + QStringLiteral(" partners + unassigned vs totals"));
}

QString compareVectors(const Eigen::VectorXd &actual, const Eigen::VectorXd &expected, const QString &what)
{
    if (actual.size() != expected.size())
        return what + QStringLiteral(": size");
    const double magnitude = expected.size() ? expected.cwiseAbs().maxCoeff() : 0.0;
    for (Eigen::Index m = 0; m < expected.size(); ++m) {
        if (!fuzzyEqual(actual[m], expected[m], magnitude))
            return QStringLiteral("%1 at month %2: %3, expected %4").arg(what).arg(m).arg(actual[m], 0, 'g', 17).arg(expected[m], 0, 'g', 17);
    }
    return {};
}

/// The one-item path (`updated`) against a fresh engine of the same scenario.
QString compareEngines(const Engine &updated, const Engine &fresh, const QString &where)
{
    if (QString f = compareTables(updated.totals(), fresh.totals(), where + QStringLiteral(" totals vs fresh")); !f.isEmpty())
        return f;
    for (int p = 0; p < fresh.partnerCount(); ++p) {
        if (QString f = compareTables(updated.partnerTable(p), fresh.partnerTable(p), where + QStringLiteral(" partner %1 vs fresh").arg(p));
            !f.isEmpty())
            return f;
    }
    if (QString f = compareTables(updated.unassignedTable(), fresh.unassignedTable(), where + QStringLiteral(" unassigned")); !f.isEmpty())
        return f;
    for (int ph = 0; ph < fresh.phaseCount(); ++ph) {
        if (QString f = compareVectors(updated.phaseLoadMw(ph), fresh.phaseLoadMw(ph), where + QStringLiteral(" phase load")); !f.isEmpty())
            return f;
    }
    for (int c = 0; c < fresh.commitmentCount(); ++c) {
        for (const auto &[vector, name] : {std::pair{&Engine::commitmentHardwareCapex, "hardware"},
                                           std::pair{&Engine::commitmentReleased, "released"},
                                           std::pair{&Engine::commitmentDeployedGw, "deployed GW"}}) {
            if (QString f = compareVectors((updated.*vector)(c), (fresh.*vector)(c),
                                           where + QStringLiteral(" commitment %1 %2").arg(c).arg(QLatin1String(name)));
                !f.isEmpty())
                return f;
        }
    }
    if (updated.deploymentCount() != fresh.deploymentCount())
        return where + QStringLiteral(": deployment count");
    const std::vector<Warning> a = collectWarnings(updated), b = collectWarnings(fresh);
    if (countWarnings(updated) != int(a.size()) || a.size() != b.size())
        return where + QStringLiteral(": %1 warnings counted, %2 listed, %3 on a fresh engine")
                           .arg(countWarnings(updated)).arg(a.size()).arg(b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].subject != b[i].subject || a[i].firstMonth != b[i].firstMonth
            || !fuzzyEqual(a[i].amount, b[i].amount, std::abs(b[i].amount) * 1e3))
            return where + QStringLiteral(": warning %1 differs").arg(i);
    }
    return {};
}

} // namespace

class TestEnginePaths : public QObject
{
    Q_OBJECT

public:
    /// Every test runs with each form of a partner's series (main() below): small random
    /// scenarios would otherwise only ever take the Metrics form.
    explicit TestEnginePaths(Engine::PartnerForm form)
        : m_form(form)
    {
    }

private:
    Engine newEngine() const
    {
        Engine engine;
        engine.setPartnerForm(m_form);
        return engine;
    }

    Engine::PartnerForm m_form;

private slots:
    void fullRecomputeEqualsReference()
    {
        for (unsigned seed = 1; seed <= 300; ++seed) {
            RandomScenarios random(seed);
            const Scenario scenario = random.scenario();
            Engine engine = newEngine();
            engine.setScenario(scenario);
            QCOMPARE(engine.months(), scenario.timeline.months);
            RACKLINE_CHECK(compareWithReference(engine, scenario, QStringLiteral("seed %1").arg(seed)));
            QCOMPARE(countWarnings(engine), int(collectWarnings(engine).size()));
            // recompute() again on the same engine changes nothing.
            const MetricTable before = engine.totals();
            engine.recompute();
            RACKLINE_CHECK(compareTables(engine.totals(), before, QStringLiteral("seed %1 recompute").arg(seed)));
        }
    }

    /// What the tornado uses: the totals without the partner tables equal the full path's
    /// (and so the reference's, checked above).
    void totalsOnlyEqualsFullTotals()
    {
        for (unsigned seed = 1; seed <= 300; ++seed) {
            RandomScenarios random(seed);
            const Scenario scenario = random.scenario();
            Engine full = newEngine(), totalsOnly = newEngine();
            full.setScenario(scenario);
            totalsOnly.setScenario(scenario, Catalog::builtIn(), Engine::Detail::TotalsOnly);
            RACKLINE_CHECK(compareTables(totalsOnly.totals(), full.totals(), QStringLiteral("seed %1 totals only").arg(seed)));
        }
    }

    void oneItemPathEqualsFreshEngineAndReference()
    {
        for (unsigned seed = 1001; seed <= 1030; ++seed) {
            RandomScenarios random(seed);
            Scenario scenario = random.scenario();
            Engine engine = newEngine();
            engine.setScenario(scenario);
            for (int step = 0; step < 50; ++step) {
                const int n = int(scenario.deployments.size());
                const int op = random.integer(0, 9);
                QString what;
                if (n > 0 && op < 6) {
                    const int index = random.integer(0, n - 1);
                    const Deployment updated = random.edit(scenario.deployments[size_t(index)], scenario);
                    scenario.deployments[size_t(index)] = updated;
                    engine.updateDeployment(index, updated);
                    what = QStringLiteral("update %1").arg(index);
                } else if (n > 0 && op < 8) {
                    const int index = random.integer(0, n - 1);
                    scenario.deployments.erase(scenario.deployments.begin() + index);
                    engine.removeDeployment(index);
                    what = QStringLiteral("remove %1").arg(index);
                } else {
                    const Deployment added = random.deploymentFor(scenario);
                    scenario.deployments.push_back(added);
                    engine.addDeployment(added);
                    what = QStringLiteral("add");
                }
                const QString where = QStringLiteral("seed %1 step %2 (%3)").arg(seed).arg(step).arg(what);
                Engine fresh = newEngine();
                fresh.setScenario(scenario);
                RACKLINE_CHECK(compareEngines(engine, fresh, where));
                RACKLINE_CHECK(compareWithReference(engine, scenario, where));
            }
        }
    }

    /// A Monte Carlo sample (its own path: one series for all partners) gives the totals of
    /// the plan with those starts and prices. Prices are drawn by vendor, which a scenario
    /// expresses as a price multiplier, so a fresh engine on the shifted plan is the oracle.
    void sampleEqualsFreshEngineOnShiftedPlan()
    {
        for (unsigned seed = 2001; seed <= 2100; ++seed) {
            RandomScenarios random(seed);
            const Scenario scenario = random.scenario();
            const Catalog catalog = Catalog::builtIn().withOverrides(scenario.catalog);
            Scenario shifted = scenario;
            QHash<QString, double> factorOfVendor;
            std::vector<int> shifts;
            std::vector<double> factors;
            for (Deployment &d : shifted.deployments) {
                const int shift = random.integer(-6, 6);
                d.start = d.start.plusMonths(shift);
                const SystemSpec *spec = catalog.find(d.system);
                const QString vendor = spec ? spec->vendor : QString();
                if (!factorOfVendor.contains(vendor))
                    factorOfVendor.insert(vendor, random.real(0.5, 1.5));
                shifts.push_back(shift);
                factors.push_back(factorOfVendor.value(vendor));
            }
            for (auto it = factorOfVendor.cbegin(); it != factorOfVendor.cend(); ++it)
                shifted.assumptions.priceMultiplierByVendor[it.key()] = scenario.assumptions.priceMultiplier(it.key()) * it.value();
            Engine sample = newEngine();
            sample.setScenario(scenario);
            sample.recomputeSample(shifts, factors);
            Engine fresh = newEngine();
            fresh.setScenario(shifted);
            RACKLINE_CHECK(compareTables(sample.totals(), fresh.totals(), QStringLiteral("seed %1 sample").arg(seed)));
            // recompute() restores the plan.
            Engine plan = newEngine();
            plan.setScenario(scenario);
            sample.recompute();
            RACKLINE_CHECK(compareEngines(sample, plan, QStringLiteral("seed %1 restored").arg(seed)));
        }
    }

    void removingEverythingLeavesSupplyAndSpendOnly()
    {
        RandomScenarios random(7);
        Scenario scenario = random.scenario();
        while (scenario.deployments.size() < 5)
            scenario.deployments.push_back(random.deploymentFor(scenario));
        Engine engine = newEngine();
        engine.setScenario(scenario);
        while (engine.deploymentCount() > 0)
            engine.removeDeployment(engine.deploymentCount() - 1);
        scenario.deployments.clear();
        Engine fresh = newEngine();
        fresh.setScenario(scenario);
        RACKLINE_CHECK(compareEngines(engine, fresh, QStringLiteral("emptied")));
        // No deployment: every deployment metric is exactly 0, not a rounding residue.
        for (const Metric metric : {Metric::Accelerators, Metric::PflopsFp8, Metric::ItPowerMw, Metric::FacilityPowerMw,
                                    Metric::HardwareCapexUsdB, Metric::EnergyUsdB})
            QCOMPARE(column(engine.totals(), metric).cwiseAbs().maxCoeff(), 0.0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (const auto form : {Engine::PartnerForm::Metrics, Engine::PartnerForm::Units}) {
        qInfo("Partners' deployments as %s", form == Engine::PartnerForm::Metrics ? "metrics" : "units by system");
        TestEnginePaths test(form);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}
#include "tst_engine_paths.moc"
