// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QObject>

#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace rackline {

class ScenarioDocument;
class TimelineScene;

/// The Edit menu: undo/redo, copy, cut, paste, duplicate, delete, select all and the
/// keyboard nudges. Works on the timeline's selection and pushes the same commands as the
/// mouse does. Delete and the arrows are bound to the timeline only, so they never steal
/// keys from the inspector's fields.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(ScenarioDocument *document, TimelineScene *scene, QWidget *timeline, QObject *parent = nullptr);

    void addToMenu(QMenu *menu) const;
    /// Sets the actions' texts in the current language (the main window calls it).
    void retranslateUi();
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// Short "Undo"/"Redo" for the toolbar (the menu's say what they undo).
    QAction *toolBarUndoAction() const { return m_toolUndo; }
    QAction *toolBarRedoAction() const { return m_toolRedo; }

    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    /// Selects the next (or previous) block in reading order, lane by lane: the keyboard
    /// path to every block.
    void selectNext(int direction);
    /// Moves the selected deployments (and phases) by `months`: one undo step.
    void nudge(int months);

private:
    void updateEnabled();
    /// The stack's undo/redo actions keep the prefix they were made with: new ones replace them.
    void createUndoRedoActions();

    ScenarioDocument *m_document;
    TimelineScene *m_scene;
    std::vector<Deployment> m_clipboard;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_toolUndo;
    QAction *m_toolRedo;
    QAction *m_copy;
    QAction *m_cut;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_selectAll;
    std::vector<QAction *> m_nudges;
    QAction *m_selectNext;
    QAction *m_selectPrevious;
};

} // namespace rackline
