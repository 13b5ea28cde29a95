// SPDX-License-Identifier: MIT
#include "AnalysisActions.h"

#include "ChartsPanel.h"
#include "ComparisonSession.h"
#include "DeltaTableWidget.h"
#include "FileActions.h"
#include "ScenarioDocument.h"
#include "UncertaintyDialog.h"
#include "UncertaintyRunner.h"
#include "commands/ChangeValueCommand.h"

#include <BundledScenarios.h>

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace rackline {

namespace {
/// ChangeAssumptionsCommand field of the uncertainty ranges (never merged).
constexpr int kUncertaintyField = 1000;
/// The ranges when the scenario has none: rackline-cli montecarlo's defaults.
const Uncertainty kDefaultRanges{3, 0.1, {}};
/// Narrower windows show the comparison table in a tab beside the charts.
constexpr int kSideBySideWidth = 1500;
} // namespace

AnalysisActions::AnalysisActions(ScenarioDocument *document, FileActions *fileActions, ChartsPanel *charts,
                                 QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_fileActions(fileActions)
    , m_charts(charts)
    , m_window(window)
    , m_session(new ComparisonSession(this))
    , m_runner(new UncertaintyRunner(document, m_session, window, this))
{
    // The charts draw the session's baseline and bands over the open scenario.
    ChartInput input = charts->input();
    input.overlay = m_session->overlay();
    charts->setInput(input);
    connect(m_session, &ComparisonSession::baselineChanged, charts, &ChartsPanel::scheduleRefresh);
    connect(m_session, &ComparisonSession::bandsChanged, charts, &ChartsPanel::scheduleRefresh);

    m_deltaTable = new DeltaTableWidget(document, m_session, window);
    m_deltaDock = new QDockWidget(window);
    m_deltaDock->setObjectName(QStringLiteral("comparisonDock"));
    m_deltaDock->setWidget(m_deltaTable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_deltaDock);
    m_deltaDock->hide();

    m_setBaseline = new QAction(this);
    m_compareFile = new QAction(this);
    m_compareAnnounced = new QAction(this);
    m_compareMidYear = new QAction(this);
    m_clearComparison = new QAction(this);
    m_uncertainty = new QAction(this);
    m_clearBands = new QAction(this);
    m_setBaseline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_setBaseline, &QAction::triggered, this, &AnalysisActions::setAsBaseline);
    connect(m_compareFile, &QAction::triggered, this, &AnalysisActions::compareWithFile);
    auto compareBundled = [this](const QString &path) {
        if (const QString error = compareWith(path); !error.isEmpty())
            QMessageBox::warning(m_window, tr("Compare"), error);
    };
    connect(m_compareAnnounced, &QAction::triggered, this,
            [compareBundled] { compareBundled(BundledScenarios::announcedPath()); });
    connect(m_compareMidYear, &QAction::triggered, this,
            [compareBundled] { compareBundled(BundledScenarios::midYearPath()); });
    connect(m_clearComparison, &QAction::triggered, this, &AnalysisActions::clearComparison);
    connect(m_uncertainty, &QAction::triggered, this, &AnalysisActions::showUncertaintyDialog);
    connect(m_clearBands, &QAction::triggered, m_runner, &UncertaintyRunner::clear);
    connect(m_session, &ComparisonSession::baselineChanged, this, &AnalysisActions::updateActions);
    connect(m_session, &ComparisonSession::bandsChanged, this, &AnalysisActions::updateActions);
    // Language changes reach widgets, not this object: watch the window for them.
    window->installEventFilter(this);
    retranslateUi();
    updateActions();
}

void AnalysisActions::retranslateUi()
{
    m_deltaDock->setWindowTitle(tr("Comparison"));
    m_setBaseline->setText(tr("Set as &Baseline"));
    m_setBaseline->setStatusTip(tr("Keep a copy of the scenario as it is now (A); the charts and the comparison "
                                   "table show your edits (B) against it"));
    m_compareFile->setText(tr("Compare with &File…"));
    m_compareFile->setStatusTip(tr("The open scenario becomes the baseline A and the chosen file opens as B"));
    m_compareAnnounced->setText(tr("As &Announced (2025)"));
    m_compareMidYear->setText(tr("As of &Mid-2026"));
    m_clearComparison->setText(tr("&Clear Comparison"));
    m_uncertainty->setText(tr("&Uncertainty Bands…"));
    m_uncertainty->setStatusTip(tr("Monte Carlo over start dates and prices: P10–P90 bands and P50 on the capacity "
                                   "and money charts"));
    m_clearBands->setText(tr("Clear Uncertainty Ba&nds"));
    if (m_menu)
        m_menu->setTitle(tr("&Analysis"));
    if (m_bundledMenu)
        m_bundledMenu->setTitle(tr("Compare with Bu&ndled Scenario"));
}

bool AnalysisActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void AnalysisActions::addToMenu(QMenu *menu)
{
    m_menu = menu;
    menu->addAction(m_setBaseline);
    menu->addAction(m_compareFile);
    m_bundledMenu = menu->addMenu(QString());
    m_bundledMenu->addAction(m_compareAnnounced);
    m_bundledMenu->addAction(m_compareMidYear);
    menu->addAction(m_clearComparison);
    menu->addSeparator();
    menu->addAction(m_uncertainty);
    menu->addAction(m_clearBands);
    retranslateUi();
}

void AnalysisActions::updateActions()
{
    m_clearComparison->setEnabled(m_session->hasBaseline());
    m_clearBands->setEnabled(m_session->bands() || m_runner->isFollowing());
}

void AnalysisActions::showComparison()
{
    const bool wasHidden = m_deltaDock->isHidden();
    m_deltaDock->show();
    // The overlay is drawn in the charts: show them too, with most of the width (the
    // table needs about 650 pixels; the charts' two columns need the rest).
    auto *chartsDock = qobject_cast<QDockWidget *>(m_charts->parentWidget());
    if (!chartsDock)
        return;
    chartsDock->show();
    if (!wasHidden || m_window->dockWidgetArea(chartsDock) != m_window->dockWidgetArea(m_deltaDock))
        return;
    if (m_window->width() < kSideBySideWidth) {
        // A small window cannot show six charts and the table side by side: tabs.
        m_window->tabifyDockWidget(chartsDock, m_deltaDock);
        m_deltaDock->raise();
        return;
    }
    const int table = std::clamp(m_window->width() * 36 / 100, 420, 700);
    m_window->resizeDocks({chartsDock, m_deltaDock}, {m_window->width() - table, table}, Qt::Horizontal);
}

void AnalysisActions::setAsBaseline()
{
    m_session->setBaseline(m_document->scenario());
    showComparison();
    m_window->statusBar()->showMessage(tr("Baseline set: edits now show against it"), 5000);
}

QString AnalysisActions::compareWith(const QString &fileName)
{
    if (!m_fileActions->maybeSave())
        return {};
    // The snapshot is taken first: opening replaces the document.
    const Scenario snapshot = m_document->scenario();
    const QString error = fileName.startsWith(QLatin1Char(':')) ? m_fileActions->newFromTemplate(fileName)
                                                                : m_fileActions->openFile(fileName);
    if (!error.isEmpty())
        return error;
    m_session->setBaseline(snapshot);
    showComparison();
    return {};
}

void AnalysisActions::compareWithFile()
{
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Compare with File"), QString(),
                                                          tr("Rackline scenarios (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    if (const QString error = compareWith(fileName); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Compare"), tr("Cannot open %1:\n%2").arg(fileName, error));
}

void AnalysisActions::clearComparison()
{
    m_session->clearBaseline();
    m_deltaDock->hide();
}

MonteCarloRequest AnalysisActions::initialRequest() const
{
    MonteCarloRequest request = m_session->bands() ? m_session->bandsRequest() : MonteCarloRequest{};
    request.ranges = m_document->scenario().assumptions.uncertainty.value_or(kDefaultRanges);
    return request;
}

void AnalysisActions::showUncertaintyDialog()
{
    UncertaintyDialog dialog(initialRequest(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        runUncertainty(dialog.request());
}

void AnalysisActions::runUncertainty(const MonteCarloRequest &request, bool showProgress)
{
    // The ranges are part of the scenario (saved with it), so setting them is an edit.
    Assumptions assumptions = m_document->scenario().assumptions;
    Uncertainty ranges = assumptions.uncertainty.value_or(Uncertainty{});
    if (!assumptions.uncertainty || ranges.startMonths != request.ranges.startMonths
        || ranges.priceFraction != request.ranges.priceFraction) {
        ranges.startMonths = request.ranges.startMonths;
        ranges.priceFraction = request.ranges.priceFraction;
        assumptions.uncertainty = ranges;
        m_document->undoStack()->push(new ChangeAssumptionsCommand(m_document, 0, assumptions,
                                                                   tr("Set Uncertainty Ranges"), kUncertaintyField,
                                                                   false));
    }
    MonteCarloRequest saved = request;
    saved.ranges = ranges;
    m_runner->run(saved, showProgress);
    if (auto *chartsDock = qobject_cast<QDockWidget *>(m_charts->parentWidget()))
        chartsDock->show();
    updateActions();
}

} // namespace rackline
