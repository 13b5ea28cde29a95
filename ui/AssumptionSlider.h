// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace rackline {

/// One assumption of the assumptions panel: its name, a slider for quick what-ifs, a spin
/// box for exact values and a button back to the default. The slider covers the usual
/// range; the spin box takes any valid value (a file may hold one beyond the slider).
///
/// edited() says whether the change starts a new undo step: the first move of a slider
/// drag does, the following moves of the same drag do not (one drag, one step).
class AssumptionSlider : public QWidget
{
    Q_OBJECT

public:
    struct Range {
        double sliderMinimum = 0;
        double sliderMaximum = 1;
        double minimum = 0; ///< of the spin box
        double maximum = 1;
        double step = 0.01;
        int decimals = 2;
    };

    explicit AssumptionSlider(Range range, QWidget *parent = nullptr);

    /// Shows a value without emitting edited().
    void setValue(double value);
    double value() const;
    /// A value the scenario sets (the reset button is enabled), or the default shown.
    void setIsSet(bool set);
    bool isSet() const { return m_set; }
    void setName(const QString &name);
    QString name() const;
    /// The note beside the name ("default", "this scenario"), translated by the caller.
    void setNote(const QString &note);
    /// The tooltip of the whole row (meaning, default and where it comes from).
    void setDescription(const QString &text);
    void setResetToolTip(const QString &text);
    /// The spin box's text of a value, in its locale (for undo texts).
    QString textOf(double value) const;

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QToolButton *resetButton() const { return m_reset; }

signals:
    void edited(double value, bool newStep);
    void resetRequested();

private:
    int sliderPosition(double value) const;
    double sliderValue(int position) const;

    Range m_range;
    QLabel *m_name = nullptr;
    QLabel *m_note = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
    QToolButton *m_reset = nullptr;
    bool m_set = false;
    bool m_dragStarted = false; ///< the next slider move of the drag starts a new undo step
};

} // namespace rackline
