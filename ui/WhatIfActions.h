// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace rackline {

class AssumptionsPanel;
class ChartsPanel;
class GoalSeekDialog;
class ScenarioDocument;

/// The Analysis menu's what-if items: the Assumptions panel (a dock tabbed with the inspector),
/// Sensitivity (the charts dock with the tornado enlarged) and Goal Seek….
class WhatIfActions : public QObject
{
    Q_OBJECT

public:
    /// The assumptions dock is tabbed with `besideDock` (the inspector).
    WhatIfActions(ScenarioDocument *document, ChartsPanel *charts, QDockWidget *chartsDock, QDockWidget *besideDock,
                  QMainWindow *window);

    /// Appends the items (after a separator when the menu has some) and keeps them and the
    /// menu's title ("Analysis") translated.
    void addToMenu(QMenu *menu);

    AssumptionsPanel *assumptions() const { return m_assumptions; }
    QDockWidget *assumptionsDock() const { return m_assumptionsDock; }
    /// The goal seek dialog, created on first use and kept (it remembers its fields).
    GoalSeekDialog *goalSeekDialog();
    void showSensitivity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    ScenarioDocument *m_document;
    ChartsPanel *m_charts;
    QDockWidget *m_chartsDock;
    QMainWindow *m_window;
    AssumptionsPanel *m_assumptions;
    QDockWidget *m_assumptionsDock;
    GoalSeekDialog *m_goalSeek = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_sensitivity;
    QAction *m_goalSeekAction;
};

} // namespace rackline
