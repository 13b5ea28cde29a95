// SPDX-License-Identifier: MIT
#include "AssumptionSlider.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace rackline {

AssumptionSlider::AssumptionSlider(Range range, QWidget *parent)
    : QWidget(parent)
    , m_range(range)
    , m_name(new QLabel(this))
    , m_note(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QDoubleSpinBox(this))
    , m_reset(new QToolButton(this))
{
    // Name and note on one line, the controls below: a narrow dock keeps the slider long.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    m_name->setBuddy(m_spin);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_name, 0, 0, 1, 2);
    grid->addWidget(m_note, 0, 2, 1, 2);
    grid->addWidget(m_slider, 1, 0, 1, 2);
    grid->addWidget(m_spin, 1, 2);
    grid->addWidget(m_reset, 1, 3);
    grid->setColumnStretch(0, 1);

    m_slider->setRange(0, sliderPosition(range.sliderMaximum));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 10));
    m_spin->setRange(range.minimum, range.maximum);
    m_spin->setDecimals(range.decimals);
    m_spin->setSingleStep(range.step);
    m_spin->setKeyboardTracking(false);
    m_spin->setGroupSeparatorShown(true);
    // Units are in the name, so the spin box stays narrow and the slider long in a narrow dock.
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("-0,000.00")) + 28);
    m_spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_name->setWordWrap(true);
    m_slider->setMinimumWidth(60);
    m_reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_reset->setAutoRaise(true);
    m_reset->setEnabled(false);

    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragStarted = true; });
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double value = sliderValue(position);
        {
            const QSignalBlocker blocker(m_spin);
            m_spin->setValue(value);
        }
        const bool newStep = m_dragStarted;
        m_dragStarted = false;
        emit edited(m_spin->value(), newStep);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        {
            const QSignalBlocker blocker(m_slider);
            m_slider->setValue(sliderPosition(value));
        }
        emit edited(value, false);
    });
    connect(m_reset, &QToolButton::clicked, this, &AssumptionSlider::resetRequested);
}

int AssumptionSlider::sliderPosition(double value) const
{
    const double clamped = std::clamp(value, m_range.sliderMinimum, m_range.sliderMaximum);
    return int(std::lround((clamped - m_range.sliderMinimum) / m_range.step));
}

double AssumptionSlider::sliderValue(int position) const
{
    // Rounded to the spin box's decimals, so slider and spin box agree on the value.
    const double scale = std::pow(10.0, m_range.decimals);
    return std::round((m_range.sliderMinimum + position * m_range.step) * scale) / scale;
}

void AssumptionSlider::setValue(double value)
{
    const QSignalBlocker spinBlocker(m_spin);
    const QSignalBlocker sliderBlocker(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(sliderPosition(value));
}

double AssumptionSlider::value() const
{
    return m_spin->value();
}

void AssumptionSlider::setIsSet(bool set)
{
    m_set = set;
    m_reset->setEnabled(set);
}

void AssumptionSlider::setName(const QString &name)
{
    m_name->setText(name);
    m_spin->setAccessibleName(name);
    m_slider->setAccessibleName(name);
}

QString AssumptionSlider::name() const
{
    return m_name->text();
}

void AssumptionSlider::setNote(const QString &note)
{
    m_note->setText(note);
}

void AssumptionSlider::setDescription(const QString &text)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_note, m_slider, m_spin})
        widget->setToolTip(text);
}

void AssumptionSlider::setResetToolTip(const QString &text)
{
    m_reset->setToolTip(text);
    m_reset->setAccessibleName(text);
}

QString AssumptionSlider::textOf(double value) const
{
    return m_spin->textFromValue(value);
}

} // namespace rackline
