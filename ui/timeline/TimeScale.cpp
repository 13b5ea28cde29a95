// SPDX-License-Identifier: MIT
#include "TimeScale.h"

#include <algorithm>
#include <cmath>

namespace rackline {

YearMonth TimeScale::fromAbsolute(int absolute)
{
    const int year = int(std::floor(absolute / 12.0));
    return YearMonth{year, absolute - year * 12 + 1};
}

void TimeScale::setRange(int firstAbsolute, int count)
{
    m_first = firstAbsolute;
    m_count = std::max(1, count);
}

void TimeScale::setPixelsPerMonth(double pixels)
{
    m_pixelsPerMonth = std::clamp(pixels, 0.5, kMaxPixelsPerMonth);
}

TimeScale::Tick TimeScale::labelTick() const
{
    // Label widths: "Sep" ~ 30 px, "Q3" / "H2" ~ 24 px, with room to breathe.
    if (m_pixelsPerMonth >= 34)
        return Tick::Month;
    if (m_pixelsPerMonth * 3 >= 30)
        return Tick::Quarter;
    if (m_pixelsPerMonth * 6 >= 30)
        return Tick::HalfYear;
    return Tick::Year;
}

int TimeScale::monthsPer(Tick tick)
{
    switch (tick) {
    case Tick::Month: return 1;
    case Tick::Quarter: return 3;
    case Tick::HalfYear: return 6;
    case Tick::Year: return 12;
    }
    return 1;
}

int TimeScale::snap(double absoluteMonth, int step)
{
    if (step <= 1)
        return int(std::floor(absoluteMonth));
    return int(std::round(absoluteMonth / step)) * step;
}

} // namespace rackline
