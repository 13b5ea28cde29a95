// SPDX-License-Identifier: MIT
#pragma once

#include "LoadError.h"
#include "Scenario.h"

#include <QHash>

#include <vector>

namespace rackline {

/// The systems a scenario can deploy: the built-in catalog (a resource, with a source for
/// every figure) plus a scenario's own entries, which add systems or replace built-in ones
/// with the same id.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(std::vector<SystemSpec> systems);

    /// The catalog shipped with Rackline. Loaded once; a broken resource is a build error
    /// caught by the tests, so here it only yields an empty catalog and a warning.
    static const Catalog &builtIn();
    /// Parses a catalog file: {"format": "rackline-catalog", "version": 1, "systems": [...]}.
    static Catalog read(const QByteArray &json, LoadError *error);

    Catalog withOverrides(const std::vector<SystemSpec> &entries) const;

    const SystemSpec *find(const QString &id) const;
    const std::vector<SystemSpec> &systems() const { return m_systems; }

private:
    std::vector<SystemSpec> m_systems;
    QHash<QString, qsizetype> m_indexById;
};

class JsonFields;
/// Reads one catalog entry (shared by the catalog file and a scenario's `catalog` array).
SystemSpec readSystemSpec(JsonFields &fields);

} // namespace rackline
