// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

namespace rackline {

/// The languages Rackline is translated into, as locale names ("it", "el"); English is the
/// source language and needs only its plural forms (rackline_en: "1 warning", "2 warnings").
QStringList translatedLanguages();

/// Installs Rackline's translation (embedded under :/i18n) and Qt's own (qtbase, from the
/// system's Qt translations) for `locale`, replacing the ones installed before, and makes
/// `locale` the default QLocale so numbers and months follow it. Widgets receive a
/// LanguageChange event and retranslate. English, C and languages Rackline lacks get the
/// English plural forms only. Returns true when a translation of Rackline's own was installed.
bool installTranslations(const QLocale &locale);

/// The language the user chose in the app ("en", "it", "el"), or empty for the system's.
/// Stored with QSettings, so it needs the organization and application names set.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

/// The locale the app starts in: the chosen language (with the system's country when it
/// speaks it, else the language's main country), else the system locale.
QLocale localeForLanguage(const QString &language);

} // namespace rackline
