// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rackline {

/// Makes the application font one that has Greek glyphs, when the default lacks them: the
/// charts are drawn offscreen into PNG, SVG and PDF, where a missing glyph is a box and an
/// SVG names one font family for its viewer. Rackline depends on fonts-dejavu (see
/// scripts/install-deps.sh), whose DejaVu Sans covers Latin and Greek. Returns the family in
/// use afterwards. Call once a QGuiApplication exists.
QString useFontWithGreek();

} // namespace rackline
