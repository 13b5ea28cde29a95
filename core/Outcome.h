// SPDX-License-Identifier: MIT
#pragma once

#include "Metric.h"
#include "YearMonth.h"

namespace rackline {

class Engine;
struct Timeline;

/// A number a strategist asks about: one metric at one month, e.g. facility power in
/// 2028-12 ("GW in 2028"), cumulative capex in 2030-12, tranches released by 2027-12.
struct Outcome {
    Metric metric = Metric::FacilityPowerMw;
    YearMonth month;

    /// The outcome in the engine's current results: 0 before the window; a month after it
    /// reads the window's last month.
    double valueIn(const Engine &engine, const Timeline &timeline) const;
};

} // namespace rackline
