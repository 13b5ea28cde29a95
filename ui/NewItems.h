// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

namespace rackline {

class ScenarioDocument;

/// Defaults for what the palette creates, in one place so that a drop, a double-click and
/// the tests agree. A new deployment draws about 100 MW of IT power (a round count), ramps
/// over 6 months, takes its lane's commitment when the lane has exactly one, and the phase
/// of its partner that is online latest by the end of its ramp.
Deployment makeDeployment(const ScenarioDocument &document, const QString &systemId, const QString &partner,
                          YearMonth start);

/// A 500 MW phase with a 12-month ramp, for `partner` (may be empty: the plan's own).
PowerPhase makePhase(const ScenarioDocument &document, const QString &partner, YearMonth online);

/// The count that draws about `itMw` of IT power, rounded to two significant digits.
double defaultCount(double powerKw, double itMw = 100.0);

} // namespace rackline
