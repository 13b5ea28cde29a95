// SPDX-License-Identifier: MIT
// Writing scenario files. Each struct becomes a JSON object holding its unknown fields plus
// the known ones; writeJsonText() fixes the key order, which makes saves byte-stable.
#include "ScenarioFile.h"

#include "JsonText.h"
#include "SafeFileWrite.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rackline {

namespace {

void putIfSet(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

template<typename T>
void putIfSet(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, *value);
}

QJsonObject toJson(const Partner &partner)
{
    QJsonObject o = partner.extra;
    o.insert(QStringLiteral("id"), partner.id);
    o.insert(QStringLiteral("name"), partner.name);
    putIfSet(o, QStringLiteral("color"), partner.color);
    putIfSet(o, QStringLiteral("source"), partner.source);
    return o;
}

QJsonObject toJson(const PowerPhase &phase)
{
    QJsonObject o = phase.extra;
    o.insert(QStringLiteral("id"), phase.id);
    putIfSet(o, QStringLiteral("name"), phase.name);
    putIfSet(o, QStringLiteral("partner"), phase.partner);
    o.insert(QStringLiteral("capacity_mw"), phase.capacityMw);
    o.insert(QStringLiteral("online"), phase.online.toString());
    o.insert(QStringLiteral("ramp_months"), phase.rampMonths);
    putIfSet(o, QStringLiteral("pue"), phase.pue);
    putIfSet(o, QStringLiteral("source"), phase.source);
    putIfSet(o, QStringLiteral("assumption"), phase.assumption);
    return o;
}

QJsonObject toJson(const Deployment &d)
{
    QJsonObject o = d.extra;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("system"), d.system);
    o.insert(QStringLiteral("partner"), d.partner);
    o.insert(QStringLiteral("count"), d.count);
    o.insert(QStringLiteral("start"), d.start.toString());
    o.insert(QStringLiteral("ramp_months"), d.rampMonths);
    putIfSet(o, QStringLiteral("phase"), d.phase);
    putIfSet(o, QStringLiteral("commitment"), d.commitment);
    putIfSet(o, QStringLiteral("lifetime_months"), d.lifetimeMonths);
    putIfSet(o, QStringLiteral("source"), d.source);
    putIfSet(o, QStringLiteral("assumption"), d.assumption);
    return o;
}

QJsonObject toJson(const Tranche &tranche)
{
    QJsonObject o = tranche.extra;
    o.insert(QStringLiteral("first_usd_b"), tranche.firstUsdB);
    o.insert(QStringLiteral("per_gw_usd_b"), tranche.perGwUsdB);
    putIfSet(o, QStringLiteral("cap_usd_b"), tranche.capUsdB);
    return o;
}

QJsonObject toJson(const Commitment &c)
{
    QJsonObject o = c.extra;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("partner"), c.partner);
    o.insert(QStringLiteral("kind"), toString(c.kind));
    o.insert(QStringLiteral("total_usd_b"), c.totalUsdB);
    o.insert(QStringLiteral("start"), c.start.toString());
    o.insert(QStringLiteral("months"), c.months);
    putIfSet(o, QStringLiteral("gw"), c.gw);
    if (c.tranche)
        o.insert(QStringLiteral("tranche"), toJson(*c.tranche));
    putIfSet(o, QStringLiteral("source"), c.source);
    putIfSet(o, QStringLiteral("assumption"), c.assumption);
    return o;
}

QJsonObject toJson(const SystemSpec &s)
{
    QJsonObject o = s.extra;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("vendor"), s.vendor);
    o.insert(QStringLiteral("kind"), toString(s.kind));
    o.insert(QStringLiteral("accelerators"), s.accelerators);
    o.insert(QStringLiteral("pflops_fp4"), s.pflopsFp4);
    o.insert(QStringLiteral("pflops_fp8"), s.pflopsFp8);
    o.insert(QStringLiteral("pflops_bf16"), s.pflopsBf16);
    o.insert(QStringLiteral("hbm_tb"), s.hbmTb);
    o.insert(QStringLiteral("fast_memory_tb"), s.fastMemoryTb);
    o.insert(QStringLiteral("mem_bw_tbps"), s.memBwTbps);
    o.insert(QStringLiteral("power_kw"), s.powerKw);
    o.insert(QStringLiteral("price_usd_m"), s.priceUsdM);
    o.insert(QStringLiteral("available"), s.available.toString());
    o.insert(QStringLiteral("lifetime_months"), s.lifetimeMonths);
    putIfSet(o, QStringLiteral("source"), s.source);
    if (!s.estimates.isEmpty())
        o.insert(QStringLiteral("estimates"), QJsonArray::fromStringList(s.estimates));
    putIfSet(o, QStringLiteral("notes"), s.notes);
    return o;
}

template<typename Value>
QJsonObject toJsonObject(const QMap<QString, Value> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

template<typename Item>
QJsonArray toJsonArray(const std::vector<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject toJson(const Scenario &scenario)
{
    QJsonObject o = scenario.extra;
    o.insert(QStringLiteral("format"), QStringLiteral("rackline-scenario"));
    o.insert(QStringLiteral("version"), Scenario::kFormatVersion);
    o.insert(QStringLiteral("name"), scenario.name);
    putIfSet(o, QStringLiteral("description"), scenario.description);

    QJsonObject timeline = scenario.timeline.extra;
    timeline.insert(QStringLiteral("start"), scenario.timeline.start.toString());
    timeline.insert(QStringLiteral("months"), scenario.timeline.months);
    o.insert(QStringLiteral("timeline"), timeline);

    QJsonObject assumptions = scenario.assumptions.extra;
    putIfSet(assumptions, QStringLiteral("pue"), scenario.assumptions.pue);
    putIfSet(assumptions, QStringLiteral("energy_usd_per_mwh"), scenario.assumptions.energyUsdPerMwh);
    putIfSet(assumptions, QStringLiteral("facility_capex_usd_b_per_gw"), scenario.assumptions.facilityCapexUsdBPerGw);
    if (!scenario.assumptions.priceMultiplierByVendor.isEmpty())
        assumptions.insert(QStringLiteral("price_multiplier"), toJsonObject(scenario.assumptions.priceMultiplierByVendor));
    QJsonObject delays;
    if (!scenario.assumptions.delayMonthsByPartner.isEmpty())
        delays.insert(QStringLiteral("partners"), toJsonObject(scenario.assumptions.delayMonthsByPartner));
    if (!scenario.assumptions.delayMonthsBySystem.isEmpty())
        delays.insert(QStringLiteral("systems"), toJsonObject(scenario.assumptions.delayMonthsBySystem));
    if (!delays.isEmpty())
        assumptions.insert(QStringLiteral("delay_months"), delays);
    putIfSet(assumptions, QStringLiteral("tranche_per_gw_usd_b"), scenario.assumptions.tranchePerGwUsdB);
    if (const auto &u = scenario.assumptions.uncertainty) {
        QJsonObject uncertainty = u->extra;
        uncertainty.insert(QStringLiteral("start_months"), u->startMonths);
        uncertainty.insert(QStringLiteral("price_fraction"), u->priceFraction);
        assumptions.insert(QStringLiteral("uncertainty"), uncertainty);
    }
    o.insert(QStringLiteral("assumptions"), assumptions);

    o.insert(QStringLiteral("partners"), toJsonArray(scenario.partners));
    if (!scenario.catalog.empty())
        o.insert(QStringLiteral("catalog"), toJsonArray(scenario.catalog));
    o.insert(QStringLiteral("phases"), toJsonArray(scenario.phases));
    o.insert(QStringLiteral("deployments"), toJsonArray(scenario.deployments));
    o.insert(QStringLiteral("commitments"), toJsonArray(scenario.commitments));
    return o;
}

} // namespace

QString toString(SystemKind kind)
{
    return kind == SystemKind::Rack ? QStringLiteral("rack") : QStringLiteral("gpu");
}

QString toString(CommitmentKind kind)
{
    switch (kind) {
    case CommitmentKind::Investment: return QStringLiteral("investment");
    case CommitmentKind::Cloud: return QStringLiteral("cloud");
    case CommitmentKind::Purchase: return QStringLiteral("purchase");
    }
    return {};
}

QByteArray writeScenario(const Scenario &scenario)
{
    return writeJsonText(toJson(scenario));
}

QString saveScenarioFile(const Scenario &scenario, const QString &fileName)
{
    return writeFileSafely(writeScenario(scenario), fileName);
}

} // namespace rackline
