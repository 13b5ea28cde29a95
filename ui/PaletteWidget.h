// SPDX-License-Identifier: MIT
#pragma once

#include "PalettePayload.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace rackline {

class Catalog;

/// The catalog's racks and GPUs grouped by vendor, with their key figures and, in the
/// tooltip, where every figure comes from; plus a power phase item and a search field.
/// Items are dragged onto the timeline, or activated (double-click, Enter) for those who
/// do not drag.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    /// The tree item of a system (tests find what to drag with it).
    QTreeWidgetItem *itemForSystem(const QString &systemId) const;
    QTreeWidgetItem *powerPhaseItem() const { return m_powerItem; }

signals:
    void activated(const rackline::PalettePayload &payload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Texts, and the tree's figures and tooltips, in the current language and locale.
    void retranslateUi();
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_powerItem = nullptr;
    QLabel *m_legend;
    const Catalog *m_catalog = nullptr; ///< the document's, shown in the tree
};

} // namespace rackline
