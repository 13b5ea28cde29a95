// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "AboutBox.h"
#include "AnalysisActions.h"
#include "AutosaveManager.h"
#include "ChartsPanel.h"
#include "EditActions.h"
#include "FileActions.h"
#include "InspectorWidget.h"
#include "LanguageMenu.h"
#include "NewItems.h"
#include "PaletteWidget.h"
#include "ScenarioDocument.h"
#include "StatusTotals.h"
#include "Theme.h"
#include "DeploymentItem.h"
#include "PhaseItem.h"
#include "PresentationWindow.h"
#include "RecoveryDialog.h"
#include "ReportExporter.h"
#include "TimelineScene.h"
#include "TimelineView.h"
#include "TimelineWidget.h"
#include "WhatIfActions.h"
#include "commands/AddDeploymentsCommand.h"
#include "commands/AddPhaseCommand.h"

#include <Warnings.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace rackline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ScenarioDocument(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_timeline = new TimelineWidget(m_document, this);
    setCentralWidget(m_timeline);

    m_palette = new PaletteWidget(this);
    m_palette->setCatalog(m_document->catalog());
    m_paletteDock = new QDockWidget(this);
    m_paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);

    m_inspector = new InspectorWidget(m_document, this);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setTextElideMode(Qt::ElideMiddle);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);

    // The charts (ui/charts) read the document's scenario and engine, which keep their
    // addresses across New and Open, and refresh coalesced on every change.
    m_charts = new ChartsPanel(this);
    m_charts->setInput(ChartInput{&m_document->scenario(), &m_document->engine()});
    m_chartsDock = new QDockWidget(this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    // Hidden until asked for (View > Charts, F9): the grid of charts needs more height than
    // a laptop screen leaves beside the timeline. Its visibility is remembered with the rest.
    m_chartsDock->hide();
    connect(m_document, &ScenarioDocument::changed, m_charts, &ChartsPanel::documentChanged);
    connect(m_charts, &ChartsPanel::monthActivated, this, [this](int month) {
        m_timeline->view()->scrollToMonth(TimeScale::absoluteMonth(m_document->scenario().timeline.monthAt(month)));
    });

    m_totals = new StatusTotals(m_document, this);
    statusBar()->addPermanentWidget(m_totals, 1);

    m_fileActions = new FileActions(m_document, this, this);
    m_editActions = new EditActions(m_document, m_timeline->scene(), m_timeline, this);
    m_analysisActions = new AnalysisActions(m_document, m_fileActions, m_charts, this);
    m_whatIfActions = new WhatIfActions(m_document, m_charts, m_chartsDock, m_inspectorDock, this);
    m_autosave = new AutosaveManager(m_document, this);
    createMenus();

    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind == DocumentChange::Kind::Everything) {
            m_palette->setCatalog(m_document->catalog());
            updateTitle();
        }
    });
    connect(m_timeline->scene(), &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_timeline->view(), &TimelineView::hoveredMonthChanged, m_totals, &StatusTotals::setMonth);
    connect(m_palette, &PaletteWidget::activated, this, &MainWindow::addFromPalette);
    connect(m_totals, &StatusTotals::nextWarningRequested, this, &MainWindow::goToNextWarning);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Hiding the window takes the focus from a field, which may then commit a typed value:
    // no signal may reach this half-destroyed window (UBSan found one) or its panels.
    m_document->blockSignals(true);
    m_timeline->scene()->disconnect(this);
}

void MainWindow::offerRecovery()
{
    RecoveryDialog::offer(m_fileActions, m_autosave, this);
}

void MainWindow::createMenus()
{
    // Texts are set by retranslateUi(), in whatever language is chosen.
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    m_fileActions->addToMenu(file);

    // The report goes with Save As, before the separator above Quit.
    auto *exportReport = m_exportReport = new QAction(file);
    connect(exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    const QList<QAction *> fileItems = file->actions();
    file->insertAction(fileItems.size() >= 2 ? fileItems[fileItems.size() - 2] : nullptr, exportReport);

    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    m_editActions->addToMenu(edit);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    TimelineView *timelineView = m_timeline->view();
    QAction *zoomIn = m_zoomIn = view->addAction(QString(), QKeySequence::ZoomIn, this, [timelineView] {
        timelineView->zoomBy(1.5, timelineView->viewport()->width() / 2.0);
    });
    QAction *zoomOut = m_zoomOut = view->addAction(QString(), QKeySequence::ZoomOut, this, [timelineView] {
        timelineView->zoomBy(1 / 1.5, timelineView->viewport()->width() / 2.0);
    });
    QAction *fit = m_fit = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), timelineView,
                                           &TimelineView::zoomToFit);
    view->addSeparator();
    view->addAction(m_paletteDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    QAction *charts = m_chartsDock->toggleViewAction();
    charts->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(charts);
    QAction *present = m_present = view->addAction(QString(), QKeySequence(Qt::Key_F5), this, &MainWindow::presentCharts);
    view->addSeparator();
    QMenu *theme = m_themeMenu = view->addMenu(QString());
    auto *themes = new QActionGroup(this);
    const Theme current = themeFromKey(QSettings().value(QStringLiteral("view/theme")).toString());
    for (const Theme value : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *action = theme->addAction(QString());
        action->setCheckable(true);
        action->setChecked(value == current);
        themes->addAction(action);
        m_themeActions << action;
        connect(action, &QAction::triggered, this, [value] {
            applyTheme(value);
            QSettings().setValue(QStringLiteral("view/theme"), themeKey(value));
        });
    }

    m_languageMenu = new LanguageMenu(view);

    // Analysis: compare with a baseline, uncertainty bands (AnalysisActions titles it).
    QMenu *analysis = menuBar()->addMenu(QString());
    m_analysisActions->addToMenu(analysis);
    m_whatIfActions->addToMenu(analysis); // assumptions, sensitivity, goal seek

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    m_about = help->addAction(QString(), this, [this] { showAboutBox(this, m_document->catalog()); });
    m_aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);

    QToolBar *tools = m_tools = addToolBar(QString());
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(m_editActions->toolBarUndoAction());
    tools->addAction(m_editActions->toolBarRedoAction());
    tools->addSeparator();
    tools->addAction(zoomOut);
    tools->addAction(zoomIn);
    tools->addAction(fit);
    // The charts are one click away: their panel starts hidden to leave the timeline room.
    tools->addSeparator();
    tools->addAction(charts);
    tools->addAction(present);
}

void MainWindow::retranslateUi()
{
    m_paletteDock->setWindowTitle(tr("Palette"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_historyDock->setWindowTitle(tr("History"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_history->setEmptyLabel(tr("<opened>"));
    m_history->setAccessibleName(tr("Edit history"));

    m_fileMenu->setTitle(tr("&File"));
    m_exportReport->setText(tr("Export &Report…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_fit->setText(tr("Show &Whole Timeline"));
    m_present->setText(tr("&Present Charts"));
    m_present->setStatusTip(tr("Show the charts full screen, one a slide; arrow keys move, Esc returns"));
    m_themeMenu->setTitle(tr("&Theme"));
    const QString themeTitles[] = {tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions[i]->setText(themeTitles[i]);
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Rackline"));
    m_aboutQt->setText(tr("About &Qt"));
    m_tools->setWindowTitle(tr("Main"));
    m_tools->setAccessibleName(tr("Main toolbar"));
    m_fileActions->retranslateUi();
    m_editActions->retranslateUi();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // Side panels take a share of the window so the timeline keeps most of a small screen;
    // restoreSettings() overrides this with the user's own layout.
    const int side = std::clamp(width() * 17 / 100, 250, 340);
    resizeDocks({m_paletteDock, m_inspectorDock}, {side, side}, Qt::Horizontal);
    resizeDocks({m_inspectorDock, m_historyDock}, {height() * 6 / 10, height() * 3 / 10}, Qt::Vertical);
}

void MainWindow::restoreSettings()
{
    m_docksSized = true;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const Theme theme = themeFromKey(settings.value(QStringLiteral("view/theme")).toString());
    if (theme != Theme::System)
        applyTheme(theme);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A value typed but not committed yet (fields commit when they lose focus) is unsaved work.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt puts the unsaved-changes mark.
    const QString name = m_document->scenario().name.isEmpty() ? m_document->displayName()
                                                                : m_document->scenario().name;
    setWindowTitle(m_document->readOnlyReason().isEmpty()
                       ? tr("%1 (%2)[*] — Rackline").arg(name, m_document->displayName())
                       : tr("%1 (%2, read-only)[*] — Rackline").arg(name, m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::onSelectionChanged()
{
    const TimelineScene *scene = m_timeline->scene();
    const std::vector<int> deployments = scene->selectedDeployments();
    const std::vector<int> phases = scene->selectedPhases();
    const std::vector<int> commitments = scene->selectedCommitments();
    const size_t total = deployments.size() + phases.size() + commitments.size();
    if (total == 0)
        m_inspector->setSelection(InspectorWidget::Kind::None, -1);
    else if (total > 1)
        m_inspector->setSelection(InspectorWidget::Kind::Several, -1, int(total));
    else if (!deployments.empty())
        m_inspector->setSelection(InspectorWidget::Kind::Deployment, deployments.front());
    else if (!phases.empty())
        m_inspector->setSelection(InspectorWidget::Kind::Phase, phases.front());
    else
        m_inspector->setSelection(InspectorWidget::Kind::Commitment, commitments.front());
}

void MainWindow::goToNextWarning()
{
    const std::vector<Warning> warnings = collectWarnings(m_document->engine());
    if (warnings.empty()) {
        m_totals->showNote(tr("No warnings"));
        return;
    }
    const Warning &warning = warnings[size_t(m_nextWarning++ % int(warnings.size()))];
    TimelineScene *scene = m_timeline->scene();
    switch (warning.kind) {
    case Warning::Kind::BeforeAvailable:
        scene->selectOnly(scene->deploymentItem(warning.subject));
        break;
    case Warning::Kind::PowerShortfall:
        if (warning.subject >= 0)
            scene->selectOnly(scene->phaseItem(warning.subject));
        else
            m_timeline->view()->scrollToMonth(TimeScale::absoluteMonth(
                m_document->scenario().timeline.monthAt(warning.firstMonth)));
        break;
    case Warning::Kind::CommitmentOverbooked:
        scene->selectOnly(scene->commitmentItem(warning.subject));
        break;
    }
    m_totals->showNote(describeWarning(warning, m_document->scenario()));
}

void MainWindow::addFromPalette(const PalettePayload &payload)
{
    const Scenario &scenario = m_document->scenario();
    const YearMonth month = TimeScale::fromAbsolute(TimeScale::snap(m_timeline->view()->visibleCenterMonth(), 3));
    if (payload.kind == PalettePayload::Kind::PowerPhase) {
        m_document->undoStack()->push(new AddPhaseCommand(m_document, makePhase(*m_document, QString(), month)));
        return;
    }
    const SystemSpec *spec = m_document->system(payload.systemId);
    if (!spec || scenario.partners.empty())
        return;
    QString partner;
    const std::vector<int> selected = m_timeline->scene()->selectedDeployments();
    if (!selected.empty())
        partner = scenario.deployments[size_t(selected.front())].partner;
    for (size_t i = 0; partner.isEmpty() && i < scenario.partners.size(); ++i) {
        const Partner &p = scenario.partners[i];
        if (p.id.compare(spec->vendor, Qt::CaseInsensitive) == 0 || p.name.contains(spec->vendor, Qt::CaseInsensitive))
            partner = p.id;
    }
    if (partner.isEmpty())
        partner = scenario.partners.front().id;
    auto *command = new AddDeploymentsCommand(m_document, {makeDeployment(*m_document, payload.systemId, partner, month)});
    m_document->undoStack()->push(command);
    m_timeline->scene()->selectDeployments(command->indices());
}

void MainWindow::presentCharts()
{
    auto *presentation = new PresentationWindow(m_charts->input(), m_charts->comparison(), this);
    connect(m_document, &ScenarioDocument::changed, presentation, &PresentationWindow::refresh);
    presentation->present();
}

void MainWindow::exportReport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Report to Folder"));
    if (folder.isEmpty())
        return;
    const ReportExporter::Result result = ReportExporter::write(folder, m_charts->input(), m_charts->comparison());
    if (!result.ok())
        QMessageBox::warning(this, tr("Export Report"), tr("The report could not be written:\n%1").arg(result.error));
    else
        statusBar()->showMessage(tr("Report written to %1 (%n file(s))", nullptr, int(result.files.size())).arg(folder), 8000);
}

} // namespace rackline
