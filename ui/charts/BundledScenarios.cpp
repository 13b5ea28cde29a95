// SPDX-License-Identifier: MIT
#include "BundledScenarios.h"

#include <ScenarioFile.h>

namespace rackline::BundledScenarios {

QString announcedPath()
{
    return QStringLiteral(":/rackline/scenarios/openai-2025.json");
}

QString midYearPath()
{
    return QStringLiteral(":/rackline/scenarios/openai-mid-2026.json");
}

QString defaultComparisonPathFor(const Scenario &scenario)
{
    static const QString midYearName = [] {
        const ScenarioLoad load = readScenarioFile(midYearPath());
        return load.ok() ? load.scenario->name : QString();
    }();
    return scenario.name == midYearName ? announcedPath() : midYearPath();
}

std::optional<Scenario> defaultComparisonFor(const Scenario &scenario)
{
    ScenarioLoad load = readScenarioFile(defaultComparisonPathFor(scenario));
    return std::move(load.scenario);
}

} // namespace rackline::BundledScenarios
