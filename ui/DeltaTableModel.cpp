// SPDX-License-Identifier: MIT
#include "DeltaTableModel.h"

#include "ComparisonSession.h"
#include "MetricNames.h"
#include "ScenarioDocument.h"

#include <ChartFormat.h>

#include <QLocale>

#include <cmath>

namespace rackline {

DeltaTableModel::DeltaTableModel(const ScenarioDocument *document, const ComparisonSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_session(session)
{
    refresh();
}

void DeltaTableModel::setPeriod(Period period)
{
    m_period = period;
    refresh();
}

void DeltaTableModel::setMetricFilter(std::optional<Metric> metric)
{
    m_metric = metric;
    refresh();
}

std::vector<DeltaTableModel::Row> DeltaTableModel::buildRows() const
{
    std::vector<Row> rows;
    for (int p = 0; p < int(m_periods.size()); ++p) {
        for (const Metric metric : allMetrics()) {
            if (!m_metric || *m_metric == metric)
                rows.push_back({p, metric});
        }
    }
    return rows;
}

void DeltaTableModel::refresh()
{
    const Scenario &scenario = m_document->scenario();
    m_b = aggregate(m_document->engine().totals(), scenario.timeline, m_period);
    const std::vector<ComparedPeriod> oldPeriods = m_periods;
    if (const Scenario *baseline = m_session->baseline()) {
        m_a = aggregate(m_session->baselineEngine().totals(), baseline->timeline, m_period);
        m_periods = comparedPeriods(m_a, m_b);
    } else {
        m_a = PeriodTable{m_period, {}, {}};
        m_periods.clear();
    }
    std::vector<Row> rows = buildRows();
    const bool sameRows = rows.size() == m_rows.size()
                          && std::equal(m_periods.begin(), m_periods.end(), oldPeriods.begin(), oldPeriods.end(),
                                        [](const ComparedPeriod &x, const ComparedPeriod &y) {
                                            return x.label == y.label && x.rowA == y.rowA && x.rowB == y.rowB;
                                        })
                          && std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                        [](const Row &x, const Row &y) { return x.metric == y.metric; });
    if (sameRows) {
        if (!m_rows.empty())
            emit dataChanged(index(0, AColumn), index(int(m_rows.size()) - 1, PercentColumn));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QByteArray DeltaTableModel::csv() const
{
    return compareCsv(m_a, m_b);
}

int DeltaTableModel::rowOf(const QString &label, Metric metric) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].metric == metric && m_periods[size_t(m_rows[r].period)].label == label)
            return int(r);
    }
    return -1;
}

int DeltaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeltaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> DeltaTableModel::value(const Row &row, int column) const
{
    const ComparedPeriod &period = m_periods[size_t(row.period)];
    const int c = static_cast<int>(row.metric);
    const std::optional<double> a = period.rowA >= 0 ? std::optional(m_a.values(period.rowA, c)) : std::nullopt;
    const std::optional<double> b = period.rowB >= 0 ? std::optional(m_b.values(period.rowB, c)) : std::nullopt;
    switch (column) {
    case AColumn: return a;
    case BColumn: return b;
    case DeltaColumn: return a && b ? std::optional(*b - *a) : std::nullopt;
    case PercentColumn:
        // Relative to A; undefined where A is zero.
        return a && b && std::abs(*a) > 1e-12 ? std::optional((*b - *a) / std::abs(*a) * 100.0) : std::nullopt;
    default: return std::nullopt;
    }
}

QString DeltaTableModel::periodLabel(const QString &label) const
{
    // Months in the user's locale ("Mar 2027"); quarters and years read the same everywhere.
    if (m_period == Period::Month) {
        if (const auto month = YearMonth::parse(label))
            return ChartFormat::month(*month);
    }
    return label;
}

QVariant DeltaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= AColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (column == PeriodColumn && (role == Qt::DisplayRole || role == Qt::UserRole))
        return role == Qt::UserRole ? QVariant(m_periods[size_t(row.period)].label)
                                    : QVariant(periodLabel(m_periods[size_t(row.period)].label));
    if (column == MetricColumn && (role == Qt::DisplayRole || role == Qt::UserRole))
        return role == Qt::UserRole ? QVariant(metricKey(row.metric)) : QVariant(metricTitle(row.metric));
    const std::optional<double> v = value(row, column);
    if (role == Qt::UserRole)
        return v ? QVariant(*v) : QVariant();
    if (role != Qt::DisplayRole || !v)
        return {};
    const QString text = column == PercentColumn ? tr("%1%").arg(QLocale().toString(*v, 'f', 1)) : ChartFormat::number(*v);
    // A sign on the differences, so that growth and shortfall read at a glance.
    return column >= DeltaColumn && *v > 0 ? QLocale().positiveSign() + text : text;
}

QVariant DeltaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return m_period == Period::Month ? tr("Month") : m_period == Period::Quarter ? tr("Quarter") : tr("Year");
    case MetricColumn: return tr("Metric");
    case AColumn: return tr("A (baseline)");
    case BColumn: return tr("B (open)");
    case DeltaColumn: return tr("B − A");
    case PercentColumn: return tr("% of A");
    }
    return {};
}

} // namespace rackline
