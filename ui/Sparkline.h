// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

namespace rackline {

/// A tiny line chart of one metric over the scenario's months, with a marker at the month
/// under the cursor. Painted directly: it redraws on every mouse move of a drag.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(std::vector<double> values);
    void setMarker(int index);

    QSize sizeHint() const override { return QSize(140, 22); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_values;
    int m_marker = -1;
};

} // namespace rackline
