// SPDX-License-Identifier: MIT
#pragma once

#include "ChartInput.h"
#include "ChartStyle.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace rackline {

struct Scenario;

/// Writes a report folder: every chart as PNG and SVG, the monthly and per-partner CSV
/// (MODEL.md's columns, by core's metricsCsv and byPartnerCsv) and summary.md. The GUI's
/// "Export report" and `rackline-cli export-report` both call it, so they write the same
/// files. Without a display it runs on the offscreen platform.
class ReportExporter
{
public:
    struct Result {
        QStringList files; ///< names written, relative to the folder, in order
        QString error;     ///< empty on success
        bool ok() const { return error.isEmpty(); }
    };

    /// The files a report promises (the compare chart only with a comparison).
    static QStringList promisedFiles(bool withComparison);

    /// Writes into `folder` (created if needed). `comparison` may be null. The pictures are
    /// for slides: 1920x1080 in the presentation's large type unless told otherwise.
    static Result write(const QString &folder, ChartInput input, const Scenario *comparison,
                        QSize pngSize = QSize(1920, 1080), ChartStyle style = ChartStyle::presentation());
};

} // namespace rackline
