// SPDX-License-Identifier: MIT
#pragma once

#include "YearMonth.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rackline {

// The scenario model of MODEL.md, as plain values. Every struct keeps the JSON fields it
// does not know in `extra`, so that a file from a newer or richer tool survives a load and
// a save. `source` says where a figure comes from; `assumption` says what was assumed where
// no source gives the number (both are Rackline's additions to MODEL.md, optional).

struct Timeline {
    YearMonth start{2025, 1};
    int months = 120; ///< 1..1200
    QJsonObject extra;

    int indexOf(YearMonth month) const { return month.monthsSince(start); }
    YearMonth monthAt(int index) const { return start.plusMonths(index); }
};

/// Ranges for a Monte Carlo run: each sample shifts every deployment's start by a whole
/// number of months drawn uniformly from [-startMonths, +startMonths], and scales each
/// vendor's prices by a factor drawn uniformly from [1 - priceFraction, 1 + priceFraction].
struct Uncertainty {
    int startMonths = 0;
    double priceFraction = 0;
    QJsonObject extra;

    bool isEmpty() const { return startMonths == 0 && priceFraction == 0; }
};

struct Assumptions {
    static constexpr double kDefaultPue = 1.2;
    static constexpr double kDefaultEnergyUsdPerMwh = 70.0;
    static constexpr double kDefaultFacilityCapexUsdBPerGw = 15.0;

    std::optional<double> pue;
    std::optional<double> energyUsdPerMwh;
    std::optional<double> facilityCapexUsdBPerGw;
    // Rackline's what-if levers (README "Assumptions"): a system's price times its vendor's
    // multiplier; a deployment's start later by its partner's and its system's delay;
    // every investment tranche at this size per GW instead of its own.
    QMap<QString, double> priceMultiplierByVendor;
    QMap<QString, int> delayMonthsByPartner;
    QMap<QString, int> delayMonthsBySystem;
    std::optional<double> tranchePerGwUsdB;
    std::optional<Uncertainty> uncertainty;
    QJsonObject extra;

    double priceMultiplier(const QString &vendor) const { return priceMultiplierByVendor.value(vendor, 1.0); }
    int delayMonths(const QString &partner, const QString &system) const
    {
        return delayMonthsByPartner.value(partner, 0) + delayMonthsBySystem.value(system, 0);
    }

    double effectivePue() const { return pue.value_or(kDefaultPue); }
    double effectiveEnergyUsdPerMwh() const { return energyUsdPerMwh.value_or(kDefaultEnergyUsdPerMwh); }
    double effectiveFacilityCapexUsdBPerGw() const
    {
        return facilityCapexUsdBPerGw.value_or(kDefaultFacilityCapexUsdBPerGw);
    }
};

struct Partner {
    QString id;
    QString name;
    QString color; ///< "#rrggbb", may be empty
    QString source;
    QJsonObject extra;
};

enum class SystemKind { Rack, Gpu };

/// A catalog entry: a rack, a pod or a single accelerator board, with per-unit figures.
struct SystemSpec {
    static constexpr int kDefaultLifetimeMonths = 72;

    QString id;
    QString name;
    QString vendor;
    SystemKind kind = SystemKind::Rack;
    double accelerators = 0;
    double pflopsFp4 = 0;
    double pflopsFp8 = 0;
    double pflopsBf16 = 0;
    double hbmTb = 0;
    double fastMemoryTb = 0;
    double memBwTbps = 0;
    double powerKw = 0;   ///< IT power per unit
    double priceUsdM = 0; ///< per unit, millions of USD
    YearMonth available;
    int lifetimeMonths = kDefaultLifetimeMonths; ///< 0 = never retired
    QString source;
    QStringList estimates; ///< names of the fields that are estimates, not published figures
    QString notes;         ///< what was estimated and why
    QJsonObject extra;
};

struct PowerPhase {
    QString id;
    QString name;
    QString partner; ///< empty: the phase belongs to no partner
    double capacityMw = 0;
    YearMonth online;
    int rampMonths = 0;
    std::optional<double> pue; ///< default: the scenario's
    QString source;
    QString assumption;
    QJsonObject extra;
};

struct Deployment {
    QString id;
    QString system;
    QString partner;
    double count = 1;
    YearMonth start;
    int rampMonths = 0;
    QString phase;      ///< empty: none
    QString commitment; ///< empty: none
    std::optional<int> lifetimeMonths; ///< overrides the system's
    QString source;
    QString assumption;
    QJsonObject extra;
};

enum class CommitmentKind { Investment, Cloud, Purchase };

struct Tranche {
    double firstUsdB = 0;
    double perGwUsdB = 0;
    std::optional<double> capUsdB; ///< default: the commitment's total
    QJsonObject extra;
};

struct Commitment {
    QString id;
    QString partner;
    CommitmentKind kind = CommitmentKind::Cloud;
    double totalUsdB = 0;
    YearMonth start;
    int months = 1;
    std::optional<double> gw;
    std::optional<Tranche> tranche;
    QString source;
    QString assumption;
    QJsonObject extra;
};

struct Scenario {
    static constexpr int kFormatVersion = 1;

    QString name;
    QString description;
    Timeline timeline;
    Assumptions assumptions;
    std::vector<Partner> partners;
    std::vector<SystemSpec> catalog; ///< the scenario's own entries (added to or replacing built-in ones)
    std::vector<PowerPhase> phases;
    std::vector<Deployment> deployments;
    std::vector<Commitment> commitments;
    QJsonObject extra;
};

QString toString(SystemKind kind);
QString toString(CommitmentKind kind);

} // namespace rackline
