// SPDX-License-Identifier: MIT
#pragma once

#include "ChartView.h"

#include <Outcome.h>
#include <Sensitivity.h>

#include <QList>

class QComboBox;
class QCPBars;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;
class QSpinBox;
class QTimer;
class QWidget;

namespace rackline {

/// Sensitivity: which assumption, moved by ±20% (±6 months for a delay), moves a chosen
/// outcome (a metric at the end of a year) the most. One horizontal bar per lever of core's
/// standardLevers(), from the outcome with the lever low to the outcome with it high, the
/// largest swing on top; a line marks the base value. computeTornado() runs on the engine's
/// fast path (no GUI involved).
///
/// Drawn with QCustomPlot like the monthly charts (same title, fonts, legend and export).
/// A tornado costs a few dozen recomputes of the scenario, so within a burst of refreshes (a
/// drag sends one per mouse move) only the first recomputes at once and the rest once the
/// edits pause; reading it (tornado(), csv(), render()) brings it up to date first.
class TornadoChart : public ChartView
{
    Q_OBJECT

public:
    explicit TornadoChart(ChartInput input, QWidget *parent = nullptr);
    ~TornadoChart() override;

    ChartKind kind() const override { return ChartKind::Tornado; }
    QString title() const override;
    void refresh() override;
    void render(QCPPainter &painter, const QSize &size) override;
    QByteArray csv() const override;
    void setStyle(ChartStyle style) override;

    /// The outcomes the chooser offers, in its order.
    static QList<Metric> metrics();
    Outcome outcome() const;
    void setMetric(Metric metric);
    /// The outcome is read at the end of this year (clamped to the timeline).
    void setYear(int year);
    int year() const { return m_year; }

    /// The tornado shown, brought up to date first.
    const Tornado &tornado() const;
    /// Recomputes now (also what the end of a burst of edits does).
    void recompute();

    QCustomPlot *plot() const { return m_plot; }
    /// Bars are drawn in display units, model value * displayScale() (MW as GW, ...), from
    /// the base value: a bar's data value is its end minus the base's.
    double displayScale() const { return m_displayScale; }
    QCPBars *lowBars() const { return m_low; }
    QCPBars *highBars() const { return m_high; }
    /// The lever label of a bar row, top first (what the value axis shows).
    QString barLabel(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void clampYear();
    void redraw();
    void applyStyle();
    void onMouseMove(QMouseEvent *event);

    QWidget *m_controlsWidget = nullptr;
    QComboBox *m_metricBox = nullptr;
    QSpinBox *m_yearBox = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPBars *m_low = nullptr;
    QCPBars *m_high = nullptr;
    QCPItemStraightLine *m_baseLine = nullptr;
    QCPItemText *m_baseText = nullptr;
    QList<QCPItemText *> m_valueTexts;
    QTimer *m_pause = nullptr;
    ChartStyle m_style;
    Metric m_metric = Metric::FacilityPowerMw;
    int m_year = 2028;
    Tornado m_tornado;
    double m_displayScale = 1; ///< displayed = model value * scale
    QString m_unit;
    bool m_stale = true;
};

} // namespace rackline
