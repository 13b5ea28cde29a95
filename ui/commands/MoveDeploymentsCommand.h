// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace rackline {

class ScenarioDocument;

/// Gives a set of deployments new start, partner, commitment, ramp or lifetime: what a drag
/// on the timeline does. The canvas pushes one on every mouse move so that the model and the
/// engine are live; all but the first of a drag are `mergeable` and fold into the first, so
/// a drag is one undo step (Tiled's objectselectiontool). A merge that lands back on the old
/// values makes the command obsolete, so a drag cancelled with Esc leaves no trace.
class MoveDeploymentsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveDeploymentsCommand)

public:
    enum class Verb { Move, Ramp, Lifetime };

    MoveDeploymentsCommand(ScenarioDocument *document, std::vector<int> indices, std::vector<Deployment> newValues,
                           Verb verb, bool mergeable, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::vector<Deployment> &values);
    void updateText();
    bool changesNothing() const;

    ScenarioDocument *m_document;
    std::vector<int> m_indices;
    std::vector<Deployment> m_oldValues;
    std::vector<Deployment> m_newValues;
    Verb m_verb;
    bool m_mergeable;
};

} // namespace rackline
