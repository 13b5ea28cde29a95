// SPDX-License-Identifier: MIT
#include "Sensitivity.h"

#include "Engine.h"
#include "Parallel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rackline {

namespace {

/// The translation context of this file's messages (lupdate reads it from here).
class SensitivityText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::Sensitivity)
};

constexpr double kRelativeStep = 0.2; // +/-20%
constexpr int kDelayStepMonths = 6;   // +/-6 months

double scaled(double value, int direction)
{
    return value * (1.0 + direction * kRelativeStep);
}

} // namespace

std::vector<Lever> standardLevers(const Scenario &scenario, const Catalog &builtIn)
{
    std::vector<Lever> levers;
    levers.push_back({SensitivityText::tr("PUE"), [](Scenario &s, int d) { s.assumptions.pue = scaled(s.assumptions.effectivePue(), d); }});
    levers.push_back({SensitivityText::tr("Energy price"), [](Scenario &s, int d) {
                          s.assumptions.energyUsdPerMwh = scaled(s.assumptions.effectiveEnergyUsdPerMwh(), d);
                      }});
    levers.push_back({SensitivityText::tr("Facility capex per GW"), [](Scenario &s, int d) {
                          s.assumptions.facilityCapexUsdBPerGw = scaled(s.assumptions.effectiveFacilityCapexUsdBPerGw(), d);
                      }});

    const Catalog catalog = builtIn.withOverrides(scenario.catalog);
    QStringList vendors, partners;
    for (const Deployment &d : scenario.deployments) {
        if (const SystemSpec *spec = catalog.find(d.system); spec && !vendors.contains(spec->vendor))
            vendors << spec->vendor;
        if (!partners.contains(d.partner))
            partners << d.partner;
    }
    for (const QString &vendor : vendors) {
        levers.push_back({SensitivityText::tr("%1 prices").arg(vendor), [vendor](Scenario &s, int d) {
                              s.assumptions.priceMultiplierByVendor[vendor] = scaled(s.assumptions.priceMultiplier(vendor), d);
                          }});
    }
    for (const QString &partner : partners) {
        // Named as people know the partner ("NVIDIA delay"), the id when it has no name.
        QString name = partner;
        for (const Partner &p : scenario.partners) {
            if (p.id == partner && !p.name.isEmpty())
                name = p.name;
        }
        levers.push_back({SensitivityText::tr("%1 delay").arg(name), [partner](Scenario &s, int d) {
                              s.assumptions.delayMonthsByPartner[partner] =
                                  s.assumptions.delayMonthsByPartner.value(partner, 0) + d * kDelayStepMonths;
                          }});
    }
    // A scenario-wide tranche size replaces every investment's own (Engine), so then that
    // one figure is the lever: moving an investment's own size would change nothing.
    if (scenario.assumptions.tranchePerGwUsdB) {
        levers.push_back({SensitivityText::tr("Tranche per GW"), [](Scenario &s, int d) {
                              s.assumptions.tranchePerGwUsdB = scaled(s.assumptions.tranchePerGwUsdB.value_or(0), d);
                          }});
        return levers;
    }
    for (const Commitment &c : scenario.commitments) {
        if (c.kind != CommitmentKind::Investment || !c.tranche)
            continue;
        const QString id = c.id;
        levers.push_back({SensitivityText::tr("%1 tranche per GW").arg(id), [id](Scenario &s, int d) {
                              for (Commitment &commitment : s.commitments) {
                                  if (commitment.id == id && commitment.tranche)
                                      commitment.tranche->perGwUsdB = scaled(commitment.tranche->perGwUsdB, d);
                              }
                          }});
    }
    return levers;
}

Tornado computeTornado(const Scenario &scenario, const Outcome &outcome, const std::vector<Lever> &levers,
                       const Catalog &catalog)
{
    const auto evaluate = [&](Engine &engine, const Scenario &variant) {
        engine.setScenario(variant, catalog, Engine::Detail::TotalsOnly); // an outcome reads totals only
        return outcome.valueIn(engine, variant.timeline);
    };
    Tornado tornado;
    Engine baseEngine;
    tornado.base = evaluate(baseEngine, scenario);
    // The levers are independent: shared between the cores, each range with its own engine
    // and its own copy of the scenario.
    tornado.bars.resize(levers.size());
    inParallel(int(levers.size()), [&](int first, int last) {
        Engine engine;
        Scenario variant = scenario;
        for (int i = first; i < last; ++i) {
            TornadoBar &bar = tornado.bars[size_t(i)];
            bar.lever = levers[size_t(i)].name;
            for (const int direction : {-1, +1}) {
                variant.assumptions = scenario.assumptions;
                variant.commitments = scenario.commitments;
                levers[size_t(i)].apply(variant, direction);
                (direction < 0 ? bar.low : bar.high) = evaluate(engine, variant);
            }
        }
    });
    std::stable_sort(tornado.bars.begin(), tornado.bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing() > b.swing(); });
    return tornado;
}

} // namespace rackline
