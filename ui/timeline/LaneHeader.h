// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace rackline {

class TimelineView;

/// Lane names at the left of the canvas, with the partner's colour; follows the view's
/// vertical scroll and the scene's lane heights.
class LaneHeader : public QWidget
{
    Q_OBJECT

public:
    explicit LaneHeader(TimelineView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    TimelineView *m_view;
};

} // namespace rackline
