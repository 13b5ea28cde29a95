// SPDX-License-Identifier: MIT
#include "UncertaintyDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace rackline {

UncertaintyDialog::UncertaintyDialog(const MonteCarloRequest &initial, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
{
    setObjectName(QStringLiteral("uncertaintyDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_samples = new QSpinBox(this);
    m_samples->setRange(100, 100000);
    m_samples->setSingleStep(500);
    m_samples->setValue(initial.samples);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(std::min<unsigned>(initial.seed, unsigned(std::numeric_limits<int>::max()))));
    m_start = new QSpinBox(this);
    m_start->setRange(0, 120); // the file format's bound for start_months
    m_start->setValue(initial.ranges.startMonths);
    m_price = new QDoubleSpinBox(this);
    m_price->setRange(0, 95); // a price factor must stay positive: under 100%
    m_price->setDecimals(1);
    m_price->setValue(initial.ranges.priceFraction * 100.0);

    m_samplesLabel = new QLabel(this);
    m_samplesLabel->setBuddy(m_samples);
    m_seedLabel = new QLabel(this);
    m_seedLabel->setBuddy(m_seed);
    m_startLabel = new QLabel(this);
    m_startLabel->setBuddy(m_start);
    m_priceLabel = new QLabel(this);
    m_priceLabel->setBuddy(m_price);
    auto *form = new QFormLayout;
    form->addRow(m_samplesLabel, m_samples);
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_startLabel, m_start);
    form->addRow(m_priceLabel, m_price);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void UncertaintyDialog::retranslateUi()
{
    setWindowTitle(tr("Uncertainty Bands"));
    m_intro->setText(tr("Each sample moves every deployment's start by whole months within the range and scales "
                        "each vendor's prices within theirs. The capacity and money charts show P10 to P90 as a "
                        "band and P50 as a line. The same seed gives the same bands; the ranges are saved in "
                        "the scenario."));
    m_samplesLabel->setText(tr("&Samples:"));
    m_seedLabel->setText(tr("S&eed:"));
    m_startLabel->setText(tr("&Start dates ±:"));
    m_start->setSuffix(tr(" months"));
    m_priceLabel->setText(tr("&Prices ±:"));
    m_price->setSuffix(tr(" %"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
}

void UncertaintyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

MonteCarloRequest UncertaintyDialog::request() const
{
    MonteCarloRequest request = m_initial;
    request.samples = m_samples->value();
    request.seed = unsigned(m_seed->value());
    request.ranges.startMonths = m_start->value();
    request.ranges.priceFraction = m_price->value() / 100.0;
    return request;
}

} // namespace rackline
