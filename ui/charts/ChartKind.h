// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>

namespace rackline {

/// The charts Rackline draws, in the order the panel and the slides show them.
enum class ChartKind { Capacity, Power, Money, Commitments, Compare, Tornado };

inline constexpr std::array<ChartKind, 6> allChartKinds()
{
    return {ChartKind::Capacity, ChartKind::Power, ChartKind::Money, ChartKind::Commitments, ChartKind::Compare,
            ChartKind::Tornado};
}

/// The stable name used on the command line and for exported files ("capacity").
QString chartKey(ChartKind kind);
bool chartFromKey(QStringView key, ChartKind *kind);

} // namespace rackline
