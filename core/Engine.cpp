// SPDX-License-Identifier: MIT
#include "Engine.h"

#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rackline {

namespace {

constexpr int kHardwareColumn = static_cast<int>(Metric::HardwareCapexUsdB);
/// The leading columns that deployments fill: accelerators .. facility_power_mw.
constexpr int kDeploymentColumns = static_cast<int>(Metric::FacilityPowerMw) + 1;
constexpr double kHoursPerMonth = 730;
constexpr double kTrancheEpsilon = 1e-9; // MODEL.md: floor(G + 1e-9)

int col(Metric metric)
{
    return static_cast<int>(metric);
}

template<bool Remove, typename Series>
[[gnu::always_inline]] inline void addOrRemove(Series &series, const RampKnots &knots, const typename Series::Vector &amount)
{
    if constexpr (Remove)
        series.remove(knots, amount);
    else
        series.add(knots, amount);
}

/// Where a unit series is evaluated: rows 0-2 straight into their matrices' columns (no
/// scratch copy), row 3 (padding) nowhere.
struct UnitColumns {
    double *units, *facilityUnits, *hardwareUnits;
    double padding = 0;
    double &operator()(int row, int month)
    {
        switch (row) {
        case 0: return units[month];
        case 1: return facilityUnits[month];
        case 2: return hardwareUnits[month];
        default: return padding;
        }
    }
};

int clampToWindow(long long month, int months)
{
    return int(std::clamp<long long>(month, 0, months));
}

} // namespace

void Engine::setScenario(const Scenario &scenario, const Catalog &baseCatalog, Detail detail)
{
    m_detail = detail;
    const Catalog catalog = baseCatalog.withOverrides(scenario.catalog);
    m_months = scenario.timeline.months;
    m_start = scenario.timeline.start;
    m_defaultPue = scenario.assumptions.effectivePue();
    m_energyUsdPerMwh = scenario.assumptions.effectiveEnergyUsdPerMwh();
    m_facilityCapexPerGw = scenario.assumptions.effectiveFacilityCapexUsdBPerGw();
    m_delayByPartner = scenario.assumptions.delayMonthsByPartner;
    m_delayBySystem = scenario.assumptions.delayMonthsBySystem;

    m_partnerIds.clear();
    m_partnerIndex.clear();
    for (const Partner &partner : scenario.partners) {
        m_partnerIndex.insert(partner.id, int(m_partnerIds.size()));
        m_partnerIds << partner.id;
    }

    m_systems.clear();
    m_systemIndex.clear();
    const int systemCount = int(catalog.systems().size());
    m_metricsPerUnit.resize(systemCount, kUnitMetrics);
    m_itMwPerUnit.resize(systemCount);
    m_priceUsdB.resize(systemCount);
    for (const SystemSpec &spec : catalog.systems()) {
        const int system = int(m_systems.size());
        m_metricsPerUnit.row(system) << spec.accelerators, spec.pflopsFp4, spec.pflopsFp8, spec.pflopsBf16,
            spec.hbmTb, spec.fastMemoryTb, spec.memBwTbps, spec.powerKw / 1000.0;
        m_itMwPerUnit[system] = spec.powerKw / 1000.0;
        m_priceUsdB[system] = spec.priceUsdM / 1000.0 * scenario.assumptions.priceMultiplier(spec.vendor);
        m_systemIndex.insert(spec.id, system);
        m_systems.push_back({spec.lifetimeMonths, spec.available});
    }

    m_phases.clear();
    m_phaseIndex.clear();
    m_hasUnassignedPhases = false;
    for (const PowerPhase &source : scenario.phases) {
        Phase phase;
        phase.partner = m_partnerIndex.value(source.partner, -1);
        m_hasUnassignedPhases |= phase.partner < 0;
        phase.capacityMw = source.capacityMw;
        phase.pue = source.pue.value_or(m_defaultPue);
        phase.shape = {source.online.monthsSince(m_start), source.rampMonths, 0};
        // Available power and facility capex of a phase are fixed by its own fields: its
        // capacity as it comes online, and the facility capex paid as it does.
        RampSeries<2, 1> supply;
        supply.reset(m_months);
        supply.add(phase.shape.knots(m_months), {phase.capacityMw, phase.capacityMw / 1000.0 * m_facilityCapexPerGw});
        Eigen::Matrix<double, 2, Eigen::Dynamic> values(2, m_months);
        supply.evaluate(values);
        phase.availableMw = values.row(0).transpose();
        phase.facilityCapex = values.row(1).transpose();
        m_phaseIndex.insert(source.id, int(m_phases.size()));
        m_phases.push_back(std::move(phase));
    }

    m_metricsPerUnitAtPue.clear();
    for (int pueSlot = 0; pueSlot <= phaseCount(); ++pueSlot) {
        const double pue = pueSlot == 0 ? m_defaultPue : m_phases[size_t(pueSlot - 1)].pue;
        for (int system = 0; system < systemCount; ++system) {
            MetricVector perUnit;
            perUnit << m_metricsPerUnit.row(system).transpose(), m_itMwPerUnit[system] * pue, m_priceUsdB[system];
            m_metricsPerUnitAtPue.push_back(perUnit);
        }
    }

    m_commitments.clear();
    m_commitmentIndex.clear();
    for (const Commitment &source : scenario.commitments) {
        CommitmentState state;
        state.partner = m_partnerIndex.value(source.partner, -1);
        state.kind = source.kind;
        state.totalUsdB = source.totalUsdB;
        state.start = source.start.monthsSince(m_start);
        state.months = source.months;
        state.tranche = source.tranche;
        if (state.tranche && scenario.assumptions.tranchePerGwUsdB)
            state.tranche->perGwUsdB = *scenario.assumptions.tranchePerGwUsdB;
        m_commitmentIndex.insert(source.id, int(m_commitments.size()));
        m_commitments.push_back(std::move(state));
    }

    std::vector<CompiledDeployment> compiled;
    compiled.reserve(scenario.deployments.size());
    for (const Deployment &deployment : scenario.deployments)
        compiled.push_back(compile(deployment));
    // Stored grouped by partner, then system, then phase, then commitment: a full
    // recompute then adds into the same few series for long runs, which stay in the L1
    // cache, and its "has a phase / a commitment" branches are predicted (in the plan's
    // order they are coin tosses). Measured: a fifth of a 100k recompute.
    const std::vector<int> order = groupedOrder(compiled);
    m_deployments.resize(compiled.size());
    m_slotOf.resize(compiled.size());
    for (size_t slot = 0; slot < order.size(); ++slot) {
        m_slotOf[size_t(order[slot])] = int(slot);
        m_deployments[slot] = compiled[size_t(order[slot])];
    }
    choosePartnerForms();

    recompute();
}

void Engine::choosePartnerForms()
{
    std::vector<int> deployments(m_partnerIds.size(), 0);
    for (const CompiledDeployment &d : m_deployments) {
        if (d.partner >= 0)
            ++deployments[size_t(d.partner)];
    }
    // Measured (BM_Recompute, 8 partners, 17 systems, 240 months): units save about 5 ns a
    // deployment and cost about 27 us a partner to evaluate and expand, so they pay from
    // about systems x months deployments a partner on (100,000 in all, not 10,000).
    const long long unitsFrom = (long long)m_systems.size() * m_months;
    const auto byUnits = [&](long long count) {
        return m_partnerForm == PartnerForm::Units || (m_partnerForm == PartnerForm::BySize && count >= unitsFrom);
    };
    m_partners.assign(m_partnerIds.size(), DeploymentSums{});
    for (size_t p = 0; p < m_partners.size(); ++p)
        m_partners[p].byUnits = byUnits(deployments[p]);
    m_allPartners = DeploymentSums{};
    m_allPartners.byUnits = byUnits(std::accumulate(deployments.begin(), deployments.end(), 0LL));
}

std::vector<int> Engine::groupedOrder(const std::vector<CompiledDeployment> &compiled) const
{
    std::vector<int> order(compiled.size()), sorted(compiled.size());
    std::iota(order.begin(), order.end(), 0);
    // A stable counting sort per key, the least significant first (LSD radix): O(n + keys)
    // each. Keys are shifted by one so that "none" (-1) sorts first.
    const auto sortBy = [&](auto key, size_t keyCount) {
        std::vector<int> next(keyCount + 1, 0);
        for (const int i : order)
            ++next[size_t(key(compiled[size_t(i)]) + 1)];
        std::partial_sum(next.begin(), next.end(), next.begin());
        for (const int i : order)
            sorted[size_t(next[size_t(key(compiled[size_t(i)]))]++)] = i;
        order.swap(sorted);
    };
    sortBy([](const CompiledDeployment &d) { return d.commitment + 1; }, m_commitments.size() + 1);
    sortBy([](const CompiledDeployment &d) { return d.phase + 1; }, m_phases.size() + 1);
    sortBy([](const CompiledDeployment &d) { return d.system + 1; }, m_systems.size() + 1);
    sortBy([](const CompiledDeployment &d) { return d.partner + 1; }, size_t(m_partnerIds.size()) + 1);
    return order;
}

Engine::CompiledDeployment Engine::compile(const Deployment &deployment) const
{
    CompiledDeployment compiled;
    const int system = m_systemIndex.value(deployment.system, -1);
    const int partner = m_partnerIndex.value(deployment.partner, -1);
    if (system < 0 || partner < 0) {
        qWarning("Rackline engine: deployment %s names an unknown system or partner; ignored",
                 qPrintable(deployment.id));
        return compiled;
    }
    const SystemRef &ref = m_systems[size_t(system)];
    compiled.count = deployment.count;
    compiled.partner = partner;
    compiled.system = system;
    compiled.phase = deployment.phase.isEmpty() ? -1 : m_phaseIndex.value(deployment.phase, -1);
    compiled.commitment = deployment.commitment.isEmpty() ? -1 : m_commitmentIndex.value(deployment.commitment, -1);
    // A delay assumption moves the deployment as if it had been placed later: its warnings
    // (before its system ships) follow the delayed start too.
    const int delay = m_delayByPartner.value(deployment.partner, 0) + m_delayBySystem.value(deployment.system, 0);
    const YearMonth start = deployment.start.plusMonths(delay);
    compiled.shape = {start.monthsSince(m_start), deployment.rampMonths, deployment.lifetimeMonths.value_or(ref.lifetime)};
    compiled.monthsEarly = std::max(0, ref.available.monthsSince(start));
    compiled.pue = compiled.phase >= 0 ? m_phases[size_t(compiled.phase)].pue : m_defaultPue;
    return compiled;
}

template<bool Remove>
void Engine::addKnots(const CompiledDeployment &d)
{
    if (d.partner < 0)
        return;
    const RampKnots knots = d.shape.knots(m_months);
    addToSums<Remove>(m_detail == Detail::TotalsOnly ? m_allPartners : m_partners[size_t(d.partner)], d, knots, 1.0);
    const double facilityMw = d.count * d.pue * m_itMwPerUnit[d.system];
    if (d.phase >= 0)
        addOrRemove<Remove>(m_phases[size_t(d.phase)].load, knots, LoadSeries::Vector{facilityMw});
    if (d.commitment >= 0) {
        addOrRemove<Remove>(m_commitments[size_t(d.commitment)].deployed, knots,
                            CommitmentSeries::Vector{facilityMw, d.count * m_priceUsdB[d.system]});
    }
}

// Inlined: it is in the inner loop of every full recompute.
template<bool Remove>
[[gnu::always_inline]] inline void Engine::addToSums(DeploymentSums &sums, const CompiledDeployment &d,
                                                     const RampKnots &knots, double priceFactor)
{
    if (!sums.byUnits) {
        const size_t perUnit = size_t(d.phase + 1) * m_systems.size() + size_t(d.system);
        MetricVector amount = d.count * m_metricsPerUnitAtPue[perUnit];
        if (priceFactor != 1.0) // a Monte Carlo sample only
            amount[kMetricRows - 1] *= priceFactor;
        addOrRemove<Remove>(sums.metrics, knots, amount);
        return;
    }
    UnitSeries &series = sums.units.series[size_t(d.system)];
    addOrRemove<Remove>(series, knots, UnitSeries::Vector{d.count, d.count * d.pue, d.count * priceFactor, d.count * priceFactor});
    int &deployments = sums.units.deployments[size_t(d.system)];
    deployments += Remove ? -1 : +1;
    if (Remove && deployments == 0)
        series.reset(m_months); // none left: the rounding their removals left behind goes, exactly
}

void Engine::resetSums(DeploymentSums &sums) const
{
    if (!sums.byUnits) {
        sums.metrics.reset(m_months);
        return;
    }
    UnitsBySystem &bySystem = sums.units;
    const size_t systems = m_systems.size();
    bySystem.series.resize(systems);
    for (UnitSeries &series : bySystem.series)
        series.reset(m_months);
    bySystem.deployments.assign(systems, 0);
    // Not zeroed: evaluateUnits() writes every column before it is read.
    bySystem.units.resize(m_months, Eigen::Index(systems));
    bySystem.facilityUnits.resize(m_months, Eigen::Index(systems));
    bySystem.hardwareUnits.resize(m_months, Eigen::Index(systems));
}

void Engine::evaluateUnits(UnitsBySystem &bySystem, int system)
{
    UnitSeries &series = bySystem.series[size_t(system)];
    if (bySystem.deployments[size_t(system)] == 0) {
        bySystem.units.col(system).setZero();
        bySystem.facilityUnits.col(system).setZero();
        bySystem.hardwareUnits.col(system).setZero();
        return;
    }
    series.evaluate(UnitColumns{bySystem.units.col(system).data(), bySystem.facilityUnits.col(system).data(),
                                bySystem.hardwareUnits.col(system).data()});
}

void Engine::evaluateAllSystems(DeploymentSums &sums)
{
    for (int system = 0; sums.byUnits && system < int(m_systems.size()); ++system)
        evaluateUnits(sums.units, system);
}

void Engine::writeSums(DeploymentSums &sums, MetricTable &table, int from, int to)
{
    if (!sums.byUnits) {
        m_metricScratch.resize(kMetricRows, m_months);
        sums.metrics.evaluate(m_metricScratch);
        table.leftCols(kDeploymentColumns) = m_metricScratch.topRows(kDeploymentColumns).transpose();
        table.col(kHardwareColumn) = m_metricScratch.row(kMetricRows - 1).transpose();
        return;
    }
    if (from >= to)
        return;
    const UnitsBySystem &bySystem = sums.units;
    const int length = to - from;
    // Exactly 0 where every system's units are: a sum of products of zeros.
    table.block(from, 0, length, kUnitMetrics).noalias() = bySystem.units.middleRows(from, length) * m_metricsPerUnit;
    table.col(col(Metric::FacilityPowerMw)).segment(from, length).noalias() =
        bySystem.facilityUnits.middleRows(from, length) * m_itMwPerUnit;
    table.col(kHardwareColumn).segment(from, length).noalias() =
        bySystem.hardwareUnits.middleRows(from, length) * m_priceUsdB;
}

void Engine::evaluateLoad(Phase &phase)
{
    phase.loadMw.resize(m_months);
    phase.load.evaluate(Eigen::Map<Eigen::RowVectorXd>(phase.loadMw.data(), m_months));
}

void Engine::evaluateCommitment(CommitmentState &c)
{
    m_commitmentScratch.resize(2, m_months);
    c.deployed.evaluate(m_commitmentScratch);
    c.deployedGw = m_commitmentScratch.row(0).transpose() / 1000.0;
    c.hardwareCapex = m_commitmentScratch.row(1).transpose();
    c.released.setZero(m_months);
    if (c.kind != CommitmentKind::Investment)
        return;
    // Tranches are never taken back: the release follows the largest GW reached so far.
    double peakGw = 0;
    for (int m = 0; m < m_months; ++m) {
        peakGw = std::max(peakGw, c.deployedGw[m]);
        if (m < c.start)
            continue;
        if (c.tranche) {
            const double cap = c.tranche->capUsdB.value_or(c.totalUsdB);
            c.released[m] = std::min(cap, c.tranche->firstUsdB + c.tranche->perGwUsdB * std::floor(peakGw + kTrancheEpsilon));
        } else {
            c.released[m] = c.totalUsdB;
        }
    }
}

void Engine::evaluatePartner(int partner, int from, int to)
{
    MetricTable &table = m_partnerTables[size_t(partner)];
    writeSums(m_partners[size_t(partner)], table, from, to);
    fillDerivedColumns(table, from);
}

void Engine::fillDerivedColumns(MetricTable &table, int from) const
{
    if (from >= m_months)
        return;
    const int length = m_months - from;
    table.col(col(Metric::CapexUsdB)).segment(from, length) =
        table.col(kHardwareColumn).segment(from, length) + table.col(col(Metric::FacilityCapexUsdB)).segment(from, length);
    auto cumulative = table.col(col(Metric::CumulativeCapexUsdB));
    double running = from > 0 ? cumulative[from - 1] : 0.0;
    for (int m = from; m < m_months; ++m) {
        running += table(m, col(Metric::CapexUsdB));
        cumulative[m] = running;
    }
    table.col(col(Metric::EnergyUsdB)).segment(from, length) =
        table.col(col(Metric::FacilityPowerMw)).segment(from, length) * (kHoursPerMonth * m_energyUsdPerMwh / 1e9);
}

void Engine::fillTranchesColumn(int partner)
{
    auto tranches = m_partnerTables[size_t(partner)].col(col(Metric::TranchesReleasedUsdB));
    tranches.setZero();
    for (const CommitmentState &c : m_commitments) {
        if (c.partner == partner && c.kind == CommitmentKind::Investment)
            tranches += c.released;
    }
}

void Engine::sumTotals(int from, int to, bool tranches)
{
    if (from < to) {
        const int length = to - from;
        auto deployed = m_totals.block(from, 0, length, kDeploymentColumns);
        auto hardware = m_totals.col(kHardwareColumn).segment(from, length);
        deployed.setZero();
        hardware.setZero();
        for (const MetricTable &table : m_partnerTables) {
            deployed += table.block(from, 0, length, kDeploymentColumns);
            hardware += table.col(kHardwareColumn).segment(from, length);
        }
    }
    if (tranches) {
        auto column = m_totals.col(col(Metric::TranchesReleasedUsdB));
        column.setZero();
        for (const MetricTable &table : m_partnerTables)
            column += table.col(col(Metric::TranchesReleasedUsdB));
    }
    fillDerivedColumns(m_totals, std::min(from, m_months));
}

void Engine::recompute()
{
    // Under TotalsOnly the partners' sums stay empty and unread: their deployments go to
    // m_allPartners.
    if (m_detail == Detail::TotalsOnly) {
        resetSums(m_allPartners);
    } else {
        for (DeploymentSums &partner : m_partners)
            resetSums(partner);
    }
    for (Phase &phase : m_phases)
        phase.load.reset(m_months);
    for (CommitmentState &c : m_commitments)
        c.deployed.reset(m_months);
    int beforeAvailable = 0;
    for (const CompiledDeployment &d : m_deployments) {
        addKnots<false>(d);
        beforeAvailable += d.monthsEarly > 0;
    }
    m_beforeAvailableCount = beforeAvailable;
    for (Phase &phase : m_phases)
        evaluateLoad(phase);
    for (CommitmentState &c : m_commitments)
        evaluateCommitment(c);

    // Reused between recomputes (Monte Carlo runs thousands): zeroed, not reallocated.
    m_partnerTables.resize(m_partnerIds.size());
    for (MetricTable &table : m_partnerTables)
        table.setZero(m_months, kMetricCount);
    m_unassigned.setZero(m_months, kMetricCount);
    m_totals.setZero(m_months, kMetricCount);

    // Power supply by the phase's partner, contracted spend and tranches by the commitment's.
    for (const Phase &phase : m_phases) {
        MetricTable &table = phase.partner >= 0 ? m_partnerTables[size_t(phase.partner)] : m_unassigned;
        table.col(col(Metric::AvailablePowerMw)) += phase.availableMw;
        table.col(col(Metric::FacilityCapexUsdB)) += phase.facilityCapex;
    }
    for (const CommitmentState &c : m_commitments) {
        if (c.kind == CommitmentKind::Investment || c.partner < 0)
            continue;
        const int from = clampToWindow(c.start, m_months);
        const int to = clampToWindow((long long)c.start + c.months, m_months);
        m_partnerTables[size_t(c.partner)].col(col(Metric::ContractedSpendUsdB)).segment(from, to - from).array() +=
            c.totalUsdB / c.months;
    }
    for (int p = 0; p < partnerCount(); ++p) {
        fillTranchesColumn(p);
        if (m_detail == Detail::TotalsOnly) {
            fillDerivedColumns(m_partnerTables[size_t(p)], 0);
            continue;
        }
        evaluateAllSystems(m_partners[size_t(p)]);
        evaluatePartner(p, 0, m_months);
    }
    fillDerivedColumns(m_unassigned, 0);

    // Supply and spend columns do not change on the one-item path: summed once here.
    for (const MetricTable &table : m_partnerTables) {
        for (const Metric metric : {Metric::AvailablePowerMw, Metric::FacilityCapexUsdB, Metric::ContractedSpendUsdB})
            m_totals.col(col(metric)) += table.col(col(metric));
    }
    for (const Metric metric : {Metric::AvailablePowerMw, Metric::FacilityCapexUsdB})
        m_totals.col(col(metric)) += m_unassigned.col(col(metric));
    sumTotals(0, m_months, true);
    if (m_detail == Detail::TotalsOnly) {
        evaluateAllSystems(m_allPartners);
        writeSums(m_allPartners, m_totals, 0, m_months);
        fillDerivedColumns(m_totals, 0);
    }
}

void Engine::recomputeSample(const std::vector<int> &startShift, const std::vector<double> &priceFactor)
{
    // A sample is read through the totals only: every partner's deployments go to one
    // set of series, and the phases' loads (read by the warnings) and the commitments that
    // release no tranches are left as the plan has them.
    resetSums(m_allPartners);
    for (CommitmentState &c : m_commitments) {
        if (c.kind == CommitmentKind::Investment)
            c.deployed.reset(m_months);
    }
    for (size_t i = 0; i < m_slotOf.size(); ++i) {
        CompiledDeployment d = m_deployments[size_t(m_slotOf[i])];
        if (d.partner < 0)
            continue;
        d.shape.start += startShift[i];
        const RampKnots knots = d.shape.knots(m_months);
        addToSums<false>(m_allPartners, d, knots, priceFactor[i]);
        if (d.commitment >= 0 && m_commitments[size_t(d.commitment)].kind == CommitmentKind::Investment) {
            m_commitments[size_t(d.commitment)].deployed.add(
                knots, CommitmentSeries::Vector{d.count * d.pue * m_itMwPerUnit[d.system],
                                                d.count * priceFactor[i] * m_priceUsdB[d.system]});
        }
    }
    auto tranches = m_totals.col(col(Metric::TranchesReleasedUsdB));
    tranches.setZero();
    for (CommitmentState &c : m_commitments) {
        if (c.kind != CommitmentKind::Investment)
            continue;
        evaluateCommitment(c);
        if (c.partner >= 0)
            tranches += c.released;
    }
    evaluateAllSystems(m_allPartners);
    writeSums(m_allPartners, m_totals, 0, m_months);
    fillDerivedColumns(m_totals, 0);
}

void Engine::applyChange(const CompiledDeployment *before, const CompiledDeployment *after)
{
    int from = m_months, to = 0;
    int partners[2] = {-1, -1}, systems[2] = {-1, -1}, phases[2] = {-1, -1}, commitments[2] = {-1, -1};
    const CompiledDeployment *sides[2] = {before, after};
    for (int side = 0; side < 2; ++side) {
        const CompiledDeployment *d = sides[side];
        if (!d || d->partner < 0)
            continue;
        const auto [first, last] = d->shape.touchedMonths(m_months);
        from = std::min(from, first);
        to = std::max(to, last);
        partners[side] = d->partner;
        systems[side] = d->system;
        phases[side] = d->phase;
        commitments[side] = d->commitment;
        if (side == 0) // remove the before side, add the after side
            addKnots<true>(*d);
        else
            addKnots<false>(*d);
        m_beforeAvailableCount += (d->monthsEarly > 0) * (side == 0 ? -1 : +1);
    }

    // Each side's partner, phase and commitment is re-evaluated once, even when both
    // sides share it (a move along time keeps all three).
    bool tranchesChanged = false;
    for (int side = 0; side < 2; ++side) {
        const bool repeat = side == 1;
        if (phases[side] >= 0 && !(repeat && phases[1] == phases[0])) {
            evaluateLoad(m_phases[size_t(phases[side])]);
        }
        if (commitments[side] >= 0 && !(repeat && commitments[1] == commitments[0])) {
            CommitmentState &c = m_commitments[size_t(commitments[side])];
            evaluateCommitment(c);
            if (c.kind == CommitmentKind::Investment && c.partner >= 0) {
                fillTranchesColumn(c.partner);
                tranchesChanged = true;
            }
        }
    }
    for (int side = 0; side < 2; ++side) {
        const bool samePartner = side == 1 && partners[1] == partners[0];
        if (partners[side] >= 0 && m_partners[size_t(partners[side])].byUnits && !(samePartner && systems[1] == systems[0]))
            evaluateUnits(m_partners[size_t(partners[side])].units, systems[side]);
    }
    for (int side = 0; side < 2; ++side) {
        if (partners[side] >= 0 && !(side == 1 && partners[1] == partners[0]))
            evaluatePartner(partners[side], from, to);
    }
    sumTotals(from, to, tranchesChanged);
}

void Engine::updateDeployment(int index, const Deployment &updated)
{
    CompiledDeployment &slot = deploymentAt(index);
    const CompiledDeployment before = slot;
    slot = compile(updated);
    const CompiledDeployment after = slot;
    applyChange(&before, &after);
}

void Engine::addDeployment(const Deployment &deployment)
{
    m_slotOf.push_back(int(m_deployments.size()));
    m_deployments.push_back(compile(deployment));
    const CompiledDeployment added = m_deployments.back();
    applyChange(nullptr, &added);
}

void Engine::removeDeployment(int index)
{
    // The slot stays, empty (ignored like an unknown system), until the next setScenario().
    CompiledDeployment &slot = deploymentAt(index);
    const CompiledDeployment removed = slot;
    slot = CompiledDeployment{};
    m_slotOf.erase(m_slotOf.begin() + index);
    applyChange(&removed, nullptr);
}

} // namespace rackline
