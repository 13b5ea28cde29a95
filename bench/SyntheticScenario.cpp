// SPDX-License-Identifier: MIT
#include "SyntheticScenario.h"

#include "Catalog.h"

#include <random>

namespace rackline::bench {

Scenario makeSyntheticScenario(int deploymentCount, int months, unsigned seed)
{
    std::mt19937 random(seed);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };

    Scenario scenario;
    scenario.name = QStringLiteral("Synthetic %1 deployments").arg(deploymentCount);
    scenario.timeline = {YearMonth{2025, 1}, months, {}};
    const QStringList partners = {QStringLiteral("nvidia"), QStringLiteral("aws"),    QStringLiteral("oracle"),
                                  QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("amd"),
                                  QStringLiteral("coreweave"), QStringLiteral("broadcom")};
    for (const QString &id : partners)
        scenario.partners.push_back({id, id.toUpper(), QString(), QString(), {}});

    for (int p = 0; p < 12; ++p) {
        PowerPhase phase;
        phase.id = QStringLiteral("phase-%1").arg(p);
        phase.name = QStringLiteral("Campus %1").arg(p);
        phase.partner = p < 10 ? partners[p % partners.size()] : QString(); // two belong to no partner
        phase.capacityMw = 500.0 * uniform(1, 6);
        phase.online = scenario.timeline.monthAt(uniform(-12, months / 2));
        phase.rampMonths = uniform(0, 18);
        if (p % 3 == 0)
            phase.pue = 1.1 + 0.05 * uniform(0, 4);
        scenario.phases.push_back(phase);
    }

    const CommitmentKind kinds[] = {CommitmentKind::Investment, CommitmentKind::Cloud, CommitmentKind::Purchase};
    for (int c = 0; c < 8; ++c) {
        Commitment commitment;
        commitment.id = QStringLiteral("deal-%1").arg(c);
        commitment.partner = partners[c % partners.size()];
        commitment.kind = kinds[c % 3];
        commitment.totalUsdB = 10.0 * uniform(1, 30);
        commitment.start = scenario.timeline.monthAt(uniform(-6, months / 2));
        commitment.months = uniform(12, 96);
        if (commitment.kind == CommitmentKind::Investment)
            commitment.tranche = Tranche{0, 10, commitment.totalUsdB, {}};
        scenario.commitments.push_back(commitment);
    }

    const auto &systems = Catalog::builtIn().systems();
    scenario.deployments.reserve(size_t(deploymentCount));
    for (int d = 0; d < deploymentCount; ++d) {
        Deployment deployment;
        deployment.id = QStringLiteral("d%1").arg(d);
        deployment.system = systems[size_t(uniform(0, int(systems.size()) - 1))].id;
        deployment.partner = partners[uniform(0, int(partners.size()) - 1)];
        deployment.count = uniform(1, 2000);
        deployment.start = scenario.timeline.monthAt(uniform(-24, months - 1));
        deployment.rampMonths = uniform(0, 18);
        if (uniform(0, 3) == 0)
            deployment.lifetimeMonths = uniform(0, 96);
        if (uniform(0, 1) == 0)
            deployment.phase = scenario.phases[size_t(uniform(0, 11))].id;
        if (uniform(0, 2) == 0)
            deployment.commitment = scenario.commitments[size_t(uniform(0, 7))].id;
        scenario.deployments.push_back(deployment);
    }
    return scenario;
}

} // namespace rackline::bench
