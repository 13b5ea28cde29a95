// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "LoadError.h"
#include "Scenario.h"

#include <QByteArray>

#include <optional>

namespace rackline {

/// A scenario read from a file, or why it was refused (the whole file is refused).
struct ScenarioLoad {
    std::optional<Scenario> scenario;
    LoadError error;

    bool ok() const { return scenario.has_value(); }
};

/// Reads and validates a scenario file's text (MODEL.md "Scenario file"). `builtIn` is the
/// catalog that the scenario's own `catalog` entries extend; deployments must name a system
/// of the merged catalog.
ScenarioLoad readScenario(const QByteArray &json, const Catalog &builtIn = Catalog::builtIn());
/// Reads a file; an unreadable file is an error naming the file.
ScenarioLoad readScenarioFile(const QString &fileName, const Catalog &builtIn = Catalog::builtIn());

/// The scenario as file text. Deterministic: writing what was read from a Rackline file
/// gives that file back byte for byte; fields Rackline does not know are written back.
QByteArray writeScenario(const Scenario &scenario);
/// Saves atomically (QSaveFile): the old file stays whole if anything fails.
/// Returns an empty string on success, else the reason.
QString saveScenarioFile(const Scenario &scenario, const QString &fileName);

/// The catalog that a scenario's deployments see: built-in entries plus its own.
Catalog effectiveCatalog(const Scenario &scenario, const Catalog &builtIn = Catalog::builtIn());

} // namespace rackline
