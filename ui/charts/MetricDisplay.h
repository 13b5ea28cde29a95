// SPDX-License-Identifier: MIT
#pragma once

#include <Metric.h>

#include <QString>

namespace rackline {

/// How a metric is shown on an axis: a translated name, the display unit and the factor
/// from the model's unit to it (a gigawatt-scale plan has millions of PFLOPS, which read
/// better as EFLOPS; MW read better as GW). CSV files keep the model's units.
struct MetricDisplay {
    QString name;
    QString unit;
    double scale = 1;

    /// `maximum` (model units) picks the unit: a gigawatt-scale plan has millions of
    /// PFLOPS, which read as ZFLOPS; a small one stays in PFLOPS.
    static MetricDisplay of(Metric metric, double maximum = 0);
    /// "compute, FP8 dense (EFLOPS)"
    QString axisLabel() const;
};

} // namespace rackline
