// SPDX-License-Identifier: MIT
#include "TornadoChart.h"

#include "ChartFormat.h"
#include "MetricDisplay.h"

#include <CsvReport.h>
#include <Engine.h>
#include <Scenario.h>

#include "QCustomPlotInclude.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rackline {

namespace {
/// Edits closer together than this (a drag) recompute the tornado once more, after the last.
constexpr int kPauseMs = 150;
// Okabe-Ito blue and vermillion: apart for every kind of colour vision.
const QColor kLowColor(0x00, 0x72, 0xb2);
const QColor kHighColor(0xd5, 0x5e, 0x00);
const QColor kText(0x22, 0x22, 0x22);
} // namespace

TornadoChart::TornadoChart(ChartInput input, QWidget *parent)
    : ChartView(input, parent)
    , m_plot(new QCustomPlot(this))
    , m_pause(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_controlsWidget = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controlsWidget);
    controls->setContentsMargins(4, 2, 4, 0);
    m_metricBox = new QComboBox(m_controlsWidget);
    m_yearBox = new QSpinBox(m_controlsWidget);
    controls->addWidget(m_metricBox, 1);
    controls->addWidget(m_yearBox);
    layout->addWidget(m_controlsWidget);
    layout->addWidget(m_plot, 1);

    m_plot->setMinimumSize(240, 160);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_title);
    auto *legendLayout = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendLayout);
    legendLayout->setMargins(QMargins(8, 0, 8, 6));
    legendLayout->addElement(0, 0, m_plot->legend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    // Levers on the vertical axis (text ticks), the outcome on the horizontal one.
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->yAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    for (QCPBars **bars : {&m_low, &m_high}) {
        *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        (*bars)->setWidth(0.74);
        (*bars)->setPen(Qt::NoPen);
    }
    m_low->setBrush(kLowColor);
    m_high->setBrush(kHighColor);
    m_baseLine = new QCPItemStraightLine(m_plot);
    m_baseLine->setPen(QPen(kText, 1.5));
    m_baseLine->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_baseLine->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_baseText = new QCPItemText(m_plot);
    m_baseText->setClipToAxisRect(false);
    m_baseText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_baseText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_baseText->setColor(kText);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] {
        if (m_stale)
            recompute();
    });

    if (m_input.isValid())
        m_year = m_input.scenario->timeline.start.year + 3; // "GW in 2028" for a plan from 2025
    for (const Metric metric : metrics())
        m_metricBox->addItem(QString(), int(metric));
    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMetric(Metric(m_metricBox->itemData(index).toInt())); });
    connect(m_yearBox, &QSpinBox::valueChanged, this, &TornadoChart::setYear);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TornadoChart::onMouseMove);

    retranslateUi();
    applyStyle();
    recompute();
}

TornadoChart::~TornadoChart() = default;

QList<Metric> TornadoChart::metrics()
{
    return {Metric::FacilityPowerMw, Metric::ItPowerMw,           Metric::PflopsFp8,
            Metric::PflopsFp4,       Metric::Accelerators,        Metric::CumulativeCapexUsdB,
            Metric::EnergyUsdB,      Metric::TranchesReleasedUsdB};
}

Outcome TornadoChart::outcome() const
{
    return Outcome{m_metric, YearMonth{m_year, 12}};
}

QString TornadoChart::title() const
{
    return tr("Sensitivity of %1 at the end of %2 (assumptions ±20%, delays ±6 months)")
        .arg(MetricDisplay::of(m_metric).name)
        .arg(m_year);
}

void TornadoChart::retranslateUi()
{
    m_metricBox->setAccessibleName(tr("Outcome"));
    m_metricBox->setToolTip(tr("The outcome the assumptions are moved against"));
    m_yearBox->setAccessibleName(tr("At the end of the year"));
    m_yearBox->setPrefix(tr("end of "));
    for (int i = 0; i < m_metricBox->count(); ++i) {
        const MetricDisplay display = MetricDisplay::of(Metric(m_metricBox->itemData(i).toInt()));
        m_metricBox->setItemText(i, display.name);
    }
    m_low->setName(tr("assumption lower (−20%, or 6 months earlier)"));
    m_high->setName(tr("assumption higher (+20%, or 6 months later)"));
    m_title->setText(title());
}

void TornadoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        redraw();
    }
    ChartView::changeEvent(event);
}

void TornadoChart::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    const QSignalBlocker blocker(m_metricBox);
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
    recompute();
}

void TornadoChart::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    recompute();
}

void TornadoChart::clampYear()
{
    if (!m_input.isValid())
        return;
    const Timeline &timeline = m_input.scenario->timeline;
    const int first = timeline.start.year;
    const int last = timeline.monthAt(timeline.months - 1).year;
    m_year = std::clamp(m_year, first, last);
    const QSignalBlocker blocker(m_yearBox);
    m_yearBox->setRange(first, last);
    m_yearBox->setValue(m_year);
}

void TornadoChart::refresh()
{
    // The first change of a burst recomputes at once (a typed value, an undo); the changes
    // that follow within the pause (a drag) only mark it stale, and the pause's end
    // recomputes once.
    if (m_pause->isActive()) {
        m_stale = true;
        m_pause->start();
        return;
    }
    recompute();
    m_pause->start();
}

const Tornado &TornadoChart::tornado() const
{
    if (m_stale)
        const_cast<TornadoChart *>(this)->recompute(); // the object itself is never const
    return m_tornado;
}

void TornadoChart::recompute()
{
    m_stale = false;
    clampYear();
    {
        const QSignalBlocker blocker(m_metricBox);
        m_metricBox->setCurrentIndex(m_metricBox->findData(int(m_metric)));
    }
    if (m_input.isValid()) {
        const Scenario &scenario = *m_input.scenario;
        m_tornado = computeTornado(scenario, outcome(), standardLevers(scenario));
    } else {
        m_tornado = {};
    }
    redraw();
}

QString TornadoChart::barLabel(int row) const
{
    const auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    const int count = int(m_tornado.bars.size());
    return ticker && row >= 0 && row < count ? ticker->ticks().value(count - 1 - row) : QString();
}

void TornadoChart::redraw()
{
    m_title->setText(title());
    const int count = int(m_tornado.bars.size());
    double top = std::abs(m_tornado.base);
    double lowest = m_tornado.base, highest = m_tornado.base;
    for (const TornadoBar &bar : m_tornado.bars) {
        top = std::max({top, std::abs(bar.low), std::abs(bar.high)});
        lowest = std::min({lowest, bar.low, bar.high});
        highest = std::max({highest, bar.low, bar.high});
    }
    const MetricDisplay display = MetricDisplay::of(m_metric, top);
    m_displayScale = display.scale;
    m_unit = display.unit;
    const double base = m_tornado.base * display.scale;

    // Row 0 (the largest swing) at the top: key count-1-i.
    auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->clear();
    QVector<double> keys, lows, highs;
    for (int i = 0; i < count; ++i) {
        const TornadoBar &bar = m_tornado.bars[size_t(i)];
        const double key = count - 1 - i;
        ticker->addTick(key, bar.lever);
        keys << key;
        // QCPBars draw from the base value to base + value.
        lows << bar.low * display.scale - base;
        highs << bar.high * display.scale - base;
    }
    m_low->setBaseValue(base);
    m_high->setBaseValue(base);
    m_low->setData(keys, lows, true);
    m_high->setData(keys, highs, true);
    m_plot->yAxis->setRange(-0.6, std::max(count, 1) - 0.4);

    // Room beyond both ends for the value labels.
    double span = (highest - lowest) * display.scale;
    if (span <= 0)
        span = std::max(std::abs(base), 1.0) * 0.2;
    m_plot->xAxis->setRange(lowest * display.scale - span * 0.3, highest * display.scale + span * 0.3);
    m_plot->xAxis->setLabel(display.axisLabel());

    m_baseLine->point1->setCoords(base, 0);
    m_baseLine->point2->setCoords(base, 1);
    m_baseText->position->setCoords(base, -0.01);
    m_baseText->setText(tr("base %1 %2").arg(ChartFormat::number(base), display.unit));

    // One label at the outer end of each bar side; none for a lever that moves nothing.
    for (QCPItemText *text : m_valueTexts)
        m_plot->removeItem(text);
    m_valueTexts.clear();
    const double tiny = 1e-9 * std::max(1.0, std::abs(m_tornado.base));
    for (int i = 0; i < count; ++i) {
        const TornadoBar &bar = m_tornado.bars[size_t(i)];
        const double key = count - 1 - i;
        if (bar.swing() <= tiny && std::abs(bar.low - m_tornado.base) <= tiny) {
            auto *text = new QCPItemText(m_plot);
            text->position->setCoords(base, key);
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            text->setPadding(QMargins(6, 0, 0, 0));
            text->setText(tr("no effect"));
            text->setColor(QColor(0x77, 0x77, 0x77));
            text->setFont(m_style.tickFont());
            m_valueTexts << text;
            continue;
        }
        for (const double value : {bar.low, bar.high}) {
            if (std::abs(value - m_tornado.base) <= tiny)
                continue;
            auto *text = new QCPItemText(m_plot);
            const double shown = value * display.scale;
            text->position->setCoords(shown, key);
            const bool left = shown < base;
            text->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            text->setPadding(left ? QMargins(0, 0, 4, 0) : QMargins(4, 0, 0, 0));
            text->setText(ChartFormat::number(shown));
            text->setColor(kText);
            text->setFont(m_style.tickFont());
            m_valueTexts << text;
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TornadoChart::setStyle(ChartStyle style)
{
    m_style = style;
    m_controlsWidget->setVisible(!style.isPresentation());
    applyStyle();
    redraw();
}

void TornadoChart::applyStyle()
{
    m_title->setFont(m_style.titleFont());
    m_title->setTextColor(kText);
    m_plot->legend->setFont(m_style.legendFont());
    const int icon = m_style.isPresentation() ? 28 : 18;
    m_plot->legend->setIconSize(icon, icon / 2 + 2);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setTickLabelFont(m_style.tickFont());
        axis->setLabelFont(m_style.axisLabelFont());
    }
    m_baseText->setFont(m_style.tickFont());
    m_baseLine->setPen(QPen(kText, m_style.isPresentation() ? 3 : 1.5));
}

void TornadoChart::render(QCPPainter &painter, const QSize &size)
{
    tornado(); // up to date
    m_plot->toPainter(&painter, size.width(), size.height());
    m_plot->replot(QCustomPlot::rpQueuedReplot); // the layout was computed for the export size
}

QByteArray TornadoChart::csv() const
{
    const Tornado &shown = tornado();
    const QByteArray metric = metricKey(m_metric).toUtf8();
    const QByteArray month = outcome().month.toString().toUtf8();
    QByteArray out = "metric,month,lever,low,high,swing,base\n";
    for (const TornadoBar &bar : shown.bars) {
        out += metric + ',' + month + ',' + csvField(bar.lever) + ',' + csvNumber(bar.low) + ',' + csvNumber(bar.high)
               + ',' + csvNumber(bar.swing()) + ',' + csvNumber(shown.base) + '\n';
    }
    return out;
}

void TornadoChart::onMouseMove(QMouseEvent *event)
{
    const int count = int(m_tornado.bars.size());
    const int key = int(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
    if (!m_plot->axisRect()->rect().contains(event->position().toPoint()) || key < 0 || key >= count) {
        QToolTip::hideText();
        return;
    }
    const TornadoBar &bar = m_tornado.bars[size_t(count - 1 - key)];
    auto shown = [this](double value) {
        return QStringLiteral("%1 %2").arg(ChartFormat::number(value * m_displayScale), m_unit);
    };
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("<b>%1</b><br>lower: %2<br>higher: %3<br>base: %4")
                           .arg(bar.lever.toHtmlEscaped(), shown(bar.low), shown(bar.high), shown(m_tornado.base)),
                       m_plot);
}

} // namespace rackline
