// SPDX-License-Identifier: MIT
#include "ChartExporter.h"

#include "ChartView.h"

#include "QCustomPlotInclude.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace rackline {

namespace {

/// The translation context of the export errors (lupdate reads it from here; a free ExporterText::tr()
/// function would file them under the namespace).
class ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::ChartExporter)
};

// SVG and PDF are drawn at the screen's 96 dpi so that point-sized type has the same size
// relative to the chart as in a PNG of the same size.
constexpr int kDpi = 96;

QString failure(const QString &fileName, const QString &reason)
{
    return ExporterText::tr("cannot write %1: %2").arg(fileName, reason);
}

QString commit(QSaveFile &file)
{
    if (!file.commit())
        return failure(file.fileName(), file.errorString());
    return {};
}

} // namespace

QString ChartExporter::checkSize(const QSize &size, double scale)
{
    if (size.width() < 16 || size.height() < 16 || size.width() > kMaxWidth || size.height() > kMaxHeight)
        return ExporterText::tr("the size must be between 16x16 and %1x%2 pixels, not %3x%4")
            .arg(kMaxWidth).arg(kMaxHeight).arg(size.width()).arg(size.height());
    if (!(scale >= 0.5 && scale <= kMaxScale))
        return ExporterText::tr("the scale must be between 0.5 and %1").arg(kMaxScale);
    return {};
}

QImage ChartExporter::toImage(ChartView &chart, const QSize &size, double scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.render(painter, size);
    painter.end();
    return image;
}

QString ChartExporter::savePng(ChartView &chart, const QString &fileName, const QSize &size, double scale)
{
    if (const QString invalid = checkSize(size, scale); !invalid.isEmpty())
        return invalid;
    const QImage image = toImage(chart, size, scale);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return failure(fileName, file.errorString());
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return failure(fileName, ExporterText::tr("PNG encoding failed"));
    }
    return commit(file);
}

QString ChartExporter::saveSvg(ChartView &chart, const QString &fileName, const QSize &size)
{
    if (const QString invalid = checkSize(size); !invalid.isEmpty())
        return invalid;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return failure(fileName, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(kDpi);
    svg.setTitle(chart.title());
    QCPPainter painter;
    if (!painter.begin(&svg))
        return failure(fileName, ExporterText::tr("cannot start the SVG drawing"));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    chart.render(painter, size);
    painter.end();
    return commit(file);
}

QString ChartExporter::savePdf(ChartView &chart, const QString &fileName, const QSize &size)
{
    if (const QString invalid = checkSize(size); !invalid.isEmpty())
        return invalid;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return failure(fileName, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(chart.title());
        pdf.setCreator(QStringLiteral("Rackline"));
        pdf.setResolution(kDpi);
        // One page exactly the chart's size: pixels at 96 dpi are 0.75 pt.
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / kDpi, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QCPPainter painter;
        if (!painter.begin(&pdf))
            return failure(fileName, ExporterText::tr("cannot start the PDF drawing"));
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        chart.render(painter, size);
        painter.end();
    }
    return commit(file);
}

QString ChartExporter::saveCsv(const ChartView &chart, const QString &fileName)
{
    const QByteArray data = chart.csv();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return failure(fileName, file.errorString());
    return commit(file);
}

} // namespace rackline
