// SPDX-License-Identifier: MIT
// The file round trip (MODEL.md "Scenario file"): what Rackline saves reads back to the same
// scenario and saves again byte for byte; fields it does not know survive at every level;
// awkward strings and numbers survive exactly; saving is atomic and reports failures.

#include "Engine.h"
#include "ScenarioBuilder.h"
#include "ScenarioFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>

using namespace rackline;
using namespace rackline::test;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Scenario loadOrFail(const QByteArray &json, bool *ok)
{
    const ScenarioLoad load = readScenario(json);
    *ok = load.ok();
    if (!load.ok())
        qWarning("%s", qPrintable(load.error.message()));
    return load.ok() ? *load.scenario : Scenario{};
}

/// A valid scenario file with an unknown field "x_<path>" in every object, holding every kind of
/// JSON value, nested objects and arrays included.
QJsonObject scenarioWithUnknownFields()
{
    auto extra = [](const QString &where) {
        return QJsonObject{{QStringLiteral("x_") + where,
                            QJsonObject{{"where", where},
                                        {"number", 1.25},
                                        {"big", 12345678901.0},
                                        {"flag", true},
                                        {"nothing", QJsonValue::Null},
                                        {"list", QJsonArray{1, "two", QJsonObject{{"three", 3}}, QJsonArray{}}}}}};
    };
    auto merged = [&](QJsonObject o, const QString &where) {
        const QJsonObject e = extra(where);
        for (auto it = e.begin(); it != e.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonObject rack{{"id", "test-rack"}, {"name", "Test rack"}, {"vendor", "Test"}, {"kind", "rack"},
                     {"accelerators", 10}, {"pflops_fp4", 4}, {"pflops_fp8", 2}, {"pflops_bf16", 1},
                     {"hbm_tb", 2}, {"fast_memory_tb", 5}, {"mem_bw_tbps", 80}, {"power_kw", 100},
                     {"price_usd_m", 2}, {"available", "2024-01"}, {"lifetime_months", 60}};
    QJsonObject tranche{{"first_usd_b", 1}, {"per_gw_usd_b", 2}};
    QJsonObject commitment{{"id", "c1"}, {"partner", "p1"}, {"kind", "investment"}, {"total_usd_b", 10},
                           {"start", "2025-01"}, {"months", 12}, {"tranche", merged(tranche, "commitments[0].tranche")}};
    QJsonObject top{
        {"format", "rackline-scenario"},
        {"version", 1},
        {"name", "unknown fields"},
        {"timeline", merged(QJsonObject{{"start", "2025-01"}, {"months", 24}}, "timeline")},
        {"assumptions", merged(QJsonObject{{"pue", 1.3}}, "assumptions")},
        {"partners", QJsonArray{merged(QJsonObject{{"id", "p1"}, {"name", "P1"}}, "partners[0]")}},
        {"catalog", QJsonArray{merged(rack, "catalog[0]")}},
        {"phases", QJsonArray{merged(QJsonObject{{"id", "ph1"}, {"capacity_mw", 100}, {"online", "2025-01"}}, "phases[0]")}},
        {"deployments", QJsonArray{merged(QJsonObject{{"id", "d1"}, {"system", "test-rack"}, {"partner", "p1"},
                                                      {"count", 30}, {"start", "2025-03"}}, "deployments[0]")}},
        {"commitments", QJsonArray{merged(commitment, "commitments[0]")}},
    };
    return merged(top, "top");
}

/// The object at a place of a scenario document: "" (top), "timeline", "partners[0]",
/// "commitments[0].tranche".
QJsonObject objectAt(const QJsonObject &top, const QString &where)
{
    QJsonObject o = top;
    for (const QString &part : where.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        if (bracket < 0) {
            o = o.value(part).toObject();
        } else {
            const int index = part.mid(bracket + 1, part.size() - bracket - 2).toInt();
            o = o.value(part.left(bracket)).toArray().at(index).toObject();
        }
    }
    return o;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void bundledScenariosAreStable_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("openai-2025") << QStringLiteral(":/rackline/scenarios/openai-2025.json");
        QTest::newRow("openai-mid-2026") << QStringLiteral(":/rackline/scenarios/openai-mid-2026.json");
    }

    void bundledScenariosAreStable()
    {
        QFETCH(QString, fileName);
        const ScenarioLoad load = readScenarioFile(fileName);
        QVERIFY2(load.ok(), qPrintable(load.error.message()));
        QVERIFY(!load.scenario->deployments.empty());
        const QByteArray once = writeScenario(*load.scenario);
        bool ok = false;
        const Scenario again = loadOrFail(once, &ok);
        QVERIFY(ok);
        const QByteArray twice = writeScenario(again);
        QCOMPARE(twice, once);
        // The numbers do not move either.
        Engine a, b;
        a.setScenario(*load.scenario);
        b.setScenario(again);
        QVERIFY(a.totals() == b.totals());
    }

    void unknownFieldsSurvive_data()
    {
        QTest::addColumn<QString>("where");
        for (const char *where : {"", "timeline", "assumptions", "partners[0]", "catalog[0]", "phases[0]", "deployments[0]",
                                  "commitments[0]", "commitments[0].tranche"})
            QTest::newRow(*where ? where : "top") << QString::fromLatin1(where);
    }

    void unknownFieldsSurvive()
    {
        QFETCH(QString, where);
        const QJsonObject original = scenarioWithUnknownFields();
        bool ok = false;
        const QByteArray saved = writeScenario(loadOrFail(QJsonDocument(original).toJson(), &ok));
        QVERIFY(ok);
        QJsonParseError error;
        const QJsonObject written = QJsonDocument::fromJson(saved, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString key = QStringLiteral("x_") + (where.isEmpty() ? QStringLiteral("top") : where);
        const QJsonValue expected = objectAt(original, where).value(key);
        QVERIFY2(!expected.isUndefined(), qPrintable(key));
        QCOMPARE(objectAt(written, where).value(key), expected);
        // And they stay put through a second load and save.
        QCOMPARE(writeScenario(loadOrFail(saved, &ok)), saved);
    }

    void savedFileIsByteStable()
    {
        // A scenario made in code, saved by Rackline, loaded and saved again: same bytes.
        Scenario s = ScenarioBuilder("2025-01", 36)
                         .partner(QStringLiteral("a"))
                         .pue(1.25)
                         .add(with(phase("ph", 50, "2025-02", 3, QStringLiteral("a")), [](PowerPhase &p) { p.pue = 1.1; }))
                         .add(with(deployment("d", QStringLiteral("a"), 12.5, "2025-03", 2), [](Deployment &d) {
                             d.phase = QStringLiteral("ph");
                             d.lifetimeMonths = 0;
                         }))
                         .add(with(commitment("c", QStringLiteral("a"), CommitmentKind::Investment, 10, "2025-01", 12),
                                   [](Commitment &c) { c.tranche = tranche(1, 2); }));
        const QByteArray first = writeScenario(s);
        bool ok = false;
        const Scenario loaded = loadOrFail(first, &ok);
        QVERIFY(ok);
        QCOMPARE(writeScenario(loaded), first);
        // Optional values keep their absence (a default is not frozen into the file) and
        // their presence, 0 included.
        QVERIFY(!loaded.commitments[0].tranche->capUsdB.has_value());
        QVERIFY(!loaded.deployments.empty() && loaded.deployments[0].lifetimeMonths == std::optional<int>(0));
        QVERIFY(loaded.phases[0].pue == std::optional<double>(1.1));
        QVERIFY(!loaded.assumptions.energyUsdPerMwh.has_value());
        QVERIFY(loaded.deployments[0].count == 12.5);
    }

    void stringsSurvive()
    {
        const QString awkward = QString::fromUtf8("quote \" backslash \\ slash / newline\nreturn\r tab\t bell\x07 "
                                                  "Greek αβγ Ωμέγα emoji 🚀🔌 end");
        Scenario s = ScenarioBuilder().partner(awkward).add(deployment("d", awkward, 1, "2025-01"));
        s.name = awkward;
        s.description = awkward;
        s.partners[0].name = awkward + QStringLiteral("!");
        s.deployments[0].source = awkward;
        s.extra.insert(QStringLiteral("x_note"), awkward);
        const QByteArray saved = writeScenario(s);
        QVERIFY(saved.contains("αβγ")); // UTF-8, not \u escapes
        bool ok = false;
        const Scenario loaded = loadOrFail(saved, &ok);
        QVERIFY(ok);
        QCOMPARE(loaded.name, awkward);
        QCOMPARE(loaded.description, awkward);
        QCOMPARE(loaded.partners[0].id, awkward);
        QCOMPARE(loaded.partners[0].name, awkward + QStringLiteral("!"));
        QCOMPARE(loaded.deployments[0].partner, awkward);
        QCOMPARE(loaded.deployments[0].source, awkward);
        QCOMPARE(loaded.extra.value(QStringLiteral("x_note")).toString(), awkward);
        // Any JSON reader agrees.
        QCOMPARE(QJsonDocument::fromJson(saved).object().value(QStringLiteral("name")).toString(), awkward);
        QCOMPARE(writeScenario(loaded), saved);
    }

    void numbersSurviveExactly()
    {
        // Doubles that have no short decimal form come back bit for bit.
        const std::vector<double> values = {0.1 + 0.2, 1.0 / 3, 1e-7, 123456789.123456789, 2.5e-300, 7.0, 1e21, 4503599627370497.0};
        Scenario s = ScenarioBuilder().partner(QStringLiteral("a"));
        for (size_t i = 0; i < values.size(); ++i)
            s.deployments.push_back(deployment(QStringLiteral("d%1").arg(i), QStringLiteral("a"), values[i], "2025-01"));
        bool ok = false;
        const Scenario loaded = loadOrFail(writeScenario(s), &ok);
        QVERIFY(ok);
        for (size_t i = 0; i < values.size(); ++i)
            QVERIFY2(loaded.deployments[i].count == values[i], qPrintable(QString::number(values[i], 'g', 17)));
    }

    void saveWritesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("plan.json"));
        const Scenario s = ScenarioBuilder().partner(QStringLiteral("a")).add(deployment("d", QStringLiteral("a"), 3, "2025-02"));
        QCOMPARE(saveScenarioFile(s, fileName), QString());
        QCOMPARE(readAll(fileName), writeScenario(s));
        const ScenarioLoad load = readScenarioFile(fileName);
        QVERIFY2(load.ok(), qPrintable(load.error.message()));
        QCOMPARE(writeScenario(*load.scenario), writeScenario(s));

        // Saving over it replaces it whole and leaves no temporary file behind.
        Scenario changed = s;
        changed.name = QStringLiteral("changed");
        QCOMPARE(saveScenarioFile(changed, fileName), QString());
        QCOMPARE(readAll(fileName), writeScenario(changed));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.json")});
    }

    void saveReportsFailures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Scenario s = ScenarioBuilder().partner(QStringLiteral("a"));
        // A directory that does not exist: an error, and nothing is created.
        const QString nowhere = dir.filePath(QStringLiteral("missing/plan.json"));
        QVERIFY(!saveScenarioFile(s, nowhere).isEmpty());
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("missing"))).exists());
    }

    void failedSaveLeavesTheOldFile()
    {
        // A write that fails half-way (here: a file size limit of 4 KB, which binds root too)
        // must leave the previous file whole, not a truncated one.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("plan.json"));
        Scenario s = ScenarioBuilder().partner(QStringLiteral("a"));
        QCOMPARE(saveScenarioFile(s, fileName), QString());
        const QByteArray before = readAll(fileName);
        QVERIFY(before.size() < 4096);

        s.description = QString(100000, QLatin1Char('x')); // the new file needs ~100 KB
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit small{4096, limit.rlim_max};
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString error = saveScenarioFile(s, fileName);
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(fileName), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.json")});
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
