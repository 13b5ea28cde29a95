// SPDX-License-Identifier: MIT
// Reading and validating scenario files: the whole file is refused at the first problem,
// with the JSON path and the reason (MODEL.md "Scenario file").
#include "ScenarioFile.h"

#include "JsonFields.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>

namespace rackline {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
class ScenarioReaderText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::ScenarioReader)
};

using Range = JsonFields::Range;

constexpr int kMaxMonths = 1200;
constexpr int kMaxDurationMonths = 100000;

Timeline readTimeline(JsonFields &&fields)
{
    Timeline timeline;
    timeline.start = fields.requiredMonth(QStringLiteral("start"));
    timeline.months = fields.requiredWholeNumber(QStringLiteral("months"), 1, kMaxMonths);
    timeline.extra = fields.unreadFields();
    return timeline;
}

/// An object of numbers keyed by id, e.g. {"NVIDIA": 1.1}.
template<typename Value, typename ReadValue>
QMap<QString, Value> readNumberMap(std::optional<JsonFields> fields, ReadValue readValue)
{
    QMap<QString, Value> map;
    if (!fields)
        return map;
    const QJsonObject rest = fields->unreadFields();
    for (auto it = rest.begin(); it != rest.end(); ++it)
        map.insert(it.key(), readValue(*fields, it.key()));
    return map;
}

Assumptions readAssumptions(JsonFields &&fields)
{
    Assumptions assumptions;
    assumptions.pue = fields.optionalNumber(QStringLiteral("pue"), Range::Positive);
    assumptions.energyUsdPerMwh = fields.optionalNumber(QStringLiteral("energy_usd_per_mwh"), Range::NonNegative);
    assumptions.facilityCapexUsdBPerGw =
        fields.optionalNumber(QStringLiteral("facility_capex_usd_b_per_gw"), Range::NonNegative);
    assumptions.priceMultiplierByVendor = readNumberMap<double>(
        fields.optionalObject(QStringLiteral("price_multiplier")),
        [](JsonFields &map, const QString &key) { return map.requiredNumber(key, Range::NonNegative); });
    if (auto delays = fields.optionalObject(QStringLiteral("delay_months"))) {
        auto months = [](JsonFields &map, const QString &key) { return map.requiredWholeNumber(key, -1200, 1200); };
        assumptions.delayMonthsByPartner = readNumberMap<int>(delays->optionalObject(QStringLiteral("partners")), months);
        assumptions.delayMonthsBySystem = readNumberMap<int>(delays->optionalObject(QStringLiteral("systems")), months);
        if (const QJsonObject unknown = delays->unreadFields(); !unknown.isEmpty())
            delays->fail(unknown.begin().key(), ScenarioReaderText::tr("is not \"partners\" or \"systems\""));
    }
    assumptions.tranchePerGwUsdB = fields.optionalNumber(QStringLiteral("tranche_per_gw_usd_b"), Range::NonNegative);
    if (auto uncertainty = fields.optionalObject(QStringLiteral("uncertainty"))) {
        Uncertainty u;
        u.startMonths = uncertainty->optionalWholeNumber(QStringLiteral("start_months"), 0, 120).value_or(0);
        u.priceFraction = uncertainty->optionalNumber(QStringLiteral("price_fraction"), Range::NonNegative).value_or(0);
        if (u.priceFraction >= 1)
            uncertainty->fail(QStringLiteral("price_fraction"), ScenarioReaderText::tr("%1 must be less than 1").arg(u.priceFraction));
        u.extra = uncertainty->unreadFields();
        assumptions.uncertainty = u;
    }
    assumptions.extra = fields.unreadFields();
    return assumptions;
}

Partner readPartner(JsonFields &fields)
{
    Partner partner;
    partner.id = fields.requiredString(QStringLiteral("id"));
    partner.name = fields.optionalString(QStringLiteral("name"));
    if (partner.name.isEmpty())
        partner.name = partner.id;
    partner.color = fields.optionalString(QStringLiteral("color"));
    partner.source = fields.optionalString(QStringLiteral("source"));
    partner.extra = fields.unreadFields();
    return partner;
}

PowerPhase readPhase(JsonFields &fields)
{
    PowerPhase phase;
    phase.id = fields.requiredString(QStringLiteral("id"));
    phase.name = fields.optionalString(QStringLiteral("name"));
    phase.partner = fields.optionalString(QStringLiteral("partner"));
    phase.capacityMw = fields.requiredNumber(QStringLiteral("capacity_mw"), Range::Positive);
    phase.online = fields.requiredMonth(QStringLiteral("online"));
    phase.rampMonths = fields.optionalWholeNumber(QStringLiteral("ramp_months"), 0, kMaxDurationMonths).value_or(0);
    phase.pue = fields.optionalNumber(QStringLiteral("pue"), Range::Positive);
    phase.source = fields.optionalString(QStringLiteral("source"));
    phase.assumption = fields.optionalString(QStringLiteral("assumption"));
    phase.extra = fields.unreadFields();
    return phase;
}

Deployment readDeployment(JsonFields &fields)
{
    Deployment deployment;
    deployment.id = fields.requiredString(QStringLiteral("id"));
    deployment.system = fields.requiredString(QStringLiteral("system"));
    deployment.partner = fields.requiredString(QStringLiteral("partner"));
    deployment.count = fields.requiredNumber(QStringLiteral("count"), Range::Positive);
    deployment.start = fields.requiredMonth(QStringLiteral("start"));
    deployment.rampMonths =
        fields.optionalWholeNumber(QStringLiteral("ramp_months"), 0, kMaxDurationMonths).value_or(0);
    deployment.phase = fields.optionalString(QStringLiteral("phase"));
    deployment.commitment = fields.optionalString(QStringLiteral("commitment"));
    deployment.lifetimeMonths = fields.optionalWholeNumber(QStringLiteral("lifetime_months"), 0, kMaxDurationMonths);
    deployment.source = fields.optionalString(QStringLiteral("source"));
    deployment.assumption = fields.optionalString(QStringLiteral("assumption"));
    deployment.extra = fields.unreadFields();
    return deployment;
}

Tranche readTranche(JsonFields &&fields)
{
    Tranche tranche;
    tranche.firstUsdB = fields.optionalNumber(QStringLiteral("first_usd_b"), Range::NonNegative).value_or(0);
    tranche.perGwUsdB = fields.requiredNumber(QStringLiteral("per_gw_usd_b"), Range::NonNegative);
    tranche.capUsdB = fields.optionalNumber(QStringLiteral("cap_usd_b"), Range::NonNegative);
    tranche.extra = fields.unreadFields();
    return tranche;
}

Commitment readCommitment(JsonFields &fields)
{
    Commitment commitment;
    commitment.id = fields.requiredString(QStringLiteral("id"));
    commitment.partner = fields.requiredString(QStringLiteral("partner"));
    const QString kind = fields.requiredString(QStringLiteral("kind"));
    if (kind == QLatin1String("investment"))
        commitment.kind = CommitmentKind::Investment;
    else if (kind == QLatin1String("cloud"))
        commitment.kind = CommitmentKind::Cloud;
    else if (kind == QLatin1String("purchase"))
        commitment.kind = CommitmentKind::Purchase;
    else
        fields.fail(QStringLiteral("kind"), ScenarioReaderText::tr("\"%1\" is not \"investment\", \"cloud\" or \"purchase\"").arg(kind));
    commitment.totalUsdB = fields.requiredNumber(QStringLiteral("total_usd_b"), Range::Positive);
    commitment.start = fields.requiredMonth(QStringLiteral("start"));
    commitment.months = fields.requiredWholeNumber(QStringLiteral("months"), 1, kMaxDurationMonths);
    commitment.gw = fields.optionalNumber(QStringLiteral("gw"), Range::NonNegative);
    if (auto tranche = fields.optionalObject(QStringLiteral("tranche")))
        commitment.tranche = readTranche(std::move(*tranche));
    commitment.source = fields.optionalString(QStringLiteral("source"));
    commitment.assumption = fields.optionalString(QStringLiteral("assumption"));
    commitment.extra = fields.unreadFields();
    return commitment;
}

/// Reads every element of an array of objects with `readOne`, then refuses duplicate ids.
template<typename Item, typename ReadOne>
std::vector<Item> readList(JsonFields &top, const QString &key, ReadOne readOne)
{
    std::vector<Item> items;
    QHash<QString, qsizetype> firstIndexOfId;
    const QJsonArray array = top.array(key, false);
    items.reserve(size_t(array.size()));
    firstIndexOfId.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields fields(array[i], top, key, i);
        Item item = readOne(fields);
        if (item.id.isEmpty())
            fields.fail(QStringLiteral("id"), ScenarioReaderText::tr("must not be empty"));
        if (const auto it = firstIndexOfId.constFind(item.id); it != firstIndexOfId.cend()) {
            throw LoadErrorException{{fields.pathOf(QStringLiteral("id")),
                                      ScenarioReaderText::tr("duplicate id \"%1\" (also %2)").arg(item.id, top.indexPath(key, *it))}};
        }
        firstIndexOfId.insert(item.id, i);
        items.push_back(std::move(item));
    }
    return items;
}

template<typename Item>
QSet<QString> idsOf(const std::vector<Item> &items)
{
    QSet<QString> ids;
    for (const Item &item : items)
        ids.insert(item.id);
    return ids;
}

/// Refuses a reference to an id that does not exist. Empty optional references pass.
/// The path ("deployments[3].system") is only built for the message.
void checkReference(const char *array, size_t index, const char *field, const QString &id,
                    const QSet<QString> &known, const char *what, bool required)
{
    if (id.isEmpty() && !required)
        return;
    if (!known.contains(id)) {
        throw LoadErrorException{{QStringLiteral("%1[%2].%3").arg(QLatin1String(array)).arg(index).arg(QLatin1String(field)),
                                  ScenarioReaderText::tr("unknown %1 \"%2\"").arg(ScenarioReaderText::tr(what), id)}};
    }
}

void checkReferences(const Scenario &scenario, const Catalog &catalog)
{
    const QSet<QString> partners = idsOf(scenario.partners);
    const QSet<QString> phases = idsOf(scenario.phases);
    const QSet<QString> commitments = idsOf(scenario.commitments);
    QSet<QString> systems;
    for (const SystemSpec &spec : catalog.systems())
        systems.insert(spec.id);

    const char *partner = QT_TRANSLATE_NOOP("rackline::ScenarioReader", "partner");
    for (size_t i = 0; i < scenario.phases.size(); ++i)
        checkReference("phases", i, "partner", scenario.phases[i].partner, partners, partner, false);
    for (size_t i = 0; i < scenario.commitments.size(); ++i)
        checkReference("commitments", i, "partner", scenario.commitments[i].partner, partners, partner, true);
    for (size_t i = 0; i < scenario.deployments.size(); ++i) {
        const Deployment &d = scenario.deployments[i];
        checkReference("deployments", i, "system", d.system, systems,
                       QT_TRANSLATE_NOOP("rackline::ScenarioReader", "system"), true);
        checkReference("deployments", i, "partner", d.partner, partners, partner, true);
        checkReference("deployments", i, "phase", d.phase, phases,
                       QT_TRANSLATE_NOOP("rackline::ScenarioReader", "power phase"), false);
        checkReference("deployments", i, "commitment", d.commitment, commitments,
                       QT_TRANSLATE_NOOP("rackline::ScenarioReader", "commitment"), false);
    }
}

Scenario readScenarioObject(const QJsonValue &root, const Catalog &builtIn)
{
    JsonFields top(root, QString());
    const QString format = top.requiredString(QStringLiteral("format"));
    if (format != QLatin1String("rackline-scenario"))
        top.fail(QStringLiteral("format"), ScenarioReaderText::tr("\"%1\" is not a Rackline scenario (expected \"rackline-scenario\")").arg(format));
    const double version = top.requiredNumber(QStringLiteral("version"), Range::Positive);
    if (version > Scenario::kFormatVersion && version == std::floor(version)) { // 1.5 is no version
        top.fail(QStringLiteral("version"),
                 ScenarioReaderText::tr("version %1 is newer than this Rackline understands (%2); please update Rackline")
                     .arg(version).arg(Scenario::kFormatVersion));
    }
    top.requiredWholeNumber(QStringLiteral("version"), 1, Scenario::kFormatVersion);

    Scenario scenario;
    scenario.name = top.optionalString(QStringLiteral("name"));
    scenario.description = top.optionalString(QStringLiteral("description"));
    scenario.timeline = readTimeline(top.requiredObject(QStringLiteral("timeline")));
    if (auto assumptions = top.optionalObject(QStringLiteral("assumptions")))
        scenario.assumptions = readAssumptions(std::move(*assumptions));
    scenario.partners = readList<Partner>(top, QStringLiteral("partners"), readPartner);
    scenario.catalog = readList<SystemSpec>(top, QStringLiteral("catalog"), readSystemSpec);
    scenario.phases = readList<PowerPhase>(top, QStringLiteral("phases"), readPhase);
    scenario.deployments = readList<Deployment>(top, QStringLiteral("deployments"), readDeployment);
    scenario.commitments = readList<Commitment>(top, QStringLiteral("commitments"), readCommitment);
    scenario.extra = top.unreadFields();
    checkReferences(scenario, builtIn.withOverrides(scenario.catalog));
    return scenario;
}

} // namespace

ScenarioLoad readScenario(const QByteArray &json, const Catalog &builtIn)
{
    try {
        return {readScenarioObject(parseJsonText(json), builtIn), {}};
    } catch (const LoadErrorException &failure) {
        return {std::nullopt, failure.error};
    }
}

ScenarioLoad readScenarioFile(const QString &fileName, const Catalog &builtIn)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {fileName, ScenarioReaderText::tr("cannot be read: %1").arg(file.errorString())}};
    return readScenario(file.readAll(), builtIn);
}

Catalog effectiveCatalog(const Scenario &scenario, const Catalog &builtIn)
{
    return builtIn.withOverrides(scenario.catalog);
}

} // namespace rackline
