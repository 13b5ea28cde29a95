// SPDX-License-Identifier: MIT
#include "LanguageMenu.h"

#include <Translations.h>

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace rackline {

namespace {
/// Never translated: a language is named in its own words.
struct Language {
    const char *code;
    const char *ownName; // UTF-8
};
constexpr Language kLanguages[] = {{"en", "English"}, {"it", "Italiano"}, {"el", "Ελληνικά"}};
} // namespace

LanguageMenu::LanguageMenu(QMenu *parent)
    : QObject(parent)
    , m_menu(parent->addMenu(QString()))
    , m_group(new QActionGroup(this))
    , m_system(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    const QString chosen = chosenLanguage();
    auto add = [this, &chosen](QAction *action, const QString &code) {
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        m_group->addAction(action);
        m_menu->addAction(action);
        connect(action, &QAction::triggered, this, [code] { switchTo(code); });
    };
    add(m_system, QString());
    m_menu->addSeparator();
    for (const Language &language : kLanguages)
        add(new QAction(QString::fromUtf8(language.ownName), this), QLatin1String(language.code));
    // The menu is a widget and gets LanguageChange; this object is not, so it listens there.
    m_menu->installEventFilter(this);
    retranslateUi();
}

QAction *LanguageMenu::action(const QString &language) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

void LanguageMenu::applySavedLanguage()
{
    installTranslations(localeForLanguage(chosenLanguage()));
}

void LanguageMenu::switchTo(const QString &language)
{
    setChosenLanguage(language);
    installTranslations(localeForLanguage(language));
    // Widgets keep the locale they were made with (spin boxes format with it): give open
    // windows the new one; their children follow and reformat.
    for (QWidget *window : QApplication::topLevelWidgets())
        window->setLocale(QLocale());
}

bool LanguageMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void LanguageMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Language"));
    m_system->setText(tr("&System Default"));
}

} // namespace rackline
