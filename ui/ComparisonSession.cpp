// SPDX-License-Identifier: MIT
#include "ComparisonSession.h"

#include <ScenarioFile.h>

namespace rackline {

ComparisonSession::ComparisonSession(QObject *parent)
    : QObject(parent)
{
}

void ComparisonSession::setBaseline(const Scenario &scenario)
{
    m_baseline = scenario;
    m_baselineEngine.setScenario(*m_baseline, effectiveCatalog(*m_baseline));
    updateOverlay();
    emit baselineChanged();
}

void ComparisonSession::clearBaseline()
{
    if (!m_baseline)
        return;
    m_baseline.reset();
    updateOverlay();
    emit baselineChanged();
}

void ComparisonSession::setBands(MonteCarloBands bands, const MonteCarloRequest &request)
{
    m_bands = std::move(bands);
    m_request = request;
    updateOverlay();
    emit bandsChanged();
}

void ComparisonSession::clearBands()
{
    if (!m_bands)
        return;
    m_bands.reset();
    updateOverlay();
    emit bandsChanged();
}

void ComparisonSession::updateOverlay()
{
    m_overlay.baseline = baseline();
    m_overlay.baselineEngine = m_baseline ? &m_baselineEngine : nullptr;
    m_overlay.bands = bands();
}

} // namespace rackline
