// SPDX-License-Identifier: MIT
#pragma once

#include <GoalSeek.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rackline {

class ScenarioDocument;
struct DocumentChange;

/// Tools > Analysis > Goal Seek: "how many units of system S, for partner P, starting in
/// month M with a ramp of R months, reach X GW / X EFLOPS FP8 / $X B of tranches by month
/// N?" The answer comes from core's goalSeek() (the engine's one-item path, microseconds a
/// try), so it follows every field and every edit of the plan as it happens. "Place on
/// Timeline" adds that deployment in one undo step.
class GoalSeekDialog : public QDialog
{
    Q_OBJECT

public:
    /// What can be sought, in the units people ask in.
    struct Target {
        Metric metric;
        double modelPerShown; ///< model units per unit shown (MW per GW: 1000)
    };
    static QList<Target> targets();

    explicit GoalSeekDialog(ScenarioDocument *document, QWidget *parent = nullptr);

    /// The question as the fields ask it (the deployment's count is what is sought).
    GoalSeekRequest request() const;
    const GoalSeekResult &result() const { return m_result; }
    /// Adds the answer's deployment (AddDeploymentsCommand); false when there is none.
    bool placeOnTimeline();

    QComboBox *systemBox() const { return m_system; }
    QComboBox *partnerBox() const { return m_partner; }
    QDateEdit *startEdit() const { return m_start; }
    QSpinBox *rampBox() const { return m_ramp; }
    QComboBox *phaseBox() const { return m_phase; }
    QComboBox *commitmentBox() const { return m_commitment; }
    QComboBox *targetBox() const { return m_target; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QDateEdit *byEdit() const { return m_by; }
    QLabel *answerLabel() const { return m_answer; }
    QPushButton *placeButton() const { return m_place; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillSystems();
    void fillPartners();
    /// Phases and commitments of the chosen partner, preselected like a palette drop.
    void fillPlacement();
    void seek();
    QString targetText(double shown) const;

    ScenarioDocument *m_document;
    QLabel *m_intro = nullptr;
    QComboBox *m_system = nullptr;
    QComboBox *m_partner = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_ramp = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_commitment = nullptr;
    QComboBox *m_target = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QDateEdit *m_by = nullptr;
    QLabel *m_answer = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_close = nullptr;
    QList<QLabel *> m_labels; ///< the form's labels, in order (retranslated)
    GoalSeekResult m_result;
    bool m_filling = false;
};

} // namespace rackline
