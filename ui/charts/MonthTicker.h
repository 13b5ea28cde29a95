// SPDX-License-Identifier: MIT
#pragma once

#include <YearMonth.h>

#include "QCustomPlotInclude.h"

namespace rackline {

/// The month axis of every time chart. A key x is a month index of the scenario's timeline
/// (x = 0 is timeline.start); ticks fall on calendar boundaries (January, or quarters and
/// months when zoomed in) and read "2027" or "Mar 2027" in the application's locale, never
/// as bare indices.
class MonthTicker : public QCPAxisTicker
{
public:
    explicit MonthTicker(YearMonth origin) : m_origin(origin) {}

    void setOrigin(YearMonth origin) { m_origin = origin; }
    YearMonth origin() const { return m_origin; }

protected:
    /// The step in months: 1, 3, 6, 12, 24, 60 or 120, the smallest giving at most tickCount() ticks.
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    YearMonth m_origin;
    int m_step = 12;
};

} // namespace rackline
