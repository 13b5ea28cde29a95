// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace rackline {

/// A calendar month, the unit of Rackline's time axis (MODEL.md "Time").
/// Positions are exact integers: pixels exist only in the view.
struct YearMonth {
    int year = 2025;
    int month = 1; ///< 1..12

    /// Parses "YYYY-MM" strictly (four-digit year, two-digit month 01..12).
    static std::optional<YearMonth> parse(QStringView text);
    QString toString() const; ///< "YYYY-MM"

    /// idx(d) of MODEL.md: months from `origin` to this month (may be negative).
    int monthsSince(YearMonth origin) const { return 12 * (year - origin.year) + (month - origin.month); }
    /// The month `offset` months after this one (offset may be negative).
    YearMonth plusMonths(int offset) const;

    auto operator<=>(const YearMonth &) const = default;
};

} // namespace rackline
