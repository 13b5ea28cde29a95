// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

namespace rackline {

/// The languages Rackline is translated into, as locale names ("it", "el"); English is the
/// source language and needs no translation.
QStringList translatedLanguages();

/// Installs Rackline's translation (embedded under :/i18n) and Qt's own (qtbase, from the
/// system's Qt translations) for `locale`, replacing the ones installed before, and makes
/// `locale` the default QLocale so numbers and months follow it. Widgets receive a
/// LanguageChange event and retranslate. English (or a language Rackline lacks) removes the
/// translations. Returns true when a Rackline translation was installed.
bool installTranslations(const QLocale &locale);

} // namespace rackline
