// SPDX-License-Identifier: MIT
// rackline-cli chart / export-report: the app's charts and report folder, without a display.
#include "ChartCommands.h"

#include "CliSupport.h"

#include <BundledScenarios.h>
#include <ChartExporter.h>
#include <ChartFactory.h>
#include <ChartOverlay.h>
#include <ChartStyle.h>
#include <ChartView.h>
#include <GreekFont.h>
#include <Engine.h>
#include <ReportExporter.h>
#include <ScenarioFile.h>

#include <QSize>

#include <memory>

namespace rackline::cli {

namespace {

const QString kChart = QStringLiteral("--chart");
const QString kPng = QStringLiteral("--png");
const QString kSvg = QStringLiteral("--svg");
const QString kPdf = QStringLiteral("--pdf");
const QString kCsv = QStringLiteral("--csv");
const QString kWidth = QStringLiteral("--width");
const QString kHeight = QStringLiteral("--height");
const QString kScale = QStringLiteral("--scale");
const QString kAgainst = QStringLiteral("--against");
const QString kOut = QStringLiteral("--out");
const QString kStyle = QStringLiteral("--style");

/// --style panel|presentation; `fallback` when absent. False when the value is unknown.
bool readStyle(const Options &options, ChartStyle fallback, ChartStyle *style)
{
    *style = fallback;
    if (!options.has(kStyle))
        return true;
    if (options.value(kStyle) == QLatin1String("panel"))
        *style = ChartStyle::panel();
    else if (options.value(kStyle) == QLatin1String("presentation"))
        *style = ChartStyle::presentation();
    else
        return false;
    return true;
}

int chartUsageError(Streams io, const QString &reason)
{
    print(io.err, QStringLiteral("rackline-cli: %1\n").arg(reason));
    print(io.err, chartUsageText());
    return Usage;
}

/// Reads --width/--height/--scale (defaults 1920x1080 at 1); false with a reason when invalid.
bool readSize(const Options &options, QSize *size, double *scale, QString *error)
{
    bool ok = true;
    const int width = options.has(kWidth) ? options.value(kWidth).toInt(&ok) : 1920;
    if (!ok) {
        *error = CliText::tr("--width must be a whole number of pixels");
        return false;
    }
    const int height = options.has(kHeight) ? options.value(kHeight).toInt(&ok) : 1080;
    if (!ok) {
        *error = CliText::tr("--height must be a whole number of pixels");
        return false;
    }
    *scale = options.has(kScale) ? options.value(kScale).toDouble(&ok) : 1.0;
    if (!ok) {
        *error = CliText::tr("--scale must be a number");
        return false;
    }
    *size = QSize(width, height);
    *error = ChartExporter::checkSize(*size, *scale);
    return error->isEmpty();
}

/// The scenario the compare chart overlays: --against FILE2, else the other bundled one.
std::optional<Scenario> comparisonFor(const Scenario &scenario, const Options &options, Streams io, bool *failed)
{
    *failed = false;
    if (options.has(kAgainst)) {
        auto other = loadOrReport(options.value(kAgainst), io);
        *failed = !other;
        return other;
    }
    return BundledScenarios::defaultComparisonFor(scenario);
}

} // namespace

QString chartUsageText()
{
    return CliText::tr("  rackline-cli chart FILE --chart capacity|power|money|commitments|compare\n"
                       "        (--png OUT [--scale S] | --svg OUT | --pdf OUT | --csv OUT)... [--width W --height H]\n"
                       "        [--style panel|presentation]   (type size: the panel's, default, or the slides')\n"
                       "        [--against FILE2]   (compare: default, the other bundled scenario;\n"
                       "                             capacity, power, money: FILE2 drawn over FILE as the baseline A)\n"
                       "  rackline-cli export-report FILE --out DIR [--against FILE2] [--width W --height H]\n"
                       "        [--style panel|presentation]   (default: presentation, for slides)\n");
}

bool isChartCommand(const QString &command)
{
    return command == QLatin1String("chart") || command == QLatin1String("export-report");
}

int runChartCommand(const QStringList &arguments, Streams io)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    useFontWithGreek(); // pictures in Greek have their letters, not boxes
    if (command == QLatin1String("chart"))
        return runChart(rest, io);
    if (command == QLatin1String("export-report"))
        return runExportReport(rest, io);
    return chartUsageError(io, CliText::tr("unknown command \"%1\"").arg(command));
}

int runChart(const QStringList &args, Streams io)
{
    QString error;
    const auto options = parseOptions(args, {kChart, kPng, kSvg, kPdf, kCsv, kWidth, kHeight, kScale, kAgainst, kStyle}, {}, &error);
    if (!options)
        return chartUsageError(io, error);
    if (options->positional.size() != 1)
        return chartUsageError(io, CliText::tr("chart takes one FILE"));
    ChartKind kind;
    if (!options->has(kChart))
        return chartUsageError(io, CliText::tr("chart needs --chart NAME"));
    if (!chartFromKey(options->value(kChart), &kind))
        return chartUsageError(io, CliText::tr("unknown chart \"%1\"").arg(options->value(kChart)));
    if (!options->has(kPng) && !options->has(kSvg) && !options->has(kPdf) && !options->has(kCsv))
        return chartUsageError(io, CliText::tr("chart needs --png, --svg, --pdf or --csv OUT"));
    QSize size;
    double scale = 1;
    if (!readSize(*options, &size, &scale, &error))
        return chartUsageError(io, error);
    ChartStyle style;
    if (!readStyle(*options, ChartStyle::panel(), &style))
        return chartUsageError(io, CliText::tr("--style must be panel or presentation"));

    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    Engine engine;
    engine.setScenario(*scenario, effectiveCatalog(*scenario));
    bool failed = false;
    const bool overlays = kind == ChartKind::Capacity || kind == ChartKind::Power || kind == ChartKind::Money;
    const std::optional<Scenario> other = kind == ChartKind::Compare ? comparisonFor(*scenario, *options, io, &failed)
                                          : overlays && options->has(kAgainst) ? loadOrReport(options->value(kAgainst), io)
                                                                                : std::nullopt;
    if (failed || (overlays && options->has(kAgainst) && !other))
        return Invalid;
    // The app's comparison: --against FILE2 is the baseline A under FILE (B).
    Engine otherEngine;
    ChartOverlay overlay;
    if (overlays && other) {
        otherEngine.setScenario(*other, effectiveCatalog(*other));
        overlay.baseline = &*other;
        overlay.baselineEngine = &otherEngine;
    }

    std::unique_ptr<ChartView> chart(
        createChart(kind, {&*scenario, &engine, &overlay}, kind == ChartKind::Compare && other ? &*other : nullptr));
    chart->setStyle(style);
    chart->refresh();
    chart->resize(size);
    QStringList failures;
    if (options->has(kPng))
        failures << ChartExporter::savePng(*chart, options->value(kPng), size, scale);
    if (options->has(kSvg))
        failures << ChartExporter::saveSvg(*chart, options->value(kSvg), size);
    if (options->has(kPdf))
        failures << ChartExporter::savePdf(*chart, options->value(kPdf), size);
    if (options->has(kCsv)) {
        if (options->value(kCsv) == QLatin1String("-"))
            printBytes(io.out, chart->csv());
        else
            failures << ChartExporter::saveCsv(*chart, options->value(kCsv));
    }
    failures.removeAll(QString());
    for (const QString &failure : failures)
        print(io.err, QStringLiteral("rackline-cli: %1\n").arg(failure));
    return failures.isEmpty() ? Ok : Invalid;
}

int runExportReport(const QStringList &args, Streams io)
{
    QString error;
    const auto options = parseOptions(args, {kOut, kAgainst, kWidth, kHeight, kStyle}, {}, &error);
    if (!options)
        return chartUsageError(io, error);
    if (options->positional.size() != 1)
        return chartUsageError(io, CliText::tr("export-report takes one FILE"));
    if (!options->has(kOut))
        return chartUsageError(io, CliText::tr("export-report needs --out DIR"));
    QSize size;
    double scale = 1;
    if (!readSize(*options, &size, &scale, &error))
        return chartUsageError(io, error);
    ChartStyle style;
    if (!readStyle(*options, ChartStyle::presentation(), &style))
        return chartUsageError(io, CliText::tr("--style must be panel or presentation"));
    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    Engine engine;
    engine.setScenario(*scenario, effectiveCatalog(*scenario));
    bool failed = false;
    const std::optional<Scenario> other = comparisonFor(*scenario, *options, io, &failed);
    if (failed)
        return Invalid;
    const ReportExporter::Result result =
        ReportExporter::write(options->value(kOut), {&*scenario, &engine}, other ? &*other : nullptr, size, style);
    if (!result.ok()) {
        print(io.err, QStringLiteral("rackline-cli: %1\n").arg(result.error));
        return Invalid;
    }
    for (const QString &file : result.files)
        print(io.out, file + QLatin1Char('\n'));
    return Ok;
}

} // namespace rackline::cli
