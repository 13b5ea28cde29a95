// SPDX-License-Identifier: MIT
#include "PaletteItemDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTreeView>

namespace rackline {

namespace {

constexpr int kPadding = 3;

QFont figuresFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

int PaletteItemDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = option.rect.width();
    if (const auto *tree = qobject_cast<const QTreeView *>(option.widget)) {
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width = tree->viewport()->width() - tree->indentation() * (depth + 1);
    }
    return std::max(60, width - 2 * kPadding);
}

QSize PaletteItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString figures = index.data(kFiguresRole).toString();
    QFont nameFont = option.font;
    if (const QVariant font = index.data(Qt::FontRole); font.isValid())
        nameFont = font.value<QFont>();
    const int width = textWidth(option, index);
    const QRect name = QFontMetrics(nameFont).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
    int height = name.height() + 2 * kPadding;
    if (!figures.isEmpty())
        height += QFontMetrics(figuresFont(option.font))
                      .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, figures)
                      .height();
    return QSize(width + 2 * kPadding, height);
}

void PaletteItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    painter->save();
    painter->setPen(text);
    painter->setFont(opt.font);
    QRect used;
    painter->drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, name, &used);
    const QString figures = index.data(kFiguresRole).toString();
    if (!figures.isEmpty()) {
        QColor dim = text;
        if (!selected)
            dim.setAlphaF(0.7f);
        painter->setPen(dim);
        painter->setFont(figuresFont(option.font));
        painter->drawText(area.adjusted(0, used.height(), 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          figures);
    }
    painter->restore();
}

} // namespace rackline
