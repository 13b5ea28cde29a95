// SPDX-License-Identifier: MIT
#pragma once

#include <Metric.h>

#include <QString>

namespace rackline {

/// A metric's name for people, translated ("Dense PFLOPS (FP8)"); the file key stays metricKey().
QString metricTitle(Metric metric);

} // namespace rackline
