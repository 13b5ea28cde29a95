// SPDX-License-Identifier: MIT
#pragma once

#include "ChartInput.h"
#include "ChartKind.h"
#include "ChartStyle.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QCPPainter;

namespace rackline {

/// One chart of the panel, of a slide or of an export: its controls (metric chooser, ...)
/// and its plot. The plot reads ChartInput in refresh(), which is cheap enough to run on
/// every step of a drag; render() draws the plot alone (title, axes, legend; no controls)
/// at any size, which is what PNG, SVG, PDF and slides show, so exports match the screen.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    ChartView(ChartInput input, QWidget *parent = nullptr);

    virtual ChartKind kind() const = 0;
    /// The title shown above the plot, translated.
    virtual QString title() const = 0;
    /// Re-reads the engine's results; the redraw is queued (coalesced with other charts').
    virtual void refresh() = 0;
    /// Draws the plot on an active painter into (0, 0, size). The painter is a QCPPainter
    /// (QCustomPlot needs its pen handling; Qt Charts draw through it as a plain QPainter).
    virtual void render(QCPPainter &painter, const QSize &size) = 0;
    /// The chart's data as CSV: model units (MODEL.md), numbers by core's csvNumber.
    virtual QByteArray csv() const = 0;
    /// Large type for slides.
    virtual void setStyle(ChartStyle style) = 0;
    /// Where the figures shown come from (the scenario's and the catalog's `source` fields).
    virtual QStringList sources() const;

    const ChartInput &input() const { return m_input; }

signals:
    /// A month was clicked: the timeline scrolls there.
    void monthActivated(int monthIndex);

protected:
    /// Texts that refresh() does not set (the controls' labels and choices, series names and
    /// axis labels given once), in the current language. On a language change it runs
    /// before refresh(), which redraws titles, axes, legends and numbers in the new locale.
    /// Subclasses with such texts call it from their constructor too.
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;

    ChartInput m_input;
};

} // namespace rackline
