// SPDX-License-Identifier: MIT
#pragma once

#include <Metric.h>

#include <Eigen/Core>

#include <QCoreApplication>
#include <QPen>
#include <QString>

#include <vector>

class QCPAxis;
class QCPGraph;
class QCustomPlot;

namespace rackline {

struct MonteCarloBands;
struct Scenario;
struct Timeline;

/// The graphs a chart draws for its ChartOverlay on one axis pair: lines (the baseline A,
/// dashed and lighter, and B's own total to read it against) and a Monte Carlo band
/// (P10 to P90 shaded, P50 as a line). They draw on the "lines" layer, over stacked areas
/// and bars. Graphs are made on first use and kept; unused ones are emptied and leave the
/// legend, so a chart without an overlay looks exactly as before.
class OverlayGraphs
{
    Q_DECLARE_TR_FUNCTIONS(rackline::OverlayGraphs)

public:
    struct Line {
        QString name;
        QPen pen;
        Eigen::VectorXd values; ///< display units, one per month of the chart; NaN leaves a gap
    };

    OverlayGraphs(QCustomPlot *plot, QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setLines(const std::vector<Line> &lines);
    /// `band`: one row per month of the chart, columns P10/P50/P90 in display units; no
    /// rows clears it.
    void setBand(const Eigen::MatrixXd &band, const QString &rangeName, const QString &medianName,
                 const QColor &color, double lineWidth);

    int lineCount() const { return m_lineCount; }
    QCPGraph *line(int i) const { return m_lines[size_t(i)]; }
    QCPGraph *bandLow() const { return m_low; }
    QCPGraph *bandHigh() const { return m_high; }
    QCPGraph *bandMedian() const { return m_median; }

    /// "A: name" / "B: name" (the scenario's name, or a generic one). Legends take
    /// `shortened` names: a long name loses its middle, so that a legend in the charts
    /// panel keeps two columns.
    static QString baselineLabel(const Scenario &baseline, bool shortened = true);
    static QString currentLabel(const Scenario &current, bool shortened = true);
    /// The baseline's pen: the colour of B's series, lighter, dashed.
    static QPen baselinePen(const QColor &color, double width);
    /// "Total P10–P90 (2,000 samples)" and "Total P50".
    static QString rangeName(const QString &what, int samples);
    static QString percentileName(const QString &what, int percentile);

private:
    QCPGraph *makeGraph();

    QCustomPlot *m_plot;
    QCPAxis *m_keyAxis;
    QCPAxis *m_valueAxis;
    std::vector<QCPGraph *> m_lines;
    int m_lineCount = 0;
    QCPGraph *m_low = nullptr;
    QCPGraph *m_high = nullptr;
    QCPGraph *m_median = nullptr;
};

/// A series of one scenario's months moved onto another's calendar (month for month);
/// months outside `from` get `fill`.
Eigen::VectorXd alignedToTimeline(const Eigen::VectorXd &values, const Timeline &from, const Timeline &to,
                                  double fill);
/// The bands of `metric` clipped or padded (NaN) to `months` rows; empty when not computed.
Eigen::MatrixX3d bandOf(const MonteCarloBands &bands, Metric metric, int months);
/// Finite values below `floor` raised to it (a log axis has no 0); NaN gaps stay.
Eigen::MatrixXd atLeast(const Eigen::Ref<const Eigen::MatrixXd> &values, double floor);
/// The largest finite value, or 0.
double finiteMax(const Eigen::Ref<const Eigen::MatrixXd> &values);

} // namespace rackline
