// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Outcome.h"
#include "Scenario.h"

#include <QString>

#include <functional>
#include <vector>

namespace rackline {

/// One assumption the tornado moves: a name for people and a change of the scenario by
/// -1 (low) or +1 (high): +/-20% of a figure, or +/-6 months of a delay. A lever changes
/// only the scenario's assumptions and commitments (computeTornado restores just those).
struct Lever {
    QString name;
    std::function<void(Scenario &, int direction)> apply;
};

/// The levers of a scenario: PUE, energy price, facility capex per GW, each vendor's prices,
/// each partner's delay and each investment's tranche size per GW (or the scenario-wide
/// tranche size per GW when the assumptions set one), for the vendors, partners and
/// investments the scenario actually has.
std::vector<Lever> standardLevers(const Scenario &scenario, const Catalog &catalog = Catalog::builtIn());

struct TornadoBar {
    QString lever;
    double low = 0;  ///< the outcome with the lever at -1
    double high = 0; ///< ... at +1
    double swing() const { return std::abs(high - low); }
};

struct Tornado {
    double base = 0;
    std::vector<TornadoBar> bars; ///< largest swing first
};

/// Moves each lever to -1 and +1 and recomputes the outcome on the engine (each run
/// resolves ids once and recomputes: no GUI involved).
Tornado computeTornado(const Scenario &scenario, const Outcome &outcome, const std::vector<Lever> &levers,
                       const Catalog &catalog = Catalog::builtIn());

} // namespace rackline
