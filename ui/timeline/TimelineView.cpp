// SPDX-License-Identifier: MIT
#include "TimelineView.h"

#include "CommitmentBracketItem.h"
#include "DeploymentItem.h"
#include "PalettePayload.h"
#include "PhaseItem.h"
#include "TimelineScene.h"

#include <NewItems.h>
#include <ScenarioDocument.h>
#include <commands/AddDeploymentsCommand.h>
#include <commands/AddPhaseCommand.h>
#include <commands/ChangeValueCommand.h>
#include <commands/MoveDeploymentsCommand.h>

#include <QEvent>
#include <QApplication>
#include <QDate>
#include <QGestureEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace rackline {

namespace {

/// The topmost model item under a viewport point (skips the demand line and the like).
QGraphicsItem *modelItemAt(const QGraphicsView *view, const QPoint &pos)
{
    const QList<QGraphicsItem *> hits = view->items(pos);
    for (QGraphicsItem *item : hits) {
        const int type = item->type();
        if (type == DeploymentItem::Type || type == PhaseItem::Type || type == CommitmentBracketItem::Type)
            return item;
    }
    return nullptr;
}

constexpr int kPhaseMoveField = -1;

} // namespace

TimelineView::TimelineView(TimelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAcceptDrops(true);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMouseTracking(true);
    setTransformationAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    retranslateUi();
    connect(scene, &TimelineScene::lanesChanged, viewport(), qOverload<>(&QWidget::update));
    // Block labels follow the left edge, so a horizontal scroll repaints the whole canvas
    // rather than shifting pixels that carry labels at their old place.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void TimelineView::retranslateUi()
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Deployments, commitments and power phases on one lane per partner"));
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_scene->retranslateUi();
    }
    QGraphicsView::changeEvent(event);
}

ScenarioDocument *TimelineView::document() const
{
    return m_scene->document();
}

double TimelineView::minimumPixelsPerMonth() const
{
    return m_scene->timeScale().fitPixelsPerMonth(std::max(100, viewport()->width()));
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    const TimeScale &scale = m_scene->timeScale();
    const double month = scale.monthAt(mapToScene(QPoint(int(anchorX), 0)).x());
    const double pixels = std::clamp(scale.pixelsPerMonth() * factor, minimumPixelsPerMonth(),
                                     TimeScale::kMaxPixelsPerMonth);
    if (pixels == scale.pixelsPerMonth())
        return;
    m_followFit = pixels <= minimumPixelsPerMonth();
    m_scene->setPixelsPerMonth(pixels);
    horizontalScrollBar()->setValue(int(std::lround(scale.x(month) - anchorX)));
    viewport()->update();
    emit zoomChanged();
}

void TimelineView::zoomToFit()
{
    m_followFit = true;
    m_scene->setPixelsPerMonth(minimumPixelsPerMonth());
    horizontalScrollBar()->setValue(0);
    emit zoomChanged();
}

void TimelineView::scrollToMonth(int absoluteMonth)
{
    horizontalScrollBar()->setValue(int(m_scene->timeScale().x(double(absoluteMonth))) - 20);
}

int TimelineView::visibleCenterMonth() const
{
    const QPointF center = mapToScene(viewport()->rect().center());
    return int(std::floor(m_scene->timeScale().monthAt(center.x())));
}

int TimelineView::dropMonth(const QPoint &pos, bool free) const
{
    const TimeScale &scale = m_scene->timeScale();
    const double month = scale.monthAt(mapToScene(pos).x());
    return TimeScale::snap(month, free ? 1 : scale.snapMonths());
}

void TimelineView::setHoveredMonth(int month)
{
    if (month == m_hoveredMonth)
        return;
    m_hoveredMonth = month;
    emit hoveredMonthChanged(month);
}

// --- Mouse: select, then drag blocks, handles and phases --------------------------------

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_mode != Mode::None) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QPointF scenePos = mapToScene(pos);
    QGraphicsItem *item = modelItemAt(this, pos);
    if (!item) {
        QGraphicsView::mousePressEvent(event); // rubber band; Ctrl adds to the selection
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        item->setSelected(!item->isSelected());
        return;
    }
    if (!item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }

    const Scenario &scenario = document()->scenario();
    m_pressPos = pos;
    m_pressScene = scenePos;
    m_pressLane = m_scene->laneAt(scenePos.y());
    m_dragIndices.clear();
    m_dragOrigin.clear();
    m_dragPhase = -1;
    m_pendingMode = Mode::None;

    if (item->type() == DeploymentItem::Type) {
        auto *block = static_cast<DeploymentItem *>(item);
        switch (block->partAt(scenePos)) {
        case DeploymentItem::Part::RampHandle:
            m_pendingMode = Mode::Ramp;
            m_dragIndices = {block->index()};
            break;
        case DeploymentItem::Part::EndHandle:
            m_pendingMode = Mode::Lifetime;
            m_dragIndices = {block->index()};
            break;
        default:
            m_pendingMode = Mode::Move;
            // The pressed block first: the snap follows it.
            m_dragIndices = {block->index()};
            for (int index : m_scene->selectedDeployments()) {
                if (index != block->index())
                    m_dragIndices.push_back(index);
            }
            break;
        }
        for (int index : m_dragIndices)
            m_dragOrigin.push_back(scenario.deployments[size_t(index)]);
    } else if (item->type() == PhaseItem::Type) {
        m_pendingMode = Mode::MovePhase;
        m_dragPhase = static_cast<PhaseItem *>(item)->index();
        m_phaseOrigin = scenario.phases[size_t(m_dragPhase)];
    }
    if (m_pendingMode != Mode::None)
        m_mode = Mode::Pending;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPointF scenePos = mapToScene(pos);
    setHoveredMonth(int(std::floor(m_scene->timeScale().monthAt(scenePos.x()))));

    if (m_mode == Mode::Pending) {
        if (!(event->buttons() & Qt::LeftButton)) {
            m_mode = Mode::None;
        } else if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            beginDrag();
        } else {
            return;
        }
    }
    if (m_mode != Mode::None && m_mode != Mode::Pending) {
        updateDrag(scenePos, event->modifiers());
        event->accept();
        return;
    }
    updateCursor(scenePos);
    QGraphicsView::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mode != Mode::None && event->button() == Qt::LeftButton) {
        endDrag(false);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TimelineView::beginDrag()
{
    m_mode = m_pendingMode;
    m_scene->setLayoutFrozen(true);
    // Our drag's command will sit just above this index; later moves merge into it.
    m_stackIndexAtStart = document()->undoStack()->index();
}

void TimelineView::updateDrag(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    ScenarioDocument *doc = document();
    QUndoStack *stack = doc->undoStack();
    const TimeScale &scale = m_scene->timeScale();
    const double deltaMonths = (scenePos.x() - m_pressScene.x()) / scale.pixelsPerMonth();
    const int step = (modifiers & Qt::AltModifier) ? 1 : scale.snapMonths();
    // Merge only into our own command: if a drag back to its start made it obsolete, the
    // next move starts a new one instead of merging into whatever is below.
    const bool merge = stack->index() > m_stackIndexAtStart;

    auto snappedStart = [&](YearMonth origin) {
        const double target = TimeScale::absoluteMonth(origin) + deltaMonths;
        return step == 1 ? int(std::lround(target)) : TimeScale::snap(target, step);
    };

    if (m_mode == Mode::MovePhase) {
        PowerPhase phase = m_phaseOrigin;
        phase.online = TimeScale::fromAbsolute(snappedStart(m_phaseOrigin.online));
        if (sameItem(phase, doc->scenario().phases[size_t(m_dragPhase)]))
            return;
        stack->push(new ChangePhaseCommand(doc, m_dragPhase, phase,
                                           tr("Move power phase %1 to %2")
                                               .arg(phase.name.isEmpty() ? phase.id : phase.name, phase.online.toString()),
                                           kPhaseMoveField, merge));
        return;
    }

    std::vector<Deployment> values = m_dragOrigin;
    MoveDeploymentsCommand::Verb verb = MoveDeploymentsCommand::Verb::Move;
    if (m_mode == Mode::Move) {
        const int delta = snappedStart(m_dragOrigin.front().start) - TimeScale::absoluteMonth(m_dragOrigin.front().start);
        const int lane = m_scene->laneAt(scenePos.y());
        const auto &lanes = m_scene->lanes();
        const QString target = lane != m_pressLane && !lanes[size_t(lane)].power ? lanes[size_t(lane)].partner : QString();
        for (Deployment &d : values) {
            d.start = d.start.plusMonths(delta);
            if (target.isEmpty() || target == d.partner)
                continue;
            d.partner = target;
            // The lane's commitment when it has exactly one; never one of another partner.
            const std::vector<int> commitments = doc->commitmentsOf(target);
            if (commitments.size() == 1)
                d.commitment = doc->scenario().commitments[size_t(commitments.front())].id;
            else
                d.commitment.clear();
        }
    } else {
        Deployment &d = values.front();
        const double months = scale.monthAt(scenePos.x()) - TimeScale::absoluteMonth(d.start);
        if (m_mode == Mode::Ramp) {
            verb = MoveDeploymentsCommand::Verb::Ramp;
            d.rampMonths = std::max(0, int(std::lround(months)));
        } else {
            verb = MoveDeploymentsCommand::Verb::Lifetime;
            // Back at the lifetime it had (its system's, say), it keeps having no own value.
            const int lifetime = std::max(1, int(std::lround(months)));
            if (lifetime != doc->lifetimeOf(m_dragOrigin.front()))
                d.lifetimeMonths = lifetime;
        }
    }

    bool changed = false;
    for (size_t i = 0; i < values.size() && !changed; ++i)
        changed = !sameItem(values[i], doc->scenario().deployments[size_t(m_dragIndices[i])]);
    if (!changed)
        return;
    stack->push(new MoveDeploymentsCommand(doc, m_dragIndices, std::move(values), verb, merge));
}

void TimelineView::endDrag(bool cancel)
{
    const Mode mode = m_mode;
    m_mode = Mode::None;
    if (mode == Mode::Pending || mode == Mode::None)
        return;
    ScenarioDocument *doc = document();
    QUndoStack *stack = doc->undoStack();
    if (cancel && stack->index() > m_stackIndexAtStart) {
        // Push the old values into our command: it becomes obsolete and leaves the stack.
        if (mode == Mode::MovePhase)
            stack->push(new ChangePhaseCommand(doc, m_dragPhase, m_phaseOrigin, QString(), kPhaseMoveField, true));
        else
            stack->push(new MoveDeploymentsCommand(doc, m_dragIndices, m_dragOrigin,
                                                   mode == Mode::Ramp       ? MoveDeploymentsCommand::Verb::Ramp
                                                   : mode == Mode::Lifetime ? MoveDeploymentsCommand::Verb::Lifetime
                                                                            : MoveDeploymentsCommand::Verb::Move,
                                                   true));
    }
    m_scene->setLayoutFrozen(false);
}

void TimelineView::updateCursor(const QPointF &scenePos)
{
    QGraphicsItem *item = modelItemAt(this, mapFromScene(scenePos));
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (item && item->type() == DeploymentItem::Type) {
        switch (static_cast<DeploymentItem *>(item)->partAt(scenePos)) {
        case DeploymentItem::Part::RampHandle:
        case DeploymentItem::Part::EndHandle: shape = Qt::SizeHorCursor; break;
        case DeploymentItem::Part::Body: shape = Qt::OpenHandCursor; break;
        default: break;
        }
    } else if (item && item->type() == PhaseItem::Type) {
        shape = Qt::OpenHandCursor;
    }
    viewport()->setCursor(shape);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_mode != Mode::None) {
        endDrag(true);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineView::leaveEvent(QEvent *event)
{
    setHoveredMonth(-1);
    QGraphicsView::leaveEvent(event);
}

// --- Zoom and scroll ---------------------------------------------------------------------

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(std::pow(1.2, delta / 120.0), event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            const QPointF center = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
            zoomBy(pinch->scaleFactor(), center.x());
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // The power lane takes the height the partner lanes leave free.
    m_scene->setViewportHeight(viewport()->height());
    // Until the user zooms, the whole range stays fitted to the width.
    const double minimum = minimumPixelsPerMonth();
    if (m_followFit || m_scene->timeScale().pixelsPerMonth() < minimum) {
        m_scene->setPixelsPerMonth(minimum);
        emit zoomChanged();
    }
}

// --- Drops from the palette --------------------------------------------------------------

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (PalettePayload::fromMimeData(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const auto payload = PalettePayload::fromMimeData(event->mimeData());
    const QPoint pos = event->position().toPoint();
    const int lane = m_scene->laneAt(mapToScene(pos).y());
    const auto &lanes = m_scene->lanes();
    if (!payload || lanes.empty()
        || (payload->kind == PalettePayload::Kind::System && lanes[size_t(lane)].power)) {
        m_dropIndicator = QRectF();
        viewport()->update();
        event->ignore();
        return;
    }
    const int month = dropMonth(pos, event->modifiers() & Qt::AltModifier);
    const TimelineScene::Lane &l = lanes[size_t(lane)];
    const TimeScale &scale = m_scene->timeScale();
    m_dropIndicator = QRectF(scale.x(double(month)), l.top + 2, std::max(6.0, scale.pixelsPerMonth() * 6), l.height - 4);
    viewport()->update();
    setHoveredMonth(month);
    event->acceptProposedAction();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropIndicator = QRectF();
    viewport()->update();
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    m_dropIndicator = QRectF();
    viewport()->update();
    const auto payload = PalettePayload::fromMimeData(event->mimeData());
    const QPoint pos = event->position().toPoint();
    const auto &lanes = m_scene->lanes();
    if (!payload || lanes.empty()) {
        event->ignore();
        return;
    }
    const TimelineScene::Lane &lane = lanes[size_t(m_scene->laneAt(mapToScene(pos).y()))];
    const YearMonth month = TimeScale::fromAbsolute(dropMonth(pos, event->modifiers() & Qt::AltModifier));
    ScenarioDocument *doc = document();
    if (payload->kind == PalettePayload::Kind::PowerPhase) {
        doc->undoStack()->push(new AddPhaseCommand(doc, makePhase(*doc, lane.partner, month)));
    } else {
        if (lane.power || !doc->system(payload->systemId)) {
            event->ignore();
            return;
        }
        auto *command = new AddDeploymentsCommand(doc, {makeDeployment(*doc, payload->systemId, lane.partner, month)});
        doc->undoStack()->push(command);
        m_scene->selectDeployments(command->indices());
    }
    event->acceptProposedAction();
}

// --- Painting ----------------------------------------------------------------------------

void TimelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Painted before the items: they read where the visible part starts.
    m_scene->setVisibleLeft(mapToScene(QPoint(0, 0)).x());
    const QPalette pal = palette();
    const TimeScale &scale = m_scene->timeScale();
    const Scenario &scenario = document()->scenario();
    painter->fillRect(rect, pal.color(QPalette::Base));

    // Alternating year bands.
    QColor band = pal.color(QPalette::AlternateBase);
    const int firstYear = int(std::floor(scale.monthAt(rect.left()) / 12.0));
    const int lastYear = int(std::floor(scale.monthAt(rect.right()) / 12.0));
    for (int year = firstYear; year <= lastYear; ++year) {
        if (year % 2 != 0)
            continue;
        const double x0 = scale.x(double(year * 12)), x1 = scale.x(double(year * 12 + 12));
        painter->fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), band);
    }

    // Lane backgrounds: a faint tint of the partner's colour, and a separator.
    for (const TimelineScene::Lane &lane : m_scene->lanes()) {
        QColor tint = lane.color;
        tint.setAlpha(lane.power ? 14 : 18);
        painter->fillRect(QRectF(rect.left(), lane.top, rect.width(), lane.height), tint);
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->drawLine(QPointF(rect.left(), lane.top + lane.height), QPointF(rect.right(), lane.top + lane.height));
    }

    // Grid at the ticks shown in the ruler; years stronger.
    const int tickMonths = TimeScale::monthsPer(scale.labelTick());
    QColor minor = pal.color(QPalette::Mid);
    minor.setAlpha(70);
    const int firstMonth = int(std::floor(scale.monthAt(rect.left())));
    const int lastMonth = int(std::ceil(scale.monthAt(rect.right())));
    for (int month = firstMonth - firstMonth % tickMonths; month <= lastMonth; month += tickMonths) {
        const double x = scale.x(double(month));
        painter->setPen(QPen(month % 12 == 0 ? pal.color(QPalette::Mid) : minor, 1));
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }

    // Outside the scenario's window: dimmed, the engine does not count there.
    QColor outside = pal.color(QPalette::Window);
    outside.setAlpha(150);
    const int start = TimeScale::absoluteMonth(scenario.timeline.start);
    const double x0 = scale.x(double(start)), x1 = scale.x(double(start + scenario.timeline.months));
    if (rect.left() < x0)
        painter->fillRect(QRectF(rect.left(), rect.top(), x0 - rect.left(), rect.height()), outside);
    if (rect.right() > x1)
        painter->fillRect(QRectF(x1, rect.top(), rect.right() - x1, rect.height()), outside);
}

void TimelineView::drawForeground(QPainter *painter, const QRectF &rect)
{
    const TimeScale &scale = m_scene->timeScale();
    const QDate today = QDate::currentDate();
    const double month = today.year() * 12 + today.month() - 1 + (today.day() - 1.0) / today.daysInMonth();
    const double x = scale.x(month);
    if (x >= rect.left() && x <= rect.right()) {
        painter->setPen(QPen(QColor(0xe5, 0x39, 0x35), 1.5, Qt::DashLine));
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    if (!m_dropIndicator.isNull()) {
        painter->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter->setBrush(fill);
        painter->drawRect(m_dropIndicator);
    }
}

} // namespace rackline
