// SPDX-License-Identifier: MIT
#include "CommitmentBracketItem.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace rackline {

CommitmentBracketItem::CommitmentBracketItem(int index)
    : m_index(index)
{
    setFlag(ItemIsSelectable);
}

void CommitmentBracketItem::setGeometry(const QRectF &rect)
{
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_size = rect.size();
}

void CommitmentBracketItem::setAppearance(const QColor &color, const QString &label, const QString &toolTip,
                                          bool overbooked)
{
    m_color = color;
    m_label = label;
    m_overbooked = overbooked;
    setToolTip(toolTip);
    update();
}

QRectF CommitmentBracketItem::boundingRect() const
{
    return QRectF(QPointF(-1, -1), m_size + QSizeF(2, 2));
}

void CommitmentBracketItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const double w = m_size.width(), h = m_size.height();
    const double lineY = h - 3;
    QColor color = m_overbooked ? QColor(0xd3, 0x2f, 0x2f) : palette.color(QPalette::Text);
    if (selected)
        color = palette.color(QPalette::Highlight);
    painter->setPen(QPen(color, selected ? 2.0 : 1.2));
    painter->drawLine(QPointF(0, lineY - 4), QPointF(0, lineY));
    painter->drawLine(QPointF(0, lineY), QPointF(w, lineY));
    painter->drawLine(QPointF(w, lineY), QPointF(w, lineY - 4));

    QFont font = painter->font();
    font.setPointSizeF(std::max(6.5, font.pointSizeF() - 2));
    painter->setFont(font);
    const QRectF text(4, 0, w - 8, lineY);
    if (text.width() > 16)
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                          painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(text.width())));
}

} // namespace rackline
