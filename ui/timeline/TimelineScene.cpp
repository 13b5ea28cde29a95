// SPDX-License-Identifier: MIT
#include "TimelineScene.h"

#include <ChartFormat.h>

#include "CommitmentBracketItem.h"
#include "DeploymentItem.h"
#include "PhaseItem.h"

#include <ScenarioDocument.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsView>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QProgressBar>
#include <QProgressDialog>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <queue>

namespace rackline {

namespace {

constexpr double kEpsilonMw = 1e-6;

/// rho(m; s, r) of MODEL.md.
double rampFraction(int m, int s, int r)
{
    if (m < s)
        return 0;
    if (r <= 0)
        return 1;
    return std::min(1.0, double(m - s + 1) / r);
}

/// Greedy interval packing: each [start, end) goes to the first row free at its start.
std::vector<int> packRows(const std::vector<std::pair<int, int>> &intervals, int *rowCount)
{
    // First fit in order of start: each interval takes the lowest row free at its start.
    // Starts only grow, so a row that has ended stays free until it is taken: rows that
    // ended wait in `free` (lowest first), busy ones in `busy` (earliest end first). O(n log n);
    // scanning every row instead took 100 ms for 100,000 deployments on a few lanes.
    std::vector<int> order(intervals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return intervals[size_t(a)].first < intervals[size_t(b)].first; });
    using EndAndRow = std::pair<int, int>;
    std::priority_queue<EndAndRow, std::vector<EndAndRow>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    int rowsUsed = 0;
    std::vector<int> rows(intervals.size(), 0);
    for (int i : order) {
        const auto [start, end] = intervals[size_t(i)];
        while (!busy.empty() && busy.top().first <= start) {
            free.push(busy.top().second);
            busy.pop();
        }
        int row = rowsUsed;
        if (!free.empty()) {
            row = free.top();
            free.pop();
        } else {
            ++rowsUsed;
        }
        busy.emplace(end, row);
        rows[size_t(i)] = row;
    }
    *rowCount = rowsUsed;
    return rows;
}

const QColor kFallbackColors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                  QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48)};

} // namespace

TimelineScene::TimelineScene(ScenarioDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    // The index is for static scenes; blocks move on every mouse move of a drag.
    // Indexed: a paint finds the few blocks in view among 100,000 without testing each (with
    // NoIndex, every repaint while a big plan's blocks were being made grew to 100+ ms).
    setItemIndexMethod(BspTreeIndex);
    connect(document, &ScenarioDocument::changed, this, &TimelineScene::onChanged);
    m_blockSlices.setInterval(0);
    connect(&m_blockSlices, &QTimer::timeout, this, &TimelineScene::buildBlocks);
    rebuild();
}

TimelineScene::~TimelineScene()
{
    // QGraphicsScene's destructor deletes the items, which would announce selection
    // changes to listeners that look at half-destroyed items.
    blockSignals(true);
    delete m_blockProgress;
    m_deployments.clear();
    m_phases.clear();
    m_commitments.clear();
}

void TimelineScene::setPixelsPerMonth(double pixels)
{
    m_scale.setPixelsPerMonth(pixels);
    layoutAll();
}

int TimelineScene::laneAt(double y) const
{
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (y < m_lanes[i].top + m_lanes[i].height)
            return int(i);
    }
    return int(m_lanes.size()) - 1;
}

int TimelineScene::laneOfPartner(const QString &partner) const
{
    return m_laneOfPartner.value(partner, -1);
}

double TimelineScene::totalHeight() const
{
    return m_lanes.empty() ? 0 : m_lanes.back().top + m_lanes.back().height;
}

DeploymentItem *TimelineScene::deploymentItem(int index) const
{
    return index >= 0 && size_t(index) < m_deployments.size() ? m_deployments[size_t(index)] : nullptr;
}

PhaseItem *TimelineScene::phaseItem(int index) const
{
    return index >= 0 && size_t(index) < m_phases.size() ? m_phases[size_t(index)] : nullptr;
}

std::vector<int> TimelineScene::selectedDeployments() const
{
    std::vector<int> result;
    for (DeploymentItem *item : m_deployments) {
        if (item->isSelected())
            result.push_back(item->index());
    }
    return result;
}

std::vector<int> TimelineScene::selectedPhases() const
{
    std::vector<int> result;
    for (PhaseItem *item : m_phases) {
        if (item->isSelected())
            result.push_back(item->index());
    }
    return result;
}

std::vector<int> TimelineScene::selectedCommitments() const
{
    std::vector<int> result;
    for (CommitmentBracketItem *item : m_commitments) {
        if (item->isSelected())
            result.push_back(item->index());
    }
    return result;
}

void TimelineScene::selectDeployments(const std::vector<int> &indices)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (int index : indices) {
        if (DeploymentItem *item = deploymentItem(index))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

bool TimelineScene::event(QEvent *event)
{
    // The demand line is drawn in the text colour: follow a light/dark switch.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateDemand();
    return QGraphicsScene::event(event);
}

void TimelineScene::setViewportHeight(double height)
{
    if (height == m_viewportHeight)
        return;
    m_viewportHeight = height;
    if (!m_frozen)
        layoutAll();
}

void TimelineScene::selectOnly(QGraphicsItem *item)
{
    if (!item)
        return;
    QSignalBlocker blocker(this);
    clearSelection();
    item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
    for (QGraphicsView *view : views())
        view->ensureVisible(item->sceneBoundingRect().intersected(sceneRect()), 40, 20);
}

QGraphicsItem *TimelineScene::commitmentItem(int index) const
{
    return index >= 0 && size_t(index) < m_commitments.size() ? m_commitments[size_t(index)] : nullptr;
}

void TimelineScene::setLayoutFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    if (frozen)
        return;
    // The dragged blocks find rows in their lanes; the others stay.
    std::vector<int> moved;
    moved.swap(m_movedWhileFrozen);
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    for (int index : moved) {
        if (size_t(index) < m_rowOf.size())
            repackDeployment(index);
    }
    layoutAll();
}

bool TimelineScene::hasShortfallAt(int windowMonth) const
{
    return windowMonth >= 0 && size_t(windowMonth) < m_monthShort.size() && m_monthShort[size_t(windowMonth)];
}

void TimelineScene::onChanged(const DocumentChange &change)
{
    if (isBuildingBlocks()) {
        // A change while blocks are still being made (never from the user, whose input the
        // progress dialog holds back): make them all now, for the document as it is.
        rebuild();
        return;
    }
    switch (change.kind) {
    case DocumentChange::Kind::Deployment:
        if (m_frozen) {
            m_movedWhileFrozen.push_back(change.index);
        } else if (!repackDeployment(change.index)) {
            layoutAll(); // its lane grew or shrank: the lanes below move
        }
        layoutDeployment(change.index);
        m_deployments[size_t(change.index)]->setToolTip(deploymentToolTip(change.index));
        refreshWarnings();
        updateDemand();
        break;
    case DocumentChange::Kind::Commitments:
        layoutCommitments();
        refreshWarnings();
        break;
    case DocumentChange::Kind::Assumptions: // PUE moves the demand line, delays the warnings
        refreshWarnings();
        updateDemand();
        break;
    case DocumentChange::Kind::DeploymentInserted:
    case DocumentChange::Kind::DeploymentRemoved: {
        const std::vector<int> selection = shiftedSelection(selectedDeployments(), change);
        rebuild(&selection);
        break;
    }
    case DocumentChange::Kind::Phases:
        rebuildPhases(selectedPhases());
        break;
    case DocumentChange::Kind::PhaseInserted:
    case DocumentChange::Kind::PhaseRemoved:
        rebuildPhases(shiftedSelection(selectedPhases(), change));
        break;
    case DocumentChange::Kind::Everything: { // a scenario opened: a big one is made in slices
        const std::vector<int> none;
        rebuild(&none, true);
        break;
    }
    }
}

void TimelineScene::rebuild(const std::vector<int> *deploymentSelection, bool inSlices)
{
    // Keep what was selected, by kind and index, across the rebuild (blocks still to be made
    // keep the selection they were to get).
    const std::vector<int> deployments = deploymentSelection ? *deploymentSelection
        : isBuildingBlocks()                                 ? m_selectionAfterBuild
                                                             : selectedDeployments();
    stopBuildingBlocks();
    const std::vector<int> phases = selectedPhases();
    const std::vector<int> commitments = selectedCommitments();

    QSignalBlocker blocker(this);
    clear(); // deletes every item
    m_deployments.clear();
    m_phases.clear();
    m_commitments.clear();

    // An empty panel, added first so that the scene makes it its active panel: a scene with
    // an active panel tells that panel alone when its window is activated or deactivated,
    // not each of its top-level items (for 100,000 blocks, 80-100 ms whenever the user
    // switched windows). No block takes focus or reads isActive(), so nothing else changes.
    auto *activationPanel = new QGraphicsPathItem;
    activationPanel->setFlag(QGraphicsItem::ItemIsPanel);
    addItem(activationPanel);

    const Scenario &scenario = m_document->scenario();
    // The index's depth, fixed for the items to come: left to itself Qt deepens the index as
    // items arrive and reinserts every item each time (a 60 ms repaint while a big plan's
    // blocks were made). About 50 blocks a cell, not Qt's one or two: a block is far wider
    // than tall and is inserted in every cell it crosses, so at Qt's depth (17 for 100,000)
    // indexing a big plan's blocks took 450 ms; at 11 no pause of opening one passed 70 ms,
    // and a repaint is no slower (BM_TimelineRepaint).
    const double blocksPerCell = 50;
    setBspTreeDepth(std::max(5, int(std::ceil(std::log2(std::max(1.0, double(scenario.deployments.size()) / blocksPerCell))))));
    const int start = TimeScale::absoluteMonth(scenario.timeline.start);
    const int first = int(std::floor((start - 12) / 12.0)) * 12;
    const int end = start + scenario.timeline.months + 12;
    const int last = int(std::ceil(end / 12.0)) * 12;
    m_scale.setRange(first, last - first);

    for (size_t i = 0; i < scenario.phases.size(); ++i) {
        auto *item = new PhaseItem(int(i));
        item->setZValue(1);
        addItem(item);
        m_phases.push_back(item);
    }
    refreshPhaseShortfalls(); // the blocks are made with their warnings
    for (size_t i = 0; i < scenario.commitments.size(); ++i) {
        auto *item = new CommitmentBracketItem(int(i));
        item->setZValue(2);
        addItem(item);
        m_commitments.push_back(item);
    }
    // Making 100,000 blocks takes seconds: a big scenario's come from the event loop, after
    // the lanes are laid out below; a small one's all at once, so they exist on return.
    const int deploymentCount = int(scenario.deployments.size());
    const bool sliced = inSlices && deploymentCount >= kSlicedBuildThreshold;
    for (int i = 0; i < deploymentCount && !sliced; ++i)
        makeBlock(i);
    packDeployments();
    m_demand = addPath(QPainterPath());
    m_demand->setZValue(4);
    m_shortfall = addPath(QPainterPath());
    m_shortfall->setZValue(5);

    layoutAll();
    refreshWarnings();
    updateDemand();

    for (int i : deployments) {
        if (DeploymentItem *item = deploymentItem(i))
            item->setSelected(true);
    }
    for (int i : phases) {
        if (PhaseItem *item = phaseItem(i))
            item->setSelected(true);
    }
    for (int i : commitments) {
        if (size_t(i) < m_commitments.size())
            m_commitments[size_t(i)]->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();

    if (sliced) {
        if (!views().isEmpty()) {
            m_blockProgress = new QProgressDialog(tr("Laying out %Ln deployment(s)…", nullptr, deploymentCount),
                                                  QString(), 0, deploymentCount, views().first()->window());
            m_blockProgress->setWindowModality(Qt::WindowModal); // no edits until every block exists
            // The slices move the dialog's bar, not the dialog's setValue: once shown, a modal
            // dialog's setValue turns the event loop inside the slice, which made a slice and
            // a repaint one pause. Its first setValue(0), before it shows, only starts the
            // timer that shows it after 100 ms.
            m_blockBar = new QProgressBar;
            m_blockBar->setRange(0, deploymentCount);
            m_blockProgress->setBar(m_blockBar);
            m_blockProgress->setMinimumDuration(100);
            m_blockProgress->setValue(0);
        }
        m_selectionAfterBuild = deployments; // selected once every block exists
        m_blockSlices.start();
    }
}

DeploymentItem *TimelineScene::makeBlock(int index)
{
    auto *item = new DeploymentItem(index);
    item->setZValue(3);
    addItem(item);
    m_deployments.push_back(item);
    // Born with its warnings, tooltip, colour and label: the layouts after it only place it,
    // and the warnings pass at the end of a sliced build finds nothing left to do.
    item->setWarnings(deploymentWarnings(index));
    item->setToolTip(deploymentToolTip(index));
    updateAppearance(index);
    return item;
}

void TimelineScene::buildBlocks()
{
    // ~20 ms per slice: timers run and the dialog moves between slices (on a loaded machine
    // a slice and what follows it took 2-3 times as long as its budget).
    QElapsedTimer clock;
    clock.start();
    const int total = int(m_document->scenario().deployments.size());
    while (int(m_deployments.size()) < total && clock.elapsed() < 20) {
        const int index = int(m_deployments.size());
        makeBlock(index);
        placeDeployment(index);
    }
    // Index this slice's blocks now (any query does): left to the index's own timer, all
    // 100,000 were indexed in one go after the last slice.
    items(QPointF(-1, -1));
    if (int(m_deployments.size()) < total) {
        if (m_blockBar)
            m_blockBar->setValue(int(m_deployments.size()));
        return;
    }
    stopBuildingBlocks();
    refreshWarnings();
    if (!m_selectionAfterBuild.empty()) {
        QSignalBlocker blocker(this);
        for (int i : m_selectionAfterBuild) {
            if (DeploymentItem *item = deploymentItem(i))
                item->setSelected(true);
        }
        m_selectionAfterBuild.clear();
        blocker.unblock();
        emit selectionChanged();
    }
}

void TimelineScene::stopBuildingBlocks()
{
    m_blockSlices.stop();
    if (m_blockProgress) {
        m_blockProgress->hide();
        m_blockProgress->deleteLater();
        m_blockProgress = nullptr;
    }
}

std::vector<int> TimelineScene::shiftedSelection(const std::vector<int> &selected, const DocumentChange &change)
{
    // Indices after the change point shift: keep the selection on the same items, and drop
    // a removed one, rather than selecting whatever now has its index.
    const bool inserted = change.kind == DocumentChange::Kind::DeploymentInserted
        || change.kind == DocumentChange::Kind::PhaseInserted;
    std::vector<int> result;
    for (int index : selected) {
        if (!inserted && index == change.index)
            continue;
        const bool shifts = inserted ? index >= change.index : index > change.index;
        result.push_back(shifts ? index + (inserted ? 1 : -1) : index);
    }
    return result;
}

void TimelineScene::rebuildPhases(const std::vector<int> &selected)
{
    // A phase edit (a phase drag's every mouse move) leaves the deployments' indices alone:
    // only the phase items are recreated, the blocks are laid out again in place.
    QSignalBlocker blocker(this);
    for (PhaseItem *item : m_phases) {
        removeItem(item);
        delete item;
    }
    m_phases.clear();
    for (size_t i = 0; i < m_document->scenario().phases.size(); ++i) {
        auto *item = new PhaseItem(int(i));
        item->setZValue(1);
        addItem(item);
        m_phases.push_back(item);
    }
    layoutAll();
    refreshWarnings();
    for (int i : selected) {
        if (PhaseItem *item = phaseItem(i))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void TimelineScene::packDeployments()
{
    const Scenario &scenario = m_document->scenario();
    const size_t partnerCount = scenario.partners.size();
    m_laneOfPartner.clear();
    for (size_t p = 0; p < partnerCount; ++p)
        m_laneOfPartner.insert(scenario.partners[p].id, int(p));
    const size_t count = scenario.deployments.size();
    m_laneOf.resize(count);
    m_spanOf.resize(count);
    std::vector<std::vector<std::pair<int, int>>> intervals(std::max<size_t>(partnerCount, 1));
    std::vector<std::vector<int>> members(intervals.size());
    for (size_t i = 0; i < count; ++i) {
        m_laneOf[i] = m_laneOfPartner.value(scenario.deployments[i].partner, 0);
        m_spanOf[i] = monthsOf(scenario.deployments[i]);
        intervals[size_t(m_laneOf[i])].push_back(m_spanOf[i]);
        members[size_t(m_laneOf[i])].push_back(int(i));
    }
    m_rowOf.assign(count, 0);
    m_rowsOfLane.assign(partnerCount, 1);
    for (size_t p = 0; p < partnerCount; ++p) {
        int rows = 0;
        const std::vector<int> packed = packRows(intervals[p], &rows);
        m_rowsOfLane[p] = std::max(1, rows);
        for (size_t k = 0; k < packed.size(); ++k)
            m_rowOf[size_t(members[p][k])] = packed[k];
    }
}

std::pair<int, int> TimelineScene::monthsOf(const Deployment &deployment) const
{
    const int s = TimeScale::absoluteMonth(deployment.start);
    const int lifetime = m_document->lifetimeOf(deployment);
    return {s, lifetime > 0 ? s + lifetime : INT_MAX};
}

bool TimelineScene::repackDeployment(int index)
{
    // The lowest row of its lane where no other block overlaps its months; the others stay
    // where they are (a full packing moved thousands of blocks of a 100,000 plan, 300 ms).
    const Deployment &d = m_document->scenario().deployments[size_t(index)];
    const int lane = m_laneOfPartner.value(d.partner, 0);
    const std::pair<int, int> span = monthsOf(d);
    m_laneOf[size_t(index)] = lane;
    m_spanOf[size_t(index)] = span;
    std::vector<bool> taken;
    std::vector<int> rows(m_rowsOfLane.size(), 1);
    for (size_t j = 0; j < m_rowOf.size(); ++j) {
        if (int(j) == index)
            continue;
        const size_t row = size_t(m_rowOf[j]);
        if (size_t(m_laneOf[j]) < rows.size())
            rows[size_t(m_laneOf[j])] = std::max(rows[size_t(m_laneOf[j])], int(row) + 1);
        if (m_laneOf[j] == lane && m_spanOf[j].first < span.second && span.first < m_spanOf[j].second) {
            if (taken.size() <= row)
                taken.resize(row + 1, false);
            taken[row] = true;
        }
    }
    const int row = int(std::find(taken.begin(), taken.end(), false) - taken.begin());
    m_rowOf[size_t(index)] = row;
    if (size_t(lane) < rows.size())
        rows[size_t(lane)] = std::max(rows[size_t(lane)], row + 1);
    const bool sameLanes = rows == m_rowsOfLane;
    m_rowsOfLane = rows;
    return sameLanes;
}

void TimelineScene::computeLanes()
{
    const Scenario &scenario = m_document->scenario();
    const size_t partnerCount = scenario.partners.size();
    if (m_rowsOfLane.size() != partnerCount || m_rowOf.size() != scenario.deployments.size())
        packDeployments();
    const std::vector<int> &rows = m_rowsOfLane;

    // Rows of commitment brackets, per lane.
    std::vector<std::vector<std::pair<int, int>>> brackets(partnerCount);
    std::vector<std::vector<int>> bracketMembers(partnerCount);
    for (size_t c = 0; c < scenario.commitments.size(); ++c) {
        const Commitment &commitment = scenario.commitments[c];
        const int lane = m_laneOfPartner.value(commitment.partner, 0);
        const int s = TimeScale::absoluteMonth(commitment.start);
        brackets[size_t(lane)].emplace_back(s, s + commitment.months);
        bracketMembers[size_t(lane)].push_back(int(c));
    }
    m_bracketRowOf.assign(scenario.commitments.size(), 0);
    std::vector<int> bracketRows(partnerCount, 0);
    for (size_t p = 0; p < partnerCount; ++p) {
        int count = 0;
        const std::vector<int> packed = packRows(brackets[p], &count);
        bracketRows[p] = count;
        for (size_t k = 0; k < packed.size(); ++k)
            m_bracketRowOf[size_t(bracketMembers[p][k])] = packed[k];
    }

    m_lanes.clear();
    double top = 0;
    for (size_t p = 0; p < partnerCount; ++p) {
        Lane lane;
        lane.partner = scenario.partners[p].id;
        lane.title = scenario.partners[p].name.isEmpty() ? lane.partner : scenario.partners[p].name;
        lane.color = partnerColor(lane.partner);
        lane.top = top;
        lane.bracketRows = bracketRows[p];
        lane.rows = rows[p];
        lane.height = 2 * kLanePadding + lane.bracketRows * kBracketRowHeight + lane.rows * kBlockHeight
            + (lane.rows - 1) * kRowGap;
        top += lane.height;
        m_lanes.push_back(lane);
    }
    Lane power;
    power.power = true;
    // The lane's vertical scale: its top is the larger of all phases together and the peak need.
    double totalCapacity = 0;
    for (const PowerPhase &phase : scenario.phases)
        totalCapacity += phase.capacityMw;
    const auto &totals = m_document->engine().totals();
    const double peakNeed = totals.rows() > 0 ? column(totals, Metric::FacilityPowerMw).maxCoeff() : 0.0;
    power.title = tr("Power\n0 to %1 GW").arg(QLocale().toString(std::max(totalCapacity, peakNeed) / 1000.0, 'f', 1));
    power.color = QColor(0x9e, 0x9e, 0x9e);
    power.top = top;
    power.height = std::max(kPowerLaneHeight, std::floor(m_viewportHeight - top - 1));
    m_lanes.push_back(power);
}

void TimelineScene::layoutAll()
{
    if (!m_frozen)
        computeLanes();
    updateSceneRect();
    // Places only: colours and labels do not depend on the lanes or the scale.
    for (size_t i = 0; i < m_deployments.size(); ++i)
        placeDeployment(int(i));
    layoutPhases();
    layoutCommitments();
    updateDemand();
    emit lanesChanged();
}

void TimelineScene::updateSceneRect()
{
    const QRectF rect(0, 0, m_scale.width(), totalHeight());
    if (rect == sceneRect())
        return;
    // Announced even inside a rebuild's signal blocker: the item index and the views learn
    // the scene rect only from sceneRectChanged. An index left with an old rect put most of
    // a big plan's blocks in its edge cells, and the views kept old scroll ranges.
    const bool blocked = blockSignals(false);
    setSceneRect(rect);
    blockSignals(blocked);
}

void TimelineScene::layoutDeployment(int index)
{
    placeDeployment(index);
    updateAppearance(index);
}

void TimelineScene::updateAppearance(int index)
{
    const Deployment &d = m_document->scenario().deployments[size_t(index)];
    DeploymentItem *item = m_deployments[size_t(index)];
    item->setAppearance(partnerColor(d.partner), m_document->deploymentLabel(d), item->toolTip());
}

void TimelineScene::placeDeployment(int index)
{
    const Deployment &d = m_document->scenario().deployments[size_t(index)];
    DeploymentItem *item = m_deployments[size_t(index)];
    const int laneIndex = m_laneOfPartner.value(d.partner, 0);
    const Lane &lane = m_lanes[size_t(laneIndex)];

    // During a frozen drag a block that changes lane takes the new lane's first row.
    int row = m_rowOf[size_t(index)];
    if (m_frozen && m_laneOf[size_t(index)] != laneIndex)
        row = 0;
    row = std::min(row, lane.rows - 1);

    const double y = lane.top + kLanePadding + lane.bracketRows * kBracketRowHeight + row * (kBlockHeight + kRowGap);
    const int s = TimeScale::absoluteMonth(d.start);
    const int lifetime = m_document->lifetimeOf(d);
    const double left = m_scale.x(double(s));
    const double right = lifetime > 0 ? m_scale.x(double(s + lifetime)) : m_scale.width();
    item->setGeometry(QRectF(left, y, std::max(1.0, right - left), kBlockHeight),
                      d.rampMonths * m_scale.pixelsPerMonth());
}

void TimelineScene::layoutPhases()
{
    const Scenario &scenario = m_document->scenario();
    if (m_lanes.empty() || m_phases.empty())
        return;
    const Lane &lane = m_lanes.back();
    const int first = m_scale.firstMonth();
    const int count = m_scale.monthCount();

    // Stack in order of coming online, so the band outline grows as the plan does.
    std::vector<int> order(scenario.phases.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return scenario.phases[size_t(a)].online < scenario.phases[size_t(b)].online;
    });

    // The scale fits the larger of all phases together and the plan's peak need.
    double totalCapacity = 0;
    for (const PowerPhase &phase : scenario.phases)
        totalCapacity += phase.capacityMw;
    const auto &totals = m_document->engine().totals();
    const double peakNeed = totals.rows() > 0 ? column(totals, Metric::FacilityPowerMw).maxCoeff() : 0.0;
    const double mwScale = (lane.height - 2 * kLanePadding) / std::max({totalCapacity, peakNeed, 1.0});
    const double bottom = lane.top + lane.height - kLanePadding;

    // Names go where the band is thick enough and no other name is; never on top of each other.
    QFont labelFont = QApplication::font();
    labelFont.setPointSizeF(std::max(6.5, labelFont.pointSizeF() - 2));
    const QFontMetricsF metrics(labelFont);
    std::vector<QRectF> placedLabels;

    std::vector<double> below(size_t(count) + 1, 0.0);
    for (int p : order) {
        const PowerPhase &phase = scenario.phases[size_t(p)];
        const int s = TimeScale::absoluteMonth(phase.online);
        const int from = std::clamp(s - first, 0, count);
        std::vector<double> own(size_t(count) + 1, 0.0);
        for (int k = from; k <= count; ++k)
            own[size_t(k)] = phase.capacityMw * rampFraction(first + std::min(k, count - 1), s, phase.rampMonths);

        QPolygonF polygon;
        for (int k = from; k <= count; ++k)
            polygon << QPointF(m_scale.x(double(first + k)), bottom - (below[size_t(k)] + own[size_t(k)]) * mwScale);
        for (int k = count; k >= from; --k)
            polygon << QPointF(m_scale.x(double(first + k)), bottom - below[size_t(k)] * mwScale);
        QPainterPath path;
        path.addPolygon(polygon);
        path.closeSubpath();

        const int full = std::clamp(s + phase.rampMonths - first, 0, count);
        const QPointF anchor(m_scale.x(double(first + full)),
                             bottom - (below[size_t(full)] + own[size_t(full)]) * mwScale);
        PhaseItem *item = m_phases[size_t(p)];
        const QLocale locale;
        const QString label = tr("%1 · %2 MW").arg(phase.name.isEmpty() ? phase.id : phase.name,
                                                   locale.toString(phase.capacityMw, 'f', 0));
        double labelHeight = own[size_t(full)] * mwScale;
        const QRectF labelRect(anchor.x() + 4, anchor.y(), std::min(240.0, metrics.horizontalAdvance(label)),
                               labelHeight);
        const bool collides = std::any_of(placedLabels.begin(), placedLabels.end(),
                                          [&](const QRectF &other) { return other.intersects(labelRect); });
        if (labelHeight < metrics.height() || collides)
            labelHeight = 0;
        else
            placedLabels.push_back(labelRect);
        item->setBand(path, anchor, labelHeight);

        QColor color = phase.partner.isEmpty() ? QColor(0x9e, 0x9e, 0x9e) : partnerColor(phase.partner);
        const QString toolTip = tr("<b>%1</b><br>%2 MW from %3, ramp %n month(s)<br>%4", nullptr, phase.rampMonths)
                                    .arg(phase.name.toHtmlEscaped(), locale.toString(phase.capacityMw, 'f', 0),
                                         ChartFormat::month(phase.online), phase.source.toHtmlEscaped());
        item->setAppearance(color, label, toolTip);
        for (int k = 0; k <= count; ++k)
            below[size_t(k)] += own[size_t(k)];
    }
}

void TimelineScene::layoutCommitments()
{
    const Scenario &scenario = m_document->scenario();
    const QLocale locale;
    for (size_t c = 0; c < m_commitments.size() && c < scenario.commitments.size(); ++c) {
        const Commitment &commitment = scenario.commitments[c];
        const Lane &lane = m_lanes[size_t(m_laneOfPartner.value(commitment.partner, 0))];
        const int s = TimeScale::absoluteMonth(commitment.start);
        const double left = m_scale.x(double(s));
        const double right = m_scale.x(double(s + commitment.months));
        const int row = m_frozen ? std::min(m_bracketRowOf[c], std::max(0, lane.bracketRows - 1)) : m_bracketRowOf[c];
        m_commitments[c]->setGeometry(
            QRectF(left, lane.top + kLanePadding + row * kBracketRowHeight, right - left, kBracketRowHeight));
        QString kind;
        switch (commitment.kind) {
        case CommitmentKind::Investment: kind = tr("investment"); break;
        case CommitmentKind::Cloud: kind = tr("cloud"); break;
        case CommitmentKind::Purchase: kind = tr("purchase"); break;
        }
        QString label = tr("%1 $%2B").arg(kind, locale.toString(commitment.totalUsdB, 'g', 4));
        if (commitment.gw)
            label += tr(" · %1 GW").arg(locale.toString(*commitment.gw, 'g', 4));
        const QString toolTip = tr("<b>%1</b>: %2, $%3B from %4 for %n month(s)<br>%5", nullptr, commitment.months)
                                    .arg(commitment.id, kind, locale.toString(commitment.totalUsdB, 'g', 6),
                                         ChartFormat::month(commitment.start), commitment.source.toHtmlEscaped());
        m_commitments[c]->setAppearance(lane.color, label, toolTip, false);
    }
}

void TimelineScene::refreshPhaseShortfalls()
{
    const Engine &engine = m_document->engine();
    m_phaseShort.assign(size_t(engine.phaseCount()), false);
    for (int p = 0; p < engine.phaseCount(); ++p)
        m_phaseShort[size_t(p)] = ((engine.phaseLoadMw(p) - engine.phaseAvailableMw(p)).array() > kEpsilonMw).any();
    for (size_t p = 0; p < m_phases.size() && p < m_phaseShort.size(); ++p)
        m_phases[p]->setShortfall(m_phaseShort[p]);
    m_phaseIndex.clear();
    const Scenario &scenario = m_document->scenario();
    for (size_t p = 0; p < scenario.phases.size(); ++p)
        m_phaseIndex.insert(scenario.phases[p].id, int(p));
}

int TimelineScene::deploymentWarnings(int index) const
{
    const Engine &engine = m_document->engine();
    if (index >= engine.deploymentCount())
        return DeploymentItem::NoWarning;
    int warnings = DeploymentItem::NoWarning;
    if (engine.deploymentBeforeAvailable(index))
        warnings |= DeploymentItem::BeforeAvailable;
    const QString &phase = m_document->scenario().deployments[size_t(index)].phase;
    if (!phase.isEmpty()) {
        const int p = m_phaseIndex.value(phase, -1);
        if (p >= 0 && size_t(p) < m_phaseShort.size() && m_phaseShort[size_t(p)])
            warnings |= DeploymentItem::PowerShortfall;
    }
    return warnings;
}

void TimelineScene::refreshWarnings()
{
    refreshPhaseShortfalls();
    for (size_t i = 0; i < m_deployments.size(); ++i) {
        const int warnings = deploymentWarnings(int(i));
        if (warnings != m_deployments[i]->warnings()) {
            m_deployments[i]->setWarnings(warnings);
            m_deployments[i]->setToolTip(deploymentToolTip(int(i)));
        }
    }
}

void TimelineScene::updateDemand()
{
    if (!m_demand || m_lanes.empty())
        return;
    const Scenario &scenario = m_document->scenario();
    const auto &totals = m_document->engine().totals();
    const Lane &lane = m_lanes.back();
    double totalCapacity = 0;
    for (const PowerPhase &phase : scenario.phases)
        totalCapacity += phase.capacityMw;
    const auto need = column(totals, Metric::FacilityPowerMw);
    const auto available = column(totals, Metric::AvailablePowerMw);
    const double peakNeed = totals.rows() > 0 ? need.maxCoeff() : 0.0;
    const double mwScale = (lane.height - 2 * kLanePadding) / std::max({totalCapacity, peakNeed, 1.0});
    const double bottom = lane.top + lane.height - kLanePadding;
    const int start = TimeScale::absoluteMonth(scenario.timeline.start);

    QPainterPath line, shortfall;
    m_monthShort.assign(size_t(totals.rows()), false);
    for (Eigen::Index m = 0; m < totals.rows(); ++m) {
        const double x0 = m_scale.x(double(start + m)), x1 = m_scale.x(double(start + m + 1));
        const double y = bottom - need[m] * mwScale;
        if (m == 0)
            line.moveTo(x0, y);
        else
            line.lineTo(x0, y);
        line.lineTo(x1, y);
        if (!scenario.phases.empty() && need[m] > available[m] + kEpsilonMw) {
            m_monthShort[size_t(m)] = true;
            shortfall.moveTo(x0, y);
            shortfall.lineTo(x1, y);
        }
    }
    m_demand->setPath(line);
    m_demand->setPen(QPen(QApplication::palette().color(QPalette::Text), 1.5));
    m_demand->setToolTip(tr("Facility power the deployments need"));
    m_shortfall->setPath(shortfall);
    m_shortfall->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 3.0));
    m_shortfall->setToolTip(tr("More power needed than the phases give"));
}

QColor TimelineScene::partnerColor(const QString &partner) const
{
    const Scenario &scenario = m_document->scenario();
    const int index = m_document->partnerIndex(partner);
    if (index >= 0) {
        const QColor color = QColor::fromString(scenario.partners[size_t(index)].color);
        if (color.isValid())
            return color;
        return kFallbackColors[index % 6];
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString TimelineScene::deploymentToolTip(int index) const
{
    const Deployment &d = m_document->scenario().deployments[size_t(index)];
    const SystemSpec *spec = m_document->system(d.system);
    const int lifetime = m_document->lifetimeOf(d);
    QString text = tr("<b>%1</b><br>%2 from %3, ramp %n month(s)", nullptr, d.rampMonths)
                       .arg(m_document->deploymentLabel(d).toHtmlEscaped(), m_document->partnerName(d.partner),
                            ChartFormat::month(d.start));
    text += QStringLiteral("<br>")
        + (lifetime > 0 ? tr("Retired after %n month(s)", nullptr, lifetime) : tr("Never retired"));
    if (!d.phase.isEmpty())
        text += QStringLiteral("<br>") + tr("Power phase: %1").arg(d.phase);
    if (!d.commitment.isEmpty())
        text += QStringLiteral("<br>") + tr("Commitment: %1").arg(d.commitment);
    const int phase = m_document->phaseIndex(d.phase);
    if (phase >= 0 && size_t(phase) < m_phaseShort.size() && m_phaseShort[size_t(phase)])
        text += QStringLiteral("<br><span style='color:#d32f2f'>")
            + tr("Its power phase gives less power than its deployments need").toHtmlEscaped()
            + QStringLiteral("</span>");
    if (spec && d.start < spec->available)
        text += QStringLiteral("<br><span style='color:#d32f2f'>")
            + tr("Starts before %1 ships (%2)").arg(spec->name.toHtmlEscaped(), ChartFormat::month(spec->available))
            + QStringLiteral("</span>");
    return text;
}

} // namespace rackline
