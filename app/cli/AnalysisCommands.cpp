// SPDX-License-Identifier: MIT
// rackline-cli compare, sensitivity, goal-seek and montecarlo: the what-if analyses of the
// core, scriptable (README "Command line").
#include "CliCommands.h"

#include "Aggregation.h"
#include "Comparison.h"
#include "CsvReport.h"
#include "Engine.h"
#include "GoalSeek.h"
#include "CliSupport.h"
#include "MonteCarlo.h"
#include "ScenarioFile.h"
#include "Sensitivity.h"

namespace rackline::cli {

namespace {

bool readPeriod(const Options &options, Period *period, QString *error)
{
    *period = Period::Month;
    if (options.has(QStringLiteral("--period")) && !periodFromKey(options.value(QStringLiteral("--period")), period)) {
        *error = CliText::tr("--period must be month, quarter or year, not \"%1\"").arg(options.value(QStringLiteral("--period")));
        return false;
    }
    return true;
}

bool readMetric(const Options &options, Metric *metric, QString *error)
{
    const QString key = options.value(QStringLiteral("--metric"));
    if (!metricFromKey(key, metric)) {
        *error = CliText::tr("unknown metric \"%1\" (use a column name of the monthly report, e.g. facility_power_mw)").arg(key);
        return false;
    }
    return true;
}

bool readMonth(const Options &options, const QString &option, YearMonth *month, QString *error)
{
    const auto parsed = YearMonth::parse(options.value(option));
    if (!parsed) {
        *error = CliText::tr("%1 needs a month (YYYY-MM), not \"%2\"").arg(option, options.value(option));
        return false;
    }
    *month = *parsed;
    return true;
}

bool readNumber(const Options &options, const QString &option, double *number, QString *error)
{
    bool ok = false;
    *number = options.value(option).toDouble(&ok); // C locale: a dot, always
    if (!ok) {
        *error = CliText::tr("%1 needs a number, not \"%2\"").arg(option, options.value(option));
        return false;
    }
    return true;
}

} // namespace

int runCompare(const QStringList &args, Streams io)
{
    QString error;
    const auto options = parseOptions(args, {QStringLiteral("--csv"), QStringLiteral("--period")}, {}, &error);
    Period period = Period::Month;
    if (!options || !readPeriod(*options, &period, &error))
        return usageError(io, error);
    if (options->positional.size() != 2 || !options->has(QStringLiteral("--csv")))
        return usageError(io, CliText::tr("compare takes two files and --csv OUT"));
    const auto a = loadOrReport(options->positional[0], io);
    const auto b = a ? loadOrReport(options->positional[1], io) : std::nullopt;
    if (!a || !b)
        return Invalid;
    Engine engineA, engineB;
    engineA.setScenario(*a);
    engineB.setScenario(*b);
    const QByteArray csv = compareCsv(aggregate(engineA.totals(), a->timeline, period),
                                      aggregate(engineB.totals(), b->timeline, period));
    return writeOrReport(options->value(QStringLiteral("--csv")), csv, io);
}

int runSensitivity(const QStringList &args, Streams io)
{
    QString error;
    const auto options = parseOptions(args, {QStringLiteral("--metric"), QStringLiteral("--at"), QStringLiteral("--csv")}, {}, &error);
    Outcome outcome;
    if (!options || !readMetric(*options, &outcome.metric, &error)
        || !readMonth(*options, QStringLiteral("--at"), &outcome.month, &error))
        return usageError(io, error);
    if (options->positional.size() != 1)
        return usageError(io, CliText::tr("sensitivity takes one FILE"));
    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    const Tornado tornado = computeTornado(*scenario, outcome, standardLevers(*scenario));
    QByteArray csv = "lever,low,high,swing,base\n";
    for (const TornadoBar &bar : tornado.bars) {
        csv += csvField(bar.lever) + ',' + csvNumber(bar.low) + ',' + csvNumber(bar.high) + ','
               + csvNumber(bar.swing()) + ',' + csvNumber(tornado.base) + '\n';
    }
    if (options->has(QStringLiteral("--csv")))
        return writeOrReport(options->value(QStringLiteral("--csv")), csv, io);
    print(io.out, CliText::tr("%1 at %2: %3 (base)\n").arg(metricKey(outcome.metric), outcome.month.toString(),
                                                   QString::fromLatin1(csvNumber(tornado.base))));
    for (const TornadoBar &bar : tornado.bars) {
        print(io.out, QStringLiteral("  %1 %2 .. %3\n").arg(bar.lever, -32)
                          .arg(QString::fromLatin1(csvNumber(bar.low)), QString::fromLatin1(csvNumber(bar.high))));
    }
    return Ok;
}

int runGoalSeek(const QStringList &args, Streams io)
{
    QString error;
    const QStringList valueOptions = {QStringLiteral("--system"), QStringLiteral("--partner"), QStringLiteral("--start"),
                                      QStringLiteral("--ramp"), QStringLiteral("--phase"), QStringLiteral("--commitment"),
                                      QStringLiteral("--metric"), QStringLiteral("--target"), QStringLiteral("--by")};
    const auto options = parseOptions(args, valueOptions, {}, &error);
    GoalSeekRequest request;
    double ramp = 0;
    if (!options || !readMetric(*options, &request.outcome.metric, &error)
        || !readMonth(*options, QStringLiteral("--by"), &request.outcome.month, &error)
        || !readMonth(*options, QStringLiteral("--start"), &request.deployment.start, &error)
        || !readNumber(*options, QStringLiteral("--target"), &request.target, &error)
        || (options->has(QStringLiteral("--ramp")) && !readNumber(*options, QStringLiteral("--ramp"), &ramp, &error)))
        return usageError(io, error);
    if (options->positional.size() != 1 || !options->has(QStringLiteral("--system")) || !options->has(QStringLiteral("--partner")))
        return usageError(io, CliText::tr("goal-seek takes one FILE, --system and --partner"));
    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    Deployment &d = request.deployment;
    d.id = QStringLiteral("goal-seek");
    d.system = options->value(QStringLiteral("--system"));
    d.partner = options->value(QStringLiteral("--partner"));
    d.rampMonths = int(ramp);
    d.phase = options->value(QStringLiteral("--phase"));
    d.commitment = options->value(QStringLiteral("--commitment"));
    // The placement must be valid in the scenario, exactly as if it were in the file.
    Scenario probe = *scenario;
    probe.deployments.push_back(d);
    if (const ScenarioLoad check = readScenario(writeScenario(probe)); !check.ok()) {
        print(io.err, CliText::tr("the placement is not valid: %1\n").arg(check.error.message()));
        return Invalid;
    }
    const GoalSeekResult result = goalSeek(*scenario, request);
    switch (result.status) {
    case GoalSeekResult::Status::AlreadyReached:
        print(io.out, CliText::tr("already reached without new units: %1 = %2 at %3\n")
                          .arg(metricKey(request.outcome.metric), QString::fromLatin1(csvNumber(result.value)),
                               request.outcome.month.toString()));
        return Ok;
    case GoalSeekResult::Status::Unreachable:
        print(io.err, CliText::tr("unreachable: no number of units placed this way reaches %1 by %2\n")
                          .arg(QString::fromLatin1(csvNumber(request.target)), request.outcome.month.toString()));
        return Invalid;
    case GoalSeekResult::Status::Reached:
        break;
    }
    print(io.out, CliText::tr("%1 units of %2 (%3 = %4 at %5; %6 with one unit fewer)\n")
                      .arg(QString::fromLatin1(csvNumber(result.count)), d.system, metricKey(request.outcome.metric),
                           QString::fromLatin1(csvNumber(result.value)), request.outcome.month.toString(),
                           QString::fromLatin1(csvNumber(result.valueOneLess))));
    return Ok;
}

int runMonteCarlo(const QStringList &args, Streams io)
{
    QString error;
    const QStringList valueOptions = {QStringLiteral("--samples"), QStringLiteral("--seed"), QStringLiteral("--start-months"),
                                      QStringLiteral("--price-fraction"), QStringLiteral("--csv")};
    const auto options = parseOptions(args, valueOptions, {}, &error);
    if (!options)
        return usageError(io, error);
    if (options->positional.size() != 1 || !options->has(QStringLiteral("--csv")))
        return usageError(io, CliText::tr("montecarlo takes one FILE and --csv OUT"));
    const auto scenario = loadOrReport(options->positional.front(), io);
    if (!scenario)
        return Invalid;
    MonteCarloRequest request;
    request.ranges = scenario->assumptions.uncertainty.value_or(Uncertainty{3, 0.1, {}});
    double samples = request.samples, seed = request.seed, start = request.ranges.startMonths,
           price = request.ranges.priceFraction;
    if ((options->has(QStringLiteral("--samples")) && !readNumber(*options, QStringLiteral("--samples"), &samples, &error))
        || (options->has(QStringLiteral("--seed")) && !readNumber(*options, QStringLiteral("--seed"), &seed, &error))
        || (options->has(QStringLiteral("--start-months")) && !readNumber(*options, QStringLiteral("--start-months"), &start, &error))
        || (options->has(QStringLiteral("--price-fraction")) && !readNumber(*options, QStringLiteral("--price-fraction"), &price, &error)))
        return usageError(io, error);
    if (samples < 1 || samples > 1e6 || start < 0 || start > 120 || price < 0 || price >= 1)
        return usageError(io, CliText::tr("--samples 1..1000000, --start-months 0..120, --price-fraction 0..<1"));
    request.samples = int(samples);
    request.seed = unsigned(seed);
    request.ranges.startMonths = int(start);
    request.ranges.priceFraction = price;
    const MonteCarloBands bands = runMonteCarlo(*scenario, request);
    QByteArray csv = "month,metric,p10,p50,p90\n";
    for (int m = 0; m < scenario->timeline.months; ++m) {
        const QByteArray month = scenario->timeline.monthAt(m).toString().toLatin1();
        for (size_t k = 0; k < bands.metrics.size(); ++k) {
            csv += month + ',' + metricKey(bands.metrics[k]).toLatin1();
            for (int b = 0; b < 3; ++b)
                csv += ',' + csvNumber(bands.bands[k](m, b));
            csv += '\n';
        }
    }
    return writeOrReport(options->value(QStringLiteral("--csv")), csv, io);
}

} // namespace rackline::cli
