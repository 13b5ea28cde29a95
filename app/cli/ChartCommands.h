// SPDX-License-Identifier: MIT
#pragma once

#include "CliCommands.h"

#include <QStringList>

namespace rackline::cli {

/// `rackline-cli chart FILE --chart NAME (--png|--svg|--pdf|--csv) OUT [--width W --height H
/// --scale S] [--against FILE2] [--style panel|presentation]`: renders one of the app's
/// charts without a display, in the panel's type size unless --style presentation.
/// NAME: capacity, power, money, commitments, compare. compare overlays --against FILE2,
/// by default the other bundled scenario (the announced one for the mid-2026 scenario, the
/// mid-2026 one for every other). capacity, power and money draw --against FILE2 as the
/// baseline A under FILE (B), as the app's Analysis > Compare does.
int runChart(const QStringList &args, Streams io);
/// `rackline-cli export-report FILE --out DIR [--against FILE2] [--width W --height H]
/// [--style ...]`: every chart as PNG and SVG (slide type by default), metrics.csv,
/// by-partner.csv and summary.md in DIR.
int runExportReport(const QStringList &args, Streams io);

/// True for the subcommands above: main() creates a QApplication (offscreen unless
/// QT_QPA_PLATFORM is set) for them only.
bool isChartCommand(const QString &command);
/// Dispatches a chart command (arguments as for run()).
int runChartCommand(const QStringList &arguments, Streams io);
QString chartUsageText();

} // namespace rackline::cli
