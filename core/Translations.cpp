// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace rackline {

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
    QLocale::setDefault(locale);
    const QString language = QLocale::languageToCode(locale.language());
    if (!translatedLanguages().contains(language))
        return false;

    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/rackline_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        rackline = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtbase = std::move(qt);
    }
    return loaded;
}

} // namespace rackline
