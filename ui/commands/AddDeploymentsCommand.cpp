// SPDX-License-Identifier: MIT
#include "AddDeploymentsCommand.h"

#include "ScenarioDocument.h"

#include <cmath>

namespace rackline {

AddDeploymentsCommand::AddDeploymentsCommand(ScenarioDocument *document, std::vector<Deployment> deployments,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_deployments(std::move(deployments))
{
    if (m_deployments.size() == 1) {
        const Deployment &d = m_deployments.front();
        const SystemSpec *spec = document->system(d.system);
        setText(tr("Add %Ln × %1 at %2", nullptr, int(std::lround(d.count)))
                    .arg(spec ? spec->name : d.system, d.start.toString()));
    } else {
        setText(tr("Add %n deployment(s)", nullptr, int(m_deployments.size())));
    }
}

void AddDeploymentsCommand::redo()
{
    m_first = int(m_document->scenario().deployments.size());
    for (size_t i = 0; i < m_deployments.size(); ++i)
        m_document->insertDeployment(m_first + int(i), m_deployments[i]);
}

void AddDeploymentsCommand::undo()
{
    for (int i = int(m_deployments.size()) - 1; i >= 0; --i)
        m_document->removeDeployment(m_first + i);
}

std::vector<int> AddDeploymentsCommand::indices() const
{
    std::vector<int> result;
    for (size_t i = 0; i < m_deployments.size(); ++i)
        result.push_back(m_first + int(i));
    return result;
}

} // namespace rackline
