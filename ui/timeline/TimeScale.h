// SPDX-License-Identifier: MIT
#pragma once

#include <YearMonth.h>

namespace rackline {

/// Months <-> pixels for the timeline, and which ticks to show at a zoom level. Time stays
/// an exact month number everywhere else (an "absolute month", year * 12 + month - 1);
/// pixels exist only here (Olive keeps time exact and converts in the view).
class TimeScale
{
public:
    enum class Tick { Month, Quarter, HalfYear, Year };

    static constexpr double kMaxPixelsPerMonth = 1600.0;

    static int absoluteMonth(YearMonth month) { return month.year * 12 + month.month - 1; }
    static YearMonth fromAbsolute(int absolute);

    /// The months the scene spans: [first, first + count).
    void setRange(int firstAbsolute, int count);
    int firstMonth() const { return m_first; }
    int monthCount() const { return m_count; }

    double pixelsPerMonth() const { return m_pixelsPerMonth; }
    void setPixelsPerMonth(double pixels);
    /// The smallest zoom at which `width` pixels show the whole range.
    double fitPixelsPerMonth(double width) const { return width / m_count; }

    double width() const { return m_count * m_pixelsPerMonth; }
    /// Scene x of the start of an absolute month (fractional months allowed).
    double x(double absoluteMonth) const { return (absoluteMonth - m_first) * m_pixelsPerMonth; }
    double x(YearMonth month) const { return x(double(absoluteMonth(month))); }
    /// The fractional absolute month at scene x.
    double monthAt(double sceneX) const { return m_first + sceneX / m_pixelsPerMonth; }

    /// The finest tick whose labels fit at this zoom.
    Tick labelTick() const;
    /// Months per step of a tick.
    static int monthsPer(Tick tick);
    /// The step a drop snaps to at this zoom: a month when months are shown, else a quarter.
    int snapMonths() const { return labelTick() == Tick::Month ? 1 : 3; }
    /// Rounds a fractional month to the nearest multiple of `step` (calendar aligned).
    static int snap(double absoluteMonth, int step);

private:
    int m_first = 2024 * 12;
    int m_count = 144;
    double m_pixelsPerMonth = 10.0;
};

} // namespace rackline
