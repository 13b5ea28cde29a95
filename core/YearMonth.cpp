// SPDX-License-Identifier: MIT
#include "YearMonth.h"

namespace rackline {

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    auto digits = [&](int from, int count) -> int {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (!text[i].isDigit() || text[i].unicode() > '9')
                return -1;
            value = value * 10 + (text[i].unicode() - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    if (year < 0 || month < 1 || month > 12)
        return std::nullopt;
    return YearMonth{year, month};
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

YearMonth YearMonth::plusMonths(int offset) const
{
    // Floor division keeps negative offsets on the right side of a year boundary.
    const int zeroBased = year * 12 + (month - 1) + offset;
    const int y = zeroBased >= 0 ? zeroBased / 12 : -((-zeroBased + 11) / 12);
    return YearMonth{y, zeroBased - y * 12 + 1};
}

} // namespace rackline
