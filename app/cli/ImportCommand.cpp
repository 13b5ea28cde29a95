// SPDX-License-Identifier: MIT
// rackline-cli import-csv: adds deployments from a spreadsheet's CSV to a scenario, or
// reports every bad cell by line and column and writes nothing.
#include "CliCommands.h"

#include "CliSupport.h"

#include "DeploymentCsv.h"
#include "ScenarioFile.h"

#include <QFile>

namespace rackline::cli {

int runImportCsv(const QStringList &args, Streams io)
{
    QString scenarioFile, csvFile, outFile;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--csv") && i + 1 < args.size())
            csvFile = args[++i];
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            outFile = args[++i];
        else if (!args[i].startsWith(QLatin1String("--")) && scenarioFile.isEmpty())
            scenarioFile = args[i];
        else {
            print(io.err, CliText::tr("rackline-cli: usage: rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json\n"));
            return Usage;
        }
    }
    if (scenarioFile.isEmpty() || csvFile.isEmpty() || outFile.isEmpty()) {
        print(io.err, CliText::tr("rackline-cli: usage: rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json\n"));
        return Usage;
    }
    std::optional<Scenario> loaded = loadOrReport(scenarioFile, io);
    if (!loaded)
        return Invalid;
    QFile csv(csvFile);
    if (!csv.open(QIODevice::ReadOnly)) {
        print(io.err, CliText::tr("%1: cannot be read: %2\n").arg(csvFile, csv.errorString()));
        return Invalid;
    }
    const DeploymentImport import = importDeploymentsCsv(csv.readAll(), *loaded);
    for (const CsvImportError &error : import.errors)
        print(io.err, QStringLiteral("%1: %2\n").arg(csvFile, error.message()));
    if (!import.errors.empty()) {
        print(io.err, CliText::tr("%1: nothing imported (%n problem(s))\n", nullptr, int(import.errors.size())).arg(csvFile));
        return Invalid;
    }
    Scenario &scenario = *loaded;
    scenario.deployments.insert(scenario.deployments.end(), import.deployments.begin(), import.deployments.end());
    if (const QString error = saveScenarioFile(scenario, outFile); !error.isEmpty()) {
        print(io.err, CliText::tr("cannot write %1: %2\n").arg(outFile, error));
        return Invalid;
    }
    print(io.out, CliText::tr("%1: %n deployment(s) imported into %2\n", nullptr, int(import.deployments.size())).arg(csvFile, outFile));
    return Ok;
}

} // namespace rackline::cli
