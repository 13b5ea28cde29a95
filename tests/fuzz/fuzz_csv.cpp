// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a CSV of deployments imported into the bundled scenario.
// Every refusal names a line; every accepted deployment loads as part of a scenario.
#include "DeploymentCsv.h"
#include "ScenarioFile.h"

#include <QFile>

#include <cstdlib>

namespace {
const rackline::Scenario &bundledScenario()
{
    static const rackline::Scenario scenario = [] {
        QFile file(QStringLiteral(":/rackline/scenarios/openai-2025.json"));
        file.open(QIODevice::ReadOnly);
        return *rackline::readScenario(file.readAll()).scenario;
    }();
    return scenario;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    rackline::Scenario scenario = bundledScenario();
    const rackline::DeploymentImport import = rackline::importDeploymentsCsv(text, scenario);
    for (const auto &error : import.errors) {
        if (error.line < 1 || error.reason.isEmpty())
            std::abort();
    }
    if (import.errors.empty() && !import.deployments.empty()) {
        scenario.deployments.insert(scenario.deployments.end(), import.deployments.begin(), import.deployments.end());
        if (!rackline::readScenario(rackline::writeScenario(scenario)).ok())
            std::abort(); // an accepted import must make a valid scenario
    }
    return 0;
}
