// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace rackline {

class LaneHeader;
class ScenarioDocument;
class TimelineRuler;
class TimelineScene;
class TimelineView;

/// The timeline panel: the ruler on top, the lane names on the left, the canvas.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(ScenarioDocument *document, QWidget *parent = nullptr);

    TimelineScene *scene() const { return m_scene; }
    TimelineView *view() const { return m_view; }

private:
    TimelineScene *m_scene;
    TimelineView *m_view;
    TimelineRuler *m_ruler;
    LaneHeader *m_header;
};

} // namespace rackline
