// SPDX-License-Identifier: MIT
#include "WhatIfActions.h"

#include "AssumptionsPanel.h"
#include "ChartsPanel.h"
#include "GoalSeekDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>

namespace rackline {

WhatIfActions::WhatIfActions(ScenarioDocument *document, ChartsPanel *charts, QDockWidget *chartsDock,
                             QDockWidget *besideDock, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_charts(charts)
    , m_chartsDock(chartsDock)
    , m_window(window)
    , m_assumptions(new AssumptionsPanel(document, window))
    , m_assumptionsDock(new QDockWidget(window))
    , m_sensitivity(new QAction(this))
    , m_goalSeekAction(new QAction(this))
{
    // Hidden until asked for, then a tab over the inspector: the levers get the height of
    // the side panel and the timeline keeps its width.
    m_assumptionsDock->setObjectName(QStringLiteral("assumptionsDock"));
    m_assumptionsDock->setWidget(m_assumptions);
    window->addDockWidget(Qt::RightDockWidgetArea, m_assumptionsDock);
    if (besideDock)
        window->tabifyDockWidget(besideDock, m_assumptionsDock);
    m_assumptionsDock->hide();
    QAction *toggle = m_assumptionsDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::Key_F10));
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        // In front of the inspector, and most of the side's height: a dozen sliders or more.
        m_assumptionsDock->raise();
        m_window->resizeDocks({m_assumptionsDock}, {m_window->height() * 2 / 3}, Qt::Vertical);
    });

    connect(m_sensitivity, &QAction::triggered, this, &WhatIfActions::showSensitivity);
    connect(m_goalSeekAction, &QAction::triggered, this, [this] {
        GoalSeekDialog *dialog = goalSeekDialog();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    window->installEventFilter(this);
    retranslateUi();
}

GoalSeekDialog *WhatIfActions::goalSeekDialog()
{
    if (!m_goalSeek)
        m_goalSeek = new GoalSeekDialog(m_document, m_window);
    return m_goalSeek;
}

void WhatIfActions::showSensitivity()
{
    m_chartsDock->show();
    m_chartsDock->raise();
    m_charts->enlarge(ChartKind::Tornado);
}

void WhatIfActions::addToMenu(QMenu *menu)
{
    m_menu = menu;
    retranslateUi();
    if (!menu->actions().isEmpty())
        menu->addSeparator();
    menu->addAction(m_assumptionsDock->toggleViewAction());
    menu->addAction(m_sensitivity);
    menu->addAction(m_goalSeekAction);
}

bool WhatIfActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void WhatIfActions::retranslateUi()
{
    if (m_menu) // shared with the comparison items, which title it alike
        m_menu->setTitle(tr("&Analysis"));
    m_assumptionsDock->setWindowTitle(tr("Assumptions"));
    m_assumptionsDock->toggleViewAction()->setText(tr("&Assumptions"));
    m_assumptionsDock->toggleViewAction()->setStatusTip(
        tr("PUE, energy price, facility capex, vendor prices, delays and tranche size: move them and watch"));
    m_sensitivity->setText(tr("&Sensitivity (Tornado)"));
    m_sensitivity->setStatusTip(tr("Which assumption moves an outcome the most, at ±20% or ±6 months"));
    m_goalSeekAction->setText(tr("&Goal Seek…"));
    m_goalSeekAction->setStatusTip(tr("How many units of a system reach a target by a month"));
}

} // namespace rackline
