// SPDX-License-Identifier: MIT
#include "StatusTotals.h"

#include <ChartFormat.h>

#include "MetricNames.h"
#include "ScenarioDocument.h"
#include "Sparkline.h"
#include "TimeScale.h"

#include <Warnings.h>

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace rackline {

StatusTotals::StatusTotals(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_monthLabel(new QLabel(this))
    , m_pflops(new QLabel(this))
    , m_power(new QLabel(this))
    , m_capex(new QLabel(this))
    , m_tranches(new QLabel(this))
    , m_warnings(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_noteTimer(new QTimer(this))
    , m_metricBox(new QComboBox(this))
    , m_sparkline(new Sparkline(this))
    , m_warningListTimer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(14);
    QFont bold = m_monthLabel->font();
    bold.setBold(true);
    m_monthLabel->setFont(bold);
    m_warnings->setAutoRaise(true);
    m_warnings->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_warnings, &QToolButton::clicked, this, &StatusTotals::nextWarningRequested);
    for (QLabel *label : {m_monthLabel, m_pflops, m_power, m_capex, m_tranches})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (Metric metric : allMetrics())
        m_metricBox->addItem(QString(), int(metric));
    m_metricBox->setCurrentIndex(int(m_metric));
    m_metricBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    layout->addWidget(m_monthLabel);
    layout->addWidget(m_pflops);
    layout->addWidget(m_power);
    layout->addWidget(m_capex);
    layout->addWidget(m_tranches);
    layout->addWidget(m_warnings);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_metricBox);
    layout->addWidget(m_sparkline);

    const QString saved = QSettings().value(QStringLiteral("view/sparklineMetric")).toString();
    if (Metric metric; metricFromKey(saved, &metric)) {
        m_metric = metric;
        m_metricBox->setCurrentIndex(int(metric));
    }
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] {
        setSparklineMetric(Metric(m_metricBox->currentData().toInt()));
        QSettings().setValue(QStringLiteral("view/sparklineMetric"), metricKey(m_metric));
    });
    connect(document, &ScenarioDocument::changed, this, [this] {
        refresh();
        m_warningListTimer->start();
    });
    // The full warning list (for the tooltip) is costlier than the count: build it once
    // the mouse rests.
    m_warningListTimer->setSingleShot(true);
    m_warningListTimer->setInterval(200);
    connect(m_warningListTimer, &QTimer::timeout, this, &StatusTotals::refreshWarningList);
    m_note->setMinimumWidth(0);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(10000);
    connect(m_noteTimer, &QTimer::timeout, m_note, &QLabel::clear);
    retranslateUi();
}

void StatusTotals::retranslateUi()
{
    m_monthLabel->setAccessibleName(tr("Month shown"));
    m_pflops->setAccessibleName(tr("Compute at that month"));
    m_power->setAccessibleName(tr("Power needed and available at that month"));
    m_capex->setAccessibleName(tr("Cumulative capex at that month"));
    m_tranches->setAccessibleName(tr("Tranches released by that month"));
    m_warnings->setAccessibleName(tr("Number of warnings; go to the next one"));
    m_metricBox->setAccessibleName(tr("Metric of the sparkline"));
    m_sparkline->setAccessibleName(tr("Sparkline of the chosen metric"));
    m_note->setAccessibleName(tr("Last warning gone to"));
    for (int i = 0; i < m_metricBox->count(); ++i)
        m_metricBox->setItemText(i, metricTitle(Metric(m_metricBox->itemData(i).toInt())));
    refresh();
    refreshWarningList();
}

void StatusTotals::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusTotals::showNote(const QString &text)
{
    m_note->setText(m_note->fontMetrics().elidedText(text, Qt::ElideRight, std::max(40, m_note->width())));
    m_note->setToolTip(text);
    m_noteTimer->start();
}

void StatusTotals::setMonth(int absoluteMonth)
{
    if (absoluteMonth == m_month)
        return;
    m_month = absoluteMonth;
    refresh();
}

void StatusTotals::setSparklineMetric(Metric metric)
{
    m_metric = metric;
    if (m_metricBox->currentIndex() != int(metric))
        m_metricBox->setCurrentIndex(int(metric));
    refresh();
}

int StatusTotals::windowMonth() const
{
    const Timeline &timeline = m_document->scenario().timeline;
    int absolute = m_month;
    if (absolute < 0) {
        const QDate today = QDate::currentDate();
        absolute = today.year() * 12 + today.month() - 1;
    }
    const int index = absolute - TimeScale::absoluteMonth(timeline.start);
    return std::clamp(index, 0, timeline.months - 1);
}

QString StatusTotals::pflopsText() const { return m_pflops->text(); }
QString StatusTotals::powerText() const { return m_power->text(); }
QString StatusTotals::capexText() const { return m_capex->text(); }
QString StatusTotals::warningsText() const { return m_warnings->text(); }

void StatusTotals::refresh()
{
    const Engine &engine = m_document->engine();
    const MetricTable &totals = engine.totals();
    const QLocale locale;
    const int m = windowMonth();
    if (totals.rows() == 0)
        return;
    auto value = [&](Metric metric) { return totals(m, int(metric)); };
    m_monthLabel->setText(ChartFormat::month(m_document->scenario().timeline.monthAt(m)));
    m_pflops->setText(tr("%1 PFLOPS FP8").arg(locale.toString(value(Metric::PflopsFp8), 'f', 0)));
    m_power->setText(tr("%1 GW needed / %2 GW available")
                         .arg(locale.toString(value(Metric::FacilityPowerMw) / 1000.0, 'f', 2),
                              locale.toString(value(Metric::AvailablePowerMw) / 1000.0, 'f', 2)));
    m_capex->setText(tr("$%1B capex to date").arg(locale.toString(value(Metric::CumulativeCapexUsdB), 'f', 1)));
    m_tranches->setText(tr("$%1B tranches").arg(locale.toString(value(Metric::TranchesReleasedUsdB), 'f', 1)));
    const int warnings = countWarnings(engine);
    m_warnings->setText(tr("%n warning(s)", nullptr, warnings));
    m_warnings->setStyleSheet(warnings > 0 ? QStringLiteral("color: #d32f2f; font-weight: bold;") : QString());

    const auto series = column(totals, m_metric);
    m_sparkline->setValues(std::vector<double>(series.data(), series.data() + series.size()));
    m_sparkline->setMarker(m);
    m_sparkline->setToolTip(tr("%1 at %2: %3")
                                .arg(metricTitle(m_metric), m_monthLabel->text(),
                                     locale.toString(value(m_metric), 'g', 6)));
}

void StatusTotals::refreshWarningList()
{
    const std::vector<Warning> warnings = collectWarnings(m_document->engine());
    QStringList lines;
    for (size_t i = 0; i < warnings.size() && i < 25; ++i)
        lines << describeWarning(warnings[i], m_document->scenario()).toHtmlEscaped();
    if (warnings.size() > 25)
        lines << tr("… and %n more", nullptr, int(warnings.size() - 25));
    m_warnings->setToolTip(lines.isEmpty() ? tr("No warnings")
                                           : tr("F8 or a click: go to the next warning") + QStringLiteral("<br><br>")
                                               + lines.join(QStringLiteral("<br>")));
}

} // namespace rackline
