// SPDX-License-Identifier: MIT
#pragma once

#include "TimeScale.h"

#include <DocumentChange.h>

#include <QColor>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <utility>
#include <vector>

class QGraphicsPathItem;
class QProgressBar;
class QProgressDialog;

namespace rackline {

class CommitmentBracketItem;
struct Deployment;
class DeploymentItem;
class PhaseItem;
class ScenarioDocument;

/// The timeline's items laid out on lanes: one lane per partner (commitment brackets on
/// top, deployment blocks packed into rows below) and a power lane at the bottom (phases
/// stacked into the plan's available power, with the power the deployments need drawn
/// over it). It follows the document's change events: a deployment edited in place moves
/// one block; inserts, removals and phase edits rebuild. While a drag runs the layout is
/// frozen (rows and lane heights stay put) so that nothing jumps under the mouse.
class TimelineScene : public QGraphicsScene
{
    Q_OBJECT

public:
    struct Lane {
        QString partner; ///< empty for the power lane
        bool power = false;
        QString title;
        QColor color;
        double top = 0;
        double height = 0;
        int bracketRows = 0;
        int rows = 1;
    };

    static constexpr double kBlockHeight = 24;
    static constexpr double kRowGap = 4;
    static constexpr double kBracketRowHeight = 16;
    static constexpr double kLanePadding = 6;
    static constexpr double kPowerLaneHeight = 150;

    explicit TimelineScene(ScenarioDocument *document, QObject *parent = nullptr);
    ~TimelineScene() override;

    ScenarioDocument *document() const { return m_document; }
    const TimeScale &timeScale() const { return m_scale; }
    void setPixelsPerMonth(double pixels);

    const std::vector<Lane> &lanes() const { return m_lanes; }
    /// The lane at scene y (clamped to the first and last lane).
    int laneAt(double y) const;
    int laneOfPartner(const QString &partner) const;
    int powerLane() const { return int(m_lanes.size()) - 1; }
    double totalHeight() const;

    DeploymentItem *deploymentItem(int index) const;
    PhaseItem *phaseItem(int index) const;

    std::vector<int> selectedDeployments() const;
    std::vector<int> selectedPhases() const;
    std::vector<int> selectedCommitments() const;
    void selectDeployments(const std::vector<int> &indices);
    /// Selects one item alone and scrolls the views to it.
    void selectOnly(QGraphicsItem *item);
    QGraphicsItem *commitmentItem(int index) const;

    /// The scene x at the view's left edge: block labels stay readable there when a block
    /// starts before it.
    void setVisibleLeft(double x) { m_visibleLeft = x; }
    double visibleLeft() const { return m_visibleLeft; }

    /// The view's height: the power lane grows to fill what the partner lanes leave.
    void setViewportHeight(double height);

    /// Freezes rows and lane heights during a drag; unfreezing lays everything out again.
    void setLayoutFrozen(bool frozen);
    bool isLayoutFrozen() const { return m_frozen; }

    /// Lane titles, block labels and tooltips in the current language and locale: every item
    /// is made again, a big plan's blocks in slices, the selection kept (the view calls it
    /// on a language change).
    void retranslateUi() { rebuild(nullptr, true); }

    /// Months where the plan needs more power than its phases give (for the view's ruler).
    bool hasShortfallAt(int windowMonth) const;

    /// Opening a big scenario makes its blocks in slices from the event loop, so the window
    /// keeps painting (a window-modal progress dialog holds user input back meanwhile); true
    /// until the last block exists. Any document change first makes the remaining blocks.
    bool isBuildingBlocks() const { return m_blockSlices.isActive(); }
    static constexpr int kSlicedBuildThreshold = 2000;

signals:
    /// Lanes moved or changed height (the lane header repaints).
    void lanesChanged();

protected:
    bool event(QEvent *event) override;

private:
    void onChanged(const DocumentChange &change);
    /// Recreates every item; `deploymentSelection` (default: the current one) is selected after.
    void rebuild(const std::vector<int> *deploymentSelection = nullptr, bool inSlices = false);
    /// Makes the next blocks for up to ~20 ms; after the last, sets their warnings and selects
    /// m_selectionAfterBuild.
    void buildBlocks();
    void stopBuildingBlocks();
    DeploymentItem *makeBlock(int index);
    /// Recreates the phase items only, then selects `selected` phases.
    void rebuildPhases(const std::vector<int> &selected);
    static std::vector<int> shiftedSelection(const std::vector<int> &selected, const DocumentChange &change);
    /// Places every item; the rows of the blocks stay (packDeployments() chooses them).
    void layoutAll();
    /// The scene rect from the scale and the lanes, announced to the index and the views.
    void updateSceneRect();
    /// The lanes' heights and tops, from the rows of their blocks and brackets.
    void computeLanes();
    /// Packs every block into rows, first fit in order of start (a scenario opened, items
    /// added or removed).
    void packDeployments();
    /// After one block changed: it takes the lowest row free over its months, the others
    /// stay. False when a lane's row count changed (the lanes must be laid out again).
    bool repackDeployment(int index);
    /// The months a block occupies, [start, retirement), INT_MAX when it is never retired.
    std::pair<int, int> monthsOf(const Deployment &deployment) const;
    /// Places a block (lane, row, months) and gives it its colour and label.
    void layoutDeployment(int index);
    /// Places a block only: what a relayout of every block needs (100,000 labels cost 150 ms).
    void placeDeployment(int index);
    void updateAppearance(int index);
    void layoutPhases();
    void layoutCommitments();
    /// The phases' shortfalls (m_phaseShort), then every block's warnings.
    void refreshWarnings();
    void refreshPhaseShortfalls();
    /// A block's DeploymentItem::Warnings, from the engine and m_phaseShort.
    int deploymentWarnings(int index) const;
    void updateDemand();
    QColor partnerColor(const QString &partner) const;
    QString deploymentToolTip(int index) const;

    ScenarioDocument *m_document;
    TimeScale m_scale;
    std::vector<Lane> m_lanes;
    QHash<QString, int> m_laneOfPartner;
    std::vector<DeploymentItem *> m_deployments;
    std::vector<PhaseItem *> m_phases;
    std::vector<CommitmentBracketItem *> m_commitments;
    std::vector<int> m_rowOf;        ///< packed row of each deployment in its lane
    std::vector<int> m_laneOf;       ///< the lane it was packed in
    std::vector<std::pair<int, int>> m_spanOf; ///< the months it was packed with (monthsOf)
    std::vector<int> m_rowsOfLane;   ///< rows of blocks in each partner's lane (at least 1)
    std::vector<int> m_movedWhileFrozen; ///< blocks a drag moved, repacked when it ends
    std::vector<int> m_bracketRowOf; ///< packed row of each commitment
    QGraphicsPathItem *m_demand = nullptr;
    QGraphicsPathItem *m_shortfall = nullptr;
    std::vector<bool> m_phaseShort;
    QHash<QString, int> m_phaseIndex; ///< phase id -> index, with m_phaseShort
    std::vector<bool> m_monthShort;
    QTimer m_blockSlices; ///< runs buildBlocks while blocks remain to be made
    QPointer<QProgressDialog> m_blockProgress;
    QPointer<QProgressBar> m_blockBar; ///< m_blockProgress's bar
    std::vector<int> m_selectionAfterBuild; ///< blocks selected once the slices have made them
    bool m_frozen = false;
    double m_viewportHeight = 0;
    double m_visibleLeft = 0;
};

} // namespace rackline
