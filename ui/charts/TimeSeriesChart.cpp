// SPDX-License-Identifier: MIT
#include "TimeSeriesChart.h"

#include "ChartFormat.h"
#include "MonthTicker.h"

#include <CsvReport.h>
#include <Engine.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <QHBoxLayout>
#include <QResizeEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace rackline {

namespace {
/// A replot within this long of the previous one is part of a burst (a drag).
constexpr int kSettleMs = 150;
} // namespace

TimeSeriesChart::TimeSeriesChart(ChartInput input, QWidget *parent)
    : ChartView(input, parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_controlsWidget = new QWidget(this);
    m_controls = new QHBoxLayout(m_controlsWidget);
    m_controls->setContentsMargins(4, 2, 4, 0);
    layout->addWidget(m_controlsWidget);
    m_controlsWidget->hide();
    layout->addWidget(m_plot, 1);

    m_plot->setMinimumSize(240, 160);
    m_plot->installEventFilter(this);
    m_plot->setNoAntialiasingOnDrag(false);
    m_plot->setPlottingHints(QCP::phCacheLabels);
    m_plot->setAntialiasedElements(QCP::aeAll);

    // Title on top, the default axis rect below it, the legend under everything.
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_rects.push_back(m_plot->axisRect());
    // Lines that must stay readable over filled areas (available power) draw on this layer.
    m_plot->addLayer(QStringLiteral("lines"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    auto *legendLayout = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendLayout);
    legendLayout->setMargins(QMargins(8, 0, 8, 6));
    legendLayout->addElement(0, 0, m_plot->legend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setIconSize(18, 10);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    auto *ticker = new MonthTicker(input.scenario ? input.scenario->timeline.start : YearMonth{});
    ticker->setTickCount(8);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(ticker));
    m_plot->xAxis->grid()->setSubGridVisible(false);
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xee, 0xee, 0xee), 0));

    addCursor(m_plot->axisRect());

    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        setLive(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    applyLocale();
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimeSeriesChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &TimeSeriesChart::onMousePress);
    applyStyle();
}

QHBoxLayout *TimeSeriesChart::controls()
{
    m_hasControls = true;
    m_controlsWidget->setVisible(!m_style.isPresentation());
    return m_controls;
}

QCPAxisRect *TimeSeriesChart::mainRect() const
{
    return m_rects.front();
}

QCPAxisRect *TimeSeriesChart::addAxisRect()
{
    // Insert above the legend row, share the month axis layout via a margin group so that
    // the plots line up month for month.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    const int row = layout->rowCount() - 1;
    layout->insertRow(row);
    auto *rect = new QCPAxisRect(m_plot);
    layout->addElement(row, 0, rect);
    layout->setRowStretchFactor(row, 1);
    layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    auto *group = mainRect()->marginGroup(QCP::msLeft);
    if (!group) {
        group = new QCPMarginGroup(m_plot);
        mainRect()->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    }
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    rect->axis(QCPAxis::atBottom)->setTicker(m_plot->xAxis->ticker());
    rect->axis(QCPAxis::atBottom)->grid()->setPen(m_plot->xAxis->grid()->pen());
    rect->axis(QCPAxis::atLeft)->grid()->setPen(m_plot->yAxis->grid()->pen());
    for (QCPAxis *axis : rect->axes())
        axis->setLayer(QStringLiteral("axes"));
    for (QCPAxis *axis : rect->axes())
        axis->grid()->setLayer(QStringLiteral("grid"));
    addCursor(rect);
    m_rects.push_back(rect);
    applyStyle();
    return rect;
}

void TimeSeriesChart::addCursor(QCPAxisRect *rect)
{
    // The hover line: x in months, y from the bottom to the top of the rect whatever the
    // value axis (a log axis has no 0).
    auto *cursor = new QCPItemStraightLine(m_plot);
    cursor->setClipAxisRect(rect);
    cursor->setLayer(QStringLiteral("overlay"));
    for (QCPItemPosition *point : {cursor->point1, cursor->point2}) {
        point->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        point->setAxisRect(rect);
        point->setTypeX(QCPItemPosition::ptPlotCoords);
        point->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    cursor->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
    cursor->setVisible(false);
    cursor->setSelectable(false);
    m_cursors.push_back(cursor);
}

void TimeSeriesChart::setTitleText(const QString &title)
{
    m_title->setText(title);
}

void TimeSeriesChart::updateMonthAxes()
{
    if (!m_input.isValid())
        return;
    const Timeline &timeline = m_input.scenario->timeline;
    auto ticker = m_plot->xAxis->ticker().dynamicCast<MonthTicker>();
    if (ticker)
        ticker->setOrigin(timeline.start);
    for (QCPAxisRect *rect : m_rects)
        rect->axis(QCPAxis::atBottom)->setRange(-0.5, timeline.months - 0.5);
}

void TimeSeriesChart::setValueRange(QCPAxis *axis, double maximum, bool logarithmic)
{
    if (!std::isfinite(maximum) || maximum <= 0)
        maximum = 1;
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        if (!axis->ticker().dynamicCast<QCPAxisTickerLog>())
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
        const double upper = std::pow(10.0, std::ceil(std::log10(maximum * 1.05)));
        axis->setRange(upper / 1e4, upper);
        return;
    }
    axis->setScaleType(QCPAxis::stLinear);
    if (axis->ticker().dynamicCast<QCPAxisTickerLog>())
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    // Round the top up to 1, 2 or 5 times a power of ten so the last tick is labelled.
    const double padded = maximum * 1.05;
    const double magnitude = std::pow(10.0, std::floor(std::log10(padded)));
    double upper = magnitude;
    for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0}) {
        upper = step * magnitude;
        if (upper >= padded)
            break;
    }
    axis->setRange(0, upper);
}

void TimeSeriesChart::queueReplot()
{
    // The first replot of a burst is drawn at full quality; the following ones, until the
    // burst settles, without antialiasing.
    if (m_settleTimer->isActive())
        setLive(true);
    m_settleTimer->start();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesChart::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live) {
        m_plot->setNotAntialiasedElements(QCP::aeAll);
    } else {
        m_plot->setAntialiasedElements(QCP::aeAll);
    }
}

void TimeSeriesChart::render(QCPPainter &painter, const QSize &size)
{
    const bool hover = m_hoverMonth >= 0;
    const bool live = m_live;
    setLive(false); // exports at full quality
    for (QCPItemStraightLine *cursor : m_cursors)
        cursor->setVisible(false);
    updateLegendColumns(size.width());
    m_plot->toPainter(&painter, size.width(), size.height());
    updateLegendColumns(m_plot->width());
    for (QCPItemStraightLine *cursor : m_cursors)
        cursor->setVisible(hover);
    setLive(live);
    m_plot->replot(QCustomPlot::rpQueuedReplot); // the layout was computed for the export size
}

QByteArray TimeSeriesChart::csv() const
{
    QByteArray out = "month";
    for (const Series &series : m_series)
        out += ',' + series.key.toUtf8();
    out += '\n';
    if (!m_input.isValid())
        return out;
    const Timeline &timeline = m_input.scenario->timeline;
    for (int m = 0; m < timeline.months; ++m) {
        out += timeline.monthAt(m).toString().toUtf8();
        for (const Series &series : m_series)
            out += ',' + csvNumber(m < series.values.size() ? series.values[m] : 0.0);
        out += '\n';
    }
    return out;
}

void TimeSeriesChart::setStyle(ChartStyle style)
{
    m_style = style;
    m_controlsWidget->setVisible(m_hasControls && !style.isPresentation());
    applyStyle();
    queueReplot();
}

void TimeSeriesChart::applyStyle()
{
    m_title->setFont(m_style.titleFont());
    m_title->setTextColor(QColor(0x22, 0x22, 0x22));
    m_plot->legend->setFont(m_style.legendFont());
    const int icon = m_style.isPresentation() ? 28 : 18;
    m_plot->legend->setIconSize(icon, icon / 2 + 2);
    for (QCPAxisRect *rect : m_rects) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(m_style.tickFont());
            axis->setLabelFont(m_style.axisLabelFont());
        }
    }
    for (QCPItemStraightLine *cursor : m_cursors)
        cursor->setPen(QPen(QColor(0x55, 0x55, 0x55), m_style.isPresentation() ? 2 : 1, Qt::DashLine));
    updateLegendColumns(m_plot->width());
}

void TimeSeriesChart::updateLegendColumns(int width)
{
    // As many columns as the widest entry allows, so the legend wraps instead of clipping.
    QFontMetrics metrics(m_plot->legend->font());
    int widest = 0;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
    }
    const int itemWidth = widest + m_plot->legend->iconSize().width() + m_plot->legend->iconTextPadding() + 24;
    const int columns = std::max(1, (width - 16) / std::max(1, itemWidth));
    if (m_plot->legend->wrap() != columns)
        m_plot->legend->setWrap(columns);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

void TimeSeriesChart::applyLocale()
{
    // QCustomPlot took QWidget's locale when it was made (and omits group separators on
    // ticks): keep its options, follow the application's current locale.
    QLocale locale;
    locale.setNumberOptions(m_plot->locale().numberOptions());
    m_plot->setLocale(locale);
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        applyLocale();
    ChartView::changeEvent(event); // retranslates and refreshes
}

bool TimeSeriesChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        updateLegendColumns(static_cast<QResizeEvent *>(event)->size().width());
    return ChartView::eventFilter(watched, event);
}

int TimeSeriesChart::monthAt(const QPointF &pixel) const
{
    if (!m_input.isValid())
        return -1;
    QCPAxisRect *rect = m_plot->axisRectAt(pixel);
    if (!rect)
        return -1;
    const double key = rect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    const int month = int(std::lround(key));
    return month >= 0 && month < m_input.scenario->timeline.months ? month : -1;
}

QString TimeSeriesChart::tooltipText(int month) const
{
    if (!m_input.isValid() || month < 0)
        return {};
    QString text = QStringLiteral("<b>%1</b>").arg(ChartFormat::month(m_input.scenario->timeline.monthAt(month)));
    for (const Series &series : m_series) {
        if (month >= series.values.size())
            continue;
        const double value = series.values[month] * series.displayScale;
        text += QStringLiteral("<br>%1: %2 %3").arg(series.label.toHtmlEscaped(), ChartFormat::number(value), series.unit);
    }
    return text;
}

void TimeSeriesChart::onMouseMove(QMouseEvent *event)
{
    const int month = monthAt(event->position());
    if (month != m_hoverMonth) {
        m_hoverMonth = month;
        for (QCPItemStraightLine *cursor : m_cursors) {
            cursor->setVisible(month >= 0);
            cursor->point1->setCoords(month, 0);
            cursor->point2->setCoords(month, 1);
        }
        queueReplot();
    }
    if (month >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tooltipText(month), m_plot);
    else
        QToolTip::hideText();
}

void TimeSeriesChart::onMousePress(QMouseEvent *event)
{
    const int month = monthAt(event->position());
    if (month >= 0 && event->button() == Qt::LeftButton)
        emit monthActivated(month);
}

} // namespace rackline
