// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QCoreApplication>
#include <QUndoCommand>

namespace rackline {

class ScenarioDocument;

/// Appends a power phase (a drop of the palette's power item); undo removes it.
class AddPhaseCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPhaseCommand)

public:
    AddPhaseCommand(ScenarioDocument *document, PowerPhase phase, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument *m_document;
    PowerPhase m_phase;
    int m_index = 0;
};

} // namespace rackline
