// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QGraphicsView>

#include <vector>

namespace rackline {

class TimelineScene;
class ScenarioDocument;

/// The timeline canvas: zoom (Ctrl+wheel, pinch) and scroll, year bands and grid, today
/// marker, drops from the palette, and the drag of blocks and handles. A drag pushes a
/// mergeable command on every mouse move, so the engine and every number are live while
/// the mouse moves, and the whole drag is one undo step (Tiled's objectselectiontool).
class TimelineView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TimelineView(TimelineScene *scene, QWidget *parent = nullptr);

    TimelineScene *timelineScene() const { return m_scene; }
    ScenarioDocument *document() const;

    /// Zooms by `factor` keeping the month under viewport x `anchorX` in place.
    void zoomBy(double factor, double anchorX);
    /// The zoom that shows the whole scene range in the viewport.
    void zoomToFit();
    /// Scrolls so that `absoluteMonth` is at the left edge (plus a margin).
    void scrollToMonth(int absoluteMonth);
    /// The month at the middle of the visible part (where keyboard-added items go).
    int visibleCenterMonth() const;
    /// The absolute month under the mouse, or -1 when the mouse is not over the canvas.
    int hoveredMonth() const { return m_hoveredMonth; }
    /// The month a drop at viewport point `pos` lands on (snapped unless `free`).
    int dropMonth(const QPoint &pos, bool free) const;

signals:
    void hoveredMonthChanged(int absoluteMonth);
    void zoomChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    enum class Mode { None, Pending, Move, Ramp, Lifetime, MovePhase };

    void setHoveredMonth(int month);
    void beginDrag();
    void updateDrag(const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    void endDrag(bool cancel);
    void updateCursor(const QPointF &scenePos);
    double minimumPixelsPerMonth() const;

    TimelineScene *m_scene;
    Mode m_mode = Mode::None;
    Mode m_pendingMode = Mode::None;
    QPoint m_pressPos;
    QPointF m_pressScene;
    int m_pressLane = -1;
    std::vector<int> m_dragIndices;
    std::vector<Deployment> m_dragOrigin;
    int m_dragPhase = -1;
    PowerPhase m_phaseOrigin;
    int m_stackIndexAtStart = 0; ///< the undo stack index when the drag began
    int m_hoveredMonth = -1;
    QRectF m_dropIndicator;
    bool m_followFit = true; ///< the whole range fits the width until the user zooms
};

} // namespace rackline
