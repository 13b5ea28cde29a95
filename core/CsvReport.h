// SPDX-License-Identifier: MIT
#pragma once

#include "Aggregation.h"

#include <QByteArray>

namespace rackline {

class Engine;

/// A number as the CSV files write it: a dot as decimal separator whatever the locale,
/// 12 significant digits (MODEL.md asks for at least 9), no trailing zeros, no "-0".
QByteArray csvNumber(double value);

/// A free-text CSV field (an id, a name, a source), quoted as RFC 4180 only when it holds a
/// comma, a quote or a line break.
QByteArray csvField(const QString &text);

/// The monthly (or quarterly, yearly) table: a header `month` (or `quarter`, `year`) and the
/// metric names in MODEL.md's order, then one row a period.
QByteArray metricsCsv(const PeriodTable &table);

/// The long table `month,partner,metric,value` (MODEL.md "--by-partner-csv"): every period,
/// partner and metric. Power phases that belong to no partner appear under an empty partner.
QByteArray byPartnerCsv(const Engine &engine, const Timeline &timeline, Period period);

} // namespace rackline
