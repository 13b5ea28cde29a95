// SPDX-License-Identifier: MIT
// rackline-cli end to end (MODEL.md "Command line"): the real binary, run with an Italian
// locale in its environment (LANG=it_IT.UTF-8, whose decimal separator is a comma), on the
// bundled scenarios and on hand-written files in tests/data. Numbers must be written with
// a dot and equal what the engine computes in this process; errors go to stderr with the
// contract's exit codes (0 valid, 1 invalid, 2 usage).

#include "CsvTable.h"

#include "Aggregation.h"
#include "Catalog.h"
#include "Engine.h"
#include "ScenarioFile.h"
#include "Warnings.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace rackline;
using namespace rackline::test;

namespace {

/// Where an it_IT.UTF-8 locale was compiled for the child when the system has none
/// (glibc reads LOCPATH); empty when the system has it or it could not be built.
QString g_localePath;

QProcessEnvironment italianEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("it_IT.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("it_IT.UTF-8"));
    environment.insert(QStringLiteral("LC_NUMERIC"), QStringLiteral("it_IT.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("it"));
    if (!g_localePath.isEmpty())
        environment.insert(QStringLiteral("LOCPATH"), g_localePath);
    return environment;
}

/// The decimal point the C library uses in a child with the Italian environment.
QByteArray childDecimalPoint()
{
    QProcess locale;
    locale.setProcessEnvironment(italianEnvironment());
    locale.start(QStringLiteral("locale"), {QStringLiteral("decimal_point")});
    return locale.waitForFinished(10000) ? locale.readAllStandardOutput().trimmed() : QByteArray();
}

/// English messages (the source language) with the same file handling: for the tests that
/// read the messages' words. The Italian environment checks numbers, and that it speaks Italian.
QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

enum class Language { Italian, English };

Run runCli(const QStringList &arguments, Language language = Language::Italian)
{
    QProcess process;
    process.setProcessEnvironment(language == Language::Italian ? italianEnvironment() : englishEnvironment());
    process.start(QStringLiteral(RACKLINE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = "rackline-cli did not finish normally: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString source(const char *relative)
{
    return QStringLiteral(RACKLINE_SOURCE_DIR "/") + QLatin1String(relative);
}

QString data(const char *name)
{
    return QStringLiteral(RACKLINE_TEST_DATA_DIR "/") + QLatin1String(name);
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Scenario load(const QString &fileName)
{
    const ScenarioLoad loaded = readScenarioFile(fileName);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error.message()));
    return *loaded.scenario;
}

/// MODEL.md's metrics table, in its order, written out here (not taken from the code).
const QList<QByteArray> kMetricColumns = {
    "accelerators",         "pflops_fp4",          "pflops_fp8",           "pflops_bf16",
    "hbm_tb",               "fast_memory_tb",      "mem_bw_tbps",          "it_power_mw",
    "facility_power_mw",    "available_power_mw",  "hardware_capex_usd_b", "facility_capex_usd_b",
    "capex_usd_b",          "cumulative_capex_usd_b", "energy_usd_b",      "contracted_spend_usd_b",
    "tranches_released_usd_b",
};

/// A CSV number agrees with the engine's value to at least 9 significant digits.
bool agrees(double written, double computed)
{
    return std::abs(written - computed) <= 1e-9 * std::abs(computed) + 1e-15;
}

/// Parses a metrics CSV (label column + 17 metrics) into labels and a table, failing the
/// test on any malformed row. Returns false after a QFAIL-style message in *why.
bool parseMetricsCsv(const QByteArray &text, const QByteArray &labelColumn, QList<QByteArray> *labels, MetricTable *table,
                     QString *why)
{
    const auto rows = parseCsv(text);
    if (!rows || rows->isEmpty()) {
        *why = QStringLiteral("not CSV");
        return false;
    }
    CsvRow header = rows->front();
    if (header != CsvRow{labelColumn} + kMetricColumns) {
        *why = QStringLiteral("header: ") + QString::fromUtf8(header.join(','));
        return false;
    }
    table->resize(rows->size() - 1, kMetricCount);
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRow &row = rows->at(r);
        if (row.size() != kMetricCount + 1) {
            *why = QStringLiteral("row %1 has %2 fields").arg(r).arg(row.size());
            return false;
        }
        *labels << row[0];
        for (int c = 0; c < kMetricCount; ++c) {
            const auto number = csvNumber(row[c + 1]);
            if (!number) {
                *why = QStringLiteral("row %1 column %2: \"%3\" is not a number").arg(r).arg(c + 1).arg(QString::fromUtf8(row[c + 1]));
                return false;
            }
            (*table)(r - 1, c) = *number;
        }
    }
    return true;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_locales;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(RACKLINE_CLI_PATH)), RACKLINE_CLI_PATH);
        // The child must really be Italian (decimal comma) for the test to mean anything. Qt's
        // QLocale::system() reads the environment anyway; the C library needs the locale
        // installed, so where it is missing compile one for the child (as a user would have it).
        if (childDecimalPoint() != ",") {
            QVERIFY(m_locales.isValid());
            QProcess localedef;
            localedef.start(QStringLiteral("localedef"), {QStringLiteral("-i"), QStringLiteral("it_IT"), QStringLiteral("-f"),
                                                          QStringLiteral("UTF-8"), m_locales.filePath(QStringLiteral("it_IT.UTF-8"))});
            if (localedef.waitForFinished(60000) && localedef.exitCode() <= 1) // 1: warnings only
                g_localePath = m_locales.path();
        }
        if (childDecimalPoint() == ",")
            qInfo("the child's C library uses a decimal comma");
        else
            qInfo("it_IT.UTF-8 is not available to the C library here; only Qt's locale is Italian in the child");
    }

    void childIsItalian()
    {
        if (childDecimalPoint() != ",")
            QSKIP("no it_IT.UTF-8 locale for the C library (and localedef could not build one)");
        QCOMPARE(childDecimalPoint(), QByteArray(","));
    }

    // --- validate -------------------------------------------------------------------------

    void validateBundled_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("openai-2025") << source("resources/scenarios/openai-2025.json");
        QTest::newRow("openai-mid-2026") << source("resources/scenarios/openai-mid-2026.json");
        QTest::newRow("warnings") << data("warnings.json");
    }

    void validateBundled()
    {
        QFETCH(QString, fileName);
        const Run run = runCli({QStringLiteral("validate"), fileName}, Language::English);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // "FILE: valid, N warning(s)" as the last line; one "warning: KEY: ..." line each.
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        const QRegularExpression summary(QStringLiteral(": valid, (\\d+) warning"));
        const auto match = summary.match(QString::fromUtf8(lines.back()));
        QVERIFY2(match.hasMatch(), run.out.constData());
        const int count = match.captured(1).toInt();
        QCOMPARE(lines.size() - 1, qsizetype(count));
        // The same warnings as the engine finds in this process, in the same order.
        Engine engine;
        engine.setScenario(load(fileName));
        const std::vector<Warning> expected = collectWarnings(engine);
        QCOMPARE(count, int(expected.size()));
        for (int i = 0; i < count; ++i)
            QVERIFY2(lines[i].startsWith("warning: " + warningKey(expected[size_t(i)].kind).toUtf8() + ": "), lines[i].constData());
    }

    void validateReportsWarnings()
    {
        // tests/data/warnings.json has exactly two, derived by hand in its description.
        const Run run = runCli({QStringLiteral("validate"), data("warnings.json")}, Language::English);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("valid, 2 warning"));
        QVERIFY(run.out.contains("warning: before_available: "));
        QVERIFY(run.out.contains("d-early"));
        QVERIFY(run.out.contains("warning: power_shortfall: "));
        QVERIFY(run.out.contains("2025-03")); // the shortfall's first month
    }

    void messagesFollowTheSystemLanguage()
    {
        // The same refusal in English and in Italian: the same place (JSON path, value),
        // other words around it.
        const QString fileName = data("broken-month.json");
        const Run english = runCli({QStringLiteral("validate"), fileName}, Language::English);
        const Run italian = runCli({QStringLiteral("validate"), fileName}, Language::Italian);
        QCOMPARE(italian.exitCode, english.exitCode);
        for (const QByteArray &place : {QByteArray("deployments[0].start"), QByteArray("2026-13")})
            QVERIFY2(italian.err.contains(place), italian.err.constData());
        QVERIFY2(italian.err != english.err, italian.err.constData());
    }

    void validateRefusesInvalidFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("month 13") << data("broken-month.json") << QStringList{"deployments[0].start", "2026-13"};
        QTest::newRow("malformed") << data("malformed.json") << QStringList{"line 5, column", "malformed"};
        QTest::newRow("missing file") << data("no-such-file.json") << QStringList{"no-such-file.json"};
    }

    void validateRefusesInvalidFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QStringList, mentions);
        const Run run = runCli({QStringLiteral("validate"), fileName}, Language::English);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // the message is on stderr
        for (const QString &mention : mentions)
            QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
        // A report of an invalid file is refused the same way.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const Run report = runCli({QStringLiteral("report"), fileName, QStringLiteral("--csv"), out});
        QCOMPARE(report.exitCode, 1);
        QVERIFY(!report.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors_data()
    {
        const QString file = data("warnings.json");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no arguments") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate", file};
        QTest::newRow("validate without file") << QStringList{"validate"};
        QTest::newRow("validate two files") << QStringList{"validate", file, file};
        QTest::newRow("validate unknown option") << QStringList{"validate", "--bogus", file};
        QTest::newRow("report without output") << QStringList{"report", file};
        QTest::newRow("report --csv without value") << QStringList{"report", file, "--csv"};
        QTest::newRow("report bad period") << QStringList{"report", file, "--csv", "-", "--period", "decade"};
        QTest::newRow("catalog with a file") << QStringList{"catalog", file};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    // --- report ---------------------------------------------------------------------------

    void reportCsvEqualsTheEngine_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("openai-2025") << source("resources/scenarios/openai-2025.json");
        QTest::newRow("openai-mid-2026") << source("resources/scenarios/openai-mid-2026.json");
        QTest::newRow("warnings") << data("warnings.json");
    }

    void reportCsvEqualsTheEngine()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("monthly.csv"));
        const Run run = runCli({QStringLiteral("report"), fileName, QStringLiteral("--csv"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QByteArray csv = readAll(out);

        QList<QByteArray> labels;
        MetricTable written;
        QString why;
        QVERIFY2(parseMetricsCsv(csv, "month", &labels, &written, &why), qPrintable(why));

        const Scenario scenario = load(fileName);
        QCOMPARE(labels.size(), qsizetype(scenario.timeline.months));
        for (int m = 0; m < scenario.timeline.months; ++m)
            QCOMPARE(labels[m], scenario.timeline.monthAt(m).toString().toUtf8());

        Engine engine;
        engine.setScenario(scenario);
        const MetricTable &computed = engine.totals();
        for (int m = 0; m < scenario.timeline.months; ++m) {
            for (int c = 0; c < kMetricCount; ++c) {
                QVERIFY2(agrees(written(m, c), computed(m, c)),
                         qPrintable(QStringLiteral("%1 %2: written %3, computed %4")
                                        .arg(QString::fromUtf8(labels[m]), QString::fromUtf8(kMetricColumns[c]))
                                        .arg(written(m, c), 0, 'g', 17)
                                        .arg(computed(m, c), 0, 'g', 17)));
            }
        }
        // Something was computed: not a table of zeros.
        QVERIFY(computed.col(int(Metric::Accelerators)).maxCoeff() > 0);

        // "-" writes the same bytes to standard output.
        const Run toStdout = runCli({QStringLiteral("report"), fileName, QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, csv);
    }

    void reportPeriods_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QList<QByteArray>>("labels");
        // warnings.json: 14 months from 2025-02 (Feb 2025 .. Mar 2026).
        QTest::newRow("quarters mid-quarter") << data("warnings.json") << "quarter"
                                              << QList<QByteArray>{"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"};
        QTest::newRow("years mid-year") << data("warnings.json") << "year" << QList<QByteArray>{"2025", "2026"};
        // openai-2025.json: 120 months from 2025-01: 40 quarters, 10 years 2025..2034.
        QList<QByteArray> quarters, years;
        for (int y = 2025; y <= 2034; ++y) {
            years << QByteArray::number(y);
            for (int q = 1; q <= 4; ++q)
                quarters << QByteArray::number(y) + "-Q" + QByteArray::number(q);
        }
        QTest::newRow("quarters bundled") << source("resources/scenarios/openai-2025.json") << "quarter" << quarters;
        QTest::newRow("years bundled") << source("resources/scenarios/openai-2025.json") << "year" << years;
    }

    void reportPeriods()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, period);
        QFETCH(QList<QByteArray>, labels);
        const Run monthly = runCli({QStringLiteral("report"), fileName, QStringLiteral("--csv"), QStringLiteral("-")});
        const Run periods = runCli({QStringLiteral("report"), fileName, QStringLiteral("--csv"), QStringLiteral("-"),
                                    QStringLiteral("--period"), period});
        QCOMPARE(monthly.exitCode, 0);
        QCOMPARE(periods.exitCode, 0);
        QList<QByteArray> monthLabels, periodLabels;
        MetricTable months, table;
        QString why;
        QVERIFY2(parseMetricsCsv(monthly.out, "month", &monthLabels, &months, &why), qPrintable(why));
        QVERIFY2(parseMetricsCsv(periods.out, period.toUtf8(), &periodLabels, &table, &why), qPrintable(why));
        QCOMPARE(periodLabels, labels);

        // Flows (capex, energy, spend) are the sum of the period's months in the monthly CSV;
        // stocks are its last month. A month belongs to the period whose label it starts with
        // (years) or whose quarter holds it.
        const QList<QByteArray> flows = {"hardware_capex_usd_b", "facility_capex_usd_b", "capex_usd_b", "energy_usd_b",
                                         "contracted_spend_usd_b"};
        auto periodOf = [&](const QByteArray &month) {
            if (period == QLatin1String("year"))
                return month.left(4);
            return month.left(4) + "-Q" + QByteArray::number((month.mid(5, 2).toInt() - 1) / 3 + 1);
        };
        for (qsizetype p = 0; p < labels.size(); ++p) {
            for (int c = 0; c < kMetricCount; ++c) {
                double sum = 0, last = 0;
                for (qsizetype m = 0; m < monthLabels.size(); ++m) {
                    if (periodOf(monthLabels[m]) == labels[p]) {
                        sum += months(m, c);
                        last = months(m, c);
                    }
                }
                const double expected = flows.contains(kMetricColumns[c]) ? sum : last;
                QVERIFY2(std::abs(table(p, c) - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
                         qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                        .arg(QString::fromUtf8(labels[p]), QString::fromUtf8(kMetricColumns[c]))
                                        .arg(table(p, c), 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
            }
        }
    }

    void byPartnerSumsToTheTotals_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("openai-2025") << source("resources/scenarios/openai-2025.json");
        QTest::newRow("warnings") << data("warnings.json"); // a phase without partner: rows with an empty partner
    }

    void byPartnerSumsToTheTotals()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString totalsFile = dir.filePath(QStringLiteral("totals.csv"));
        const QString partnersFile = dir.filePath(QStringLiteral("partners.csv"));
        const Run run = runCli({QStringLiteral("report"), fileName, QStringLiteral("--csv"), totalsFile,
                                QStringLiteral("--by-partner-csv"), partnersFile});
        QCOMPARE(run.exitCode, 0);
        QList<QByteArray> months;
        MetricTable totals;
        QString why;
        QVERIFY2(parseMetricsCsv(readAll(totalsFile), "month", &months, &totals, &why), qPrintable(why));

        const auto rows = parseCsv(readAll(partnersFile));
        QVERIFY(rows && !rows->isEmpty());
        QCOMPARE(rows->front(), (CsvRow{"month", "partner", "metric", "value"}));
        const Scenario scenario = load(fileName);
        QSet<QByteArray> expectedPartners;
        for (const Partner &partner : scenario.partners)
            expectedPartners << partner.id.toUtf8();

        MetricTable sums = MetricTable::Zero(totals.rows(), kMetricCount);
        QSet<QByteArray> partners;
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const CsvRow &row = rows->at(r);
            QCOMPARE(row.size(), qsizetype(4));
            const qsizetype m = months.indexOf(row[0]);
            const qsizetype c = kMetricColumns.indexOf(row[2]);
            QVERIFY2(m >= 0 && c >= 0, row.join(',').constData());
            const auto value = csvNumber(row[3]);
            QVERIFY2(value, row.join(',').constData());
            sums(m, c) += *value;
            partners << row[1];
        }
        // Every partner appears, plus "" exactly when some phase has no partner.
        const bool unassigned = std::any_of(scenario.phases.begin(), scenario.phases.end(),
                                            [](const PowerPhase &phase) { return phase.partner.isEmpty(); });
        QCOMPARE(partners.contains(QByteArray()), unassigned);
        partners.remove(QByteArray());
        QCOMPARE(partners, expectedPartners);
        for (Eigen::Index m = 0; m < totals.rows(); ++m) {
            for (int c = 0; c < kMetricCount; ++c) {
                const double magnitude = totals.col(c).cwiseAbs().maxCoeff();
                QVERIFY2(std::abs(sums(m, c) - totals(m, c)) <= 1e-9 * magnitude + 1e-12,
                         qPrintable(QStringLiteral("%1 %2: partners sum to %3, total %4")
                                        .arg(QString::fromUtf8(months[m]), QString::fromUtf8(kMetricColumns[c]))
                                        .arg(sums(m, c), 0, 'g', 17)
                                        .arg(totals(m, c), 0, 'g', 17)));
            }
        }
    }

    // --- catalog --------------------------------------------------------------------------

    void catalogListsEverySystem()
    {
        const Run run = runCli({QStringLiteral("catalog")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        for (const SystemSpec &spec : Catalog::builtIn().systems())
            QVERIFY2(run.out.contains(spec.id.toUtf8()), qPrintable(spec.id));
        for (const char *id : {"gb200-nvl72", "vr-nvl144-cpx", "tpu7x-pod-9216", "mi450-helios", "trn3-ultraserver", "b300"})
            QVERIFY2(run.out.contains(id), id);
    }

    void catalogCsvParses()
    {
        const Run run = runCli({QStringLiteral("catalog"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        const auto rows = parseCsv(run.out);
        QVERIFY2(rows, "not CSV");
        const CsvRow header = rows->front();
        QVERIFY(header.size() > 10);
        QCOMPARE(header.front(), QByteArray("id"));
        const auto &systems = Catalog::builtIn().systems();
        QCOMPARE(rows->size() - 1, qsizetype(systems.size()));
        const qsizetype powerColumn = header.indexOf("power_kw");
        const qsizetype priceColumn = header.indexOf("price_usd_m");
        QVERIFY(powerColumn > 0 && priceColumn > 0);
        for (size_t i = 0; i < systems.size(); ++i) {
            const CsvRow &row = rows->at(qsizetype(i) + 1);
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row[0], systems[i].id.toUtf8());
            const auto power = csvNumber(row[powerColumn]);
            const auto price = csvNumber(row[priceColumn]);
            QVERIFY2(power && price, row.join(',').constData());
            QVERIFY(agrees(*power, systems[i].powerKw));
            QVERIFY(agrees(*price, systems[i].priceUsdM));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
