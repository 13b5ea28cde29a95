// SPDX-License-Identifier: MIT
#pragma once

#include "ChartKind.h"

#include <QStringList>

namespace rackline {

struct Scenario;

/// The sources of the figures a chart shows, for the slide footnote and the report: every
/// figure from the world must name where it comes from (partners, commitments, power phases
/// and the catalog systems the plan deploys). Each entry reads "NVIDIA: FACTS.md §3 ...";
/// duplicates are dropped, the order is the scenario's.
namespace ChartSources {
QStringList forChart(ChartKind kind, const Scenario &scenario);
/// Everything the scenario cites (the report lists it once).
QStringList all(const Scenario &scenario);
} // namespace ChartSources

} // namespace rackline
