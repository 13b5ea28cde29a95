// SPDX-License-Identifier: MIT
#include "Outcome.h"

#include "Engine.h"
#include "Scenario.h"

#include <algorithm>

namespace rackline {

double Outcome::valueIn(const Engine &engine, const Timeline &timeline) const
{
    const int index = timeline.indexOf(month);
    if (index < 0 || engine.months() == 0)
        return 0;
    return engine.totals()(std::min(index, engine.months() - 1), static_cast<int>(metric));
}

} // namespace rackline
