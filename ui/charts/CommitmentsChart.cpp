// SPDX-License-Identifier: MIT
#include "CommitmentsChart.h"

#include "ChartFormat.h"
#include "PartnerPalette.h"

#include <CsvReport.h>
#include <Engine.h>

#include "QCustomPlotInclude.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLinearLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QGraphicsWidget>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSpinBox>
#include <QToolTip>
#include <QCursor>
#include <QValueAxis>
#include <QVBoxLayout>

#include <QEvent>

namespace rackline {

CommitmentsChart::CommitmentsChart(ChartInput input, QWidget *parent)
    : ChartView(input, parent)
    , m_scene(new QGraphicsScene(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_controlsWidget = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controlsWidget);
    controls->setContentsMargins(4, 2, 4, 0);
    m_yearBox = new QSpinBox(this);
    controls->addWidget(m_yearLabel = new QLabel(this));
    controls->addWidget(m_yearBox);
    controls->addStretch(1);
    layout->addWidget(m_controlsWidget);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_titleLabel);
    m_view = new QGraphicsView(m_scene, this);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMinimumSize(240, 160);
    layout->addWidget(m_view, 1);
    m_view->viewport()->installEventFilter(this);

    m_container = new QGraphicsWidget;
    auto *row = new QGraphicsLinearLayout(Qt::Horizontal, m_container);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    for (int measure = 0; measure < MeasureCount; ++measure) {
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setLocalizeNumbers(true);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setAnimationOptions(QChart::NoAnimation);
        m_charts[size_t(measure)] = chart;
        // The first multiple carries the row labels and so needs more room.
        row->addItem(chart);
        row->setStretchFactor(chart, measure == 0 ? 8 : 4);
        connect(chart, &QChart::plotAreaChanged, this, &CommitmentsChart::placeValueLabels);
    }
    m_scene->addItem(m_container);

    if (m_input.isValid()) {
        const int first = m_input.scenario->timeline.start.year;
        m_year = first + 3; // clamped to the timeline by refresh()
    }
    connect(m_yearBox, &QSpinBox::valueChanged, this, &CommitmentsChart::setYear);
    applyStyle();
    retranslateUi();
    refresh();
}

void CommitmentsChart::retranslateUi()
{
    m_yearLabel->setText(tr("Delivered by the end of:"));
}

QString CommitmentsChart::title() const
{
    return tr("Commitments compared (delivered by the end of %1)").arg(m_year);
}

QString CommitmentsChart::measureTitle(Measure measure) const
{
    switch (measure) {
    case Committed: return tr("Committed<br>($B)");
    case Gigawatts: return tr("Size<br>(GW)");
    case Duration: return tr("Duration<br>(months)");
    case UsdPerGw: return tr("Price<br>($B per GW)");
    case Delivered: return tr("Delivered<br>by end %1").arg(m_year);
    case MeasureCount: break;
    }
    return {};
}

double CommitmentsChart::value(const CommitmentMeasure &row, Measure measure)
{
    switch (measure) {
    case Committed: return row.totalUsdB;
    case Gigawatts: return row.gw.value_or(0);
    case Duration: return row.months;
    case UsdPerGw: return row.usdBPerGw.value_or(0);
    case Delivered: return row.deliveredShare * 100;
    case MeasureCount: break;
    }
    return 0;
}

QString CommitmentsChart::valueText(const CommitmentMeasure &row, Measure measure) const
{
    switch (measure) {
    case Committed: return ChartFormat::billions(row.totalUsdB);
    case Gigawatts: return row.gw ? tr("%1 GW").arg(ChartFormat::number(*row.gw)) : tr("n/a");
    case Duration: return tr("%n month(s)", nullptr, row.months);
    case UsdPerGw: return row.usdBPerGw ? ChartFormat::billions(*row.usdBPerGw) : tr("n/a");
    case Delivered: return ChartFormat::percent(row.deliveredShare);
    case MeasureCount: break;
    }
    return {};
}

void CommitmentsChart::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    m_yearBox->setValue(year);
    refresh();
}

void CommitmentsChart::refresh()
{
    if (m_input.isValid()) {
        // The years of the timeline (a new scenario may have another one).
        const Timeline &timeline = m_input.scenario->timeline;
        const int first = timeline.start.year;
        const int last = timeline.monthAt(timeline.months - 1).year;
        m_year = std::clamp(m_year, first, last);
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setRange(first, last);
        m_yearBox->setValue(m_year);
    }
    m_titleLabel->setText(title());
    if (!m_input.isValid())
        return;
    m_rows = measureCommitments(*m_input.scenario, *m_input.engine, m_year);
    QStringList ids;
    for (const CommitmentMeasure &row : m_rows)
        ids << row.id + QLatin1Char('/') + row.partnerId;
    if (ids != m_rowIds || m_series[0] == nullptr)
        rebuild();
    updateValues();
    placeValueLabels();
}

void CommitmentsChart::rebuild()
{
    m_rowIds.clear();
    m_partnerOrder.clear();
    for (const CommitmentMeasure &row : m_rows) {
        m_rowIds << row.id + QLatin1Char('/') + row.partnerId;
        if (!m_partnerOrder.contains(row.partnerId))
            m_partnerOrder << row.partnerId;
    }
    QStringList categories;
    for (int category = 0; category < int(m_rows.size()); ++category)
        categories << m_rows[size_t(categoryOf(category))].label;

    const PartnerPalette palette(*m_input.scenario);
    for (int measure = 0; measure < MeasureCount; ++measure) {
        QChart *chart = m_charts[size_t(measure)];
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *series = new QHorizontalStackedBarSeries;
        series->setBarWidth(0.7);
        for (const QString &partner : m_partnerOrder) {
            auto *set = new QBarSet(partner);
            set->setColor(palette.color(partner));
            set->setBorderColor(palette.color(partner));
            for (int category = 0; category < int(m_rows.size()); ++category)
                set->append(0);
            series->append(set);
        }
        chart->addSeries(series);
        connect(series, &QHorizontalStackedBarSeries::hovered, this, [this](bool on, int category, QBarSet *) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const int row = categoryOf(category); // the mapping is its own inverse
            if (row < 0 || row >= int(m_rows.size()))
                return;
            QStringList lines{QStringLiteral("<b>%1</b>").arg(m_rows[size_t(row)].label.toHtmlEscaped())};
            for (int measure = 0; measure < MeasureCount; ++measure) {
                lines << QStringLiteral("%1: %2").arg(measureTitle(Measure(measure)).replace(QStringLiteral("<br>"), QStringLiteral(" ")),
                                                      valueText(m_rows[size_t(row)], Measure(measure)));
            }
            QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), m_view);
        });
        auto *rowsAxis = new QBarCategoryAxis;
        rowsAxis->append(categories);
        rowsAxis->setGridLineVisible(false);
        rowsAxis->setLabelsVisible(measure == 0);
        rowsAxis->setLineVisible(measure == 0);
        chart->addAxis(rowsAxis, Qt::AlignLeft);
        series->attachAxis(rowsAxis);
        auto *valueAxis = new QValueAxis;
        valueAxis->setVisible(false); // each bar carries its value as text
        chart->addAxis(valueAxis, Qt::AlignBottom);
        series->attachAxis(valueAxis);
        m_series[size_t(measure)] = series;
    }
    for (QGraphicsSimpleTextItem *label : m_valueLabels)
        delete label;
    m_valueLabels.clear();
    for (int measure = 0; measure < MeasureCount; ++measure) {
        for (size_t row = 0; row < m_rows.size(); ++row)
        {
            auto *label = new QGraphicsSimpleTextItem(m_charts[size_t(measure)]);
            label->setZValue(100); // above the bars and grid
            m_valueLabels.push_back(label);
        }
    }
    applyStyle();
}

void CommitmentsChart::updateValues()
{
    for (int measure = 0; measure < MeasureCount; ++measure) {
        QHorizontalStackedBarSeries *series = m_series[size_t(measure)];
        const QList<QBarSet *> sets = series->barSets();
        for (size_t row = 0; row < m_rows.size(); ++row) {
            const CommitmentMeasure &measured = m_rows[row];
            const double shown = value(measured, Measure(measure));
            const int category = categoryOf(int(row));
            for (int s = 0; s < sets.size(); ++s) {
                const double wanted = m_partnerOrder[s] == measured.partnerId ? shown : 0.0;
                if (sets[s]->at(category) != wanted)
                    sets[s]->replace(category, wanted);
            }
        }
        if (const QString title = measureTitle(Measure(measure)); m_charts[size_t(measure)]->title() != title)
            m_charts[size_t(measure)]->setTitle(title);
    }
}

void CommitmentsChart::placeValueLabels()
{
    if (m_valueLabels.size() != size_t(MeasureCount) * m_rows.size())
        return;
    for (int measure = 0; measure < MeasureCount; ++measure) {
        QChart *chart = m_charts[size_t(measure)];
        QHorizontalStackedBarSeries *series = m_series[size_t(measure)];
        const size_t first = size_t(measure) * m_rows.size();
        // The texts first: the value axis leaves room on the right for the widest of them.
        double top = 0, widest = 0;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            QGraphicsSimpleTextItem *label = m_valueLabels[first + row];
            // Unchanged texts are left alone: setting one re-lays it out (most of a drag step).
            if (const QString text = valueText(m_rows[row], Measure(measure)); label->text() != text)
                label->setText(text);
            top = std::max(top, value(m_rows[row], Measure(measure)));
            widest = std::max(widest, label->boundingRect().width());
        }
        const double plotWidth = chart->plotArea().width();
        if (auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0)); axis && plotWidth > 0) {
            const double barShare = std::max(0.3, 1.0 - (widest + 10) / plotWidth);
            const double upper = top > 0 ? top / barShare : 1;
            if (std::abs(axis->max() - upper) > 1e-6 * upper)
                axis->setRange(0, upper);
        }
        for (size_t row = 0; row < m_rows.size(); ++row) {
            QGraphicsSimpleTextItem *label = m_valueLabels[first + row];
            const double shown = value(m_rows[row], Measure(measure));
            const QPointF end = chart->mapToPosition(QPointF(shown, categoryOf(int(row))), series);
            const QRectF box = label->boundingRect();
            label->setBrush(QColor(0x22, 0x22, 0x22));
            if (const QPointF at(end.x() + 4, end.y() - box.height() / 2); label->pos() != at)
                label->setPos(at);
        }
    }
}

double CommitmentsChart::barValue(Measure measure, int row) const
{
    const QHorizontalStackedBarSeries *series = m_series[size_t(measure)];
    if (!series)
        return 0;
    double sum = 0;
    for (const QBarSet *set : series->barSets())
        sum += set->at(categoryOf(row));
    return sum;
}

void CommitmentsChart::setStyle(ChartStyle style)
{
    m_style = style;
    m_controlsWidget->setVisible(!style.isPresentation());
    applyStyle();
}

void CommitmentsChart::applyStyle()
{
    m_titleLabel->setFont(m_style.titleFont());
    for (QChart *chart : m_charts) {
        QFont titleFont = m_style.axisLabelFont();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsFont(m_style.tickFont());
    }
    for (QGraphicsSimpleTextItem *label : m_valueLabels)
        label->setFont(m_style.tickFont());
    placeValueLabels();
}

bool CommitmentsChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const QSizeF size = m_view->viewport()->size();
        m_container->resize(size);
        m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
        placeValueLabels();
    }
    return ChartView::eventFilter(watched, event);
}

void CommitmentsChart::render(QCPPainter &painter, const QSize &size)
{
    // The title in a band of its own, then the multiples laid out at the export size.
    const QFont titleFont = m_style.titleFont();
    painter.save();
    painter.setFont(titleFont);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    const int band = QFontMetrics(titleFont, painter.device()).height() * 2;
    painter.drawText(QRect(0, 0, size.width(), band), Qt::AlignCenter, title());
    painter.restore();

    const QSizeF before = m_container->size();
    const QSizeF target(size.width(), size.height() - band);
    m_container->resize(target);
    placeValueLabels();
    m_scene->render(&painter, QRectF(QPointF(0, band), target), QRectF(QPointF(0, 0), target));
    m_container->resize(before);
    placeValueLabels();
}

QByteArray CommitmentsChart::csv() const
{
    QByteArray out = "commitment,partner,kind,total_usd_b,gw,months,usd_b_per_gw,delivered_share,year\n";
    for (const CommitmentMeasure &row : m_rows) {
        out += row.id.toUtf8() + ',' + row.partnerId.toUtf8() + ',' + toString(row.kind).toUtf8() + ','
               + csvNumber(row.totalUsdB) + ',' + (row.gw ? csvNumber(*row.gw) : QByteArray()) + ','
               + QByteArray::number(row.months) + ',' + (row.usdBPerGw ? csvNumber(*row.usdBPerGw) : QByteArray())
               + ',' + csvNumber(row.deliveredShare) + ',' + QByteArray::number(m_year) + '\n';
    }
    return out;
}

} // namespace rackline
