// SPDX-License-Identifier: MIT
#include "TimelineWidget.h"

#include "LaneHeader.h"
#include "TimelineRuler.h"
#include "TimelineScene.h"
#include "TimelineView.h"

#include <QGridLayout>

namespace rackline {

TimelineWidget::TimelineWidget(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_scene(new TimelineScene(document, this))
    , m_view(new TimelineView(m_scene, this))
    , m_ruler(new TimelineRuler(m_view, this))
    , m_header(new LaneHeader(m_view, this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *corner = new QWidget(this);
    corner->setAutoFillBackground(true);
    corner->setBackgroundRole(QPalette::Button);
    layout->addWidget(corner, 0, 0);
    layout->addWidget(m_ruler, 0, 1);
    layout->addWidget(m_header, 1, 0);
    layout->addWidget(m_view, 1, 1);
    m_view->setFrameShape(QFrame::NoFrame);
    setFocusProxy(m_view);
}

} // namespace rackline
