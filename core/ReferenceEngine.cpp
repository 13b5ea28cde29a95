// SPDX-License-Identifier: MIT
#include "ReferenceEngine.h"

#include <QHash>

#include <cmath>

namespace rackline {

double rampFraction(int m, int s, int r)
{
    if (m < s)
        return 0;
    if (r == 0)
        return 1;
    return std::min(1.0, double(m - s + 1) / r);
}

ReferenceResults computeReference(const Scenario &scenario, const Catalog &baseCatalog)
{
    const Catalog catalog = baseCatalog.withOverrides(scenario.catalog);
    const Timeline &timeline = scenario.timeline;
    const int T = timeline.months;
    const Assumptions &a = scenario.assumptions;

    QHash<QString, int> partnerIndex;
    for (size_t p = 0; p < scenario.partners.size(); ++p)
        partnerIndex.insert(scenario.partners[p].id, int(p));
    QHash<QString, const PowerPhase *> phaseById;
    for (const PowerPhase &phase : scenario.phases)
        phaseById.insert(phase.id, &phase);

    ReferenceResults results;
    results.totals = MetricTable::Zero(T, kMetricCount);
    results.partners.assign(scenario.partners.size(), MetricTable::Zero(T, kMetricCount));
    auto add = [&](int partner, int m, Metric metric, double value) {
        results.totals(m, int(metric)) += value;
        if (partner >= 0)
            results.partners[size_t(partner)](m, int(metric)) += value;
    };

    // Ids resolved once, as a spreadsheet's references are; the loops below are the formulas.
    struct Resolved {
        const SystemSpec *spec;
        int partner, start, lifetime, commitment;
        double pue;
    };
    QHash<QString, int> commitmentIndex;
    for (size_t c = 0; c < scenario.commitments.size(); ++c)
        commitmentIndex.insert(scenario.commitments[c].id, int(c));
    std::vector<Resolved> resolved;
    for (const Deployment &d : scenario.deployments) {
        const SystemSpec *spec = catalog.find(d.system);
        const PowerPhase *phase = d.phase.isEmpty() ? nullptr : phaseById.value(d.phase);
        const int delay = a.delayMonths(d.partner, d.system);
        resolved.push_back({spec, partnerIndex.value(d.partner, -1), timeline.indexOf(d.start) + delay,
                            d.lifetimeMonths.value_or(spec->lifetimeMonths),
                            d.commitment.isEmpty() ? -1 : commitmentIndex.value(d.commitment, -1),
                            phase ? phase->pue.value_or(a.effectivePue()) : a.effectivePue()});
    }
    // deployed_gw_c(m) of MODEL.md, for the tranches.
    std::vector<std::vector<double>> deployedGw(scenario.commitments.size(), std::vector<double>(size_t(T), 0.0));

    for (int m = 0; m < T; ++m) {
        for (size_t i = 0; i < scenario.deployments.size(); ++i) {
            const Deployment &d = scenario.deployments[i];
            const Resolved &x = resolved[i];
            const SystemSpec *spec = x.spec;
            const int p = x.partner;
            const int s = x.start;
            const int r = d.rampMonths;
            const int L = x.lifetime;
            const double f = (L == 0 || m < s + L) ? rampFraction(m, s, r) : 0.0;
            const double u = d.count * f;
            add(p, m, Metric::Accelerators, u * spec->accelerators);
            add(p, m, Metric::PflopsFp4, u * spec->pflopsFp4);
            add(p, m, Metric::PflopsFp8, u * spec->pflopsFp8);
            add(p, m, Metric::PflopsBf16, u * spec->pflopsBf16);
            add(p, m, Metric::HbmTb, u * spec->hbmTb);
            add(p, m, Metric::FastMemoryTb, u * spec->fastMemoryTb);
            add(p, m, Metric::MemBwTbps, u * spec->memBwTbps);
            add(p, m, Metric::ItPowerMw, u * spec->powerKw / 1000);
            add(p, m, Metric::FacilityPowerMw, u * spec->powerKw / 1000 * x.pue);
            add(p, m, Metric::HardwareCapexUsdB,
                d.count * spec->priceUsdM * a.priceMultiplier(spec->vendor) / 1000
                    * (rampFraction(m, s, r) - rampFraction(m - 1, s, r)));
            if (x.commitment >= 0)
                deployedGw[size_t(x.commitment)][size_t(m)] += u * spec->powerKw / 1000 * x.pue / 1000;
        }
        for (const PowerPhase &phase : scenario.phases) {
            const int p = partnerIndex.value(phase.partner, -1);
            const int s = timeline.indexOf(phase.online);
            add(p, m, Metric::AvailablePowerMw, phase.capacityMw * rampFraction(m, s, phase.rampMonths));
            add(p, m, Metric::FacilityCapexUsdB,
                phase.capacityMw / 1000 * a.effectiveFacilityCapexUsdBPerGw()
                    * (rampFraction(m, s, phase.rampMonths) - rampFraction(m - 1, s, phase.rampMonths)));
        }
    }
    for (size_t c = 0; c < scenario.commitments.size(); ++c) {
        const Commitment &commitment = scenario.commitments[c];
        const int p = partnerIndex.value(commitment.partner, -1);
        const int s = timeline.indexOf(commitment.start);
        double G = 0; // G_c(m): the largest deployed GW at any month k <= m
        for (int m = 0; m < T; ++m) {
            G = std::max(G, deployedGw[c][size_t(m)]);
            if (commitment.kind != CommitmentKind::Investment) {
                if (s <= m && m < s + commitment.months)
                    add(p, m, Metric::ContractedSpendUsdB, commitment.totalUsdB / commitment.months);
            } else if (m >= s) {
                const double perGw = a.tranchePerGwUsdB.value_or(commitment.tranche ? commitment.tranche->perGwUsdB : 0);
                const double released = commitment.tranche
                    ? std::min(commitment.tranche->capUsdB.value_or(commitment.totalUsdB),
                               commitment.tranche->firstUsdB + perGw * std::floor(G + 1e-9))
                    : commitment.totalUsdB;
                add(p, m, Metric::TranchesReleasedUsdB, released);
            }
        }
    }

    auto derive = [&](MetricTable &table) {
        double cumulative = 0;
        for (int m = 0; m < T; ++m) {
            table(m, int(Metric::CapexUsdB)) =
                table(m, int(Metric::HardwareCapexUsdB)) + table(m, int(Metric::FacilityCapexUsdB));
            cumulative += table(m, int(Metric::CapexUsdB));
            table(m, int(Metric::CumulativeCapexUsdB)) = cumulative;
            table(m, int(Metric::EnergyUsdB)) =
                table(m, int(Metric::FacilityPowerMw)) * 730 * a.effectiveEnergyUsdPerMwh() / 1e9;
        }
    };
    derive(results.totals);
    for (MetricTable &table : results.partners)
        derive(table);
    return results;
}

} // namespace rackline
