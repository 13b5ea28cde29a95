// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rackline {

/// Why a file was refused: the place (a JSON path such as "deployments[3].start", or
/// "line 4, column 2" for malformed JSON) and the reason, already translated.
struct LoadError {
    QString path;
    QString reason;

    QString message() const { return path.isEmpty() ? reason : path + QStringLiteral(": ") + reason; }
};

/// Thrown inside the readers and caught at their public entry points, which return it.
struct LoadErrorException {
    LoadError error;
};

} // namespace rackline
