// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace rackline {

class Catalog;

/// The About box: version, purpose, and where the built-in figures come from.
void showAboutBox(QWidget *parent, const Catalog &catalog);

} // namespace rackline
