// SPDX-License-Identifier: MIT
#pragma once

#include "ChartView.h"
#include "CommitmentMeasures.h"

#include <QStringList>

#include <array>
#include <vector>

class QChart;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QGraphicsView;
class QGraphicsWidget;
class QHorizontalStackedBarSeries;
class QLabel;
class QSpinBox;

class QLabel;

namespace rackline {

/// Every commitment of the scenario side by side, in five small multiples that share the
/// rows: dollars committed, GW, duration, dollars per GW, and the share the plan delivers
/// by a chosen year. Drawn with Qt Charts: a handful of categorical bars, where its
/// category axis, bar layout and fonts serve better than QCustomPlot's; it is not on the
/// drag's hot path (values are replaced in place when the rows stay the same).
///
/// Each bar has its partner's colour: one stacked series per multiple, one bar set per
/// partner holding values only in its own commitments' rows.
class CommitmentsChart : public ChartView
{
    Q_OBJECT

public:
    enum Measure { Committed, Gigawatts, Duration, UsdPerGw, Delivered, MeasureCount };

    explicit CommitmentsChart(ChartInput input, QWidget *parent = nullptr);

    ChartKind kind() const override { return ChartKind::Commitments; }
    QString title() const override;
    void refresh() override;
    void render(QCPPainter &painter, const QSize &size) override;
    QByteArray csv() const override;
    void setStyle(ChartStyle style) override;

    int year() const { return m_year; }
    void setYear(int year);
    const std::vector<CommitmentMeasure> &rows() const { return m_rows; }
    /// The value bar `row` shows in a multiple (0 when the measure does not apply).
    static double value(const CommitmentMeasure &row, Measure measure);
    /// The bar value read back from the chart's series (tests compare it with value()).
    double barValue(Measure measure, int row) const;
    QChart *chart(Measure measure) const { return m_charts[size_t(measure)]; }

protected:
    /// Keeps the multiples the size of the view's viewport.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi() override;
    QLabel *m_yearLabel = nullptr;
    void rebuild();
    void updateValues();
    void placeValueLabels();
    void applyStyle();
    QString measureTitle(Measure measure) const;
    QString valueText(const CommitmentMeasure &row, Measure measure) const;
    /// Bars run top to bottom in the scenario's order; Qt puts category 0 at the bottom.
    int categoryOf(int row) const { return int(m_rows.size()) - 1 - row; }

    QLabel *m_titleLabel = nullptr;
    QSpinBox *m_yearBox = nullptr;
    QWidget *m_controlsWidget = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsWidget *m_container = nullptr;
    std::array<QChart *, MeasureCount> m_charts{};
    std::array<QHorizontalStackedBarSeries *, MeasureCount> m_series{};
    std::vector<QGraphicsSimpleTextItem *> m_valueLabels;
    std::vector<CommitmentMeasure> m_rows;
    QStringList m_partnerOrder; ///< partners with commitments, one bar set each
    QStringList m_rowIds;       ///< the structure the series were built for
    ChartStyle m_style;
    int m_year = 2028;
};

} // namespace rackline
