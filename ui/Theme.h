// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rackline {

/// Light and dark palettes. "System" keeps the palette the platform gave at start (which
/// follows the desktop's light or dark setting); the others force Fusion with a fixed
/// palette. Every custom painting in Rackline reads palette roles, so all three work.
enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
QString themeKey(Theme theme);
Theme themeFromKey(const QString &key);

} // namespace rackline
