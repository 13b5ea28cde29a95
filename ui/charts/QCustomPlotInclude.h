// SPDX-License-Identifier: MIT
#pragma once

// qcustomplot.h uses Qt's `foreach` in two templates, which Rackline's QT_NO_FOREACH
// removes. Include QCustomPlot only through this header: the macro below turns those two
// loops (which only read the plot's lists) into range-for while the header is read, and
// is gone afterwards, so Rackline's own code still cannot use foreach.
#ifdef foreach
#include <qcustomplot.h>
#else
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#endif
