// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace rackline {

/// One deployment on its partner's lane: a block whose left edge rises over the ramp and
/// that ends at retirement, labelled with count and system. The scene sets its geometry
/// from the model; the item only draws and says which part of it is under a point.
class DeploymentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Part { None, Body, RampHandle, EndHandle };
    enum Warning { NoWarning = 0, BeforeAvailable = 1, PowerShortfall = 2 };

    explicit DeploymentItem(int index);

    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }

    /// Scene geometry: the block spans `rect`; the ramp takes the first `rampWidth` pixels.
    void setGeometry(const QRectF &rect, double rampWidth);
    void setAppearance(const QColor &color, const QString &label, const QString &toolTip);
    void setWarnings(int warnings);
    int warnings() const { return m_warnings; }

    /// Which part lies under `scenePoint` (handles first, so they win on small blocks).
    Part partAt(const QPointF &scenePoint) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF outline() const;

    int m_index;
    QSizeF m_size;
    double m_rampWidth = 0;
    QColor m_color;
    QString m_label;
    int m_warnings = NoWarning;
};

} // namespace rackline
