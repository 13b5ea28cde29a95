// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace rackline {

class TimelineView;

/// The time axis above the canvas: years on top, then months, quarters or half-years as
/// the zoom allows, and the today marker. Follows the view's horizontal scroll.
class TimelineRuler : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineRuler(TimelineView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    TimelineView *m_view;
};

} // namespace rackline
