// SPDX-License-Identifier: MIT
#pragma once

#include "AutosaveManager.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace rackline {

class FileActions;

/// Offered at start-up when a Rackline ended without closing and left unsaved work behind:
/// open the recovered work, open the last saved version of its file, or discard it.
/// Closing the dialog (Esc) decides nothing: the work is offered again at the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Later, OpenRecovered, OpenSaved, Discard };

    explicit RecoveryDialog(const RecoveredWork &work, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton *openRecoveredButton() const { return m_openRecovered; }
    QPushButton *openSavedButton() const { return m_openSaved; }
    QPushButton *discardButton() const { return m_discard; }

    /// Shows the dialog for the newest work left behind in `autosave`'s folder, if any, and
    /// does what the user chose. Returns true when it opened something.
    static bool offer(FileActions *files, AutosaveManager *autosave, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(Choice choice);

    RecoveredWork m_work;
    Choice m_choice = Choice::Later;
    QLabel *m_message;
    QPushButton *m_openRecovered;
    QPushButton *m_openSaved;
    QPushButton *m_discard;
};

} // namespace rackline
