// SPDX-License-Identifier: MIT
#include "Warnings.h"

#include "Engine.h"

#include <QCoreApplication>

#include <optional>

namespace rackline {

namespace {

/// The translation context of the warnings (lupdate reads it from here).
class WarningsText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::Warnings)
};

constexpr double kToleranceMw = 1e-6;
constexpr double kToleranceUsdB = 1e-9;

/// First month and peak where `need` exceeds `have`.
template<typename A, typename B>
std::optional<std::pair<int, double>> firstExcess(const A &need, const B &have, double tolerance)
{
    std::optional<std::pair<int, double>> found;
    for (Eigen::Index m = 0; m < need.size(); ++m) {
        const double excess = need[m] - have[m];
        if (excess <= tolerance)
            continue;
        if (!found)
            found = std::make_pair(int(m), excess);
        else
            found->second = std::max(found->second, excess);
    }
    return found;
}

template<typename Visit>
void forEachWarning(const Engine &engine, bool includeDeployments, Visit visit)
{
    if (engine.phaseCount() > 0) {
        for (int p = 0; p < engine.phaseCount(); ++p) {
            if (const auto excess = firstExcess(engine.phaseLoadMw(p), engine.phaseAvailableMw(p), kToleranceMw))
                visit(Warning{Warning::Kind::PowerShortfall, p, excess->first, excess->second});
        }
        const auto &totals = engine.totals();
        if (const auto excess = firstExcess(column(totals, Metric::FacilityPowerMw),
                                            column(totals, Metric::AvailablePowerMw), kToleranceMw))
            visit(Warning{Warning::Kind::PowerShortfall, -1, excess->first, excess->second});
    }
    if (includeDeployments) {
        for (int d = 0; d < engine.deploymentCount(); ++d) {
            if (engine.deploymentBeforeAvailable(d))
                visit(Warning{Warning::Kind::BeforeAvailable, d, engine.deploymentStartMonth(d),
                              double(engine.deploymentMonthsEarly(d))});
        }
    }
    for (int c = 0; c < engine.commitmentCount(); ++c) {
        if (engine.commitmentKind(c) == CommitmentKind::Investment)
            continue;
        Eigen::VectorXd cumulative = engine.commitmentHardwareCapex(c);
        for (Eigen::Index m = 1; m < cumulative.size(); ++m)
            cumulative[m] += cumulative[m - 1];
        const Eigen::VectorXd total = Eigen::VectorXd::Constant(cumulative.size(), engine.commitmentTotal(c));
        if (const auto excess = firstExcess(cumulative, total, kToleranceUsdB))
            visit(Warning{Warning::Kind::CommitmentOverbooked, c, excess->first, excess->second});
    }
}

} // namespace

std::vector<Warning> collectWarnings(const Engine &engine)
{
    std::vector<Warning> warnings;
    forEachWarning(engine, true, [&](const Warning &w) { warnings.push_back(w); });
    return warnings;
}

int countWarnings(const Engine &engine)
{
    int count = engine.beforeAvailableCount();
    forEachWarning(engine, false, [&](const Warning &) { ++count; });
    return count;
}

QString warningKey(Warning::Kind kind)
{
    switch (kind) {
    case Warning::Kind::PowerShortfall: return QStringLiteral("power_shortfall");
    case Warning::Kind::BeforeAvailable: return QStringLiteral("before_available");
    case Warning::Kind::CommitmentOverbooked: return QStringLiteral("commitment_overbooked");
    }
    return {};
}

QString describeWarning(const Warning &warning, const Scenario &scenario)
{
    const QString month = scenario.timeline.monthAt(warning.firstMonth).toString();
    switch (warning.kind) {
    case Warning::Kind::PowerShortfall:
        if (warning.subject < 0)
            return WarningsText::tr("The plan needs more power than its phases supply from %1 (peak shortfall %2 MW)")
                .arg(month, QString::number(warning.amount, 'f', 1));
        return WarningsText::tr("Phase \"%1\" is short of power from %2 (peak shortfall %3 MW)")
            .arg(scenario.phases[size_t(warning.subject)].name.isEmpty() ? scenario.phases[size_t(warning.subject)].id
                                                                         : scenario.phases[size_t(warning.subject)].name,
                 month, QString::number(warning.amount, 'f', 1));
    case Warning::Kind::BeforeAvailable: {
        const Deployment &d = scenario.deployments[size_t(warning.subject)];
        return WarningsText::tr("Deployment \"%1\" starts %n month(s) before %2 ships", nullptr, int(warning.amount))
            .arg(d.id, d.system);
    }
    case Warning::Kind::CommitmentOverbooked:
        return WarningsText::tr("Commitment \"%1\" is overbooked from %2: hardware exceeds it by $%3B")
            .arg(scenario.commitments[size_t(warning.subject)].id, month, QString::number(warning.amount, 'f', 2));
    }
    return {};
}

} // namespace rackline
