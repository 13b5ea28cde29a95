// SPDX-License-Identifier: MIT
#include "ChartStyle.h"

namespace rackline {

namespace {
QFont sized(double points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}
} // namespace

// Presentation sizes are chosen for a 1920x1080 slide read from the back of a meeting room.
QFont ChartStyle::titleFont() const { return sized(isPresentation() ? 26 : 11, true); }
QFont ChartStyle::axisLabelFont() const { return sized(isPresentation() ? 18 : 9); }
QFont ChartStyle::tickFont() const { return sized(isPresentation() ? 16 : 8.5); }
QFont ChartStyle::legendFont() const { return sized(isPresentation() ? 16 : 8.5); }

} // namespace rackline
