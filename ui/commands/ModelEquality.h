// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

namespace rackline {

// Field-wise equality of model items, so that a command that changes nothing (a drag that
// returns to where it started) can mark itself obsolete and leave no empty undo step.

inline bool sameItem(const Deployment &a, const Deployment &b)
{
    return a.id == b.id && a.system == b.system && a.partner == b.partner && a.count == b.count
        && a.start == b.start && a.rampMonths == b.rampMonths && a.phase == b.phase
        && a.commitment == b.commitment && a.lifetimeMonths == b.lifetimeMonths && a.source == b.source
        && a.assumption == b.assumption && a.extra == b.extra;
}

inline bool sameItem(const PowerPhase &a, const PowerPhase &b)
{
    return a.id == b.id && a.name == b.name && a.partner == b.partner && a.capacityMw == b.capacityMw
        && a.online == b.online && a.rampMonths == b.rampMonths && a.pue == b.pue && a.source == b.source
        && a.assumption == b.assumption && a.extra == b.extra;
}

inline bool sameItem(const Assumptions &a, const Assumptions &b)
{
    auto sameUncertainty = [](const std::optional<Uncertainty> &x, const std::optional<Uncertainty> &y) {
        return x.has_value() == y.has_value()
            && (!x || (x->startMonths == y->startMonths && x->priceFraction == y->priceFraction && x->extra == y->extra));
    };
    return a.pue == b.pue && a.energyUsdPerMwh == b.energyUsdPerMwh && a.facilityCapexUsdBPerGw == b.facilityCapexUsdBPerGw
        && a.priceMultiplierByVendor == b.priceMultiplierByVendor && a.delayMonthsByPartner == b.delayMonthsByPartner
        && a.delayMonthsBySystem == b.delayMonthsBySystem && a.tranchePerGwUsdB == b.tranchePerGwUsdB
        && sameUncertainty(a.uncertainty, b.uncertainty) && a.extra == b.extra;
}

inline bool sameItem(const Commitment &a, const Commitment &b)
{
    return a.id == b.id && a.partner == b.partner && a.kind == b.kind && a.totalUsdB == b.totalUsdB
        && a.start == b.start && a.months == b.months && a.gw == b.gw && a.source == b.source
        && a.assumption == b.assumption && a.extra == b.extra && a.tranche.has_value() == b.tranche.has_value()
        && (!a.tranche
            || (a.tranche->firstUsdB == b.tranche->firstUsdB && a.tranche->perGwUsdB == b.tranche->perGwUsdB
                && a.tranche->capUsdB == b.tranche->capUsdB));
}

} // namespace rackline
