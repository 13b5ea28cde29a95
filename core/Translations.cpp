// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace rackline {

namespace {
const char *const kLanguageKey = "view/language";
} // namespace

QStringList translatedLanguages()
{
    return {QStringLiteral("it"), QStringLiteral("el")};
}

bool installTranslations(const QLocale &locale)
{
    // Owned here: one set installed at a time, replaced on every switch.
    static std::unique_ptr<QTranslator> rackline, qtbase;
    for (auto *translator : {&rackline, &qtbase}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    // Before the translators: the LanguageChange they send makes widgets reformat numbers
    // and months, which must then find the new default locale.
    QLocale::setDefault(locale);
    const QString language = QLocale::languageToCode(locale.language());
    const bool translated = translatedLanguages().contains(language);
    // English (and C, which reads English) needs only the plural forms of the source texts.
    const QString file = translated ? language : QStringLiteral("en");

    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/rackline_%1.qm").arg(file));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        rackline = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (translated
        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtbase = std::move(qt);
    }
    return loaded && translated;
}

QString chosenLanguage()
{
    const QString language = QSettings().value(QLatin1String(kLanguageKey)).toString();
    return language == QLatin1String("en") || translatedLanguages().contains(language) ? language : QString();
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), language);
}

QLocale localeForLanguage(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale::Language chosen = QLocale::codeToLanguage(language);
    if (chosen == QLocale::AnyLanguage)
        return system;
    // An Italian in Switzerland keeps Swiss conventions; otherwise the language's own country.
    if (system.language() == chosen)
        return system;
    return QLocale(chosen);
}

} // namespace rackline
