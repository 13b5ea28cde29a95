// SPDX-License-Identifier: MIT
#include "AddPhaseCommand.h"

#include "ScenarioDocument.h"

#include <QLocale>

namespace rackline {

AddPhaseCommand::AddPhaseCommand(ScenarioDocument *document, PowerPhase phase, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_phase(std::move(phase))
{
    setText(tr("Add a %1 MW power phase at %2").arg(QLocale().toString(m_phase.capacityMw, 'f', 0),
                                                    m_phase.online.toString()));
}

void AddPhaseCommand::redo()
{
    m_index = int(m_document->scenario().phases.size());
    m_document->insertPhase(m_index, m_phase);
}

void AddPhaseCommand::undo()
{
    m_document->removePhase(m_index);
}

} // namespace rackline
