// SPDX-License-Identifier: MIT
#include "MoveDeploymentsCommand.h"

#include "CommandIds.h"
#include "ModelEquality.h"
#include "ScenarioDocument.h"

#include <QCoreApplication>

#include <cmath>

namespace rackline {

MoveDeploymentsCommand::MoveDeploymentsCommand(ScenarioDocument *document, std::vector<int> indices,
                                               std::vector<Deployment> newValues, Verb verb, bool mergeable,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_indices(std::move(indices))
    , m_newValues(std::move(newValues))
    , m_verb(verb)
    , m_mergeable(mergeable)
{
    for (int index : m_indices)
        m_oldValues.push_back(document->scenario().deployments[size_t(index)]);
    updateText();
}

void MoveDeploymentsCommand::undo()
{
    apply(m_oldValues);
}

void MoveDeploymentsCommand::redo()
{
    apply(m_newValues);
}

int MoveDeploymentsCommand::id() const
{
    return CmdMoveDeployments;
}

bool MoveDeploymentsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveDeploymentsCommand *>(other);
    if (!move->m_mergeable || move->m_document != m_document || move->m_indices != m_indices
        || move->m_verb != m_verb)
        return false;
    m_newValues = move->m_newValues;
    updateText();
    setObsolete(changesNothing());
    return true;
}

void MoveDeploymentsCommand::apply(const std::vector<Deployment> &values)
{
    for (size_t i = 0; i < m_indices.size(); ++i)
        m_document->setDeployment(m_indices[i], values[i]);
}

bool MoveDeploymentsCommand::changesNothing() const
{
    for (size_t i = 0; i < m_indices.size(); ++i) {
        if (!sameItem(m_oldValues[i], m_newValues[i]))
            return false;
    }
    return true;
}

void MoveDeploymentsCommand::updateText()
{
    if (m_newValues.size() != 1) {
        const int n = int(m_newValues.size());
        switch (m_verb) {
        case Verb::Move: setText(tr("Move %n deployment(s)", nullptr, n)); break;
        case Verb::Ramp: setText(tr("Change the ramp of %n deployment(s)", nullptr, n)); break;
        case Verb::Lifetime: setText(tr("Change the lifetime of %n deployment(s)", nullptr, n)); break;
        }
        return;
    }
    const Deployment &before = m_oldValues.front();
    const Deployment &after = m_newValues.front();
    const SystemSpec *spec = m_document->system(after.system);
    const QString name = spec ? spec->name : after.system;
    const int count = int(std::lround(after.count));
    switch (m_verb) {
    case Verb::Move:
        if (before.partner != after.partner)
            setText(tr("Move %Ln × %1 to %2, %3", nullptr, count).arg(name, m_document->partnerName(after.partner),
                                                              after.start.toString()));
        else
            setText(tr("Move %Ln × %1 to %2", nullptr, count).arg(name, after.start.toString()));
        break;
    case Verb::Ramp:
        setText(tr("Set the ramp of %1 to %n month(s)", nullptr, after.rampMonths).arg(name));
        break;
    case Verb::Lifetime:
        setText(tr("Set the lifetime of %1 to %n month(s)", nullptr, after.lifetimeMonths.value_or(0)).arg(name));
        break;
    }
}

} // namespace rackline
