// SPDX-License-Identifier: MIT
#include "RemoveItemsCommand.h"

#include "ScenarioDocument.h"

#include <algorithm>

namespace rackline {

RemoveItemsCommand::RemoveItemsCommand(ScenarioDocument *document, std::vector<int> deployments,
                                       std::vector<int> phases, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Scenario &scenario = document->scenario();
    std::sort(deployments.begin(), deployments.end());
    deployments.erase(std::unique(deployments.begin(), deployments.end()), deployments.end());
    std::sort(phases.begin(), phases.end());
    phases.erase(std::unique(phases.begin(), phases.end()), phases.end());
    for (int i : deployments)
        m_deployments.emplace_back(i, scenario.deployments[size_t(i)]);
    QStringList removedPhaseIds;
    for (int i : phases) {
        m_phases.emplace_back(i, scenario.phases[size_t(i)]);
        removedPhaseIds << scenario.phases[size_t(i)].id;
    }
    for (size_t i = 0; i < scenario.deployments.size(); ++i) {
        const Deployment &d = scenario.deployments[i];
        if (!d.phase.isEmpty() && removedPhaseIds.contains(d.phase)
            && !std::binary_search(deployments.begin(), deployments.end(), int(i)))
            m_unlinked.emplace_back(int(i), d);
    }

    const int total = int(m_deployments.size() + m_phases.size());
    if (m_phases.empty())
        setText(tr("Delete %n deployment(s)", nullptr, total));
    else if (m_deployments.empty())
        setText(tr("Delete %n power phase(s)", nullptr, total));
    else
        setText(tr("Delete %n item(s)", nullptr, total));
}

void RemoveItemsCommand::redo()
{
    // References first, while the indices still hold.
    for (const auto &[index, before] : m_unlinked) {
        Deployment unlinked = before;
        unlinked.phase.clear();
        m_document->setDeployment(index, unlinked);
    }
    for (auto it = m_deployments.rbegin(); it != m_deployments.rend(); ++it)
        m_document->removeDeployment(it->first);
    for (auto it = m_phases.rbegin(); it != m_phases.rend(); ++it)
        m_document->removePhase(it->first);
}

void RemoveItemsCommand::undo()
{
    for (const auto &[index, phase] : m_phases)
        m_document->insertPhase(index, phase);
    for (const auto &[index, deployment] : m_deployments)
        m_document->insertDeployment(index, deployment);
    for (const auto &[index, before] : m_unlinked)
        m_document->setDeployment(index, before);
}

} // namespace rackline
