// SPDX-License-Identifier: MIT
// rackline-cli: MODEL.md's stable command-line contract (validate, report, catalog).
#include "CliCommands.h"

#include "CliSupport.h"

#include "Aggregation.h"
#include "CsvReport.h"
#include "Engine.h"
#include "ScenarioFile.h"
#include "Warnings.h"


#include <optional>

namespace rackline::cli {

QString usageText()
{
    return CliText::tr("Usage:\n"
              "  rackline-cli validate FILE\n"
              "  rackline-cli report FILE --csv OUT [--period month|quarter|year] [--by-partner-csv OUT]\n"
              "  rackline-cli catalog [--csv]\n"
              "  rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json\n"
              "  rackline-cli compare A.json B.json --csv OUT [--period month|quarter|year]\n"
              "  rackline-cli sensitivity FILE --metric METRIC --at YYYY-MM [--csv OUT]\n"
              "  rackline-cli goal-seek FILE --system ID --partner ID --start YYYY-MM [--ramp N]\n"
              "        [--phase ID] [--commitment ID] --metric METRIC --target X --by YYYY-MM\n"
              "  rackline-cli montecarlo FILE [--samples N] [--seed S] [--start-months K]\n"
              "        [--price-fraction F] --csv OUT\n"
              "OUT may be - for standard output. METRIC is a column name of the monthly report.\n");
}

int runValidate(const QStringList &args, Streams io)
{
    QString error;
    const auto options = parseOptions(args, {}, {}, &error);
    if (!options)
        return usageError(io, error);
    if (options->positional.size() != 1)
        return usageError(io, CliText::tr("validate takes one FILE"));
    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    Engine engine;
    engine.setScenario(*scenario);
    const std::vector<Warning> warnings = collectWarnings(engine);
    for (const Warning &warning : warnings)
        print(io.out, QStringLiteral("warning: %1: %2\n").arg(warningKey(warning.kind), describeWarning(warning, *scenario)));
    print(io.out, CliText::tr("%1: valid, %n warning(s)\n", nullptr, int(warnings.size())).arg(options->positional.front()));
    return Ok;
}

int runReport(const QStringList &args, Streams io)
{
    QString error;
    const QString csvOption = QStringLiteral("--csv");
    const QString periodOption = QStringLiteral("--period");
    const QString partnerOption = QStringLiteral("--by-partner-csv");
    const auto options = parseOptions(args, {csvOption, periodOption, partnerOption}, {}, &error);
    if (!options)
        return usageError(io, error);
    if (options->positional.size() != 1)
        return usageError(io, CliText::tr("report takes one FILE"));
    if (!options->values.contains(csvOption) && !options->values.contains(partnerOption))
        return usageError(io, CliText::tr("report needs --csv OUT or --by-partner-csv OUT"));
    Period period = Period::Month;
    if (options->values.contains(periodOption) && !periodFromKey(options->values.value(periodOption), &period))
        return usageError(io, CliText::tr("--period must be month, quarter or year, not \"%1\"").arg(options->values.value(periodOption)));

    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    Engine engine;
    engine.setScenario(*scenario);
    if (options->values.contains(csvOption)) {
        const QByteArray csv = metricsCsv(aggregate(engine.totals(), scenario->timeline, period));
        if (writeOrReport(options->values.value(csvOption), csv, io) != Ok)
            return Invalid;
    }
    if (options->values.contains(partnerOption))
        return writeOrReport(options->values.value(partnerOption), byPartnerCsv(engine, scenario->timeline, period), io);
    return Ok;
}

int runCatalog(const QStringList &args, Streams io)
{
    QString error;
    const QString csvFlag = QStringLiteral("--csv");
    const auto options = parseOptions(args, {}, {csvFlag}, &error);
    if (!options)
        return usageError(io, error);
    if (!options->positional.isEmpty())
        return usageError(io, CliText::tr("catalog takes no FILE"));
    const auto &systems = Catalog::builtIn().systems();
    if (options->flags.contains(csvFlag)) {
        QByteArray out = "id,name,vendor,kind,accelerators,pflops_fp4,pflops_fp8,pflops_bf16,hbm_tb,"
                         "fast_memory_tb,mem_bw_tbps,power_kw,price_usd_m,available,lifetime_months,estimates,source\n";
        for (const SystemSpec &s : systems) {
            out += s.id.toUtf8() + ',' + csvField(s.name) + ',' + csvField(s.vendor) + ',' + toString(s.kind).toUtf8();
            for (const double v : {s.accelerators, s.pflopsFp4, s.pflopsFp8, s.pflopsBf16, s.hbmTb, s.fastMemoryTb,
                                   s.memBwTbps, s.powerKw, s.priceUsdM})
                out += ',' + csvNumber(v);
            out += ',' + s.available.toString().toUtf8() + ',' + QByteArray::number(s.lifetimeMonths) + ','
                   + csvField(s.estimates.join(QLatin1Char(' '))) + ',' + csvField(s.source) + '\n';
        }
        std::fwrite(out.constData(), 1, size_t(out.size()), io.out);
        return Ok;
    }
    // A table for people: the figures a strategist compares, estimates marked with '~'.
    print(io.out, QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                      .arg(CliText::tr("id"), -20).arg(CliText::tr("vendor"), -7).arg(CliText::tr("chips"), 6).arg(CliText::tr("PF FP8"), 9)
                      .arg(CliText::tr("HBM TB"), 8).arg(CliText::tr("kW"), 7).arg(CliText::tr("$M"), 8).arg(CliText::tr("ships")));
    for (const SystemSpec &s : systems) {
        auto figure = [&](double value, const char *field, int width, int decimals) {
            const bool estimated = s.estimates.contains(QLatin1String(field));
            return (QString(estimated ? QStringLiteral("~") : QString()) + QString::number(value, 'f', decimals))
                .rightJustified(width);
        };
        print(io.out, QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                          .arg(s.id, -20).arg(s.vendor, -7)
                          .arg(figure(s.accelerators, "accelerators", 6, 0), figure(s.pflopsFp8, "pflops_fp8", 9, 1),
                               figure(s.hbmTb, "hbm_tb", 8, 2), figure(s.powerKw, "power_kw", 7, 1),
                               figure(s.priceUsdM, "price_usd_m", 8, 3), s.available.toString()));
    }
    print(io.out, CliText::tr("~ marks an estimate; `rackline-cli catalog --csv` lists every figure with its source.\n"));
    return Ok;
}

int run(const QStringList &arguments, Streams io)
{
    if (arguments.size() < 2)
        return usageError(io, CliText::tr("no command given"));
    const QString command = arguments[1];
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("validate"))
        return runValidate(rest, io);
    if (command == QLatin1String("report"))
        return runReport(rest, io);
    if (command == QLatin1String("catalog"))
        return runCatalog(rest, io);
    if (command == QLatin1String("import-csv"))
        return runImportCsv(rest, io);
    if (command == QLatin1String("compare"))
        return runCompare(rest, io);
    if (command == QLatin1String("sensitivity"))
        return runSensitivity(rest, io);
    if (command == QLatin1String("goal-seek"))
        return runGoalSeek(rest, io);
    if (command == QLatin1String("montecarlo"))
        return runMonteCarlo(rest, io);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        print(io.out, usageText());
        return Ok;
    }
    return usageError(io, CliText::tr("unknown command \"%1\"").arg(command));
}

} // namespace rackline::cli
