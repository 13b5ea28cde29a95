// SPDX-License-Identifier: MIT
#pragma once

#include <MonteCarlo.h>

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace rackline {

class ChartsPanel;
class ComparisonSession;
class DeltaTableWidget;
class FileActions;
class ScenarioDocument;
class UncertaintyRunner;

/// The Analysis menu's comparison and uncertainty items: Set as Baseline, Compare with
/// File… (the open scenario becomes the baseline A and the file opens as B), Compare with
/// a bundled scenario, Clear Comparison; Uncertainty Bands… and Clear Uncertainty Bands.
/// It owns the ComparisonSession the charts read, and the delta table's dock.
class AnalysisActions : public QObject
{
    Q_OBJECT

public:
    AnalysisActions(ScenarioDocument *document, FileActions *fileActions, ChartsPanel *charts, QMainWindow *window);

    /// Fills the Analysis menu and keeps its title translated.
    void addToMenu(QMenu *menu);
    QMenu *menu() const { return m_menu; }

    ComparisonSession *session() const { return m_session; }
    DeltaTableWidget *deltaTable() const { return m_deltaTable; }
    QDockWidget *deltaDock() const { return m_deltaDock; }
    UncertaintyRunner *uncertaintyRunner() const { return m_runner; }

    /// A snapshot of the open scenario becomes A.
    void setAsBaseline();
    /// The open scenario becomes A and `fileName` (a file or a bundled resource) opens as B.
    /// Returns the error, or empty (also when the user keeps unsaved changes by cancelling).
    QString compareWith(const QString &fileName);
    void clearComparison();
    /// Saves the request's ranges in the scenario (undoable) and runs the Monte Carlo.
    void runUncertainty(const MonteCarloRequest &request, bool showProgress = true);
    /// The dialog's starting values: the last run's, with the scenario's ranges if it has any.
    MonteCarloRequest initialRequest() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void showComparison();
    void compareWithFile();
    void showUncertaintyDialog();

    ScenarioDocument *m_document;
    FileActions *m_fileActions;
    ChartsPanel *m_charts;
    QMainWindow *m_window;
    ComparisonSession *m_session;
    UncertaintyRunner *m_runner;
    DeltaTableWidget *m_deltaTable;
    QDockWidget *m_deltaDock;
    QMenu *m_menu = nullptr;
    QMenu *m_bundledMenu = nullptr;
    QAction *m_setBaseline;
    QAction *m_compareFile;
    QAction *m_compareAnnounced;
    QAction *m_compareMidYear;
    QAction *m_clearComparison;
    QAction *m_uncertainty;
    QAction *m_clearBands;
};

} // namespace rackline
