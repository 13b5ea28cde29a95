// SPDX-License-Identifier: MIT
#include "LaneHeader.h"

#include "TimelineScene.h"
#include "TimelineView.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>

namespace rackline {

LaneHeader::LaneHeader(TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    retranslateUi();
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(view->timelineScene(), &TimelineScene::lanesChanged, this, qOverload<>(&QWidget::update));
}

void LaneHeader::retranslateUi()
{
    setAccessibleName(tr("Lanes"));
}

void LaneHeader::changeEvent(QEvent *event)
{
    // What it paints is read at paint time, and QWidget repaints after a LanguageChange.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QSize LaneHeader::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12, 200);
}

void LaneHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Button));
    const double offset = m_view->mapToScene(QPoint(0, 0)).y();
    for (const TimelineScene::Lane &lane : m_view->timelineScene()->lanes()) {
        const QRectF box(0, lane.top - offset, width(), lane.height);
        if (box.bottom() < 0 || box.top() > height())
            continue;
        painter.fillRect(QRectF(0, box.top() + 1, 5, box.height() - 2), lane.color);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(0, box.bottom()), QPointF(width(), box.bottom()));
        painter.setPen(pal.color(QPalette::ButtonText));
        // Names wrap onto a second line rather than being clipped, and stay in the visible
        // part of a lane taller than the view.
        const QRectF text = box.intersected(QRectF(rect())).adjusted(10, 2, -4, -2);
        const Qt::Alignment vertical = box.height() > height() ? Qt::AlignTop : Qt::AlignVCenter;
        painter.drawText(text, Qt::AlignLeft | vertical | Qt::TextWordWrap, lane.title);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(width() - 1, 0, width() - 1, height());
}

} // namespace rackline
