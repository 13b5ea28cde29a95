// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rackline {

class ComparisonSession;
class DeltaTableModel;
class ScenarioDocument;

/// The comparison's numbers: which scenario is A and which B, a period chooser (month,
/// quarter, year), a metric chooser, the delta table and "Export CSV…". It follows the
/// document live (coalesced to one refresh per frame, like the charts).
class DeltaTableWidget : public QWidget
{
    Q_OBJECT

public:
    DeltaTableWidget(ScenarioDocument *document, ComparisonSession *session, QWidget *parent = nullptr);

    DeltaTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *periodBox() const { return m_periodBox; }
    QComboBox *metricBox() const { return m_metricBox; }
    QPushButton *exportButton() const { return m_export; }

    /// Writes the CSV (core's compareCsv, every metric); returns the error, or empty.
    QString saveCsv(const QString &fileName) const;

public slots:
    void scheduleRefresh();
    void refreshNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHeading();
    void exportCsv();

    ScenarioDocument *m_document;
    ComparisonSession *m_session;
    DeltaTableModel *m_model;
    QLabel *m_heading = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_periodBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
    QTimer m_refreshTimer;
};

} // namespace rackline
