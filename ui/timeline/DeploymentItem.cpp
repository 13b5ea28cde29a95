// SPDX-License-Identifier: MIT
#include "DeploymentItem.h"

#include "TimelineScene.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace rackline {

namespace {
constexpr double kHandleReach = 5.0;
}

DeploymentItem::DeploymentItem(int index)
    : m_index(index)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

void DeploymentItem::setGeometry(const QRectF &rect, double rampWidth)
{
    const double ramp = std::min(rampWidth, rect.width());
    if (pos() == rect.topLeft() && m_size == rect.size() && ramp == m_rampWidth)
        return;
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_size = rect.size();
    m_rampWidth = ramp;
}

void DeploymentItem::setAppearance(const QColor &color, const QString &label, const QString &toolTip)
{
    if (color == m_color && label == m_label)
        return;
    m_color = color;
    m_label = label;
    setToolTip(toolTip);
    update();
}

void DeploymentItem::setWarnings(int warnings)
{
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    update();
}

QPolygonF DeploymentItem::outline() const
{
    const double w = m_size.width(), h = m_size.height();
    return QPolygonF({QPointF(0, h), QPointF(m_rampWidth, 0), QPointF(w, 0), QPointF(w, h)});
}

DeploymentItem::Part DeploymentItem::partAt(const QPointF &scenePoint) const
{
    const QPointF p = mapFromScene(scenePoint);
    const double w = m_size.width(), h = m_size.height();
    if (p.y() < -2 || p.y() > h + 2 || p.x() < -kHandleReach || p.x() > w + kHandleReach)
        return Part::None;
    if (std::abs(p.x() - w) <= kHandleReach)
        return Part::EndHandle;
    if (std::abs(p.x() - m_rampWidth) <= kHandleReach && p.y() <= h / 2 && w > 3 * kHandleReach)
        return Part::RampHandle;
    if (p.x() >= 0 && p.x() <= w)
        return Part::Body;
    return Part::None;
}

QRectF DeploymentItem::boundingRect() const
{
    return QRectF(QPointF(-kHandleReach, -2), m_size + QSizeF(2 * kHandleReach, 4));
}

QPainterPath DeploymentItem::shape() const
{
    QPainterPath path;
    // The whole rectangle, not only the ramp's slope, so that the ramp handle stays grabbable.
    path.addRect(QRectF(QPointF(-kHandleReach, 0), m_size + QSizeF(2 * kHandleReach, 0)));
    return path;
}

void DeploymentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const bool warned = m_warnings != NoWarning;
    const QColor warnColor(0xd3, 0x2f, 0x2f);

    QColor fill = m_color.isValid() ? m_color : palette.color(QPalette::Highlight);
    fill.setAlpha(selected ? 235 : 200);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(selected ? palette.color(QPalette::Highlight) : fill.darker(150), selected ? 2.5 : 1.0);
    if (warned && !selected) {
        pen = QPen(warnColor, 2.0, Qt::DashLine);
    }
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPolygon(outline());

    // Label in a contrasting colour, clipped to the block (never spilling onto a neighbour).
    const double w = m_size.width(), h = m_size.height();
    double textLeft = std::max(m_rampWidth * 0.5, 0.0) + 4;
    if (const auto *timeline = qobject_cast<const TimelineScene *>(scene()))
        textLeft = std::max(textLeft, timeline->visibleLeft() - pos().x() + 4);
    QRectF textRect(textLeft, 0, w - textLeft - 4, h);
    if (warned)
        textRect.setLeft(textRect.left() + 16);
    if (textRect.width() > 12) {
        const bool dark = fill.lightnessF() < 0.55;
        painter->setPen(dark ? Qt::white : Qt::black);
        QFont font = painter->font();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
        painter->setFont(font);
        const QString text = painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(textRect.width()));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    if (warned && w > 18) {
        // A warning badge at the block's start: "!" in a red disc.
        const QRectF badge(textLeft - 1, h / 2 - 7, 14, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(warnColor);
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    if (selected) {
        // Handles: the end of the ramp (top) and the retirement edge.
        painter->setPen(QPen(palette.color(QPalette::HighlightedText), 1));
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRect(QRectF(m_rampWidth - 3, -2, 6, 6));
        painter->drawRect(QRectF(w - 3, h / 2 - 5, 6, 10));
    }
}

} // namespace rackline
