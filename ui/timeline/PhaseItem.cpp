// SPDX-License-Identifier: MIT
#include "PhaseItem.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace rackline {

PhaseItem::PhaseItem(int index)
    : m_index(index)
{
    setFlag(ItemIsSelectable);
}

void PhaseItem::setBand(const QPainterPath &band, const QPointF &labelAnchor, double labelHeight)
{
    prepareGeometryChange();
    m_band = band;
    m_labelAnchor = labelAnchor;
    m_labelHeight = labelHeight;
}

void PhaseItem::setAppearance(const QColor &color, const QString &label, const QString &toolTip)
{
    m_color = color;
    m_label = label;
    setToolTip(toolTip);
    update();
}

void PhaseItem::setShortfall(bool shortfall)
{
    if (shortfall == m_shortfall)
        return;
    m_shortfall = shortfall;
    update();
}

QRectF PhaseItem::boundingRect() const
{
    return m_band.boundingRect().adjusted(-2, -2, 260, 2);
}

void PhaseItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    QColor fill = m_color;
    fill.setAlpha(selected ? 200 : 120);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(selected ? palette.color(QPalette::Highlight) : m_color.darker(130), selected ? 2.0 : 0.8);
    if (m_shortfall && !selected)
        pen = QPen(QColor(0xd3, 0x2f, 0x2f), 1.6, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(m_band);

    if (m_labelHeight > 0) {
        QFont font = painter->font();
        font.setPointSizeF(std::max(6.5, font.pointSizeF() - 2));
        painter->setFont(font);
        const QRectF text(m_labelAnchor.x() + 4, m_labelAnchor.y(), 240, m_labelHeight);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(text.width())));
    }
}

} // namespace rackline
