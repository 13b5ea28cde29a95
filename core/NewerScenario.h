// SPDX-License-Identifier: MIT
#pragma once

#include "ScenarioFile.h"

namespace rackline {

/// The whole-number `version` a scenario file's text declares, or 0 when it declares none
/// (not JSON, no object, no whole number).
int declaredScenarioVersion(const QByteArray &json);

/// Reads a file written by a newer Rackline (declared version above Scenario::kFormatVersion)
/// with this version's rules, keeping every field it does not know in `extra`. MODEL.md
/// refuses such files, and readScenario() still does: this is only for the editor, which
/// shows them read-only so that they are never overwritten. A file that this version's
/// rules refuse gives the original "newer version" error.
ScenarioLoad readNewerScenario(const QByteArray &json, const Catalog &builtIn = Catalog::builtIn());

} // namespace rackline
