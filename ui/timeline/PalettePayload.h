// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QMimeData;

namespace rackline {

/// The one mime type of a palette drag; the payload is the system's id, never a pointer.
inline constexpr char kSystemMimeType[] = "application/x-rackline-system";

/// What the palette hands to the timeline: a catalog system, or a new power phase.
/// Encoded with QDataStream behind a version byte, so a newer payload is refused cleanly.
struct PalettePayload {
    enum class Kind : quint8 { System = 0, PowerPhase = 1 };
    static constexpr quint8 kVersion = 1;

    Kind kind = Kind::System;
    QString systemId; ///< empty for a power phase

    QMimeData *toMimeData() const;
    /// The payload, or nothing when the data is not ours, from a newer version, or corrupt.
    static std::optional<PalettePayload> fromMimeData(const QMimeData *data);
};

} // namespace rackline
