// SPDX-License-Identifier: MIT
#include "StackedAreas.h"

#include "QCustomPlotInclude.h"

namespace rackline {

StackedAreas::StackedAreas(QCustomPlot *plot, QCPAxis *keyAxis, QCPAxis *valueAxis)
    : m_plot(plot)
    , m_keyAxis(keyAxis)
    , m_valueAxis(valueAxis)
{
}

double StackedAreas::update(const std::vector<Layer> &layers, double floor)
{
    while (m_graphs.size() < layers.size()) {
        QCPGraph *graph = m_plot->addGraph(m_keyAxis, m_valueAxis);
        graph->setAdaptiveSampling(true);
        if (!m_graphs.empty())
            graph->setChannelFillGraph(m_graphs.back());
        m_graphs.push_back(graph);
    }
    while (m_graphs.size() > layers.size()) {
        m_plot->removeGraph(m_graphs.back());
        m_graphs.pop_back();
    }

    double top = 0;
    Eigen::VectorXd running;
    QVector<QCPGraphData> points;
    for (size_t i = 0; i < layers.size(); ++i) {
        const Layer &layer = layers[i];
        if (running.size() != layer.values.size())
            running = Eigen::VectorXd::Zero(layer.values.size());
        running += layer.values;
        points.resize(running.size());
        for (Eigen::Index m = 0; m < running.size(); ++m)
            points[m] = QCPGraphData(double(m), std::max(running[m], floor));
        QCPGraph *graph = m_graphs[i];
        graph->data()->set(points, true);
        graph->setName(layer.label);
        graph->setPen(QPen(Qt::white, m_lineWidth));
        QColor fill = layer.color;
        graph->setBrush(fill);
        const bool shown = layer.values.size() > 0 && layer.values.maxCoeff() > 0;
        if (shown)
            graph->addToLegend();
        else
            graph->removeFromLegend();
        if (running.size() > 0)
            top = std::max(top, running.maxCoeff());
    }
    return top;
}

} // namespace rackline
