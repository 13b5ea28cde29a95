// SPDX-License-Identifier: MIT
// The built-in catalog: it loads cleanly, holds every system the issue names, says where
// each figure comes from and which are estimates; a scenario's own entry replaces a built-in
// one with the same id.

#include "Catalog.h"
#include "Engine.h"
#include "ScenarioBuilder.h"
#include "ScenarioFile.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace rackline;
using namespace rackline::test;

namespace {
/// The fields of a catalog entry (MODEL.md "Catalog entry") that can be an estimate.
const QSet<QString> kFigureFields = {
    "accelerators", "pflops_fp4",  "pflops_fp8",  "pflops_bf16", "hbm_tb",    "fast_memory_tb",
    "mem_bw_tbps",  "power_kw",    "price_usd_m", "available",   "lifetime_months",
};
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoadsWithoutError()
    {
        QFile file(QStringLiteral(":/rackline/catalog/catalog.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        LoadError error;
        const Catalog catalog = Catalog::read(file.readAll(), &error);
        QVERIFY2(error.reason.isEmpty(), qPrintable(error.message()));
        QVERIFY(!catalog.systems().empty());
        QCOMPARE(Catalog::builtIn().systems().size(), catalog.systems().size());
    }

    void builtInHasEveryRequiredSystem_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"gb200-nvl72", "gb300-nvl72", "vr-nvl144", "vr-nvl144-cpx", "rubin-ultra-nvl576",
                               "tpu7x-pod-9216", "tpu7x-slice-256", "tpu-v6e-pod-256", "mi355x-rack-128", "mi450-helios",
                               "trn2-ultraserver", "trn3-ultraserver", "h100", "b200", "b300"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void builtInHasEveryRequiredSystem()
    {
        QFETCH(QString, id);
        const SystemSpec *spec = Catalog::builtIn().find(id);
        QVERIFY2(spec, qPrintable(id));
        QCOMPARE(spec->id, id);
        // Figures a plan cannot do without.
        QVERIFY(!spec->name.isEmpty() && !spec->vendor.isEmpty());
        QVERIFY(spec->accelerators > 0);
        QVERIFY(spec->powerKw > 0);
        QVERIFY(spec->priceUsdM > 0);
        QVERIFY(spec->pflopsFp8 > 0);
    }

    void everyEntryIsSourcedAndItsEstimatesExplained()
    {
        QSet<QString> ids;
        for (const SystemSpec &spec : Catalog::builtIn().systems()) {
            QVERIFY2(!ids.contains(spec.id), qPrintable(QStringLiteral("duplicate id ") + spec.id));
            ids.insert(spec.id);
            QVERIFY2(!spec.source.trimmed().isEmpty(), qPrintable(spec.id + QStringLiteral(" has no source")));
            for (const QString &field : spec.estimates)
                QVERIFY2(kFigureFields.contains(field), qPrintable(spec.id + QStringLiteral(": estimates names ") + field));
            if (!spec.estimates.isEmpty())
                QVERIFY2(!spec.notes.trimmed().isEmpty(), qPrintable(spec.id + QStringLiteral(" has estimates but no notes")));
        }
    }

    void scenarioEntryReplacesTheBuiltInOne()
    {
        // A scenario's "h100" with 1 accelerator and 1000 kW replaces the built-in entry;
        // its "extra-rack" is added.
        SystemSpec own = testRack();
        own.id = QStringLiteral("h100");
        own.accelerators = 1;
        own.powerKw = 1000;
        SystemSpec extra = testRack();
        extra.id = QStringLiteral("extra-rack");
        const Scenario s = ScenarioBuilder("2025-01", 4)
                               .partner(QStringLiteral("p"))
                               .add(own)
                               .add(extra)
                               .add(deployment("d", QStringLiteral("p"), 7, "2025-01", 0, QStringLiteral("h100")));
        const Catalog merged = effectiveCatalog(s);
        QVERIFY(merged.find(QStringLiteral("h100")));
        QCOMPARE(merged.find(QStringLiteral("h100"))->powerKw, 1000.0);
        QVERIFY(merged.find(QStringLiteral("extra-rack")));
        // Built-in + test-rack + extra-rack: the replaced entry is not counted twice.
        QCOMPARE(merged.systems().size(), Catalog::builtIn().systems().size() + 2);
        // The built-in catalog itself is unchanged.
        QVERIFY(Catalog::builtIn().find(QStringLiteral("h100"))->powerKw != 1000.0);

        // The engine uses the scenario's figures: 7 units x 1 accelerator, x 1000 kW = 7 MW.
        Engine engine;
        engine.setScenario(s);
        QCOMPARE(engine.totals()(0, int(Metric::Accelerators)), 7.0);
        QCOMPARE(engine.totals()(0, int(Metric::ItPowerMw)), 7.0);
    }

    void brokenCatalogIsRefused()
    {
        LoadError error;
        const Catalog wrongFormat = Catalog::read(R"({"format": "rackline-scenario", "version": 1, "systems": []})", &error);
        QCOMPARE(error.path, QStringLiteral("format"));
        QVERIFY(wrongFormat.systems().empty());

        error = {};
        Catalog::read(R"({"format": "rackline-catalog", "version": 1, "systems": [{"id": "x", "name": "X",
            "vendor": "V", "kind": "rack", "accelerators": 1, "pflops_fp4": 1, "pflops_fp8": 1, "pflops_bf16": 1,
            "hbm_tb": 1, "fast_memory_tb": 1, "mem_bw_tbps": 1, "power_kw": 1, "available": "2025-01"}]})",
                      &error);
        QCOMPARE(error.path, QStringLiteral("systems[0].price_usd_m"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
