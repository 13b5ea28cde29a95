// SPDX-License-Identifier: MIT
#include "AssumptionsPanel.h"

#include "AssumptionSlider.h"
#include "ScenarioDocument.h"
#include "commands/ChangeValueCommand.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rackline {

namespace {
const QString kPue = QStringLiteral("pue");
const QString kEnergy = QStringLiteral("energy");
const QString kFacility = QStringLiteral("facility");
const QString kTranche = QStringLiteral("tranche");
const QString kPrice = QStringLiteral("price:");
const QString kPartnerDelay = QStringLiteral("delay-partner:");
const QString kSystemDelay = QStringLiteral("delay-system:");

// Sliders cover what strategists usually try; the spin boxes take any valid value.
constexpr AssumptionSlider::Range kPueRange{1.0, 2.0, 0.01, 10, 0.01, 2};
constexpr AssumptionSlider::Range kEnergyRange{0, 300, 0, 10000, 1, 1};
constexpr AssumptionSlider::Range kFacilityRange{0, 50, 0, 1000, 0.5, 1};
constexpr AssumptionSlider::Range kTrancheRange{0, 30, 0, 1000, 0.5, 1};
constexpr AssumptionSlider::Range kMultiplierRange{0.5, 2.0, 0, 100, 0.01, 2};
constexpr AssumptionSlider::Range kDelayRange{-24, 36, -1200, 1200, 1, 0};

std::optional<double> mapValue(const QMap<QString, double> &map, const QString &key)
{
    return map.contains(key) ? std::optional<double>(map.value(key)) : std::nullopt;
}

std::optional<double> mapValue(const QMap<QString, int> &map, const QString &key)
{
    return map.contains(key) ? std::optional<double>(map.value(key)) : std::nullopt;
}
} // namespace

/// One assumption: how to read it from and write it into Assumptions (nullopt: not set,
/// the default applies), the value the engine uses when unset, and its translated texts.
struct AssumptionsPanel::Row {
    QString key;
    AssumptionSlider *slider = nullptr;
    std::function<std::optional<double>(const Assumptions &)> read;
    std::function<void(Assumptions &, std::optional<double>)> write;
    std::function<double()> fallback;
    std::function<void(AssumptionSlider *)> texts;
};

AssumptionsPanel::AssumptionsPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);
    m_sourceLabel = new QLabel(content);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QGroupBox **group : {&m_facilityGroup, &m_vendorGroup, &m_partnerGroup, &m_systemGroup}) {
        *group = new QGroupBox(content);
        auto *groupLayout = new QVBoxLayout(*group);
        groupLayout->setContentsMargins(6, 4, 6, 4);
        groupLayout->setSpacing(2);
        layout->addWidget(*group);
    }
    layout->addWidget(m_sourceLabel);
    layout->addStretch(1);
    scroll->setWidget(content);
    setAccessibleName(tr("Assumptions"));

    rebuildRows();
    retranslateUi();
    connect(document, &ScenarioDocument::changed, this, &AssumptionsPanel::onChanged);
}

AssumptionsPanel::~AssumptionsPanel() = default;

AssumptionSlider *AssumptionsPanel::row(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return row.slider;
    }
    return nullptr;
}

QStringList AssumptionsPanel::rowKeys() const
{
    return m_keys;
}

void AssumptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssumptionsPanel::retranslateUi()
{
    // Short titles: a group box is at least as wide as its title, and the dock is narrow.
    m_facilityGroup->setTitle(tr("Facility and money"));
    m_vendorGroup->setTitle(tr("Prices (× catalog)"));
    m_partnerGroup->setTitle(tr("Partner delays (months)"));
    m_systemGroup->setTitle(tr("System delays (months)"));
    const QJsonValue source = m_document->scenario().assumptions.extra.value(QStringLiteral("source"));
    m_sourceLabel->setText(source.isString()
                               ? tr("Source of this scenario's assumptions: %1").arg(source.toString())
                               : tr("Defaults are those of Rackline's model (MODEL.md); vendor prices are the "
                                    "catalog's, each with its source (Help > About Rackline)."));
    for (const Row &row : m_rows)
        row.texts(row.slider);
    refreshValues();
}

QStringList AssumptionsPanel::wantedKeys() const
{
    const Scenario &scenario = m_document->scenario();
    const Assumptions &a = scenario.assumptions;
    QStringList keys{kPue, kEnergy, kFacility, kTranche};
    QStringList vendors;
    for (const SystemSpec &spec : m_document->catalog().systems()) {
        if (!vendors.contains(spec.vendor))
            vendors << spec.vendor;
    }
    for (auto it = a.priceMultiplierByVendor.begin(); it != a.priceMultiplierByVendor.end(); ++it) {
        if (!vendors.contains(it.key()))
            vendors << it.key();
    }
    for (const QString &vendor : vendors)
        keys << kPrice + vendor;
    QStringList partners;
    for (const Partner &partner : scenario.partners)
        partners << partner.id;
    QStringList systems;
    // Hashed: a list's contains() for each of 100,000 deployments took 10-50 ms a change.
    QSet<QString> seenPartners(partners.cbegin(), partners.cend()), seenSystems;
    for (const Deployment &d : scenario.deployments) {
        if (!seenPartners.contains(d.partner)) {
            seenPartners.insert(d.partner);
            partners << d.partner;
        }
        if (!seenSystems.contains(d.system)) {
            seenSystems.insert(d.system);
            systems << d.system;
        }
    }
    for (const QString &partner : a.delayMonthsByPartner.keys()) {
        if (!partners.contains(partner))
            partners << partner;
    }
    for (const QString &system : a.delayMonthsBySystem.keys()) {
        if (!systems.contains(system))
            systems << system;
    }
    for (const QString &partner : partners)
        keys << kPartnerDelay + partner;
    for (const QString &system : systems)
        keys << kSystemDelay + system;
    return keys;
}

void AssumptionsPanel::rebuildRows()
{
    for (Row &row : m_rows)
        delete row.slider;
    m_rows.clear();
    m_keys = wantedKeys();
    auto add = [this](QGroupBox *group, Row row, AssumptionSlider::Range range) {
        row.slider = new AssumptionSlider(range, group);
        static_cast<QVBoxLayout *>(group->layout())->addWidget(row.slider);
        const size_t index = m_rows.size();
        connect(row.slider, &AssumptionSlider::edited, this,
                [this, index](double value, bool newStep) { edit(index, value, newStep); });
        connect(row.slider, &AssumptionSlider::resetRequested, this, [this, index] { edit(index, std::nullopt, true); });
        m_rows.push_back(std::move(row));
    };

    add(m_facilityGroup,
        {kPue, nullptr, [](const Assumptions &a) { return a.pue; },
         [](Assumptions &a, std::optional<double> v) { a.pue = v; }, [] { return Assumptions::kDefaultPue; },
         [](AssumptionSlider *s) {
             s->setName(tr("PUE (facility ÷ IT power)"));
             s->setDescription(tr("Power usage effectiveness: the facility draws this many watts per watt of IT "
                                  "load. A power phase with its own PUE keeps it.\nDefault %1, from Rackline's "
                                  "model (MODEL.md).")
                                   .arg(QLocale().toString(Assumptions::kDefaultPue)));
             s->setResetToolTip(tr("Back to the default PUE"));
         }},
        kPueRange);
    add(m_facilityGroup,
        {kEnergy, nullptr, [](const Assumptions &a) { return a.energyUsdPerMwh; },
         [](Assumptions &a, std::optional<double> v) { a.energyUsdPerMwh = v; },
         [] { return Assumptions::kDefaultEnergyUsdPerMwh; },
         [](AssumptionSlider *s) {
             s->setName(tr("Energy price ($ per MWh)"));
             s->setDescription(tr("What a megawatt-hour of facility power costs (the energy cost per month).\n"
                                  "Default $%1 per MWh, from Rackline's model (MODEL.md).")
                                   .arg(QLocale().toString(Assumptions::kDefaultEnergyUsdPerMwh)));
             s->setResetToolTip(tr("Back to the default energy price"));
         }},
        kEnergyRange);
    add(m_facilityGroup,
        {kFacility, nullptr, [](const Assumptions &a) { return a.facilityCapexUsdBPerGw; },
         [](Assumptions &a, std::optional<double> v) { a.facilityCapexUsdBPerGw = v; },
         [] { return Assumptions::kDefaultFacilityCapexUsdBPerGw; },
         [](AssumptionSlider *s) {
             s->setName(tr("Facility capex ($B per GW)"));
             s->setDescription(tr("What building a gigawatt of power phases costs, paid as each phase comes "
                                  "online.\nDefault $%1B per GW, from Rackline's model (MODEL.md).")
                                   .arg(QLocale().toString(Assumptions::kDefaultFacilityCapexUsdBPerGw)));
             s->setResetToolTip(tr("Back to the default facility capex"));
         }},
        kFacilityRange);
    add(m_facilityGroup,
        {kTranche, nullptr, [](const Assumptions &a) { return a.tranchePerGwUsdB; },
         [](Assumptions &a, std::optional<double> v) { a.tranchePerGwUsdB = v; },
         [this] {
             // Unset, each investment keeps its own size; show the first one's.
             for (const Commitment &c : m_document->scenario().commitments) {
                 if (c.kind == CommitmentKind::Investment && c.tranche)
                     return c.tranche->perGwUsdB;
             }
             return 0.0;
         },
         [](AssumptionSlider *s) {
             s->setName(tr("Investment tranche ($B per GW)"));
             s->setDescription(tr("Replaces every investment's own tranche size per GW deployed. When not set, "
                                  "each investment keeps the size of its deal (its source is the commitment's)."));
             s->setResetToolTip(tr("Back to each investment's own tranche size"));
         }},
        kTrancheRange);

    for (const QString &key : m_keys) {
        if (key.startsWith(kPrice)) {
            const QString vendor = key.mid(kPrice.size());
            add(m_vendorGroup,
                {key, nullptr, [vendor](const Assumptions &a) { return mapValue(a.priceMultiplierByVendor, vendor); },
                 [vendor](Assumptions &a, std::optional<double> v) {
                     if (v)
                         a.priceMultiplierByVendor.insert(vendor, *v);
                     else
                         a.priceMultiplierByVendor.remove(vendor);
                 },
                 [] { return 1.0; },
                 [vendor](AssumptionSlider *s) {
                     s->setName(vendor);
                     s->setDescription(tr("Multiplies the catalog price of every %1 system (1 = the catalog's "
                                          "price, each with its source).").arg(vendor));
                     s->setResetToolTip(tr("Back to the catalog prices of %1").arg(vendor));
                 }},
                kMultiplierRange);
        } else if (key.startsWith(kPartnerDelay) || key.startsWith(kSystemDelay)) {
            const bool partner = key.startsWith(kPartnerDelay);
            const QString id = key.mid(partner ? kPartnerDelay.size() : kSystemDelay.size());
            auto map = [partner](Assumptions &a) -> QMap<QString, int> & {
                return partner ? a.delayMonthsByPartner : a.delayMonthsBySystem;
            };
            const QString name = partner ? m_document->partnerName(id)
                                         : (m_document->system(id) ? m_document->system(id)->name : id);
            add(partner ? m_partnerGroup : m_systemGroup,
                {key, nullptr,
                 [partner, id](const Assumptions &a) {
                     return mapValue(partner ? a.delayMonthsByPartner : a.delayMonthsBySystem, id);
                 },
                 [map, id](Assumptions &a, std::optional<double> v) {
                     if (v)
                         map(a).insert(id, int(std::lround(*v)));
                     else
                         map(a).remove(id);
                 },
                 [] { return 0.0; },
                 [name, partner](AssumptionSlider *s) {
                     s->setName(name);
                     s->setDescription(partner ? tr("Starts every deployment of %1 this many months later "
                                                    "(negative: earlier). Default: no delay.").arg(name)
                                               : tr("Starts every deployment of %1 this many months later "
                                                    "(negative: earlier), on top of its partner's delay. "
                                                    "Default: no delay.").arg(name));
                     s->setResetToolTip(tr("No delay for %1").arg(name));
                 }},
                kDelayRange);
        }
    }
    for (QGroupBox *group : {m_vendorGroup, m_partnerGroup, m_systemGroup})
        group->setVisible(!group->findChildren<AssumptionSlider *>().isEmpty());
    for (const Row &row : m_rows)
        row.texts(row.slider);
    refreshValues();
}

void AssumptionsPanel::refreshValues()
{
    const QScopedValueRollback<bool> guard(m_refreshing, true);
    const Assumptions &a = m_document->scenario().assumptions;
    for (const Row &row : m_rows) {
        const std::optional<double> value = row.read(a);
        row.slider->setIsSet(value.has_value());
        row.slider->setValue(value.value_or(row.fallback()));
        const bool tranche = row.key == kTranche;
        row.slider->setNote(value ? tr("this scenario")
                                  : tranche ? tr("each deal's own") : tr("default"));
    }
}

void AssumptionsPanel::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        onChanged({DocumentChange::Kind::Everything, -1});
    }
    QWidget::showEvent(event);
}

void AssumptionsPanel::onChanged(const DocumentChange &change)
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Rows follow the vendors, partners and systems in use (cheap: one pass over the
    // deployments), the values follow undo, redo and every other edit.
    if (wantedKeys() != m_keys)
        rebuildRows();
    if (change.kind == DocumentChange::Kind::Everything)
        retranslateUi(); // the source line is the new scenario's
    else
        refreshValues();
}

void AssumptionsPanel::edit(size_t rowIndex, std::optional<double> value, bool newStep)
{
    if (m_refreshing || rowIndex >= m_rows.size())
        return;
    const Row &row = m_rows[rowIndex];
    const Assumptions &current = m_document->scenario().assumptions;
    Assumptions changed = current;
    row.write(changed, value);
    if (sameItem(changed, current))
        return;
    const QString text = value ? tr("Set %1 to %2").arg(row.slider->name(), row.slider->textOf(*value))
                               : tr("Reset %1").arg(row.slider->name());
    m_document->undoStack()->push(
        new ChangeAssumptionsCommand(m_document, -1, changed, text, int(rowIndex), !newStep && value.has_value()));
}

} // namespace rackline
