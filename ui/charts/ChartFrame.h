// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QToolButton;

namespace rackline {

class ChartView;

/// A chart in the panel with its two buttons: enlarge (the panel shows it alone) and
/// export (PNG at a chosen size and scale, SVG, PDF, data as CSV). Dialogs live here, never
/// in the exporter.
class ChartFrame : public QFrame
{
    Q_OBJECT

public:
    explicit ChartFrame(ChartView *chart, QWidget *parent = nullptr);

    ChartView *chart() const { return m_chart; }
    void setEnlarged(bool enlarged);

signals:
    void enlargeToggled(bool enlarged);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void exportPng();
    void exportVector(bool pdf);
    void exportCsv();
    void report(const QString &error);

    ChartView *m_chart;
    QToolButton *m_enlarge = nullptr;
    QToolButton *m_export = nullptr;
    QList<QAction *> m_exportActions; ///< PNG, SVG, PDF, CSV
};

} // namespace rackline
