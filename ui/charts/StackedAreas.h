// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <QColor>
#include <QString>

#include <vector>

class QCPAxis;
class QCPGraph;
class QCustomPlot;

namespace rackline {

/// Stacked areas, one layer per partner, on one QCustomPlot axis pair (capacity and power
/// charts). Layer i's graph holds the running sum of layers 0..i and fills down to layer
/// i-1, so reading graph i back gives the stack's top edge at i. A thin white edge between
/// layers keeps neighbours apart for colour-blind viewers. Partners with nothing to show
/// leave the legend but keep their graph (and colour) so that indices stay stable.
class StackedAreas
{
public:
    struct Layer {
        QString label;
        QColor color;
        Eigen::VectorXd values; ///< already in display units
    };

    StackedAreas(QCustomPlot *plot, QCPAxis *keyAxis, QCPAxis *valueAxis);

    /// Replaces the layers' data; the x of month m is m. `floor` replaces values below it
    /// (a log axis cannot show 0). Returns the top of the stack's highest point.
    double update(const std::vector<Layer> &layers, double floor = 0);
    /// The graph of layer i (its data is the stack's top edge at i).
    QCPGraph *graph(int layer) const { return m_graphs[size_t(layer)]; }
    int layerCount() const { return int(m_graphs.size()); }
    void setLineWidth(double width) { m_lineWidth = width; }

private:
    QCustomPlot *m_plot;
    QCPAxis *m_keyAxis;
    QCPAxis *m_valueAxis;
    std::vector<QCPGraph *> m_graphs;
    double m_lineWidth = 1.0;
};

} // namespace rackline
