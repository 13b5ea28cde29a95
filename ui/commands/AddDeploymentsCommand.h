// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace rackline {

class ScenarioDocument;

/// Appends deployments (a drop from the palette, paste, duplicate); undo removes them.
/// Appending keeps the engine on its one-item path.
class AddDeploymentsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDeploymentsCommand)

public:
    AddDeploymentsCommand(ScenarioDocument *document, std::vector<Deployment> deployments,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    /// Indices the deployments get (valid after redo()).
    std::vector<int> indices() const;

private:
    ScenarioDocument *m_document;
    std::vector<Deployment> m_deployments;
    int m_first = 0;
};

} // namespace rackline
