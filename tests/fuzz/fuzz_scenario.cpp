// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a scenario file. The loader must refuse or accept without
// crashing; what it accepts must save and load back to the same bytes, and the engine must
// compute it (and its warnings) without crashing.
#include "Engine.h"
#include "ScenarioFile.h"
#include "Warnings.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const rackline::ScenarioLoad load = rackline::readScenario(text);
    if (!load.ok()) {
        if (load.error.reason.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray saved = rackline::writeScenario(*load.scenario);
    const rackline::ScenarioLoad again = rackline::readScenario(saved);
    if (!again.ok() || rackline::writeScenario(*again.scenario) != saved)
        std::abort(); // what Rackline saves, it must read back identically
    rackline::Engine engine;
    engine.setScenario(*load.scenario);
    const auto warnings = rackline::collectWarnings(engine);
    for (const auto &warning : warnings)
        (void)rackline::describeWarning(warning, *load.scenario);
    return 0;
}
