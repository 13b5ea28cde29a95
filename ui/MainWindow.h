// SPDX-License-Identifier: MIT
#pragma once

#include "PalettePayload.h"

#include <QMainWindow>

class QDockWidget;
class QToolBar;
class QUndoView;

namespace rackline {

class AutosaveManager;
class AnalysisActions;
class WhatIfActions;
class ChartsPanel;
class EditActions;
class FileActions;
class InspectorWidget;
class LanguageMenu;
class PaletteWidget;
class ScenarioDocument;
class StatusTotals;
class TimelineWidget;

/// The main window: wiring only. It owns the document and puts the panels around the
/// timeline (palette, inspector, history), the menus and the status bar, and remembers
/// their layout with QSettings. Behaviour lives in the panels and the action classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_document; }
    TimelineWidget *timeline() const { return m_timeline; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    StatusTotals *totals() const { return m_totals; }
    ChartsPanel *charts() const { return m_charts; }
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    AnalysisActions *analysisActions() const { return m_analysisActions; }
    WhatIfActions *whatIfActions() const { return m_whatIfActions; }
    AutosaveManager *autosave() const { return m_autosave; }

    /// At start-up: offers the unsaved work that a Rackline which did not close left behind.
    void offerRecovery();

    /// Restores window geometry, dock layout and theme (skipped for screenshots, so they
    /// look the same on every machine).
    void restoreSettings();

    /// Adds a palette item where a keyboard user would expect it: the selected block's
    /// lane (or the vendor's), at the quarter in the middle of the visible months.
    void addFromPalette(const PalettePayload &payload);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    /// Sets every text of the window, its menus, actions and docks in the current language.
    void retranslateUi();
    void updateTitle();
    void onSelectionChanged();
    /// Selects the item of the next warning (in collectWarnings() order) and says what it is.
    void goToNextWarning();
    /// F5: the charts as full-screen slides, following the document while open.
    void presentCharts();
    /// Every chart (PNG, SVG), the CSVs and a summary into a folder the user picks.
    void exportReport();

    ScenarioDocument *m_document;
    TimelineWidget *m_timeline;
    PaletteWidget *m_palette;
    InspectorWidget *m_inspector;
    StatusTotals *m_totals;
    FileActions *m_fileActions;
    EditActions *m_editActions;
    AnalysisActions *m_analysisActions;
    WhatIfActions *m_whatIfActions;
    AutosaveManager *m_autosave;
    QDockWidget *m_paletteDock;
    QDockWidget *m_inspectorDock;
    QDockWidget *m_historyDock;
    QUndoView *m_history;
    // Menus and actions whose texts retranslateUi() sets.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_tools = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_present = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_themeActions; ///< system, light, dark
    ChartsPanel *m_charts;
    QDockWidget *m_chartsDock;
    bool m_docksSized = false;
    int m_nextWarning = 0;
};

} // namespace rackline
