// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

namespace rackline {

/// A combo box that elides its current text ("OpenAI-NVIDIA AI fac…") instead of cutting
/// it off when the panel is narrow, and shows the whole text in its tooltip. Long names
/// (power phases, systems) are common in the inspector.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rackline
