// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>

namespace rackline {

/// Type sizes of a chart: the panel beside the timeline, or a slide on a projector.
/// Sizes are in points, so an export at scale 2 doubles them along with everything else.
struct ChartStyle {
    enum class Mode { Panel, Presentation };

    Mode mode = Mode::Panel;

    static ChartStyle panel() { return {Mode::Panel}; }
    static ChartStyle presentation() { return {Mode::Presentation}; }

    bool isPresentation() const { return mode == Mode::Presentation; }
    QFont titleFont() const;
    QFont axisLabelFont() const;
    QFont tickFont() const;
    QFont legendFont() const;
    /// Width of series lines in pixels.
    double lineWidth() const { return isPresentation() ? 3.0 : 1.6; }
};

} // namespace rackline
