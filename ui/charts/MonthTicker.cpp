// SPDX-License-Identifier: MIT
#include "MonthTicker.h"

#include <QDate>

#include <array>
#include <cmath>

namespace rackline {

double MonthTicker::getTickStep(const QCPRange &range)
{
    static constexpr std::array<int, 7> steps = {1, 3, 6, 12, 24, 60, 120};
    const int wanted = std::max(2, tickCount());
    m_step = steps.back();
    for (const int step : steps) {
        if (range.size() / step <= wanted) {
            m_step = step;
            break;
        }
    }
    return m_step;
}

int MonthTicker::getSubTickCount(double tickStep)
{
    switch (int(tickStep)) {
    case 3: return 2;   // months
    case 6: return 1;   // quarters
    case 12: return 3;  // quarters
    case 24: return 1;  // years
    case 60: return 4;  // years
    case 120: return 1; // five years
    default: return 0;
    }
}

QVector<double> MonthTicker::createTickVector(double tickStep, const QCPRange &range)
{
    // Align on calendar boundaries: a month index m is a tick when its month of the year
    // (counting from January of year 0) is a multiple of the step.
    const int step = std::max(1, int(tickStep));
    const int originOffset = m_origin.month - 1; // months from January to the origin
    const int first = int(std::ceil(range.lower));
    const int last = int(std::floor(range.upper));
    QVector<double> ticks;
    for (int m = first; m <= last; ++m) {
        const int sinceJanuary = m + originOffset + 12 * m_origin.year;
        if (sinceJanuary % step == 0)
            ticks << m;
    }
    return ticks;
}

QString MonthTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const YearMonth month = m_origin.plusMonths(int(std::lround(tick)));
    if (m_step >= 12)
        return QString::number(month.year);
    return locale.toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

} // namespace rackline
