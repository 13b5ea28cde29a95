// SPDX-License-Identifier: MIT
#pragma once

#include "ChartInput.h"

#include <Scenario.h>

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QStackedWidget;

namespace rackline {

class ChartView;

/// Presentation mode (F5 in the main window): full screen, one chart per slide in large
/// type, the scenario's name and today's date on top, and a footnote naming the sources of
/// the figures on the slide. Arrow keys, Page Up/Down, Space, Home and End move; Esc
/// closes. It shows the live scenario: call refresh() when the document changes.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    /// `comparison` (may be null) is what the compare slide overlays; it is copied.
    PresentationWindow(ChartInput input, const Scenario *comparison, QWidget *parent = nullptr);

    /// Shows the window full screen on the first slide.
    void present();

    int slideCount() const { return int(m_charts.size()); }
    int currentSlide() const;
    void setCurrentSlide(int index);
    ChartView *currentChart() const;
    /// The current slide's footnote text (plain).
    QString footnote() const;

public slots:
    void next();
    void previous();
    void refresh();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSlideTexts();
    /// The largest type (11 pt down to 7 pt) at which the footnote fits in a sixth of the
    /// slide, so the chart keeps its room however many sources the slide cites.
    void fitFootnote();

    ChartInput m_input;
    std::optional<Scenario> m_comparison;
    QLabel *m_scenarioLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_footnote = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::vector<ChartView *> m_charts;
};

} // namespace rackline
