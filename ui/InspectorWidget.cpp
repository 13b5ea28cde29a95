// SPDX-License-Identifier: MIT
#include "InspectorWidget.h"

#include <ChartFormat.h>

#include "ElidingComboBox.h"
#include "InputRefusalNote.h"
#include "ScenarioDocument.h"
#include "commands/ChangeValueCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace rackline {

namespace {

enum Field {
    FieldSystem = 1, FieldPartner, FieldCount, FieldStart, FieldRamp, FieldLifetime, FieldPhase, FieldCommitment,
    FieldPhaseName = 20, FieldPhasePartner, FieldCapacity, FieldOnline, FieldPhaseRamp, FieldPue,
    FieldKind = 40, FieldTotal, FieldCommitmentStart, FieldMonths, FieldGw, FieldHasTranche, FieldTrancheFirst,
    FieldTranchePerGw, FieldTrancheCap,
};

QDate toDate(YearMonth month) { return QDate(month.year, month.month, 1); }
YearMonth fromDate(const QDate &date) { return YearMonth{date.year(), date.month()}; }

QDateEdit *monthEditor(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setDateRange(QDate(1990, 1, 1), QDate(2199, 12, 1));
    edit->setKeyboardTracking(false);
    edit->setAccessibleName(name);
    return edit;
}

QSpinBox *monthsEditor(QWidget *parent, const QString &name, int minimum, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setKeyboardTracking(false);
    spin->setAccessibleName(name);
    return spin;
}

QDoubleSpinBox *numberEditor(QWidget *parent, const QString &name, double minimum, double maximum, int decimals,
                             const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    spin->setAccessibleName(name);
    return spin;
}

/// A row whose label retranslateUi() sets (an empty text would make no label at all).
void addLabelledRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

/// The label of a form row, set again when the language changes.
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void setComboData(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

InspectorWidget::InspectorWidget(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Fields shrink to the panel's width (combos elide, labels wrap) instead of scrolling.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_pages);
    layout->addWidget(scroll);

    m_emptyLabel = new QLabel;
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyLabel->setMargin(8);
    m_pages->addWidget(m_emptyLabel);
    buildDeploymentPage();
    buildPhasePage();
    buildCommitmentPage();
    // Refused keys and values say why, under the fields.
    m_refusalNote = new InputRefusalNote(this);
    layout->addWidget(m_refusalNote);
    for (QAbstractSpinBox *editor : m_pages->findChildren<QAbstractSpinBox *>())
        m_refusalNote->watch(editor);

    connect(document, &ScenarioDocument::changed, this, &InspectorWidget::onChanged);
    retranslateUi();
}

void InspectorWidget::retranslateUi()
{
    setAccessibleName(tr("Inspector"));
    updateEmptyText();
    m_deploymentId->setAccessibleName(tr("Deployment id"));
    m_system->setAccessibleName(tr("System"));
    m_partner->setAccessibleName(tr("Partner"));
    m_count->setAccessibleName(tr("Count"));
    m_count->setSuffix(tr(" units"));
    m_start->setAccessibleName(tr("Start month"));
    m_ramp->setAccessibleName(tr("Ramp"));
    m_ramp->setSuffix(tr(" months"));
    m_lifetime->setAccessibleName(tr("Lifetime"));
    m_lifetime->setSuffix(tr(" months"));
    m_lifetime->setSpecialValueText(tr("System default"));
    m_lifetime->setToolTip(tr("0 months: never retired"));
    m_phase->setAccessibleName(tr("Power phase"));
    m_commitment->setAccessibleName(tr("Commitment"));
    setRowLabel(m_deploymentForm, m_deploymentId, tr("Id:"));
    setRowLabel(m_deploymentForm, m_system, tr("&System:"));
    setRowLabel(m_deploymentForm, m_partner, tr("&Partner:"));
    setRowLabel(m_deploymentForm, m_count, tr("&Count:"));
    setRowLabel(m_deploymentForm, m_start, tr("S&tart:"));
    setRowLabel(m_deploymentForm, m_ramp, tr("&Ramp:"));
    setRowLabel(m_deploymentForm, m_lifetime, tr("&Lifetime:"));
    setRowLabel(m_deploymentForm, m_phase, tr("P&ower phase:"));
    setRowLabel(m_deploymentForm, m_commitment, tr("Co&mmitment:"));

    m_phaseName->setAccessibleName(tr("Phase name"));
    m_phasePartner->setAccessibleName(tr("Phase partner"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setSuffix(tr(" MW"));
    m_online->setAccessibleName(tr("Online month"));
    m_phaseRamp->setAccessibleName(tr("Phase ramp"));
    m_phaseRamp->setSuffix(tr(" months"));
    m_pue->setAccessibleName(tr("PUE"));
    m_pue->setSpecialValueText(tr("Scenario default"));
    setRowLabel(m_phaseForm, m_phaseName, tr("&Name:"));
    setRowLabel(m_phaseForm, m_phasePartner, tr("&Partner:"));
    setRowLabel(m_phaseForm, m_capacity, tr("&Capacity:"));
    setRowLabel(m_phaseForm, m_online, tr("&Online:"));
    setRowLabel(m_phaseForm, m_phaseRamp, tr("&Ramp:"));
    setRowLabel(m_phaseForm, m_pue, tr("P&UE:"));

    m_commitmentId->setAccessibleName(tr("Commitment id"));
    m_commitmentKind->setAccessibleName(tr("Commitment kind"));
    m_commitmentKind->setItemText(m_commitmentKind->findData(int(CommitmentKind::Investment)), tr("Investment"));
    m_commitmentKind->setItemText(m_commitmentKind->findData(int(CommitmentKind::Cloud)), tr("Cloud"));
    m_commitmentKind->setItemText(m_commitmentKind->findData(int(CommitmentKind::Purchase)), tr("Purchase"));
    m_total->setAccessibleName(tr("Total"));
    m_total->setSuffix(tr(" B"));
    m_total->setPrefix(tr("$"));
    m_commitmentStart->setAccessibleName(tr("Commitment start"));
    m_months->setAccessibleName(tr("Duration"));
    m_months->setSuffix(tr(" months"));
    m_gw->setAccessibleName(tr("Nominal size"));
    m_gw->setSuffix(tr(" GW"));
    m_gw->setSpecialValueText(tr("Not given"));
    setRowLabel(m_commitmentForm, m_commitmentId, tr("Id:"));
    setRowLabel(m_commitmentForm, m_commitmentKind, tr("&Kind:"));
    setRowLabel(m_commitmentForm, m_total, tr("&Total:"));
    setRowLabel(m_commitmentForm, m_commitmentStart, tr("&Start:"));
    setRowLabel(m_commitmentForm, m_months, tr("&Duration:"));
    m_hasTranche->setText(tr("In &tranches"));
    m_hasTranche->setToolTip(tr("Released in tranches as gigawatts are deployed (investments)"));
    m_hasTranche->setAccessibleName(tr("Released in tranches"));
    m_trancheFirst->setAccessibleName(tr("First tranche"));
    m_trancheFirst->setSuffix(tr(" B"));
    m_trancheFirst->setPrefix(tr("$"));
    m_tranchePerGw->setAccessibleName(tr("Per GW deployed"));
    m_tranchePerGw->setSuffix(tr(" B"));
    m_tranchePerGw->setPrefix(tr("$"));
    m_trancheCap->setAccessibleName(tr("Cap"));
    m_trancheCap->setSuffix(tr(" B"));
    m_trancheCap->setPrefix(tr("$"));
    m_trancheCap->setSpecialValueText(tr("The total"));
    setRowLabel(m_commitmentForm, m_gw, tr("&Size:"));
    setRowLabel(m_commitmentForm, m_trancheFirst, tr("&First:"));
    setRowLabel(m_commitmentForm, m_tranchePerGw, tr("Per &GW:"));
    setRowLabel(m_commitmentForm, m_trancheCap, tr("&Cap:"));
    m_listsDirty = true;
    if (m_kind != Kind::None && m_kind != Kind::Several)
        refresh();
}

void InspectorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectorWidget::updateEmptyText()
{
    if (m_kind == Kind::Several)
        m_emptyLabel->setText(tr("%n items selected. Drag them together, or nudge them with the arrow keys.", nullptr,
                                 m_selectedCount));
    else
        m_emptyLabel->setText(tr("Select a deployment, a power phase or a commitment on the timeline to edit it."));
}

void InspectorWidget::buildDeploymentPage()
{
    auto *page = new QWidget;
    auto *form = m_deploymentForm = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_deploymentId = new QLabel(page);
    m_deploymentId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_system = new ElidingComboBox(page);
    m_partner = new ElidingComboBox(page);
    m_count = numberEditor(page, QString(), 1, 1e8, 0, QString());
    m_start = monthEditor(page, QString());
    m_ramp = monthsEditor(page, QString(), 0, 240);
    m_lifetime = monthsEditor(page, QString(), -1, 600);
    m_phase = new ElidingComboBox(page);
    m_commitment = new ElidingComboBox(page);
    m_deploymentSummary = new QLabel(page);
    m_deploymentSummary->setWordWrap(true);
    m_deploymentSummary->setTextFormat(Qt::RichText);

    addLabelledRow(form, m_deploymentId);
    addLabelledRow(form, m_system);
    addLabelledRow(form, m_partner);
    addLabelledRow(form, m_count);
    addLabelledRow(form, m_start);
    addLabelledRow(form, m_ramp);
    addLabelledRow(form, m_lifetime);
    addLabelledRow(form, m_phase);
    addLabelledRow(form, m_commitment);
    form->addRow(m_deploymentSummary);
    m_pages->addWidget(page);

    connect(m_system, &QComboBox::activated, this, [this] {
        const QString id = m_system->currentData().toString();
        editDeployment(FieldSystem, tr("system"), [&](Deployment &d) { d.system = id; });
    });
    connect(m_partner, &QComboBox::activated, this, [this] {
        const QString id = m_partner->currentData().toString();
        editDeployment(FieldPartner, tr("partner"), [&](Deployment &d) { d.partner = id; });
    });
    connect(m_count, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editDeployment(FieldCount, tr("count"), [&](Deployment &d) { d.count = value; });
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        editDeployment(FieldStart, tr("start"), [&](Deployment &d) { d.start = fromDate(date); });
    });
    connect(m_ramp, &QSpinBox::valueChanged, this, [this](int value) {
        editDeployment(FieldRamp, tr("ramp"), [&](Deployment &d) { d.rampMonths = value; });
    });
    connect(m_lifetime, &QSpinBox::valueChanged, this, [this](int value) {
        editDeployment(FieldLifetime, tr("lifetime"), [&](Deployment &d) {
            d.lifetimeMonths = value < 0 ? std::nullopt : std::optional<int>(value);
        });
    });
    connect(m_phase, &QComboBox::activated, this, [this] {
        const QString id = m_phase->currentData().toString();
        editDeployment(FieldPhase, tr("power phase"), [&](Deployment &d) { d.phase = id; });
    });
    connect(m_commitment, &QComboBox::activated, this, [this] {
        const QString id = m_commitment->currentData().toString();
        editDeployment(FieldCommitment, tr("commitment"), [&](Deployment &d) { d.commitment = id; });
    });
}

void InspectorWidget::buildPhasePage()
{
    auto *page = new QWidget;
    auto *form = m_phaseForm = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_phaseName = new QLineEdit(page);
    m_phasePartner = new ElidingComboBox(page);
    m_capacity = numberEditor(page, QString(), 0.1, 1e6, 1, QString());
    m_online = monthEditor(page, QString());
    m_phaseRamp = monthsEditor(page, QString(), 0, 240);
    m_pue = numberEditor(page, QString(), 0.99, 5.0, 2, QString());
    m_pue->setSingleStep(0.05);
    m_phaseSummary = new QLabel(page);
    m_phaseSummary->setWordWrap(true);

    addLabelledRow(form, m_phaseName);
    addLabelledRow(form, m_phasePartner);
    addLabelledRow(form, m_capacity);
    addLabelledRow(form, m_online);
    addLabelledRow(form, m_phaseRamp);
    addLabelledRow(form, m_pue);
    form->addRow(m_phaseSummary);
    m_pages->addWidget(page);

    connect(m_phaseName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_phaseName->text().trimmed();
        editPhase(FieldPhaseName, tr("name"), [&](PowerPhase &p) { p.name = name; });
    });
    connect(m_phasePartner, &QComboBox::activated, this, [this] {
        const QString id = m_phasePartner->currentData().toString();
        editPhase(FieldPhasePartner, tr("partner"), [&](PowerPhase &p) { p.partner = id; });
    });
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editPhase(FieldCapacity, tr("capacity"), [&](PowerPhase &p) { p.capacityMw = value; });
    });
    connect(m_online, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        editPhase(FieldOnline, tr("online month"), [&](PowerPhase &p) { p.online = fromDate(date); });
    });
    connect(m_phaseRamp, &QSpinBox::valueChanged, this, [this](int value) {
        editPhase(FieldPhaseRamp, tr("ramp"), [&](PowerPhase &p) { p.rampMonths = value; });
    });
    connect(m_pue, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editPhase(FieldPue, tr("PUE"), [&](PowerPhase &p) {
            p.pue = value < 1.0 ? std::nullopt : std::optional<double>(value);
        });
    });
}

void InspectorWidget::buildCommitmentPage()
{
    auto *page = new QWidget;
    auto *form = m_commitmentForm = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_commitmentId = new QLabel(page);
    m_commitmentKind = new ElidingComboBox(page);
    m_commitmentKind->addItem(QString(), int(CommitmentKind::Investment));
    m_commitmentKind->addItem(QString(), int(CommitmentKind::Cloud));
    m_commitmentKind->addItem(QString(), int(CommitmentKind::Purchase));
    m_total = numberEditor(page, QString(), 0.01, 1e5, 2, QString());
    m_commitmentStart = monthEditor(page, QString());
    m_months = monthsEditor(page, QString(), 1, 1200);
    m_gw = numberEditor(page, QString(), 0, 1000, 2, QString());

    addLabelledRow(form, m_commitmentId);
    addLabelledRow(form, m_commitmentKind);
    addLabelledRow(form, m_total);
    addLabelledRow(form, m_commitmentStart);
    addLabelledRow(form, m_months);
    m_hasTranche = new QCheckBox(page);
    m_trancheFirst = numberEditor(page, QString(), 0, 1e5, 2, QString());
    m_tranchePerGw = numberEditor(page, QString(), 0, 1e5, 2, QString());
    m_trancheCap = numberEditor(page, QString(), 0, 1e5, 2, QString());
    m_commitmentSummary = new QLabel(page);
    m_commitmentSummary->setWordWrap(true);
    m_commitmentSummary->setTextFormat(Qt::RichText);

    addLabelledRow(form, m_gw);
    form->addRow(m_hasTranche);
    addLabelledRow(form, m_trancheFirst);
    addLabelledRow(form, m_tranchePerGw);
    addLabelledRow(form, m_trancheCap);
    form->addRow(m_commitmentSummary);
    m_pages->addWidget(page);

    connect(m_hasTranche, &QCheckBox::toggled, this, [this](bool on) {
        editCommitment(FieldHasTranche, tr("tranches"), [&](Commitment &c) {
            if (on && !c.tranche)
                c.tranche = Tranche{};
            else if (!on)
                c.tranche.reset();
        });
    });
    connect(m_trancheFirst, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCommitment(FieldTrancheFirst, tr("first tranche"), [&](Commitment &c) {
            if (c.tranche)
                c.tranche->firstUsdB = value;
        });
    });
    connect(m_tranchePerGw, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCommitment(FieldTranchePerGw, tr("tranche per GW"), [&](Commitment &c) {
            if (c.tranche)
                c.tranche->perGwUsdB = value;
        });
    });
    connect(m_trancheCap, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCommitment(FieldTrancheCap, tr("tranche cap"), [&](Commitment &c) {
            if (c.tranche)
                c.tranche->capUsdB = value <= 0 ? std::nullopt : std::optional<double>(value);
        });
    });

    connect(m_commitmentKind, &QComboBox::activated, this, [this] {
        const auto kind = CommitmentKind(m_commitmentKind->currentData().toInt());
        editCommitment(FieldKind, tr("kind"), [&](Commitment &c) { c.kind = kind; });
    });
    connect(m_total, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCommitment(FieldTotal, tr("total"), [&](Commitment &c) { c.totalUsdB = value; });
    });
    connect(m_commitmentStart, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        editCommitment(FieldCommitmentStart, tr("start"), [&](Commitment &c) { c.start = fromDate(date); });
    });
    connect(m_months, &QSpinBox::valueChanged, this, [this](int value) {
        editCommitment(FieldMonths, tr("duration"), [&](Commitment &c) { c.months = value; });
    });
    connect(m_gw, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCommitment(FieldGw, tr("size"), [&](Commitment &c) {
            c.gw = value <= 0 ? std::nullopt : std::optional<double>(value);
        });
    });
}

void InspectorWidget::setSelection(Kind kind, int index, int count)
{
    m_kind = kind;
    m_index = index;
    m_refusalNote->clearNote();
    m_selectedCount = count;
    if (kind == Kind::Several || kind == Kind::None)
        updateEmptyText();
    refresh();
}

void InspectorWidget::onChanged(const DocumentChange &change)
{
    // Items may have gone (undo of an add); fall back to nothing rather than a stale index.
    const Scenario &scenario = m_document->scenario();
    if ((m_kind == Kind::Deployment && size_t(m_index) >= scenario.deployments.size())
        || (m_kind == Kind::Phase && size_t(m_index) >= scenario.phases.size())
        || (m_kind == Kind::Commitment && size_t(m_index) >= scenario.commitments.size()))
        m_kind = Kind::None;
    if (change.kind != DocumentChange::Kind::Deployment)
        m_listsDirty = true;
    if (change.kind == DocumentChange::Kind::Deployment && m_kind == Kind::Deployment && change.index != m_index)
        return;
    refresh();
}

void InspectorWidget::refresh()
{
    m_refreshing = true;
    const Scenario &scenario = m_document->scenario();
    const QLocale locale;
    switch (m_kind) {
    case Kind::None:
    case Kind::Several:
        m_pages->setCurrentIndex(0);
        break;
    case Kind::Deployment: {
        m_pages->setCurrentIndex(1);
        const Deployment &d = scenario.deployments[size_t(m_index)];
        m_deploymentId->setText(d.id);
        // The choices change with the scenario, not with a drag: rebuild them only then.
        if (m_listsDirty) {
            m_listsDirty = false;
            m_system->clear();
            for (const SystemSpec &spec : m_document->catalog().systems())
                m_system->addItem(tr("%1 (%2)").arg(spec.name, spec.vendor), spec.id);
            m_partner->clear();
            for (const Partner &partner : scenario.partners)
                m_partner->addItem(partner.name.isEmpty() ? partner.id : partner.name, partner.id);
            m_phase->clear();
            m_phase->addItem(tr("None"), QString());
            for (const PowerPhase &phase : scenario.phases)
                m_phase->addItem(phase.name.isEmpty() ? phase.id : phase.name, phase.id);
            m_commitment->clear();
            m_commitment->addItem(tr("None"), QString());
            for (const Commitment &commitment : scenario.commitments)
                m_commitment->addItem(
                    tr("%1 (%2)").arg(commitment.id, m_document->partnerName(commitment.partner)), commitment.id);
        }
        setComboData(m_system, d.system);
        setComboData(m_partner, d.partner);
        m_count->setValue(d.count);
        m_start->setDate(toDate(d.start));
        m_ramp->setValue(d.rampMonths);
        m_lifetime->setValue(d.lifetimeMonths.value_or(-1));
        setComboData(m_phase, d.phase);
        setComboData(m_commitment, d.commitment);

        QString summary;
        if (const SystemSpec *spec = m_document->system(d.system)) {
            const double pue = [&] {
                const int p = m_document->phaseIndex(d.phase);
                return p >= 0 && scenario.phases[size_t(p)].pue ? *scenario.phases[size_t(p)].pue
                                                                : scenario.assumptions.effectivePue();
            }();
            summary = tr("At full ramp: %1 accelerators, %2 PFLOPS FP8, %3 MW of facility power; "
                         "hardware $%4B.")
                          .arg(locale.toString(d.count * spec->accelerators, 'f', 0),
                               locale.toString(d.count * spec->pflopsFp8, 'f', 0),
                               locale.toString(d.count * spec->powerKw / 1000.0 * pue, 'f', 1),
                               locale.toString(d.count * spec->priceUsdM / 1000.0, 'f', 2));
            if (d.start < spec->available)
                summary += QStringLiteral("<br><span style='color:#d32f2f'>%1</span>")
                               .arg(tr("Starts before %1 ships (%2).").arg(spec->name, ChartFormat::month(spec->available))
                                        .toHtmlEscaped());
            if (!spec->source.isEmpty())
                summary += QStringLiteral("<br><small>%1 %2</small>")
                               .arg(tr("Figures:").toHtmlEscaped(), spec->source.toHtmlEscaped());
        }
        if (!d.assumption.isEmpty())
            summary += QStringLiteral("<br><small>%1</small>").arg(d.assumption.toHtmlEscaped());
        m_deploymentSummary->setText(summary);
        break;
    }
    case Kind::Phase: {
        m_pages->setCurrentIndex(2);
        const PowerPhase &p = scenario.phases[size_t(m_index)];
        if (!m_phaseName->hasFocus()) {
            m_phaseName->setText(p.name);
            m_phaseName->setCursorPosition(0); // show the start of a long name, not its end
        }
        m_phasePartner->clear();
        m_phasePartner->addItem(tr("None (the plan's)"), QString());
        for (const Partner &partner : scenario.partners)
            m_phasePartner->addItem(partner.name.isEmpty() ? partner.id : partner.name, partner.id);
        setComboData(m_phasePartner, p.partner);
        m_capacity->setValue(p.capacityMw);
        m_online->setDate(toDate(p.online));
        m_phaseRamp->setValue(p.rampMonths);
        m_pue->setValue(p.pue.value_or(m_pue->minimum()));
        m_phaseSummary->setText(p.assumption);
        break;
    }
    case Kind::Commitment: {
        m_pages->setCurrentIndex(3);
        const Commitment &c = scenario.commitments[size_t(m_index)];
        m_commitmentId->setText(tr("%1 (%2)").arg(c.id, m_document->partnerName(c.partner)));
        m_commitmentKind->setCurrentIndex(m_commitmentKind->findData(int(c.kind)));
        m_total->setValue(c.totalUsdB);
        m_commitmentStart->setDate(toDate(c.start));
        m_months->setValue(c.months);
        m_gw->setValue(c.gw.value_or(0));
        m_hasTranche->setChecked(c.tranche.has_value());
        for (QDoubleSpinBox *spin : {m_trancheFirst, m_tranchePerGw, m_trancheCap})
            spin->setEnabled(c.tranche.has_value());
        m_trancheFirst->setValue(c.tranche ? c.tranche->firstUsdB : 0);
        m_tranchePerGw->setValue(c.tranche ? c.tranche->perGwUsdB : 0);
        m_trancheCap->setValue(c.tranche ? c.tranche->capUsdB.value_or(0) : 0);
        {
            QString summary;
            if (!c.source.isEmpty())
                summary += QStringLiteral("<small>%1 %2</small>").arg(tr("Source:").toHtmlEscaped(), c.source.toHtmlEscaped());
            if (!c.assumption.isEmpty())
                summary += QStringLiteral("<br><small>%1</small>").arg(c.assumption.toHtmlEscaped());
            m_commitmentSummary->setText(summary);
        }
        break;
    }
    }
    m_refreshing = false;
}

void InspectorWidget::editDeployment(int field, const QString &what, const std::function<void(Deployment &)> &edit)
{
    if (m_refreshing || m_kind != Kind::Deployment)
        return;
    Deployment d = m_document->scenario().deployments[size_t(m_index)];
    edit(d);
    if (sameItem(d, m_document->scenario().deployments[size_t(m_index)]))
        return;
    m_document->undoStack()->push(new ChangeDeploymentCommand(
        m_document, m_index, d, tr("Change the %1 of %2").arg(what, m_document->deploymentLabel(d)), field));
}

void InspectorWidget::editPhase(int field, const QString &what, const std::function<void(PowerPhase &)> &edit)
{
    if (m_refreshing || m_kind != Kind::Phase)
        return;
    PowerPhase p = m_document->scenario().phases[size_t(m_index)];
    edit(p);
    if (sameItem(p, m_document->scenario().phases[size_t(m_index)]))
        return;
    m_document->undoStack()->push(new ChangePhaseCommand(
        m_document, m_index, p, tr("Change the %1 of %2").arg(what, p.name.isEmpty() ? p.id : p.name), field));
}

void InspectorWidget::editCommitment(int field, const QString &what, const std::function<void(Commitment &)> &edit)
{
    if (m_refreshing || m_kind != Kind::Commitment)
        return;
    Commitment c = m_document->scenario().commitments[size_t(m_index)];
    edit(c);
    if (sameItem(c, m_document->scenario().commitments[size_t(m_index)]))
        return;
    m_document->undoStack()->push(
        new ChangeCommitmentCommand(m_document, m_index, c, tr("Change the %1 of %2").arg(what, c.id), field));
}

} // namespace rackline
