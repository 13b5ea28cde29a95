// SPDX-License-Identifier: MIT
#include "TimelineRuler.h"

#include "TimelineScene.h"
#include "TimelineView.h"

#include <ScenarioDocument.h>

#include <QEvent>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace rackline {

TimelineRuler::TimelineRuler(TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    retranslateUi();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(view, &TimelineView::zoomChanged, this, qOverload<>(&QWidget::update));
    connect(view, &TimelineView::hoveredMonthChanged, this, qOverload<>(&QWidget::update));
}

void TimelineRuler::retranslateUi()
{
    setAccessibleName(tr("Time axis"));
}

void TimelineRuler::changeEvent(QEvent *event)
{
    // What it paints is read at paint time, and QWidget repaints after a LanguageChange.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QSize TimelineRuler::sizeHint() const
{
    return QSize(400, 2 * fontMetrics().height() + 10);
}

void TimelineRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Button));
    const TimeScale &scale = m_view->timelineScene()->timeScale();
    // Scene x to ruler x: the view's viewport starts at the ruler's x 0 (same column).
    const double offset = m_view->mapToScene(QPoint(0, 0)).x();
    auto toX = [&](double month) { return scale.x(month) - offset; };
    const int rowHeight = height() / 2;
    const QLocale locale;

    // Only the scene's months: nothing is labelled past its end (under the scroll bar).
    const int firstMonth = std::max(scale.firstMonth(), int(std::floor(scale.monthAt(offset))));
    const int lastMonth = std::min(scale.firstMonth() + scale.monthCount() - 1,
                                   int(std::ceil(scale.monthAt(offset + width()))));
    // The canvas may be narrower than the ruler (its vertical scroll bar): no label past it.
    const double visibleWidth = std::min({double(width()), double(m_view->viewport()->width()), scale.width() - offset});
    painter.setClipRect(QRectF(0, 0, visibleWidth, height()));

    // Hovered month, highlighted across both rows.
    if (m_view->hoveredMonth() >= 0) {
        QColor hover = pal.color(QPalette::Highlight);
        hover.setAlpha(60);
        const double x0 = toX(m_view->hoveredMonth()), x1 = toX(m_view->hoveredMonth() + 1);
        painter.fillRect(QRectF(x0, 0, std::max(2.0, x1 - x0), height()), hover);
    }

    // Years: labels stick to the visible part of the year so the first stays readable.
    painter.setPen(pal.color(QPalette::ButtonText));
    const int firstYear = int(std::floor(firstMonth / 12.0));
    const int lastYear = int(std::floor(lastMonth / 12.0));
    const double yearWidth = 12 * scale.pixelsPerMonth();
    const int yearStep = yearWidth >= 40 ? 1 : (yearWidth >= 20 ? 2 : 5);
    for (int year = firstYear; year <= lastYear; ++year) {
        const double x0 = toX(year * 12.0), x1 = toX(year * 12.0 + 12);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(x0, 0), QPointF(x0, height()));
        if (year % yearStep != 0)
            continue;
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::ButtonText));
        const QString label = QString::number(year);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const double textWidth = painter.fontMetrics().horizontalAdvance(label) + 8;
        double left = std::max(x0, 0.0);
        if (left + textWidth > x1 && x0 < 0)
            left = x1 - textWidth;
        if (left + textWidth > visibleWidth)
            continue; // only partly visible: no half labels
        painter.drawText(QRectF(left + 4, 0, textWidth + 20, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        painter.setFont(font());
    }

    // The finer row.
    const TimeScale::Tick tick = scale.labelTick();
    const int step = TimeScale::monthsPer(tick);
    if (tick != TimeScale::Tick::Year) {
        for (int month = firstMonth - ((firstMonth % step) + step) % step; month <= lastMonth; month += step) {
            const double x0 = toX(month), x1 = toX(month + step);
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawLine(QPointF(x0, rowHeight + 2), QPointF(x0, height()));
            const int inYear = ((month % 12) + 12) % 12;
            QString label;
            switch (tick) {
            case TimeScale::Tick::Month:
                label = scale.pixelsPerMonth() >= 80 ? locale.standaloneMonthName(inYear + 1, QLocale::LongFormat)
                                                     : locale.standaloneMonthName(inYear + 1, QLocale::ShortFormat);
                break;
            case TimeScale::Tick::Quarter: label = tr("Q%1").arg(inYear / 3 + 1); break;
            case TimeScale::Tick::HalfYear: label = tr("H%1").arg(inYear / 6 + 1); break;
            case TimeScale::Tick::Year: break;
            }
            // A tick cut by the left edge keeps its label in its visible part, if it fits.
            const double left = std::max(x0, 0.0);
            if (std::min(x1, visibleWidth) - left - 4 < painter.fontMetrics().horizontalAdvance(label))
                continue;
            painter.setPen(pal.color(QPalette::ButtonText));
            painter.drawText(QRectF(left + 3, rowHeight, x1 - left - 4, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                             label);
        }
    }

    // Today.
    const QDate today = QDate::currentDate();
    const double x = toX(today.year() * 12 + today.month() - 1 + (today.day() - 1.0) / today.daysInMonth());
    painter.setPen(QPen(QColor(0xe5, 0x39, 0x35), 2));
    painter.drawLine(QPointF(x, rowHeight), QPointF(x, height()));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, height() - 1, width(), height() - 1);
}

} // namespace rackline
