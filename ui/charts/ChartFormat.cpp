// SPDX-License-Identifier: MIT
#include "ChartFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace rackline::ChartFormat {

QString number(double value)
{
    const double magnitude = std::abs(value);
    // Three significant figures for small values, whole numbers (with group separators) above 100.
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude > 0 ? 3 : 0;
    return QLocale().toString(value, 'f', decimals);
}

QString billions(double usdB)
{
    return QCoreApplication::translate("rackline::ChartFormat", "$%1B").arg(number(usdB));
}

QString percent(double fraction)
{
    return QCoreApplication::translate("rackline::ChartFormat", "%1%").arg(QLocale().toString(fraction * 100, 'f', 0));
}

QString month(YearMonth month)
{
    return QLocale().toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

QString year(YearMonth month)
{
    return QString::number(month.year);
}

} // namespace rackline::ChartFormat
