// SPDX-License-Identifier: MIT
#include "ChartFrame.h"

#include "ChartExporter.h"
#include "ChartView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rackline {

namespace {

/// Asks for the PNG's size and scale; false when cancelled.
bool askPngSize(QWidget *parent, QSize *size, double *scale)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("PNG size"));
    auto *form = new QFormLayout(&dialog);
    auto *width = new QSpinBox(&dialog);
    width->setRange(320, ChartExporter::kMaxWidth);
    width->setValue(size->width());
    width->setSuffix(QObject::tr(" px"));
    auto *height = new QSpinBox(&dialog);
    height->setRange(200, ChartExporter::kMaxHeight);
    height->setValue(size->height());
    height->setSuffix(QObject::tr(" px"));
    auto *factor = new QDoubleSpinBox(&dialog);
    factor->setRange(1.0, ChartExporter::kMaxScale);
    factor->setSingleStep(0.5);
    factor->setValue(*scale);
    factor->setSuffix(QObject::tr("×"));
    form->addRow(QObject::tr("Width:"), width);
    form->addRow(QObject::tr("Height:"), height);
    form->addRow(QObject::tr("Scale (type and lines):"), factor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = QSize(width->value(), height->value());
    *scale = factor->value();
    return true;
}

} // namespace

ChartFrame::ChartFrame(ChartView *chart, QWidget *parent)
    : QFrame(parent)
    , m_chart(chart)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    m_enlarge = new QToolButton(this);
    m_enlarge->setCheckable(true);
    m_enlarge->setAutoRaise(true);
    auto *exportButton = m_export = new QToolButton(this);
    exportButton->setAutoRaise(true);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    m_exportActions << menu->addAction(QString(), this, &ChartFrame::exportPng)
                    << menu->addAction(QString(), this, [this] { exportVector(false); })
                    << menu->addAction(QString(), this, [this] { exportVector(true); })
                    << menu->addAction(QString(), this, &ChartFrame::exportCsv);
    exportButton->setMenu(menu);
    header->addWidget(m_enlarge);
    header->addWidget(exportButton);
    layout->addLayout(header);
    layout->addWidget(chart, 1);
    chart->setParent(this);
    connect(m_enlarge, &QToolButton::toggled, this, [this](bool on) {
        retranslateUi();
        emit enlargeToggled(on);
    });
    retranslateUi();
}

void ChartFrame::retranslateUi()
{
    m_enlarge->setText(m_enlarge->isChecked() ? tr("Back to all charts") : tr("Enlarge"));
    m_enlarge->setToolTip(tr("Show this chart alone"));
    m_export->setText(tr("Export"));
    const QString exports[] = {tr("PNG image…"), tr("SVG drawing…"), tr("PDF page…"), tr("Data as CSV…")};
    for (int i = 0; i < m_exportActions.size(); ++i)
        m_exportActions[i]->setText(exports[i]);
}

void ChartFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ChartFrame::setEnlarged(bool enlarged)
{
    const QSignalBlocker blocker(m_enlarge);
    m_enlarge->setChecked(enlarged);
    retranslateUi();
}

void ChartFrame::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartFrame::exportPng()
{
    QSize size(1920, 1080);
    double scale = 1.0;
    if (!askPngSize(this, &size, &scale))
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), QString(), tr("PNG images (*.png)"));
    if (!file.isEmpty())
        report(ChartExporter::savePng(*m_chart, file, size, scale));
}

void ChartFrame::exportVector(bool pdf)
{
    const QString file = pdf ? QFileDialog::getSaveFileName(this, tr("Export chart as PDF"), QString(), tr("PDF files (*.pdf)"))
                             : QFileDialog::getSaveFileName(this, tr("Export chart as SVG"), QString(), tr("SVG drawings (*.svg)"));
    if (file.isEmpty())
        return;
    const QSize slide(1280, 720);
    report(pdf ? ChartExporter::savePdf(*m_chart, file, slide) : ChartExporter::saveSvg(*m_chart, file, slide));
}

void ChartFrame::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"), QString(), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        report(ChartExporter::saveCsv(*m_chart, file));
}

} // namespace rackline
