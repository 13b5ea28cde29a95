// SPDX-License-Identifier: MIT
#pragma once

// Small scenarios written in code, with a test system whose figures are round numbers, so
// that the tests' expected values can be derived by hand from MODEL.md's formulas (and do
// not depend on the built-in catalog's figures, which change as sources improve).

#include "Scenario.h"

#include <QString>

#include <utility>

namespace rackline::test {

inline YearMonth month(const char *text)
{
    const auto parsed = YearMonth::parse(QString::fromLatin1(text));
    Q_ASSERT_X(parsed, "rackline::test::month", text);
    return parsed.value_or(YearMonth{});
}

inline const QString kTestRack = QStringLiteral("test-rack");

/// "test-rack": per unit 10 accelerators, 4/2/1 PFLOPS (FP4/FP8/BF16), 2 TB HBM, 5 TB fast
/// memory, 80 TB/s, 100 kW, $2M; ships 2020-01; never retired (lifetime 0).
inline SystemSpec testRack()
{
    SystemSpec spec;
    spec.id = kTestRack;
    spec.name = QStringLiteral("Test rack");
    spec.vendor = QStringLiteral("Test");
    spec.kind = SystemKind::Rack;
    spec.accelerators = 10;
    spec.pflopsFp4 = 4;
    spec.pflopsFp8 = 2;
    spec.pflopsBf16 = 1;
    spec.hbmTb = 2;
    spec.fastMemoryTb = 5;
    spec.memBwTbps = 80;
    spec.powerKw = 100;
    spec.priceUsdM = 2;
    spec.available = YearMonth{2020, 1};
    spec.lifetimeMonths = 0;
    spec.source = QStringLiteral("round test figures");
    return spec;
}

/// A deployment of `count` test racks (or `system`) starting at `start` with a ramp.
inline Deployment deployment(const QString &id, const QString &partner, double count, const char *start,
                             int rampMonths = 0, const QString &system = kTestRack)
{
    Deployment d;
    d.id = id;
    d.system = system;
    d.partner = partner;
    d.count = count;
    d.start = month(start);
    d.rampMonths = rampMonths;
    return d;
}

inline PowerPhase phase(const QString &id, double capacityMw, const char *online, int rampMonths = 0,
                        const QString &partner = {})
{
    PowerPhase p;
    p.id = id;
    p.name = id;
    p.partner = partner;
    p.capacityMw = capacityMw;
    p.online = month(online);
    p.rampMonths = rampMonths;
    return p;
}

inline Commitment commitment(const QString &id, const QString &partner, CommitmentKind kind, double totalUsdB,
                             const char *start, int months)
{
    Commitment c;
    c.id = id;
    c.partner = partner;
    c.kind = kind;
    c.totalUsdB = totalUsdB;
    c.start = month(start);
    c.months = months;
    return c;
}

inline Tranche tranche(double firstUsdB, double perGwUsdB, std::optional<double> capUsdB = std::nullopt)
{
    Tranche t;
    t.firstUsdB = firstUsdB;
    t.perGwUsdB = perGwUsdB;
    t.capUsdB = capUsdB;
    return t;
}

/// Fluent construction of a scenario: `ScenarioBuilder("2025-01", 8).partner("a").add(...)`.
/// The test rack is always in the scenario's own catalog.
class ScenarioBuilder
{
public:
    explicit ScenarioBuilder(const char *start = "2025-01", int months = 12)
    {
        m_scenario.name = QStringLiteral("test");
        m_scenario.timeline.start = month(start);
        m_scenario.timeline.months = months;
        m_scenario.catalog.push_back(testRack());
    }

    ScenarioBuilder &partner(const QString &id)
    {
        Partner p;
        p.id = id;
        p.name = id;
        m_scenario.partners.push_back(p);
        return *this;
    }
    ScenarioBuilder &pue(double value)
    {
        m_scenario.assumptions.pue = value;
        return *this;
    }
    ScenarioBuilder &energyUsdPerMwh(double value)
    {
        m_scenario.assumptions.energyUsdPerMwh = value;
        return *this;
    }
    ScenarioBuilder &facilityCapexPerGw(double value)
    {
        m_scenario.assumptions.facilityCapexUsdBPerGw = value;
        return *this;
    }
    ScenarioBuilder &add(const SystemSpec &system)
    {
        m_scenario.catalog.push_back(system);
        return *this;
    }
    ScenarioBuilder &add(const PowerPhase &p)
    {
        m_scenario.phases.push_back(p);
        return *this;
    }
    ScenarioBuilder &add(const Deployment &d)
    {
        m_scenario.deployments.push_back(d);
        return *this;
    }
    ScenarioBuilder &add(const Commitment &c)
    {
        m_scenario.commitments.push_back(c);
        return *this;
    }

    const Scenario &scenario() const { return m_scenario; }
    operator const Scenario &() const { return m_scenario; }

private:
    Scenario m_scenario;
};

/// Small edits that read well inside an expression.
template<typename Item, typename Edit>
Item with(Item item, Edit edit)
{
    edit(item);
    return item;
}

} // namespace rackline::test
