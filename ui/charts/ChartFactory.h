// SPDX-License-Identifier: MIT
#pragma once

#include "ChartInput.h"
#include "ChartKind.h"

class QWidget;

namespace rackline {

class ChartView;
struct Scenario;

/// Creates the chart of a kind: the panel, the slides, the report and the command line all
/// build charts here, so they show the same thing. `comparison` is the scenario the compare
/// chart overlays (ignored by the others; may be null: the chart then says so).
ChartView *createChart(ChartKind kind, ChartInput input, const Scenario *comparison, QWidget *parent = nullptr);

} // namespace rackline
