// SPDX-License-Identifier: MIT
#include "ChartSources.h"

#include <ScenarioFile.h>

#include <QCoreApplication>
#include <QSet>

namespace rackline::ChartSources {

namespace {

enum Part { Partners = 1, Systems = 2, Phases = 4, Commitments = 8 };

QString entry(const QString &what, const QString &source)
{
    return QCoreApplication::translate("rackline::ChartSources", "%1: %2").arg(what, source);
}

QStringList collect(const Scenario &scenario, int parts)
{
    QStringList entries;
    QSet<QString> seen;
    auto add = [&](const QString &what, const QString &source) {
        if (source.trimmed().isEmpty() || seen.contains(source))
            return;
        seen.insert(source);
        entries << entry(what, source.trimmed());
    };
    if (parts & Partners) {
        for (const Partner &partner : scenario.partners)
            add(partner.name, partner.source);
    }
    if (parts & Systems) {
        const Catalog catalog = effectiveCatalog(scenario);
        QSet<QString> used;
        for (const Deployment &deployment : scenario.deployments) {
            if (used.contains(deployment.system))
                continue;
            used.insert(deployment.system);
            if (const SystemSpec *system = catalog.find(deployment.system))
                add(system->name, system->source);
        }
    }
    if (parts & Phases) {
        for (const PowerPhase &phase : scenario.phases)
            add(phase.name, phase.source);
    }
    if (parts & Commitments) {
        for (const Commitment &commitment : scenario.commitments)
            add(commitment.id, commitment.source);
    }
    return entries;
}

} // namespace

QStringList forChart(ChartKind kind, const Scenario &scenario)
{
    switch (kind) {
    case ChartKind::Capacity: return collect(scenario, Partners | Systems);
    case ChartKind::Power: return collect(scenario, Partners | Systems | Phases);
    case ChartKind::Money: return collect(scenario, Systems | Phases | Commitments);
    case ChartKind::Commitments: return collect(scenario, Commitments);
    case ChartKind::Compare: return collect(scenario, Partners | Systems | Commitments);
    case ChartKind::Tornado: return collect(scenario, Partners | Systems | Phases | Commitments);
    }
    return {};
}

QStringList all(const Scenario &scenario)
{
    return collect(scenario, Partners | Systems | Phases | Commitments);
}

} // namespace rackline::ChartSources
