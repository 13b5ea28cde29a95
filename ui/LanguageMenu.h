// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace rackline {

/// View > Language: System default, English, Italiano, Ελληνικά (each language named in
/// itself, so anyone finds theirs whatever is shown). Choosing one installs its translators
/// and locale at once (every open window gets a LanguageChange and retranslates) and
/// remembers it for the next start.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the submenu to `parent`.
    explicit LanguageMenu(QMenu *parent);

    QMenu *menu() const { return m_menu; }
    /// The action of a language code ("en", "it", "el"), or of the system default for "".
    QAction *action(const QString &language) const;

    /// Installs the language chosen last time (or the system's): call once at start, before
    /// windows are built.
    static void applySavedLanguage();
    /// Switches to `language` ("" for the system's) and remembers it.
    static void switchTo(const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace rackline
