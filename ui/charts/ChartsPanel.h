// SPDX-License-Identifier: MIT
#pragma once

#include "ChartInput.h"
#include "ChartKind.h"

#include <DocumentChange.h>
#include <Scenario.h>

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;

namespace rackline {

class ChartFrame;
class ChartView;

/// The charts beside the timeline: every chart of ChartKind in a two-column grid, any one
/// enlarged on demand. It reads a scenario and its engine (the open document's) and never
/// edits them. Edits arrive as documentChanged(); a drag sends one per mouse move, so
/// refreshes are coalesced by a single-shot timer to at most one per frame, and only the
/// visible charts refresh (hidden ones catch up when shown).
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    /// Builds the charts for a scenario and engine that outlive the panel (the document's:
    /// their addresses stay the same across New and Open).
    void setInput(ChartInput input);
    ChartInput input() const { return m_input; }
    /// The scenario "Announced vs actual" overlays. Without one, the other bundled scenario
    /// (BundledScenarios::defaultComparisonFor).
    void setComparison(const Scenario &other);
    const Scenario *comparison() const { return m_comparison ? &*m_comparison : nullptr; }

    ChartView *chart(ChartKind kind) const;
    std::vector<ChartView *> charts() const;
    /// The chart shown alone, if any.
    std::optional<ChartKind> enlarged() const { return m_enlarged; }

public slots:
    /// Connect ScenarioDocument::changed here.
    void documentChanged(const rackline::DocumentChange &change);
    /// Refreshes the visible charts at the next frame (calls within the frame coalesce).
    void scheduleRefresh();
    /// Refreshes the visible charts now.
    void refreshNow();
    void enlarge(ChartKind kind);
    void showAll();

signals:
    /// A month was clicked in a chart: scroll the timeline there.
    void monthActivated(int monthIndex);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void updateDefaultComparison();

    ChartInput m_input;
    std::optional<Scenario> m_comparison;
    bool m_comparisonIsDefault = true;
    QString m_defaultFor; ///< the scenario name the default comparison was chosen for
    QGridLayout *m_grid = nullptr;
    std::vector<ChartFrame *> m_frames;
    QSet<int> m_dirty; ///< ChartKind values not refreshed since the last change
    std::optional<ChartKind> m_enlarged;
    QTimer m_refreshTimer;
};

} // namespace rackline
