// SPDX-License-Identifier: MIT
// Every class of invalid input of MODEL.md "Scenario file" is refused whole, with the exact
// JSON path of the problem and a reason that shows the offending value. Each row starts from
// a valid scenario (checked first) and breaks one thing.

#include "ScenarioFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace rackline;

namespace {

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[key, value] : fields)
        o.insert(key, value);
    return o;
}

/// A valid scenario using every kind of item and reference.
QJsonObject validScenario()
{
    const QJsonObject rack = object({{"id", "test-rack"}, {"name", "Test rack"}, {"vendor", "Test"}, {"kind", "rack"},
                                     {"accelerators", 10}, {"pflops_fp4", 4}, {"pflops_fp8", 2}, {"pflops_bf16", 1},
                                     {"hbm_tb", 2}, {"fast_memory_tb", 5}, {"mem_bw_tbps", 80}, {"power_kw", 100},
                                     {"price_usd_m", 2}, {"available", "2024-01"}, {"lifetime_months", 60},
                                     {"source", "test"}});
    return object({
        {"format", "rackline-scenario"},
        {"version", 1},
        {"name", "base"},
        {"timeline", object({{"start", "2025-01"}, {"months", 24}})},
        {"assumptions", object({{"pue", 1.2}, {"energy_usd_per_mwh", 70}, {"facility_capex_usd_b_per_gw", 15}})},
        {"partners", QJsonArray{object({{"id", "p1"}, {"name", "P1"}}), object({{"id", "p2"}})}},
        {"catalog", QJsonArray{rack}},
        {"phases", QJsonArray{object({{"id", "ph1"}, {"partner", "p1"}, {"capacity_mw", 100}, {"online", "2025-01"},
                                      {"ramp_months", 2}, {"pue", 1.1}})}},
        {"deployments",
         QJsonArray{object({{"id", "d1"}, {"system", "test-rack"}, {"partner", "p1"}, {"count", 30}, {"start", "2025-03"},
                            {"ramp_months", 3}, {"phase", "ph1"}, {"commitment", "c1"}, {"lifetime_months", 48}}),
                    object({{"id", "d2"}, {"system", "gb200-nvl72"}, {"partner", "p2"}, {"count", 10}, {"start", "2025-06"}})}},
        {"commitments",
         QJsonArray{object({{"id", "c1"}, {"partner", "p1"}, {"kind", "investment"}, {"total_usd_b", 10},
                            {"start", "2025-01"}, {"months", 12},
                            {"tranche", object({{"first_usd_b", 1}, {"per_gw_usd_b", 2}, {"cap_usd_b", 8}})}}),
                    object({{"id", "c2"}, {"partner", "p2"}, {"kind", "cloud"}, {"total_usd_b", 5}, {"start", "2025-01"},
                            {"months", 24}})}},
    });
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}


/// The document with the value at a path such as {"deployments", 0, "start"} replaced
/// (an undefined value removes it; an index one past the end appends).
QJsonValue withValue(QJsonValue node, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::QString) {
        QJsonObject o = node.toObject();
        const QString key = step.toString();
        if (path.isEmpty() && value.isUndefined())
            o.remove(key);
        else
            o.insert(key, withValue(o.value(key), path, value));
        return o;
    }
    QJsonArray a = node.toArray();
    const int index = step.toInt();
    if (index == a.size())
        a.append(withValue(QJsonValue(), path, value));
    else
        a[index] = withValue(a[index], path, value);
    return a;
}

QByteArray edited(QList<QVariant> path, const QJsonValue &value)
{
    return text(withValue(validScenario(), std::move(path), value).toObject());
}

QByteArray removed(QList<QVariant> path)
{
    return edited(std::move(path), QJsonValue(QJsonValue::Undefined));
}

QJsonObject validArrayItem(const char *array, int index)
{
    return validScenario().value(QLatin1String(array)).toArray().at(index).toObject();
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validScenarioLoads()
    {
        const ScenarioLoad load = readScenario(text(validScenario()));
        QVERIFY2(load.ok(), qPrintable(load.error.message()));
        QCOMPARE(load.scenario->deployments.size(), size_t(2));
        QVERIFY(load.error.reason.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("mentions");
        using L = QStringList;

        // The file itself.
        QTest::newRow("top level array") << QByteArray("[1, 2]") << "(top level)" << L{"object", "array"};
        QTest::newRow("format wrong") << edited({"format"}, "rackline-catalog") << "format" << L{"\"rackline-catalog\""};
        QTest::newRow("format missing") << removed({"format"}) << "format" << L{"required"};
        QTest::newRow("format a number") << edited({"format"}, 3) << "format" << L{"3"};
        QTest::newRow("version newer") << edited({"version"}, 2) << "version" << L{"2", "newer"};
        QTest::newRow("version 0") << edited({"version"}, 0) << "version" << L{"0"};
        QTest::newRow("version negative") << edited({"version"}, -1) << "version" << L{"-1"};
        QTest::newRow("version fractional") << edited({"version"}, 0.5) << "version" << L{"0.5"};
        QTest::newRow("version 1.5") << edited({"version"}, 1.5) << "version" << L{"1.5", "whole"};
        QTest::newRow("version a string") << edited({"version"}, "1") << "version" << L{"\"1\""};

        // The timeline.
        QTest::newRow("timeline missing") << removed({"timeline"}) << "timeline" << L{"required"};
        QTest::newRow("timeline not an object") << edited({"timeline"}, QJsonArray{}) << "timeline" << L{"object", "array"};
        QTest::newRow("months 0") << edited({"timeline", "months"}, 0) << "timeline.months" << L{"0", "1", "1200"};
        QTest::newRow("months 1201") << edited({"timeline", "months"}, 1201) << "timeline.months" << L{"1201", "1200"};
        QTest::newRow("months fractional") << edited({"timeline", "months"}, 12.5) << "timeline.months" << L{"12.5"};
        QTest::newRow("start month 13") << edited({"timeline", "start"}, "2025-13") << "timeline.start" << L{"\"2025-13\"", "YYYY-MM"};
        QTest::newRow("start month 00") << edited({"timeline", "start"}, "2025-00") << "timeline.start" << L{"\"2025-00\""};

        // Numbers.
        QTest::newRow("negative pue") << edited({"assumptions", "pue"}, -1.2) << "assumptions.pue" << L{"-1.2"};
        QTest::newRow("negative energy price") << edited({"assumptions", "energy_usd_per_mwh"}, -70) << "assumptions.energy_usd_per_mwh" << L{"-70", "negative"};
        QTest::newRow("negative power") << edited({"catalog", 0, "power_kw"}, -5) << "catalog[0].power_kw" << L{"-5"};
        QTest::newRow("negative price") << edited({"catalog", 0, "price_usd_m"}, -2) << "catalog[0].price_usd_m" << L{"-2"};
        QTest::newRow("negative tranche") << edited({"commitments", 0, "tranche", "per_gw_usd_b"}, -2) << "commitments[0].tranche.per_gw_usd_b" << L{"-2"};
        QTest::newRow("count 0") << edited({"deployments", 0, "count"}, 0) << "deployments[0].count" << L{"0"};
        QTest::newRow("count negative") << edited({"deployments", 1, "count"}, -3) << "deployments[1].count" << L{"-3"};
        QTest::newRow("count a string") << edited({"deployments", 0, "count"}, "30") << "deployments[0].count" << L{"\"30\""};
        QTest::newRow("capacity 0") << edited({"phases", 0, "capacity_mw"}, 0) << "phases[0].capacity_mw" << L{"0"};
        QTest::newRow("total 0") << edited({"commitments", 1, "total_usd_b"}, 0) << "commitments[1].total_usd_b" << L{"0"};
        QTest::newRow("commitment months 0") << edited({"commitments", 1, "months"}, 0) << "commitments[1].months" << L{"0"};
        QTest::newRow("fractional ramp") << edited({"deployments", 0, "ramp_months"}, 1.5) << "deployments[0].ramp_months" << L{"1.5", "whole"};
        QTest::newRow("negative ramp") << edited({"deployments", 0, "ramp_months"}, -1) << "deployments[0].ramp_months" << L{"-1"};
        QTest::newRow("fractional phase ramp") << edited({"phases", 0, "ramp_months"}, 0.5) << "phases[0].ramp_months" << L{"0.5"};
        QTest::newRow("fractional lifetime") << edited({"deployments", 0, "lifetime_months"}, 2.5) << "deployments[0].lifetime_months" << L{"2.5"};
        QTest::newRow("boolean count") << edited({"deployments", 0, "count"}, true) << "deployments[0].count" << L{"true"};

        // Months.
        QTest::newRow("month 13") << edited({"deployments", 0, "start"}, "2026-13") << "deployments[0].start" << L{"\"2026-13\"", "YYYY-MM"};
        QTest::newRow("one-digit month") << edited({"deployments", 0, "start"}, "2026-1") << "deployments[0].start" << L{"\"2026-1\""};
        QTest::newRow("month as a number") << edited({"deployments", 0, "start"}, 2026) << "deployments[0].start" << L{"2026"};
        QTest::newRow("month with a day") << edited({"commitments", 0, "start"}, "2026-01-15") << "commitments[0].start" << L{"\"2026-01-15\""};
        QTest::newRow("phase online") << edited({"phases", 0, "online"}, "26-01") << "phases[0].online" << L{"\"26-01\""};
        QTest::newRow("catalog available") << edited({"catalog", 0, "available"}, "2024/01") << "catalog[0].available" << L{"\"2024/01\""};

        // References.
        QTest::newRow("unknown system") << edited({"deployments", 0, "system"}, "nope-rack") << "deployments[0].system" << L{"\"nope-rack\""};
        QTest::newRow("unknown partner of deployment") << edited({"deployments", 1, "partner"}, "acme") << "deployments[1].partner" << L{"\"acme\""};
        QTest::newRow("unknown phase") << edited({"deployments", 0, "phase"}, "ph9") << "deployments[0].phase" << L{"\"ph9\""};
        QTest::newRow("unknown commitment") << edited({"deployments", 0, "commitment"}, "c9") << "deployments[0].commitment" << L{"\"c9\""};
        QTest::newRow("unknown partner of commitment") << edited({"commitments", 1, "partner"}, "acme") << "commitments[1].partner" << L{"\"acme\""};
        QTest::newRow("unknown partner of phase") << edited({"phases", 0, "partner"}, "acme") << "phases[0].partner" << L{"\"acme\""};

        // Ids.
        QTest::newRow("duplicate partner") << edited({"partners", 1, "id"}, "p1") << "partners[1].id" << L{"\"p1\"", "partners[0]"};
        QTest::newRow("duplicate deployment") << edited({"deployments", 1, "id"}, "d1") << "deployments[1].id" << L{"\"d1\""};
        QTest::newRow("duplicate commitment") << edited({"commitments", 1, "id"}, "c1") << "commitments[1].id" << L{"\"c1\""};
        QTest::newRow("duplicate phase")
            << edited({"phases", 1}, validArrayItem("phases", 0)) << "phases[1].id" << L{"\"ph1\""};
        QTest::newRow("duplicate catalog entry")
            << edited({"catalog", 1}, validArrayItem("catalog", 0)) << "catalog[1].id" << L{"\"test-rack\""};
        QTest::newRow("empty id") << edited({"partners", 0, "id"}, "") << "partners[0].id" << L{"empty"};

        // Missing fields and wrong types.
        QTest::newRow("deployment count missing") << removed({"deployments", 0, "count"}) << "deployments[0].count" << L{"required"};
        QTest::newRow("deployment system missing") << removed({"deployments", 1, "system"}) << "deployments[1].system" << L{"required"};
        QTest::newRow("tranche per GW missing") << removed({"commitments", 0, "tranche", "per_gw_usd_b"}) << "commitments[0].tranche.per_gw_usd_b" << L{"required"};
        QTest::newRow("catalog name missing") << removed({"catalog", 0, "name"}) << "catalog[0].name" << L{"required"};
        QTest::newRow("partners not an array") << edited({"partners"}, QJsonObject{}) << "partners" << L{"array", "object"};
        QTest::newRow("deployment not an object") << edited({"deployments", 1}, "d2") << "deployments[1]" << L{"object", "string"};
        QTest::newRow("tranche not an object") << edited({"commitments", 0, "tranche"}, 5) << "commitments[0].tranche" << L{"object"};
        QTest::newRow("name a number") << edited({"name"}, 5) << "name" << L{"5"};
        QTest::newRow("partner id a number") << edited({"partners", 0, "id"}, 7) << "partners[0].id" << L{"7"};
        QTest::newRow("commitment kind") << edited({"commitments", 1, "kind"}, "loan") << "commitments[1].kind" << L{"\"loan\""};
        QTest::newRow("catalog kind") << edited({"catalog", 0, "kind"}, "tpu") << "catalog[0].kind" << L{"\"tpu\""};
        QTest::newRow("estimates not strings") << edited({"catalog", 0, "estimates"}, QJsonArray{1}) << "catalog[0].estimates[0]" << L{"string"};
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QStringList, mentions);
        const ScenarioLoad load = readScenario(json);
        QVERIFY2(!load.ok(), "the file was accepted");
        QVERIFY(!load.scenario.has_value()); // refused whole: nothing half-read
        QCOMPARE(load.error.path, path);
        for (const QString &mention : mentions)
            QVERIFY2(load.error.reason.contains(mention), qPrintable(load.error.message() + " lacks " + mention));
        // The message a user sees carries both.
        QVERIFY(load.error.message().startsWith(path + QStringLiteral(": ")));
    }

    void malformedJsonNamesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("firstColumn"); // the problem is reported at or just after it
        QTest::addColumn<int>("lastColumn");
        // A bare word where a value belongs: line 3, the "o" of oops is column 11.
        QTest::newRow("bare word") << QByteArray("{\"format\": \"rackline-scenario\",\n  \"version\": 1,\n  \"name\": oops}")
                                   << 3 << 11 << 12;
        // Text cut short: the object never closes; reported at the end, line 3 column 1.
        QTest::newRow("truncated") << QByteArray("{\"format\": \"rackline-scenario\",\n  \"version\": 1,\n") << 3 << 1 << 1;
        // A missing comma between two fields on line 2 ("version" starts at column 3).
        QTest::newRow("missing comma") << QByteArray("{\"format\": \"rackline-scenario\"\n  \"version\": 1}") << 2 << 1 << 4;
        // Greek before the error counts as one column per character, not per byte:
        // line 1 is {"name": "αβγ", x}: x is column 17 (it would be 20 counting bytes).
        QTest::newRow("after Greek") << QString::fromUtf8("{\"name\": \"αβγ\", x}").toUtf8() << 1 << 17 << 18;
        // A number too large for a double (1e999) is not a finite number: refused too. It
        // spans columns 8..12 of {"a": 1e999}.
        QTest::newRow("non-finite number") << QByteArray("{\"a\": 1e999}") << 1 << 7 << 13;
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << 1;
        // JSON, but not an object or array at the top: refused by the parser.
        QTest::newRow("top level string") << QByteArray("\"scenario\"") << 1 << 1 << 2;
    }

    void malformedJsonNamesLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, firstColumn);
        QFETCH(int, lastColumn);
        const ScenarioLoad load = readScenario(json);
        QVERIFY(!load.ok());
        QVERIFY2(load.error.reason.contains(QStringLiteral("malformed JSON")), qPrintable(load.error.reason));
        const QString prefix = QStringLiteral("line %1, column ").arg(line);
        QVERIFY2(load.error.path.startsWith(prefix), qPrintable(load.error.path));
        bool ok = false;
        const int column = load.error.path.mid(prefix.size()).toInt(&ok);
        QVERIFY2(ok && column >= firstColumn && column <= lastColumn, qPrintable(load.error.path));
    }

    void nonFiniteNumberInAField()
    {
        // 1e999 in a real field is refused (whatever layer notices) and nothing is returned.
        QByteArray json = text(validScenario());
        json.replace("\"count\": 30", "\"count\": 1e999");
        QVERIFY(json.contains("1e999"));
        const ScenarioLoad load = readScenario(json);
        QVERIFY(!load.ok());
        QVERIFY(!load.error.message().isEmpty());
    }

    void unreadableFileNamesTheFile()
    {
        const QString missing = QStringLiteral(RACKLINE_TEST_DATA_DIR "/does-not-exist.json");
        const ScenarioLoad load = readScenarioFile(missing);
        QVERIFY(!load.ok());
        QCOMPARE(load.error.path, missing);
    }

    void optionalFieldsMayBeAbsent()
    {
        // Defaults of MODEL.md: no assumptions, no ramp, no catalog, no phases, no commitments.
        QJsonObject o = validScenario();
        o.remove(QStringLiteral("assumptions"));
        o.remove(QStringLiteral("phases"));
        o.remove(QStringLiteral("commitments"));
        o.remove(QStringLiteral("catalog"));
        QJsonArray deployments;
        deployments.append(object({{"id", "d"}, {"system", "gb200-nvl72"}, {"partner", "p1"}, {"count", 1}, {"start", "2025-01"}}));
        o.insert(QStringLiteral("deployments"), deployments);
        const ScenarioLoad load = readScenario(text(o));
        QVERIFY2(load.ok(), qPrintable(load.error.message()));
        QCOMPARE(load.scenario->assumptions.effectivePue(), 1.2);
        QCOMPARE(load.scenario->assumptions.effectiveEnergyUsdPerMwh(), 70.0);
        QCOMPARE(load.scenario->assumptions.effectiveFacilityCapexUsdBPerGw(), 15.0);
        QCOMPARE(load.scenario->deployments[0].rampMonths, 0);
        QVERIFY(!load.scenario->deployments[0].lifetimeMonths.has_value());
    }

    void boundariesAreAccepted()
    {
        // 1 and 1200 months, ramp 0, lifetime 0, a version written as 1.0.
        for (const int months : {1, 1200}) {
            QJsonObject o = withValue(validScenario(), {"timeline", "months"}, months).toObject();
            o = withValue(o, {"deployments", 0, "lifetime_months"}, 0).toObject();
            o = withValue(o, {"deployments", 0, "ramp_months"}, 0).toObject();
            const ScenarioLoad load = readScenario(text(o));
            QVERIFY2(load.ok(), qPrintable(load.error.message()));
            QCOMPARE(load.scenario->timeline.months, months);
        }
        QByteArray json = text(validScenario());
        json.replace("\"version\": 1,", "\"version\": 1.0,");
        QVERIFY(readScenario(json).ok());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
