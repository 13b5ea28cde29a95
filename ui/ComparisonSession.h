// SPDX-License-Identifier: MIT
#pragma once

#include <ChartOverlay.h>
#include <Engine.h>
#include <MonteCarlo.h>
#include <Scenario.h>

#include <QObject>

#include <optional>

namespace rackline {

/// What the open scenario is compared with: a baseline A (a fixed copy with its own engine;
/// the open document is B, live) and the Monte Carlo bands of B. The charts read it through
/// ChartInput::overlay(), whose address stays the same for the session's life.
class ComparisonSession : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonSession(QObject *parent = nullptr);

    /// A copy of `scenario` becomes A, computed once.
    void setBaseline(const Scenario &scenario);
    void clearBaseline();
    bool hasBaseline() const { return m_baseline.has_value(); }
    const Scenario *baseline() const { return m_baseline ? &*m_baseline : nullptr; }
    const Engine &baselineEngine() const { return m_baselineEngine; }

    /// Bands computed for the open scenario with `request`.
    void setBands(MonteCarloBands bands, const MonteCarloRequest &request);
    void clearBands();
    const MonteCarloBands *bands() const { return m_bands ? &*m_bands : nullptr; }
    /// The request the bands were computed with (recomputed with it after edits).
    const MonteCarloRequest &bandsRequest() const { return m_request; }

    const ChartOverlay *overlay() const { return &m_overlay; }

signals:
    void baselineChanged();
    void bandsChanged();

private:
    void updateOverlay();

    std::optional<Scenario> m_baseline;
    Engine m_baselineEngine;
    std::optional<MonteCarloBands> m_bands;
    MonteCarloRequest m_request;
    ChartOverlay m_overlay;
};

} // namespace rackline
