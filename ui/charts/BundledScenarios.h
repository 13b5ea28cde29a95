// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QString>

#include <optional>

namespace rackline {

/// The two scenarios shipped as resources: "as announced" (2025) and "as of mid-2026".
namespace BundledScenarios {

QString announcedPath(); ///< ":/rackline/scenarios/openai-2025.json"
QString midYearPath();   ///< ":/rackline/scenarios/openai-mid-2026.json"

/// What "Announced vs actual" compares a scenario with when no file is given: the other
/// bundled scenario. A scenario named like the mid-2026 one is compared with the announced
/// one; every other scenario (the announced one included) with mid-2026, the latest view.
std::optional<Scenario> defaultComparisonFor(const Scenario &scenario);
/// The path defaultComparisonFor() reads.
QString defaultComparisonPathFor(const Scenario &scenario);

} // namespace BundledScenarios

} // namespace rackline
