// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace rackline {

class InputRefusalNote;
class ScenarioDocument;
struct DocumentChange;

/// Edits every field of the selected deployment, power phase or commitment, with units,
/// ranges that refuse invalid values as they are typed, and one undo command per edit
/// (consecutive edits of one field merge). It never writes the model itself.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { None, Deployment, Phase, Commitment, Several };

    explicit InspectorWidget(ScenarioDocument *document, QWidget *parent = nullptr);

    void setSelection(Kind kind, int index, int count = 1);
    Kind kind() const { return m_kind; }
    int index() const { return m_index; }

    // The editors, for tests and accessibility checks.
    QDoubleSpinBox *countEditor() const { return m_count; }
    QSpinBox *rampEditor() const { return m_ramp; }
    QDateEdit *startEditor() const { return m_start; }
    QComboBox *partnerEditor() const { return m_partner; }
    /// The red line saying why a typed key or value was refused.
    InputRefusalNote *refusalNote() const { return m_refusalNote; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Every label, name, unit and choice of the pages in the current language; the shown
    /// item is refreshed so its numbers follow the locale.
    void retranslateUi();
    void updateEmptyText();
    void buildDeploymentPage();
    void buildPhasePage();
    void buildCommitmentPage();
    void refresh();
    void onChanged(const DocumentChange &change);
    void editDeployment(int field, const QString &what, const std::function<void(Deployment &)> &edit);
    void editPhase(int field, const QString &what, const std::function<void(PowerPhase &)> &edit);
    void editCommitment(int field, const QString &what, const std::function<void(Commitment &)> &edit);

    ScenarioDocument *m_document;
    Kind m_kind = Kind::None;
    int m_index = -1;
    bool m_refreshing = false;
    bool m_listsDirty = true; ///< the deployment page's choices need rebuilding
    int m_selectedCount = 0;  ///< items selected, for the Several page's text
    QFormLayout *m_deploymentForm = nullptr;
    QFormLayout *m_phaseForm = nullptr;
    QFormLayout *m_commitmentForm = nullptr;

    QStackedWidget *m_pages;
    InputRefusalNote *m_refusalNote;
    QLabel *m_emptyLabel;
    // Deployment.
    QLabel *m_deploymentId;
    QComboBox *m_system;
    QComboBox *m_partner;
    QDoubleSpinBox *m_count;
    QDateEdit *m_start;
    QSpinBox *m_ramp;
    QSpinBox *m_lifetime;
    QComboBox *m_phase;
    QComboBox *m_commitment;
    QLabel *m_deploymentSummary;
    // Phase.
    QLineEdit *m_phaseName;
    QComboBox *m_phasePartner;
    QDoubleSpinBox *m_capacity;
    QDateEdit *m_online;
    QSpinBox *m_phaseRamp;
    QDoubleSpinBox *m_pue;
    QLabel *m_phaseSummary;
    // Commitment.
    QLabel *m_commitmentId;
    QComboBox *m_commitmentKind;
    QDoubleSpinBox *m_total;
    QDateEdit *m_commitmentStart;
    QSpinBox *m_months;
    QDoubleSpinBox *m_gw;
    QCheckBox *m_hasTranche;
    QDoubleSpinBox *m_trancheFirst;
    QDoubleSpinBox *m_tranchePerGw;
    QDoubleSpinBox *m_trancheCap;
    QLabel *m_commitmentSummary;
};

} // namespace rackline
