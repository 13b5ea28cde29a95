// SPDX-License-Identifier: MIT
#pragma once

#include "ChartView.h"

#include <Eigen/Core>

#include <QString>

#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPTextElement;
class QHBoxLayout;
class QMouseEvent;
class QTimer;

namespace rackline {

class MonthTicker;

/// Base of the monthly charts, drawn with QCustomPlot: it replots a few thousand points in
/// well under a frame and can queue replots (rpQueuedReplot), which is what following a
/// drag at 60 fps needs; Qt Charts rebuilds graphics items per point and is far slower.
///
/// Layout of the plot: the title, one or more axis rects sharing the month axis, then the
/// legend in a row of its own below them (a legend never covers data). Subclasses fill the
/// graphs in refresh() and register each shown series with setSeries(), which feeds the
/// hover tooltip and the CSV with model-unit values, whatever the display scale.
class TimeSeriesChart : public ChartView
{
    Q_OBJECT

public:
    /// A series as the tooltip and the CSV read it.
    struct Series {
        QString key;   ///< CSV column, e.g. "facility_power_mw:nvidia"
        QString label; ///< legend/tooltip label, translated
        QString unit;  ///< unit after the display scale, e.g. "GW"
        double displayScale = 1; ///< displayed = value * displayScale
        Eigen::VectorXd values;  ///< one per month, model units
    };

    explicit TimeSeriesChart(ChartInput input, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    const std::vector<Series> &series() const { return m_series; }

    void render(QCPPainter &painter, const QSize &size) override;
    QByteArray csv() const override;
    void setStyle(ChartStyle style) override;

    /// The month under a pixel of the plot, or -1 outside the months.
    int monthAt(const QPointF &pixel) const;
    /// The tooltip text at a month: the month and every series' value.
    QString tooltipText(int month) const;

protected:
    /// The row above the plot where subclasses put their choosers (hidden on slides).
    /// Calling it shows the row (charts with nothing to choose never show it).
    QHBoxLayout *controls();
    /// The first axis rect; more can be stacked below it with addAxisRect().
    QCPAxisRect *mainRect() const;
    QCPAxisRect *addAxisRect();
    void setTitleText(const QString &title);
    void setSeries(std::vector<Series> series) { m_series = std::move(series); }
    /// Sets the month axes to the scenario's timeline; call at the start of refresh().
    void updateMonthAxes();
    /// Sets a value axis from 0 (or a log floor) to a rounded-up maximum.
    void setValueRange(QCPAxis *axis, double maximum, bool logarithmic = false);
    /// Queues a replot. Replots that follow each other closely (a drag) draw without
    /// antialiasing, which halves their cost; once changes stop for kSettleMs the chart
    /// redraws once at full quality. Exports always draw at full quality.
    void queueReplot();
    ChartStyle style() const { return m_style; }

    /// A language change also changes the locale: tick labels are formatted again.
    void changeEvent(QEvent *event) override;
    /// Re-wraps the legend when the plot itself changes size (after this widget's layout).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLive(bool live);
    void applyStyle();
    /// The plot formats tick numbers with its own QLocale: the default one, kept current.
    void applyLocale();
    void addCursor(QCPAxisRect *rect);
    void updateLegendColumns(int width);
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);

    QCustomPlot *m_plot = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QWidget *m_controlsWidget = nullptr;
    QCPTextElement *m_title = nullptr;
    std::vector<QCPAxisRect *> m_rects;
    std::vector<QCPItemStraightLine *> m_cursors;
    std::vector<Series> m_series;
    ChartStyle m_style;
    int m_hoverMonth = -1;
    bool m_hasControls = false;
    QTimer *m_settleTimer = nullptr;
    bool m_live = false; ///< inside a burst of replots: drawing without antialiasing
};

} // namespace rackline
