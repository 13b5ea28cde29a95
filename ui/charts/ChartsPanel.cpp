// SPDX-License-Identifier: MIT
#include "ChartsPanel.h"

#include "BundledScenarios.h"
#include "ChartFactory.h"
#include "ChartFrame.h"
#include "ChartView.h"
#include "CompareChart.h"

#include <QGridLayout>

namespace rackline {

namespace {
constexpr int kFrameMs = 16; // one refresh per 60 Hz frame at most
constexpr int kColumns = 2;
} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(2, 2, 2, 2);
    m_grid->setSpacing(4);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kFrameMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartsPanel::refreshNow);
}

void ChartsPanel::setInput(ChartInput input)
{
    m_input = input;
    updateDefaultComparison();
    build();
}

void ChartsPanel::setComparison(const Scenario &other)
{
    m_comparison = other;
    m_comparisonIsDefault = false;
    if (auto *compare = qobject_cast<CompareChart *>(chart(ChartKind::Compare)))
        compare->setComparison(other);
}

void ChartsPanel::updateDefaultComparison()
{
    if (!m_comparisonIsDefault || !m_input.isValid() || m_defaultFor == m_input.scenario->name)
        return;
    m_defaultFor = m_input.scenario->name;
    m_comparison = BundledScenarios::defaultComparisonFor(*m_input.scenario);
    if (auto *compare = qobject_cast<CompareChart *>(chart(ChartKind::Compare)); compare && m_comparison)
        compare->setComparison(*m_comparison);
}

void ChartsPanel::build()
{
    for (ChartFrame *frame : m_frames)
        delete frame;
    m_frames.clear();
    m_enlarged.reset();
    if (!m_input.isValid())
        return;
    int index = 0;
    for (const ChartKind kind : allChartKinds()) {
        ChartView *view = createChart(kind, m_input, comparison());
        auto *frame = new ChartFrame(view, this);
        frame->setMinimumHeight(260);
        m_grid->addWidget(frame, index / kColumns, index % kColumns);
        connect(view, &ChartView::monthActivated, this, &ChartsPanel::monthActivated);
        connect(frame, &ChartFrame::enlargeToggled, this, [this, kind](bool on) {
            if (on)
                enlarge(kind);
            else
                showAll();
        });
        m_frames.push_back(frame);
        ++index;
    }
}

ChartView *ChartsPanel::chart(ChartKind kind) const
{
    for (ChartFrame *frame : m_frames) {
        if (frame->chart()->kind() == kind)
            return frame->chart();
    }
    return nullptr;
}

std::vector<ChartView *> ChartsPanel::charts() const
{
    std::vector<ChartView *> list;
    for (ChartFrame *frame : m_frames)
        list.push_back(frame->chart());
    return list;
}

void ChartsPanel::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::Everything)
        updateDefaultComparison();
    scheduleRefresh();
}

void ChartsPanel::scheduleRefresh()
{
    for (const ChartKind kind : allChartKinds())
        m_dirty.insert(int(kind));
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ChartsPanel::refreshNow()
{
    m_refreshTimer.stop();
    for (ChartFrame *frame : m_frames) {
        ChartView *view = frame->chart();
        if (!m_dirty.contains(int(view->kind())) || !view->isVisible())
            continue;
        view->refresh();
        m_dirty.remove(int(view->kind()));
    }
}

void ChartsPanel::enlarge(ChartKind kind)
{
    m_enlarged = kind;
    for (ChartFrame *frame : m_frames) {
        const bool chosen = frame->chart()->kind() == kind;
        frame->setVisible(chosen);
        frame->setEnlarged(chosen);
    }
    refreshNow();
}

void ChartsPanel::showAll()
{
    m_enlarged.reset();
    for (ChartFrame *frame : m_frames) {
        frame->setVisible(true);
        frame->setEnlarged(false);
    }
    refreshNow();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_dirty.isEmpty())
        m_refreshTimer.start(0);
}

} // namespace rackline
