// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "MetricTable.h"
#include "RampSeries.h"
#include "Scenario.h"

#include <QHash>

#include <Eigen/Core>

#include <vector>

namespace rackline {

/// Computes every metric of MODEL.md per month, in total and per partner.
///
/// Two paths give the same numbers (a test checks it on random scenarios):
/// - recompute(): the whole scenario. A deployment changes the totals only at a few
///   months (start, end of ramp, retirement), so each one adds four knots to its
///   partner's sums (DeploymentSums: its metrics, or its units by system for big partners),
///   and the cost is O(deployments + partners x months), not O(deployments x months x metrics).
/// - updateDeployment(): one item changed (a mouse move in the editor). It removes the old
///   knots, adds the new ones and re-evaluates only the partner, phase and commitment that
///   the item touches, and the totals over the months it touches.
///
/// The engine resolves ids to indices once (setScenario); phases, commitments and
/// assumptions are few, so a change to them goes through setScenario() again.
class Engine
{
public:
    Engine() = default;

    /// What a recompute fills: every table, or only totals() (the partner tables then hold
    /// supply, spend and tranches but no deployment metric). TotalsOnly is for analyses that
    /// read totals alone (the tornado): it skips evaluating every partner's systems, and the
    /// one-item path must not follow it.
    enum class Detail { ByPartner, TotalsOnly };
    /// Compiles the scenario (ids to indices) and recomputes everything. The scenario must
    /// be valid (as readScenario() returns it); unknown ids are skipped with a warning.
    void setScenario(const Scenario &scenario, const Catalog &catalog = Catalog::builtIn(),
                     Detail detail = Detail::ByPartner);
    /// The full path: recomputes every table from the compiled scenario.
    void recompute();

    /// How a partner's deployments are summed (DeploymentSums): in the form its size makes
    /// cheaper, or forced to one (the tests run both). It changes the speed, not a number,
    /// and applies from the next setScenario().
    enum class PartnerForm { BySize, Metrics, Units };
    void setPartnerForm(PartnerForm form) { m_partnerForm = form; }

    /// The one-item path: deployment `index` becomes `updated`.
    void updateDeployment(int index, const Deployment &updated);
    /// Appends a deployment (one-item path).
    void addDeployment(const Deployment &deployment);
    /// Removes a deployment (one-item path); later indices shift down by one.
    void removeDeployment(int index);

    /// One Monte Carlo sample on the fast path: deployment i starts startShift[i] months
    /// later and costs priceFactor[i] times its price, without resolving ids again.
    /// Only totals() are the sample's (the partner tables and the warnings' inputs keep the
    /// plan's or go stale); the plan itself is unchanged, and recompute() restores all.
    void recomputeSample(const std::vector<int> &startShift, const std::vector<double> &priceFactor);

    int months() const { return m_months; }
    int partnerCount() const { return int(m_partnerIds.size()); }
    int deploymentCount() const { return int(m_slotOf.size()); }
    const QStringList &partnerIds() const { return m_partnerIds; }

    const MetricTable &totals() const { return m_totals; }
    const MetricTable &partnerTable(int partner) const { return m_partnerTables[size_t(partner)]; }
    /// Available power and facility capex of phases that belong to no partner.
    const MetricTable &unassignedTable() const { return m_unassigned; }
    bool hasUnassignedPhases() const { return m_hasUnassignedPhases; }

    // Inputs of the warnings (see Warnings.h).
    int phaseCount() const { return int(m_phases.size()); }
    const Eigen::VectorXd &phaseLoadMw(int phase) const { return m_phases[size_t(phase)].loadMw; }
    const Eigen::VectorXd &phaseAvailableMw(int phase) const { return m_phases[size_t(phase)].availableMw; }
    int commitmentCount() const { return int(m_commitments.size()); }
    const Eigen::VectorXd &commitmentHardwareCapex(int commitment) const
    {
        return m_commitments[size_t(commitment)].hardwareCapex;
    }
    CommitmentKind commitmentKind(int commitment) const { return m_commitments[size_t(commitment)].kind; }
    double commitmentTotal(int commitment) const { return m_commitments[size_t(commitment)].totalUsdB; }
    const Eigen::VectorXd &commitmentReleased(int commitment) const
    {
        return m_commitments[size_t(commitment)].released;
    }
    const Eigen::VectorXd &commitmentDeployedGw(int commitment) const
    {
        return m_commitments[size_t(commitment)].deployedGw;
    }
    /// The plan's deployments in the order given, with the months they start early.
    bool deploymentBeforeAvailable(int index) const { return deploymentAt(index).monthsEarly > 0; }
    int deploymentStartMonth(int index) const { return deploymentAt(index).shape.start; }
    int deploymentMonthsEarly(int index) const { return deploymentAt(index).monthsEarly; }
    int beforeAvailableCount() const { return m_beforeAvailableCount; }

private:
    /// The deployment metrics proportional to units alone: accelerators .. it_power_mw.
    static constexpr int kUnitMetrics = 8;
    /// A partner's deployments as metrics: rows 0..7 accelerators .. it_power_mw, row 8
    /// facility_power_mw, row 9 the hardware capex flow (10 doubles: five SSE2 packets).
    static constexpr int kMetricRows = 10;
    using MetricVector = Eigen::Matrix<double, kMetricRows, 1>;
    using MetricSeries = RampSeries<kMetricRows, kMetricRows - 1>;

    /// 48 bytes: a full recompute streams through 100,000 of them.
    struct CompiledDeployment {
        double count = 0;
        double pue = 1.2;
        ActivityShape shape;
        int partner = -1; ///< -1: unknown system or partner, ignored
        int system = -1;
        int phase = -1;
        int commitment = -1;
        int monthsEarly = 0; ///< > 0 when it starts before its system ships
    };
    /// A partner's deployments of one system, counted in units: row 0 units x activity,
    /// row 1 units x PUE x activity, row 2 units x price factor x units coming online.
    /// Every deployment metric of the partner is a sum over its systems of these rows times
    /// the system's per-unit figures (writeSums()), so a deployment adds 4 numbers per knot,
    /// not one per metric. Row 3 (units x price factor x activity) is never read: it pads
    /// to two SSE2 packets, and it repeats row 2's amount because a packet of an amount and
    /// a constant 0 is built on the stack and read back with a stalled store-to-load forward.
    using UnitSeries = RampSeries<4, 2>;
    /// A commitment's deployments: row 0 their facility MW, row 1 their hardware capex flow.
    using CommitmentSeries = RampSeries<2, 1>;
    /// A phase's deployments: their facility MW.
    using LoadSeries = RampSeries<1>;
    /// The Units form of DeploymentSums: one unit series per system.
    struct UnitsBySystem {
        std::vector<UnitSeries> series;
        std::vector<int> deployments; ///< how many each series holds; 0 reads exactly 0
        /// The evaluated rows, months x systems: units, units x PUE, hardware flow.
        Eigen::MatrixXd units, facilityUnits, hardwareUnits;
    };
    /// A partner's deployments (or, for recomputeSample() and TotalsOnly, every partner's),
    /// summed in one of two forms picked when the scenario is set:
    /// - Metrics: one series of the 10 metric rows, 10 numbers a knot;
    /// - Units: one unit series per system, 4 numbers a knot, then systems x months to
    ///   evaluate and expand. Cheaper from about systems x months deployments on.
    struct DeploymentSums {
        bool byUnits = false;
        MetricSeries metrics;
        UnitsBySystem units;
    };
    struct Phase {
        int partner = -1;
        double capacityMw = 0;
        double pue = 1.2;
        ActivityShape shape;
        LoadSeries load; ///< facility power of the deployments assigned to it
        Eigen::VectorXd loadMw, availableMw, facilityCapex;
    };
    struct CommitmentState {
        int partner = -1;
        CommitmentKind kind = CommitmentKind::Cloud;
        double totalUsdB = 0;
        int start = 0;
        int months = 0;
        std::optional<Tranche> tranche;
        CommitmentSeries deployed; ///< the deployments assigned to it
        Eigen::VectorXd deployedGw, hardwareCapex, released;
    };
    struct SystemRef {
        int lifetime = 0;
        YearMonth available;
    };

    CompiledDeployment compile(const Deployment &deployment) const;
    /// The order in which compiled deployments are stored: see setScenario().
    std::vector<int> groupedOrder(const std::vector<CompiledDeployment> &compiled) const;
    const CompiledDeployment &deploymentAt(int index) const { return m_deployments[size_t(m_slotOf[size_t(index)])]; }
    CompiledDeployment &deploymentAt(int index) { return m_deployments[size_t(m_slotOf[size_t(index)])]; }
    /// Adds a deployment's knots to its partner's, phase's and commitment's series, or
    /// removes them (the one-item path).
    template<bool Remove>
    void addKnots(const CompiledDeployment &d);
    /// Adds (or removes) a deployment to `sums`, its hardware at `priceFactor` x its price.
    template<bool Remove>
    void addToSums(DeploymentSums &sums, const CompiledDeployment &d, const RampKnots &knots, double priceFactor);
    /// Empties `sums` for a full recompute (then evaluateAllSystems() before writeSums()).
    void resetSums(DeploymentSums &sums) const;
    void evaluateAllSystems(DeploymentSums &sums);
    void evaluateUnits(UnitsBySystem &bySystem, int system);
    /// Writes the deployment columns of `table` from `sums`: at least months [from, to)
    /// (every month in the Metrics form).
    void writeSums(DeploymentSums &sums, MetricTable &table, int from, int to);
    void evaluateLoad(Phase &phase);
    void evaluateCommitment(CommitmentState &commitment);
    /// Rebuilds a partner's deployment columns (at least months [from, to); in the Metrics
    /// form all) from its series, and its derived columns from `from` on.
    void evaluatePartner(int partner, int from, int to);
    /// Picks each partner's form (DeploymentSums), and that of all of them together, from
    /// their numbers of deployments.
    void choosePartnerForms();
    void fillDerivedColumns(MetricTable &table, int from) const;
    void fillTranchesColumn(int partner);
    void sumTotals(int from, int to, bool tranches);
    /// Applies the change of one deployment from `before` to `after` on the one-item path.
    void applyChange(const CompiledDeployment *before, const CompiledDeployment *after);

    int m_months = 0;
    Detail m_detail = Detail::ByPartner;
    YearMonth m_start;
    double m_defaultPue = 1.2;
    double m_energyUsdPerMwh = 70;
    double m_facilityCapexPerGw = 15;
    QStringList m_partnerIds;
    QHash<QString, int> m_partnerIndex, m_phaseIndex, m_commitmentIndex, m_systemIndex;
    QMap<QString, int> m_delayByPartner, m_delayBySystem;
    std::vector<SystemRef> m_systems;
    /// By system: accelerators .. it_power_mw of one unit (systems x 8), its IT power (MW,
    /// its facility power at PUE 1) and its price ($B, with its vendor's multiplier).
    Eigen::Matrix<double, Eigen::Dynamic, kUnitMetrics> m_metricsPerUnit;
    Eigen::VectorXd m_itMwPerUnit, m_priceUsdB;
    std::vector<CompiledDeployment> m_deployments; ///< in slots, grouped (groupedOrder())
    std::vector<int> m_slotOf;                     ///< the plan's deployment i is in slot m_slotOf[i]
    std::vector<DeploymentSums> m_partners;
    PartnerForm m_partnerForm = PartnerForm::BySize;
    /// By PUE (0: the default, 1 + p: phase p's) and system, a unit's 10 metric rows:
    /// the Metrics form's amounts are count x one of them (scaling a row in the inner loop
    /// would build a packet from single rows and read it back, a stalled store forward).
    std::vector<MetricVector> m_metricsPerUnitAtPue;
    MetricSeries::Values m_metricScratch;
    std::vector<Phase> m_phases;
    std::vector<CommitmentState> m_commitments;
    std::vector<MetricTable> m_partnerTables;
    /// Every partner's deployments together: recomputeSample() and Detail::TotalsOnly.
    DeploymentSums m_allPartners;
    CommitmentSeries::Values m_commitmentScratch;
    MetricTable m_unassigned;
    MetricTable m_totals;
    bool m_hasUnassignedPhases = false;
    int m_beforeAvailableCount = 0;
};

} // namespace rackline
