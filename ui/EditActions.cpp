// SPDX-License-Identifier: MIT
#include "EditActions.h"

#include "ScenarioDocument.h"
#include "DeploymentItem.h"
#include "TimelineScene.h"
#include "commands/AddDeploymentsCommand.h"
#include "commands/ChangeValueCommand.h"
#include "commands/MoveDeploymentsCommand.h"
#include "commands/RemoveItemsCommand.h"

#include <QAction>
#include <QGraphicsView>

#include <algorithm>
#include <utility>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace rackline {

EditActions::EditActions(ScenarioDocument *document, TimelineScene *scene, QWidget *timeline, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{
    // The undo and redo actions are made by retranslateUi(), at the end.

    QUndoStack *stack = document->undoStack();
    m_toolUndo = new QAction(this);
    m_toolRedo = new QAction(this);
    m_toolUndo->setEnabled(false);
    m_toolRedo->setEnabled(false);
    connect(m_toolUndo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_toolRedo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_toolUndo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_toolRedo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_toolUndo, &QAction::setToolTip);
    connect(stack, &QUndoStack::redoTextChanged, m_toolRedo, &QAction::setToolTip);

    // Texts are set by retranslateUi().
    auto make = [this](const QKeySequence &key, void (EditActions::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_copy = make(QKeySequence::Copy, &EditActions::copy);
    m_cut = make(QKeySequence::Cut, &EditActions::cut);
    m_paste = make(QKeySequence::Paste, &EditActions::paste);
    m_duplicate = make(QKeySequence(Qt::CTRL | Qt::Key_D), &EditActions::duplicate);
    m_delete = make(QKeySequence::Delete, &EditActions::deleteSelection);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_selectAll = make(QKeySequence::SelectAll, &EditActions::selectAll);

    // Keys that text fields need act on the timeline only.
    for (QAction *action : {m_copy, m_cut, m_paste, m_delete, m_selectAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        timeline->addAction(action);
    }
    const struct { QKeySequence key; int months; } nudges[] = {
        {QKeySequence(Qt::Key_Left), -1},
        {QKeySequence(Qt::Key_Right), 1},
        {QKeySequence(Qt::SHIFT | Qt::Key_Left), -3},
        {QKeySequence(Qt::SHIFT | Qt::Key_Right), 3},
    };
    for (const auto &nudge : nudges) {
        auto *action = new QAction(this);
        action->setShortcut(nudge.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int months = nudge.months;
        connect(action, &QAction::triggered, this, [this, months] { this->nudge(months); });
        timeline->addAction(action);
        m_nudges.push_back(action);
    }
    m_selectNext = new QAction(this);
    m_selectNext->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(m_selectNext, &QAction::triggered, this, [this] { selectNext(1); });
    m_selectPrevious = new QAction(this);
    m_selectPrevious->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(m_selectPrevious, &QAction::triggered, this, [this] { selectNext(-1); });
    for (QAction *action : {m_selectNext, m_selectPrevious}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        timeline->addAction(action);
    }
    connect(scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    updateEnabled();
    retranslateUi();
}

void EditActions::createUndoRedoActions()
{
    QUndoStack *stack = m_document->undoStack();
    QAction *oldUndo = m_undo, *oldRedo = m_redo;
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    // Put the new actions where the old ones were (the Edit menu).
    for (auto [old, replacement] : {std::pair{oldUndo, m_undo}, std::pair{oldRedo, m_redo}}) {
        if (!old)
            continue;
        for (QObject *owner : old->associatedObjects()) {
            if (auto *widget = qobject_cast<QWidget *>(owner)) {
                widget->insertAction(old, replacement);
                widget->removeAction(old);
            }
        }
        delete old;
    }
}

void EditActions::retranslateUi()
{
    createUndoRedoActions();
    m_toolUndo->setText(tr("Undo"));
    m_toolRedo->setText(tr("Redo"));
    m_copy->setText(tr("&Copy"));
    m_cut->setText(tr("Cu&t"));
    m_paste->setText(tr("&Paste"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_selectAll->setText(tr("Select &All"));
    const QString nudges[] = {tr("Nudge Earlier by a Month"), tr("Nudge Later by a Month"),
                              tr("Nudge Earlier by a Quarter"), tr("Nudge Later by a Quarter")};
    for (size_t i = 0; i < m_nudges.size(); ++i)
        m_nudges[i]->setText(nudges[i]);
    m_selectNext->setText(tr("Select &Next Block"));
    m_selectPrevious->setText(tr("Select Pre&vious Block"));
}

void EditActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addAction(m_selectNext);
    menu->addAction(m_selectPrevious);
    menu->addSeparator();
    for (QAction *action : m_nudges)
        menu->addAction(action);
}

void EditActions::updateEnabled()
{
    const bool deployments = !m_scene->selectedDeployments().empty();
    const bool any = deployments || !m_scene->selectedPhases().empty();
    m_copy->setEnabled(deployments);
    m_cut->setEnabled(deployments);
    m_duplicate->setEnabled(deployments);
    m_delete->setEnabled(any);
    m_paste->setEnabled(!m_clipboard.empty());
    for (QAction *action : m_nudges)
        action->setEnabled(any);
}

void EditActions::copy()
{
    m_clipboard.clear();
    for (int index : m_scene->selectedDeployments())
        m_clipboard.push_back(m_document->scenario().deployments[size_t(index)]);
    updateEnabled();
}

void EditActions::cut()
{
    copy();
    deleteSelection();
}

void EditActions::paste()
{
    if (m_clipboard.empty())
        return;
    // Pasted copies get fresh ids; a partner that no longer exists falls back to the first.
    std::vector<Deployment> copies;
    const Scenario &scenario = m_document->scenario();
    QStringList taken;
    for (Deployment d : m_clipboard) {
        d.id = m_document->uniqueDeploymentId(d.system, taken);
        taken << d.id;
        if (m_document->partnerIndex(d.partner) < 0 && !scenario.partners.empty())
            d.partner = scenario.partners.front().id;
        if (m_document->phaseIndex(d.phase) < 0)
            d.phase.clear();
        copies.push_back(d);
    }
    auto *command = new AddDeploymentsCommand(m_document, std::move(copies));
    m_document->undoStack()->push(command);
    m_scene->selectDeployments(command->indices());
}

void EditActions::duplicate()
{
    const std::vector<Deployment> saved = m_clipboard;
    copy();
    paste();
    m_clipboard = saved;
    updateEnabled();
}

void EditActions::deleteSelection()
{
    std::vector<int> deployments = m_scene->selectedDeployments();
    std::vector<int> phases = m_scene->selectedPhases();
    if (deployments.empty() && phases.empty())
        return;
    m_document->undoStack()->push(new RemoveItemsCommand(m_document, std::move(deployments), std::move(phases)));
}

void EditActions::selectAll()
{
    std::vector<int> all(m_document->scenario().deployments.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    m_scene->selectDeployments(all);
}

void EditActions::selectNext(int direction)
{
    const auto &deployments = m_document->scenario().deployments;
    if (deployments.empty())
        return;
    // Reading order: lane, then start, then the order in the file.
    std::vector<int> order(deployments.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int laneA = m_scene->laneOfPartner(deployments[size_t(a)].partner);
        const int laneB = m_scene->laneOfPartner(deployments[size_t(b)].partner);
        if (laneA != laneB)
            return laneA < laneB;
        return deployments[size_t(a)].start < deployments[size_t(b)].start;
    });
    const std::vector<int> selected = m_scene->selectedDeployments();
    int position = direction > 0 ? -1 : int(order.size());
    if (!selected.empty())
        position = int(std::find(order.begin(), order.end(), selected.front()) - order.begin());
    const int count = int(order.size());
    position = ((position + direction) % count + count) % count;
    const int index = order[size_t(position)];
    m_scene->selectDeployments({index});
    if (QGraphicsItem *item = m_scene->deploymentItem(index)) {
        for (QGraphicsView *view : m_scene->views())
            view->ensureVisible(item, 40, 20);
    }
}

void EditActions::nudge(int months)
{
    const std::vector<int> indices = m_scene->selectedDeployments();
    const std::vector<int> phases = m_scene->selectedPhases();
    QUndoStack *stack = m_document->undoStack();
    if (!phases.empty())
        // %n must not be negative (Qt leaves it unsubstituted): the direction is in the words.
        stack->beginMacro(months < 0 ? tr("Nudge %n month(s) earlier", nullptr, -months)
                                     : tr("Nudge %n month(s) later", nullptr, months));
    if (!indices.empty()) {
        std::vector<Deployment> values;
        for (int index : indices) {
            Deployment d = m_document->scenario().deployments[size_t(index)];
            d.start = d.start.plusMonths(months);
            values.push_back(d);
        }
        stack->push(new MoveDeploymentsCommand(m_document, indices, std::move(values),
                                               MoveDeploymentsCommand::Verb::Move, false));
    }
    for (int index : phases) {
        PowerPhase p = m_document->scenario().phases[size_t(index)];
        p.online = p.online.plusMonths(months);
        stack->push(new ChangePhaseCommand(m_document, index, p,
                                           tr("Move power phase %1 to %2").arg(p.name, p.online.toString()), -1, false));
    }
    if (!phases.empty())
        stack->endMacro();
}

} // namespace rackline
