// SPDX-License-Identifier: MIT
#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rackline {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(80, 18);
}

void Sparkline::setValues(std::vector<double> values)
{
    m_values = std::move(values);
    update();
}

void Sparkline::setMarker(int index)
{
    if (index == m_marker)
        return;
    m_marker = index;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_values.size() < 2)
        return;
    const auto [lowIt, highIt] = std::minmax_element(m_values.begin(), m_values.end());
    const double low = std::min(0.0, *lowIt), high = std::max(*highIt, low + 1e-12);
    auto point = [&](size_t i) {
        return QPointF(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                       area.bottom() - area.height() * (m_values[i] - low) / (high - low));
    };
    QPainterPath path(point(0));
    for (size_t i = 1; i < m_values.size(); ++i)
        path.lineTo(point(i));
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
    if (m_marker >= 0 && size_t(m_marker) < m_values.size()) {
        const QPointF p = point(size_t(m_marker));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawLine(QPointF(p.x(), area.top()), QPointF(p.x(), area.bottom()));
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(p, 2.5, 2.5);
    }
}

} // namespace rackline
