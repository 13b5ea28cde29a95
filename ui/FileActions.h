// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioDocument.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace rackline {

class ScenarioDocument;
struct Scenario;

/// The File menu: New (from a template), Open, Open Recent, Save, Save As, and the prompt
/// before unsaved changes are lost. The load and save helpers return an error text instead
/// of showing dialogs, so tests drive them; the menu slots show the text.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(ScenarioDocument *document, QWidget *window, QObject *parent = nullptr);

    static QString bundledScenario();
    /// An empty plan with four common partners and no items.
    static Scenario emptyScenario();

    void addToMenu(QMenu *menu);
    /// Sets the menu texts in the current language (the main window calls it on a change).
    void retranslateUi();
    QAction *quitAction() const { return m_quit; }

    /// Opens a file; on error the current scenario stays as it was. Returns the error.
    QString openFile(const QString &fileName);
    /// Replaces the scenario with a template (untitled: Save asks for a name).
    QString newFromTemplate(const QString &resource);
    /// Saves (keeping the previous version as FILE.bak); returns the error, and then the
    /// file on disk and the document are as they were.
    QString saveTo(const QString &fileName);
    /// Opens an autosaved recovery file as unsaved changes to `originalFile` (empty:
    /// untitled), so Save writes them there. Returns the error.
    QString openRecovered(const QString &recoveryFile, const QString &originalFile);

    /// Previews the deployments of a CSV (CsvImportDialog) and adds them as one undo step
    /// when the user accepts. Returns the number added.
    int importCsv(const QString &fileName);

    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    QStringList recentFiles() const;

    void open();
    bool save();
    bool saveAs();

private:
    void addRecent(const QString &fileName);
    void updateRecentMenu();
    void showError(const QString &title, const QString &fileName, const QString &error);
    void showSaveError(const QString &fileName, const QString &error);
    /// Reads a file on a worker thread, with progress when it takes long.
    ScenarioDocument::FileContents readInBackground(const QString &fileName);

    ScenarioDocument *m_document;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    // Set by retranslateUi().
    QMenu *m_newMenu = nullptr;
    QAction *m_newEmpty = nullptr;
    QList<QAction *> m_templates; ///< the two bundled scenarios
    QAction *m_open = nullptr;
    QAction *m_import = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace rackline
