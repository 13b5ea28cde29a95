// SPDX-License-Identifier: MIT
#include "DeltaTableWidget.h"

#include "ComparisonSession.h"
#include "DeltaTableModel.h"
#include "MetricNames.h"
#include "ScenarioDocument.h"

#include <OverlayGraphs.h>

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace rackline {

namespace {
constexpr int kFrameMs = 16; // at most one refresh a frame during a drag
} // namespace

DeltaTableWidget::DeltaTableWidget(ScenarioDocument *document, ComparisonSession *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_model(new DeltaTableModel(document, session, this))
{
    setObjectName(QStringLiteral("deltaTable"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_periodLabel = new QLabel(this);
    m_periodBox = new QComboBox(this);
    for (int i = 0; i < 3; ++i)
        m_periodBox->addItem(QString());
    m_periodBox->setCurrentIndex(int(m_model->period()));
    m_periodLabel->setBuddy(m_periodBox);
    m_metricLabel = new QLabel(this);
    m_metricBox = new QComboBox(this);
    m_metricBox->addItem(QString(), -1);
    for (const Metric metric : allMetrics())
        m_metricBox->addItem(QString(), int(metric));
    m_metricLabel->setBuddy(m_metricBox);
    m_export = new QPushButton(this);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DeltaTableModel::MetricColumn, QHeaderView::Stretch);

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_periodLabel);
    choosers->addWidget(m_periodBox);
    choosers->addSpacing(12);
    choosers->addWidget(m_metricLabel);
    choosers->addWidget(m_metricBox, 1);
    choosers->addStretch();
    choosers->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addLayout(choosers);
    layout->addWidget(m_view, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kFrameMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DeltaTableWidget::refreshNow);
    connect(m_periodBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setPeriod(Period(index)); });
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int metric = m_metricBox->itemData(index).toInt();
        m_model->setMetricFilter(metric < 0 ? std::nullopt : std::optional(Metric(metric)));
    });
    connect(m_export, &QPushButton::clicked, this, &DeltaTableWidget::exportCsv);
    connect(m_session, &ComparisonSession::baselineChanged, this, &DeltaTableWidget::refreshNow);
    connect(m_document, &ScenarioDocument::changed, this, &DeltaTableWidget::scheduleRefresh);
    retranslateUi();
}

void DeltaTableWidget::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_periodBox->setItemText(int(Period::Month), tr("Month"));
    m_periodBox->setItemText(int(Period::Quarter), tr("Quarter"));
    m_periodBox->setItemText(int(Period::Year), tr("Year"));
    m_metricLabel->setText(tr("M&etric:"));
    m_metricBox->setItemText(0, tr("All metrics"));
    for (int i = 1; i < m_metricBox->count(); ++i)
        m_metricBox->setItemText(i, metricTitle(Metric(m_metricBox->itemData(i).toInt())));
    m_export->setText(tr("Export &CSV…"));
    m_export->setToolTip(tr("The long table month,metric,a,b,delta of every metric, as rackline-cli compare writes it"));
    updateHeading();
}

void DeltaTableWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeltaTableWidget::updateHeading()
{
    const Scenario *baseline = m_session->baseline();
    if (!baseline) {
        m_heading->setText(tr("No baseline: use Analysis > Set as Baseline, or Compare with File…"));
        return;
    }
    m_heading->setText(tr("%1 (baseline, dashed in the charts) against %2 (open, live). Flows are summed over "
                          "each period; stocks are the period's last month.")
                           .arg(OverlayGraphs::baselineLabel(*baseline, false),
                                OverlayGraphs::currentLabel(m_document->scenario(), false)));
}

void DeltaTableWidget::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void DeltaTableWidget::refreshNow()
{
    m_refreshTimer.stop();
    m_model->refresh();
    m_export->setEnabled(m_session->hasBaseline());
    updateHeading();
}

QString DeltaTableWidget::saveCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->csv()) < 0 || !file.commit())
        return tr("cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}

void DeltaTableWidget::exportCsv()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Comparison as CSV"), QString(),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (const QString error = saveCsv(fileName); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Comparison"), error);
}

} // namespace rackline
