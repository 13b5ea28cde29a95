// SPDX-License-Identifier: MIT
#include "ChartKind.h"

namespace rackline {

QString chartKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Capacity: return QStringLiteral("capacity");
    case ChartKind::Power: return QStringLiteral("power");
    case ChartKind::Money: return QStringLiteral("money");
    case ChartKind::Commitments: return QStringLiteral("commitments");
    case ChartKind::Compare: return QStringLiteral("compare");
    case ChartKind::Tornado: return QStringLiteral("tornado");
    }
    return {};
}

bool chartFromKey(QStringView key, ChartKind *kind)
{
    for (const ChartKind candidate : allChartKinds()) {
        if (chartKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace rackline
