// SPDX-License-Identifier: MIT
#include "OverlayGraphs.h"

#include <MonteCarlo.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace rackline {

namespace {
const QString kLinesLayer = QStringLiteral("lines");
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QVector<QCPGraphData> points(const Eigen::Ref<const Eigen::VectorXd> &values)
{
    QVector<QCPGraphData> data(values.size());
    for (Eigen::Index m = 0; m < values.size(); ++m)
        data[m] = QCPGraphData(double(m), values[m]);
    return data;
}

void showInLegend(QCPGraph *graph, bool shown)
{
    if (shown)
        graph->addToLegend();
    else
        graph->removeFromLegend();
}
} // namespace

OverlayGraphs::OverlayGraphs(QCustomPlot *plot, QCPAxis *keyAxis, QCPAxis *valueAxis)
    : m_plot(plot)
    , m_keyAxis(keyAxis)
    , m_valueAxis(valueAxis)
{
}

QCPGraph *OverlayGraphs::makeGraph()
{
    QCPGraph *graph = m_plot->addGraph(m_keyAxis, m_valueAxis);
    graph->setLayer(kLinesLayer);
    graph->removeFromLegend();
    return graph;
}

void OverlayGraphs::setLines(const std::vector<Line> &lines)
{
    while (m_lines.size() < lines.size())
        m_lines.push_back(makeGraph());
    m_lineCount = int(lines.size());
    for (size_t i = 0; i < m_lines.size(); ++i) {
        QCPGraph *graph = m_lines[i];
        const bool used = i < lines.size();
        graph->data()->set(used ? points(lines[i].values) : QVector<QCPGraphData>(), true);
        if (used) {
            graph->setName(lines[i].name);
            graph->setPen(lines[i].pen);
        }
        showInLegend(graph, used);
    }
}

void OverlayGraphs::setBand(const Eigen::MatrixXd &band, const QString &rangeName, const QString &medianName,
                            const QColor &color, double lineWidth)
{
    if (!m_low) {
        // The band is the fill between the P10 and P90 graphs; the P10 graph carries the
        // legend entry (a filled swatch) and draws no line of its own.
        m_low = makeGraph();
        m_high = makeGraph();
        m_median = makeGraph();
        m_low->setChannelFillGraph(m_high);
    }
    const bool shown = band.rows() > 0 && band.cols() == 3;
    m_low->data()->set(shown ? points(band.col(0)) : QVector<QCPGraphData>(), true);
    m_median->data()->set(shown ? points(band.col(1)) : QVector<QCPGraphData>(), true);
    m_high->data()->set(shown ? points(band.col(2)) : QVector<QCPGraphData>(), true);
    QColor fill = color;
    fill.setAlpha(70);
    QColor edge = color;
    edge.setAlpha(120);
    m_low->setPen(QPen(edge, 0.8));
    m_high->setPen(QPen(edge, 0.8));
    m_low->setBrush(fill);
    m_median->setPen(QPen(color, lineWidth, Qt::DashDotLine));
    m_low->setName(rangeName);
    m_median->setName(medianName);
    showInLegend(m_low, shown);
    showInLegend(m_median, shown);
    showInLegend(m_high, false);
}

namespace {
/// At most 32 characters: the start and the end of a name tell scenarios apart ("OpenAI
/// compute…as of mid-2026"); whole names are in the comparison dock and the CSV.
QString shortenedName(const QString &name)
{
    constexpr qsizetype kMax = 32;
    if (name.size() <= kMax)
        return name;
    const qsizetype head = (kMax - 1) / 2;
    return name.left(head).trimmed() + QChar(0x2026) + name.right(kMax - 1 - head).trimmed();
}
} // namespace

QString OverlayGraphs::baselineLabel(const Scenario &baseline, bool shortened)
{
    const QString name = baseline.name.isEmpty() ? tr("baseline") : baseline.name;
    return tr("A: %1").arg(shortened ? shortenedName(name) : name);
}

QString OverlayGraphs::currentLabel(const Scenario &current, bool shortened)
{
    const QString name = current.name.isEmpty() ? tr("this scenario") : current.name;
    return tr("B: %1").arg(shortened ? shortenedName(name) : name);
}

QPen OverlayGraphs::baselinePen(const QColor &color, double width)
{
    // Lighter: mixed half-way to white, so the live scenario B stays the strongest line.
    QColor light = QColor::fromRgbF(0.5 * color.redF() + 0.5, 0.5 * color.greenF() + 0.5, 0.5 * color.blueF() + 0.5);
    if (color.lightnessF() < 0.2) // black reads better as a mid grey
        light = QColor(0x80, 0x80, 0x80);
    QPen pen(light, width, Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QString OverlayGraphs::rangeName(const QString &what, int samples)
{
    return tr("%1 P10–P90 (%2 samples)").arg(what, QLocale().toString(samples));
}

QString OverlayGraphs::percentileName(const QString &what, int percentile)
{
    return tr("%1 P%2").arg(what).arg(percentile);
}

Eigen::VectorXd alignedToTimeline(const Eigen::VectorXd &values, const Timeline &from, const Timeline &to, double fill)
{
    // Month m of `to` is month m + offset of `from`.
    const int offset = to.start.monthsSince(from.start);
    Eigen::VectorXd aligned = Eigen::VectorXd::Constant(to.months, fill);
    for (Eigen::Index m = 0; m < aligned.size(); ++m) {
        const Eigen::Index there = m + offset;
        if (there >= 0 && there < values.size())
            aligned[m] = values[there];
    }
    return aligned;
}

Eigen::MatrixX3d bandOf(const MonteCarloBands &bands, Metric metric, int months)
{
    for (size_t k = 0; k < bands.metrics.size() && k < bands.bands.size(); ++k) {
        if (bands.metrics[k] != metric)
            continue;
        const Eigen::MatrixX3d &source = bands.bands[k];
        Eigen::MatrixX3d band = Eigen::MatrixX3d::Constant(months, 3, kNaN);
        const Eigen::Index rows = std::min<Eigen::Index>(months, source.rows());
        band.topRows(rows) = source.topRows(rows);
        return band;
    }
    return {};
}

Eigen::MatrixXd atLeast(const Eigen::Ref<const Eigen::MatrixXd> &values, double floor)
{
    Eigen::MatrixXd raised = values;
    for (double &value : raised.reshaped()) {
        if (std::isfinite(value) && value < floor)
            value = floor;
    }
    return raised;
}

double finiteMax(const Eigen::Ref<const Eigen::MatrixXd> &values)
{
    double largest = 0;
    for (Eigen::Index c = 0; c < values.cols(); ++c) {
        for (Eigen::Index r = 0; r < values.rows(); ++r) {
            if (std::isfinite(values(r, c)))
                largest = std::max(largest, values(r, c));
        }
    }
    return largest;
}

} // namespace rackline
