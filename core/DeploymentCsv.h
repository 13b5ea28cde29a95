// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Scenario.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace rackline {

/// One refused cell or row of an imported CSV: the line (1 = the header), the column's
/// name (empty when the whole row is wrong) and the reason, translated.
struct CsvImportError {
    int line = 0;
    QString column;
    QString reason;

    QString message() const;
};

/// What an import would add. Nothing is applied here: the caller shows `errors` and adds
/// `deployments` only when the user accepts.
struct DeploymentImport {
    std::vector<Deployment> deployments;
    std::vector<CsvImportError> errors;
    QChar separator;
};

/// Reads deployments from a spreadsheet's CSV export (README "Importing deployments"):
/// a header row naming the columns (system, partner, count, start required; id, ramp_months,
/// phase, commitment, lifetime_months, source, assumption optional; any order, any case),
/// `,` or `;` separated (detected from the header), fields quoted as RFC 4180. In a
/// `;`-separated file numbers may use the Italian form (1.234,5); in a `,`-separated file
/// the decimal separator is the dot. Every row is checked against `scenario` (its partners,
/// phases, commitments and the catalog) and every bad cell is reported by line and column.
DeploymentImport importDeploymentsCsv(const QByteArray &csv, const Scenario &scenario,
                                      const Catalog &builtIn = Catalog::builtIn());

} // namespace rackline
