// SPDX-License-Identifier: MIT
#pragma once

#include <Aggregation.h>
#include <Comparison.h>
#include <Metric.h>

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace rackline {

class ComparisonSession;
class ScenarioDocument;

/// The delta table: one row per period and metric, columns A (the baseline), B (the open
/// scenario), B−A and (B−A)/A, over calendar months, quarters or years (core's aggregate),
/// periods in the order of core's comparedPeriods, so the rows are those of compareCsv.
/// Shown numbers are in the user's locale; Qt::UserRole gives the raw value (model units).
class DeltaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, MetricColumn, AColumn, BColumn, DeltaColumn, PercentColumn, ColumnCount };

    DeltaTableModel(const ScenarioDocument *document, const ComparisonSession *session, QObject *parent = nullptr);

    Period period() const { return m_period; }
    void setPeriod(Period period);
    /// One metric, or every metric (nullopt).
    void setMetricFilter(std::optional<Metric> metric);

    /// Re-reads both engines; keeps the rows (and the view's scroll and selection) when the
    /// periods are the same, as during a drag.
    void refresh();

    /// The table as `rackline-cli compare` writes it (core's compareCsv), every metric.
    QByteArray csv() const;
    /// The row of a period label ("2027-03", "2027-Q1", "2027") and metric, or -1.
    int rowOf(const QString &label, Metric metric) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int period; ///< index into m_periods
        Metric metric;
    };
    std::optional<double> value(const Row &row, int column) const;
    QString periodLabel(const QString &label) const;
    std::vector<Row> buildRows() const;

    const ScenarioDocument *m_document;
    const ComparisonSession *m_session;
    Period m_period = Period::Year;
    std::optional<Metric> m_metric;
    PeriodTable m_a, m_b;
    std::vector<ComparedPeriod> m_periods;
    std::vector<Row> m_rows;
};

} // namespace rackline
