// SPDX-License-Identifier: MIT
#include "Catalog.h"

#include "JsonFields.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QtDebug>

namespace rackline {

Catalog::Catalog(std::vector<SystemSpec> systems)
    : m_systems(std::move(systems))
{
    for (qsizetype i = 0; i < qsizetype(m_systems.size()); ++i)
        m_indexById.insert(m_systems[i].id, i);
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QFile file(QStringLiteral(":/rackline/catalog/catalog.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Rackline: the built-in catalog resource is missing");
            return Catalog();
        }
        LoadError error;
        Catalog loaded = read(file.readAll(), &error);
        if (!error.reason.isEmpty())
            qWarning("Rackline: built-in catalog: %s", qPrintable(error.message()));
        return loaded;
    }();
    return catalog;
}

Catalog Catalog::read(const QByteArray &json, LoadError *error)
{
    try {
        const QJsonValue root = parseJsonText(json);
        JsonFields top(root, QString());
        if (top.requiredString(QStringLiteral("format")) != QLatin1String("rackline-catalog"))
            top.fail(QStringLiteral("format"), QCoreApplication::translate("rackline::Catalog", "expected \"rackline-catalog\""));
        top.requiredWholeNumber(QStringLiteral("version"), 1, 1);
        std::vector<SystemSpec> systems;
        const QJsonArray entries = top.array(QStringLiteral("systems"), true);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            JsonFields fields(entries[i], top, QStringLiteral("systems"), i);
            systems.push_back(readSystemSpec(fields));
        }
        return Catalog(std::move(systems));
    } catch (const LoadErrorException &failure) {
        *error = failure.error;
        return Catalog();
    }
}

Catalog Catalog::withOverrides(const std::vector<SystemSpec> &entries) const
{
    std::vector<SystemSpec> merged = m_systems;
    for (const SystemSpec &entry : entries) {
        if (const auto it = m_indexById.constFind(entry.id); it != m_indexById.cend())
            merged[*it] = entry;
        else
            merged.push_back(entry);
    }
    return Catalog(std::move(merged));
}

const SystemSpec *Catalog::find(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_systems[*it];
}

SystemSpec readSystemSpec(JsonFields &fields)
{
    using Range = JsonFields::Range;
    SystemSpec spec;
    spec.id = fields.requiredString(QStringLiteral("id"));
    spec.name = fields.requiredString(QStringLiteral("name"));
    spec.vendor = fields.requiredString(QStringLiteral("vendor"));
    const QString kind = fields.requiredString(QStringLiteral("kind"));
    if (kind == QLatin1String("rack"))
        spec.kind = SystemKind::Rack;
    else if (kind == QLatin1String("gpu"))
        spec.kind = SystemKind::Gpu;
    else
        fields.fail(QStringLiteral("kind"), QCoreApplication::translate("rackline::Catalog", "\"%1\" is not \"rack\" or \"gpu\"").arg(kind));
    spec.accelerators = fields.requiredNumber(QStringLiteral("accelerators"), Range::Positive);
    spec.pflopsFp4 = fields.requiredNumber(QStringLiteral("pflops_fp4"), Range::NonNegative);
    spec.pflopsFp8 = fields.requiredNumber(QStringLiteral("pflops_fp8"), Range::NonNegative);
    spec.pflopsBf16 = fields.requiredNumber(QStringLiteral("pflops_bf16"), Range::NonNegative);
    spec.hbmTb = fields.requiredNumber(QStringLiteral("hbm_tb"), Range::NonNegative);
    spec.fastMemoryTb = fields.requiredNumber(QStringLiteral("fast_memory_tb"), Range::NonNegative);
    spec.memBwTbps = fields.requiredNumber(QStringLiteral("mem_bw_tbps"), Range::NonNegative);
    spec.powerKw = fields.requiredNumber(QStringLiteral("power_kw"), Range::NonNegative);
    spec.priceUsdM = fields.requiredNumber(QStringLiteral("price_usd_m"), Range::NonNegative);
    spec.available = fields.requiredMonth(QStringLiteral("available"));
    spec.lifetimeMonths = fields.optionalWholeNumber(QStringLiteral("lifetime_months"), 0, 100000)
                              .value_or(SystemSpec::kDefaultLifetimeMonths);
    spec.source = fields.optionalString(QStringLiteral("source"));
    spec.estimates = fields.optionalStringList(QStringLiteral("estimates"));
    spec.notes = fields.optionalString(QStringLiteral("notes"));
    spec.extra = fields.unreadFields();
    return spec;
}

} // namespace rackline
