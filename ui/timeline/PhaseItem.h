// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

namespace rackline {

/// One power phase on the power lane: a band as thick as the power it makes available,
/// stacked on the phases that came online before it, so the lane's outline is the plan's
/// available power. The scene computes the band; the item draws it and its name.
class PhaseItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit PhaseItem(int index);

    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }

    /// `band` in scene coordinates; `labelAnchor` is where the name fits best (the start
    /// of its full-capacity plateau), `labelHeight` the band's thickness there.
    void setBand(const QPainterPath &band, const QPointF &labelAnchor, double labelHeight);
    void setAppearance(const QColor &color, const QString &label, const QString &toolTip);
    void setShortfall(bool shortfall);
    bool shortfall() const { return m_shortfall; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override { return m_band; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    QPainterPath m_band;
    QPointF m_labelAnchor;
    double m_labelHeight = 0;
    QColor m_color;
    QString m_label;
    bool m_shortfall = false;
};

} // namespace rackline
