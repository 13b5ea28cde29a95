// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace rackline {

/// A commitment as a bracket over its months at the top of its partner's lane, labelled
/// with its kind and size. Selectable so the inspector can edit it.
class CommitmentBracketItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit CommitmentBracketItem(int index);

    int index() const { return m_index; }
    void setGeometry(const QRectF &rect);
    void setAppearance(const QColor &color, const QString &label, const QString &toolTip, bool overbooked);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    QSizeF m_size;
    QColor m_color;
    QString m_label;
    bool m_overbooked = false;
};

} // namespace rackline
