// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace rackline {

/// Draws a palette entry as its name over a smaller line of key figures, both wrapped to
/// the panel's width (never elided), and sizes rows to match, so a narrow panel still
/// shows every word.
class PaletteItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kFiguresRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace rackline
