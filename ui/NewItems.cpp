// SPDX-License-Identifier: MIT
#include "NewItems.h"

#include "ScenarioDocument.h"

#include <QCoreApplication>

#include <cmath>

namespace rackline {

double defaultCount(double powerKw, double itMw)
{
    if (powerKw <= 0)
        return 100;
    const double raw = itMw * 1000.0 / powerKw;
    if (raw < 10)
        return std::max(1.0, std::round(raw));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 1);
    return std::round(raw / magnitude) * magnitude;
}

Deployment makeDeployment(const ScenarioDocument &document, const QString &systemId, const QString &partner,
                          YearMonth start)
{
    Deployment d;
    d.system = systemId;
    d.partner = partner;
    d.id = document.uniqueDeploymentId(systemId);
    d.start = start;
    d.rampMonths = 6;
    const SystemSpec *spec = document.system(systemId);
    d.count = defaultCount(spec ? spec->powerKw : 0);

    const std::vector<int> commitments = document.commitmentsOf(partner);
    if (commitments.size() == 1)
        d.commitment = document.scenario().commitments[size_t(commitments.front())].id;

    const YearMonth rampEnd = start.plusMonths(d.rampMonths);
    const PowerPhase *best = nullptr;
    for (const PowerPhase &phase : document.scenario().phases) {
        if (phase.partner == partner && phase.online <= rampEnd && (!best || best->online < phase.online))
            best = &phase;
    }
    if (best)
        d.phase = best->id;
    return d;
}

PowerPhase makePhase(const ScenarioDocument &document, const QString &partner, YearMonth online)
{
    PowerPhase phase;
    phase.id = document.uniquePhaseId(partner.isEmpty() ? QStringLiteral("phase") : partner + QStringLiteral("-phase"));
    phase.name = QCoreApplication::translate("NewItems", "New power phase");
    phase.partner = partner;
    phase.capacityMw = 500;
    phase.online = online;
    phase.rampMonths = 12;
    return phase;
}

} // namespace rackline
