// SPDX-License-Identifier: MIT
#include "GoalSeekDialog.h"

#include "NewItems.h"
#include "ScenarioDocument.h"
#include "commands/AddDeploymentsCommand.h"

#include <Engine.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace rackline {

namespace {
QDate toDate(YearMonth month) { return QDate(month.year, month.month, 1); }
YearMonth fromDate(const QDate &date) { return YearMonth{date.year(), date.month()}; }

QDateEdit *monthEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setDateRange(QDate(1990, 1, 1), QDate(2199, 12, 1));
    edit->setKeyboardTracking(false);
    return edit;
}
} // namespace

QList<GoalSeekDialog::Target> GoalSeekDialog::targets()
{
    return {{Metric::FacilityPowerMw, 1000},
            {Metric::ItPowerMw, 1000},
            {Metric::PflopsFp8, 1000},
            {Metric::PflopsFp4, 1000},
            {Metric::TranchesReleasedUsdB, 1}};
}

GoalSeekDialog::GoalSeekDialog(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("goalSeekDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_system = new QComboBox(this);
    m_partner = new QComboBox(this);
    m_start = monthEdit(this);
    m_ramp = new QSpinBox(this);
    m_ramp->setRange(0, 240);
    m_ramp->setValue(6);
    m_ramp->setKeyboardTracking(false);
    m_phase = new QComboBox(this);
    m_commitment = new QComboBox(this);
    m_target = new QComboBox(this);
    for (const Target &target : targets())
        m_target->addItem(QString(), int(target.metric));
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setKeyboardTracking(false);
    m_by = monthEdit(this);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_amount);
    targetRow->addWidget(m_target, 1);
    QWidget *fields[] = {m_system, m_partner, m_start, m_ramp, m_phase, m_commitment};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    auto *targetLabel = new QLabel(this);
    targetLabel->setBuddy(m_amount);
    m_labels << targetLabel;
    form->addRow(targetLabel, targetRow);
    auto *byLabel = new QLabel(this);
    byLabel->setBuddy(m_by);
    m_labels << byLabel;
    form->addRow(byLabel, m_by);
    layout->addLayout(form);

    m_answer = new QLabel(this);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setFrameShape(QFrame::StyledPanel);
    m_answer->setMargin(8);
    m_answer->setMinimumHeight(m_answer->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_answer);

    auto *buttons = new QDialogButtonBox(this);
    m_place = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // Enter confirms a typed value; it must never place units on the timeline by itself.
    m_place->setAutoDefault(false);
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_place, &QPushButton::clicked, this, &GoalSeekDialog::placeOnTimeline);

    // Defaults: the plan's latest deployment as the example of a placement, a target a
    // little above what the plan reaches three years in.
    const Scenario &scenario = document->scenario();
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        fillSystems();
        fillPartners();
        if (!scenario.deployments.empty()) {
            const Deployment &last = scenario.deployments.back();
            m_system->setCurrentIndex(std::max(0, m_system->findData(last.system)));
            m_partner->setCurrentIndex(std::max(0, m_partner->findData(last.partner)));
        }
        const SystemSpec *spec = document->system(m_system->currentData().toString());
        const YearMonth start = spec ? std::max(spec->available, scenario.timeline.start) : scenario.timeline.start;
        m_start->setDate(toDate(start));
        m_by->setDate(toDate(YearMonth{std::max(start.year, scenario.timeline.start.year + 3), 12}));
        fillPlacement();
        Engine engine;
        engine.setScenario(scenario);
        const Outcome now{targets().front().metric, fromDate(m_by->date())};
        m_amount->setValue(std::floor(now.valueIn(engine, scenario.timeline) / targets().front().modelPerShown) + 1);
    }

    connect(m_system, &QComboBox::currentIndexChanged, this, [this] { seek(); });
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        {
            const QScopedValueRollback<bool> filling(m_filling, true);
            fillPlacement();
        }
        seek();
    });
    for (QComboBox *box : {m_phase, m_commitment, m_target})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { seek(); });
    for (QDateEdit *edit : {m_start, m_by})
        connect(edit, &QDateEdit::dateChanged, this, [this] { seek(); });
    connect(m_ramp, &QSpinBox::valueChanged, this, [this] { seek(); });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] { seek(); });
    // The answer follows the plan: an edit, an undo, a placement of its own.
    connect(document, &ScenarioDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind == DocumentChange::Kind::Everything) {
            const QScopedValueRollback<bool> filling(m_filling, true);
            fillSystems();
            fillPartners();
            fillPlacement();
        }
        if (isVisible()) // a closed dialog catches up when shown again (no seek per drag step)
            seek();
    });

    retranslateUi();
    seek();
}

void GoalSeekDialog::showEvent(QShowEvent *event)
{
    seek();
    QDialog::showEvent(event);
}

void GoalSeekDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GoalSeekDialog::retranslateUi()
{
    setWindowTitle(tr("Goal Seek"));
    m_intro->setText(tr("How many units of a system, placed on the timeline like this, reach a target by a "
                        "month? The answer follows the plan as it changes."));
    const QStringList labels = {tr("&System:"), tr("&Partner:"), tr("S&tart:"),  tr("&Ramp:"),
                                tr("Power p&hase:"), tr("&Commitment:"), tr("T&arget:"), tr("&By the end of:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_ramp->setSuffix(tr(" months"));
    const QStringList targetNames = {tr("GW of facility power"), tr("GW of IT power"),
                                     tr("EFLOPS of dense FP8 compute"), tr("EFLOPS of dense FP4 compute"),
                                     tr("$B of investment tranches released")};
    for (int i = 0; i < m_target->count() && i < targetNames.size(); ++i)
        m_target->setItemText(i, targetNames[i]);
    m_place->setText(tr("&Place on Timeline"));
    m_place->setToolTip(tr("Adds these units as a new deployment (one undo step)"));
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        fillPlacement(); // "(none)" entries
    }
    seek();
}

void GoalSeekDialog::fillSystems()
{
    const QString current = m_system->currentData().toString();
    m_system->clear();
    for (const SystemSpec &spec : m_document->catalog().systems())
        m_system->addItem(QStringLiteral("%1 (%2)").arg(spec.name, spec.vendor), spec.id);
    m_system->setCurrentIndex(std::max(0, m_system->findData(current)));
}

void GoalSeekDialog::fillPartners()
{
    const QString current = m_partner->currentData().toString();
    m_partner->clear();
    for (const Partner &partner : m_document->scenario().partners)
        m_partner->addItem(partner.name.isEmpty() ? partner.id : partner.name, partner.id);
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(current)));
}

void GoalSeekDialog::fillPlacement()
{
    // The partner's phases and commitments; preselected like a palette drop would be.
    const QString partner = m_partner->currentData().toString();
    const Scenario &scenario = m_document->scenario();
    const Deployment example = makeDeployment(*m_document, m_system->currentData().toString(), partner,
                                              fromDate(m_start->date()));
    m_phase->clear();
    m_phase->addItem(tr("None (the scenario's PUE)"), QString());
    for (const PowerPhase &phase : scenario.phases) {
        if (phase.partner == partner || phase.partner.isEmpty())
            m_phase->addItem(phase.name.isEmpty() ? phase.id : phase.name, phase.id);
    }
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(example.phase)));
    m_commitment->clear();
    m_commitment->addItem(tr("None"), QString());
    for (const int index : m_document->commitmentsOf(partner)) {
        const Commitment &c = scenario.commitments[size_t(index)];
        m_commitment->addItem(QStringLiteral("%1 (%2)").arg(c.id, toString(c.kind)), c.id);
    }
    m_commitment->setCurrentIndex(std::max(0, m_commitment->findData(example.commitment)));
}

GoalSeekRequest GoalSeekDialog::request() const
{
    GoalSeekRequest request;
    Deployment &d = request.deployment;
    d.system = m_system->currentData().toString();
    d.partner = m_partner->currentData().toString();
    d.id = m_document->uniqueDeploymentId(d.system.isEmpty() ? QStringLiteral("goal-seek") : d.system);
    d.start = fromDate(m_start->date());
    d.rampMonths = m_ramp->value();
    d.phase = m_phase->currentData().toString();
    d.commitment = m_commitment->currentData().toString();
    const Target target = targets().value(m_target->currentIndex(), targets().front());
    request.outcome = Outcome{target.metric, fromDate(m_by->date())};
    request.target = m_amount->value() * target.modelPerShown;
    return request;
}

QString GoalSeekDialog::targetText(double shown) const
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(shown, 'f', 2), m_target->currentText());
}

void GoalSeekDialog::seek()
{
    if (m_filling)
        return;
    const GoalSeekRequest question = request();
    const SystemSpec *spec = m_document->system(question.deployment.system);
    if (!spec || question.deployment.partner.isEmpty()) {
        m_result = {};
        m_answer->setText(tr("Choose a system and a partner."));
        m_place->setEnabled(false);
        return;
    }
    m_result = goalSeek(m_document->scenario(), question);
    const Target target = targets().value(m_target->currentIndex(), targets().front());
    const QLocale locale;
    const QString by = locale.toString(toDate(question.outcome.month), QStringLiteral("MMMM yyyy"));
    const QString goal = targetText(question.target / target.modelPerShown);
    switch (m_result.status) {
    case GoalSeekResult::Status::AlreadyReached:
        m_answer->setText(tr("The plan already reaches %1 by the end of %2 without new units (%3).")
                              .arg(goal, by, locale.toString(m_result.value / target.modelPerShown, 'f', 2)));
        break;
    case GoalSeekResult::Status::Unreachable:
        m_answer->setText(tr("<b>Unreachable:</b> no number of %1 placed this way reaches %2 by the end of %3. "
                             "The units may come online after that month, or not count towards this target "
                             "(tranches need an investment commitment).")
                              .arg(spec->name.toHtmlEscaped(), goal, by));
        break;
    case GoalSeekResult::Status::Reached: {
        const qint64 count = qint64(m_result.count);
        const double itMw = m_result.count * spec->powerKw / 1000.0;
        // Enough decimals to tell the answer from one unit fewer (a rack is a sliver of a GW).
        const double step = (m_result.value - m_result.valueOneLess) / target.modelPerShown;
        const int decimals = step > 0 ? std::clamp(int(std::ceil(-std::log10(step))) + 1, 2, 9) : 2;
        m_answer->setText(tr("<b>%Ln unit(s)</b> of %1 (%2 MW of IT power) reach %3 by the end of %4: %5, "
                             "against %6 with one unit fewer.", nullptr, int(std::min<qint64>(count, INT_MAX)))
                              .arg(spec->name.toHtmlEscaped(), locale.toString(itMw, 'f', 0), goal, by,
                                   locale.toString(m_result.value / target.modelPerShown, 'f', decimals),
                                   locale.toString(m_result.valueOneLess / target.modelPerShown, 'f', decimals)));
        break;
    }
    }
    m_place->setEnabled(m_result.status == GoalSeekResult::Status::Reached);
}

bool GoalSeekDialog::placeOnTimeline()
{
    if (m_result.status != GoalSeekResult::Status::Reached)
        return false;
    GoalSeekRequest question = request();
    Deployment d = question.deployment;
    d.count = m_result.count;
    d.assumption = tr("Goal seek: %1 by %2").arg(targetText(m_amount->value()), question.outcome.month.toString());
    m_document->undoStack()->push(new AddDeploymentsCommand(m_document, {d}));
    return true;
}

} // namespace rackline
