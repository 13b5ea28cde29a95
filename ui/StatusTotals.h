// SPDX-License-Identifier: MIT
#pragma once

#include <Metric.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QTimer;

namespace rackline {

class ScenarioDocument;
class Sparkline;
struct DocumentChange;

/// The status bar's live numbers at the month under the cursor: compute, power needed and
/// available, cumulative capex, tranches released, the warning count, and a sparkline of a
/// chosen metric. Refreshed on every document change (a drag's mouse move included): it
/// only reads the engine's tables, which the one-item path has already updated.
class StatusTotals : public QWidget
{
    Q_OBJECT

public:
    explicit StatusTotals(ScenarioDocument *document, QWidget *parent = nullptr);

    /// Shows the numbers at an absolute month (-1: the current month, else the window's start).
    void setMonth(int absoluteMonth);
    Metric sparklineMetric() const { return m_metric; }
    void setSparklineMetric(Metric metric);

    // Exposed for tests: what the user reads.
    QString pflopsText() const;
    QString powerText() const;
    QString capexText() const;
    QString warningsText() const;

    /// Shows a short note (the warning just gone to) next to the count for a few seconds.
    void showNote(const QString &text);

signals:
    /// The user asked to be taken to the next warning (a click on the count, or its key).
    void nextWarningRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Accessible names, the metric chooser and the numbers in the current language and locale.
    void retranslateUi();
    void refresh();
    void refreshWarningList();
    int windowMonth() const;

    ScenarioDocument *m_document;
    int m_month = -1;
    Metric m_metric = Metric::PflopsFp8;
    QLabel *m_monthLabel;
    QLabel *m_pflops;
    QLabel *m_power;
    QLabel *m_capex;
    QLabel *m_tranches;
    QToolButton *m_warnings;
    QLabel *m_note;
    QTimer *m_noteTimer;
    QComboBox *m_metricBox;
    Sparkline *m_sparkline;
    QTimer *m_warningListTimer;
};

} // namespace rackline
