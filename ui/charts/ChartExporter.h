// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace rackline {

class ChartView;

/// The one exporter of a chart: PNG at a chosen size and scale, SVG and PDF (vector, for
/// slides) and the chart's data as CSV. Every format draws through ChartView::render(), so
/// files look like the screen. Files are written with QSaveFile: an existing file stays
/// whole when anything fails. Functions return an empty string on success, else the reason
/// (translated); they never open dialogs.
class ChartExporter
{
public:
    static constexpr int kMaxWidth = 3840;
    static constexpr int kMaxHeight = 2160;
    static constexpr double kMaxScale = 2.0;

    /// The chart drawn into an image of size * scale pixels (type doubles with the scale).
    static QImage toImage(ChartView &chart, const QSize &size, double scale = 1.0);

    static QString savePng(ChartView &chart, const QString &fileName, const QSize &size, double scale = 1.0);
    static QString saveSvg(ChartView &chart, const QString &fileName, const QSize &size);
    static QString savePdf(ChartView &chart, const QString &fileName, const QSize &size);
    static QString saveCsv(const ChartView &chart, const QString &fileName);

    /// Empty when size and scale are within limits, else why not.
    static QString checkSize(const QSize &size, double scale = 1.0);
};

} // namespace rackline
