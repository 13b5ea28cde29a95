// SPDX-License-Identifier: MIT
#pragma once

#include <MonteCarlo.h>

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace rackline {

/// Analysis > Uncertainty Bands…: how many samples, the seed, and the ranges the Monte
/// Carlo run draws from (each deployment's start ± months, each vendor's prices ± percent;
/// what core's Uncertainty supports). The ranges start from the scenario's own, if set.
class UncertaintyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UncertaintyDialog(const MonteCarloRequest &initial, QWidget *parent = nullptr);

    MonteCarloRequest request() const;

    QSpinBox *samplesBox() const { return m_samples; }
    QSpinBox *seedBox() const { return m_seed; }
    QSpinBox *startBox() const { return m_start; }
    QDoubleSpinBox *priceBox() const { return m_price; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    MonteCarloRequest m_initial;
    QLabel *m_intro = nullptr;
    QLabel *m_samplesLabel = nullptr;
    QLabel *m_seedLabel = nullptr;
    QLabel *m_startLabel = nullptr;
    QLabel *m_priceLabel = nullptr;
    QSpinBox *m_samples = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_start = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rackline
