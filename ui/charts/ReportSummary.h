// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace rackline {

class Engine;
struct Scenario;

/// The short Markdown summary of a report folder: the key figures (peak power, compute,
/// capex, commitments, tranches), the warnings as core describes them, the charts and
/// files of the folder, and every source the scenario cites. For people: numbers in the
/// application's locale.
QString reportSummaryMarkdown(const Scenario &scenario, const Engine &engine, const QStringList &files,
                              const QString &comparisonName);

} // namespace rackline
