// SPDX-License-Identifier: MIT
#include "RecoveryDialog.h"

#include "FileActions.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rackline {

RecoveryDialog::RecoveryDialog(const RecoveredWork &work, QWidget *parent)
    : QDialog(parent)
    , m_work(work)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("RecoveryDialog"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMinimumWidth(420);
    auto *buttons = new QDialogButtonBox(this);
    m_openRecovered = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_openSaved = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_openRecovered->setDefault(true);
    m_openSaved->setEnabled(!work.originalFile.isEmpty() && QFileInfo::exists(work.originalFile));
    connect(m_openRecovered, &QPushButton::clicked, this, [this] { choose(Choice::OpenRecovered); });
    connect(m_openSaved, &QPushButton::clicked, this, [this] { choose(Choice::OpenSaved); });
    connect(m_discard, &QPushButton::clicked, this, [this] { choose(Choice::Discard); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    retranslateUi();
}

void RecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Recover Unsaved Work"));
    const QString when = QLocale().toString(m_work.savedAt, QLocale::ShortFormat);
    const QString what = m_work.originalFile.isEmpty() ? tr("an untitled plan")
                                                       : tr("“%1”").arg(QFileInfo(m_work.originalFile).fileName());
    QString text = tr("Rackline did not close properly. Unsaved changes to %1 were saved automatically at %2.")
                       .arg(what, when);
    if (!m_work.originalFile.isEmpty())
        text += QLatin1Char('\n') + tr("Last saved file: %1").arg(QDir::toNativeSeparators(m_work.originalFile));
    m_message->setText(text);
    m_openRecovered->setText(tr("Open &Recovered Work"));
    m_openSaved->setText(tr("Open Last &Saved File"));
    m_discard->setText(tr("&Discard Recovered Work"));
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

bool RecoveryDialog::offer(FileActions *files, AutosaveManager *autosave, QWidget *parent)
{
    const std::vector<RecoveredWork> left = AutosaveManager::leftBehind(autosave->directory());
    if (left.empty())
        return false;
    const RecoveredWork &work = left.front();
    RecoveryDialog dialog(work, parent);
    dialog.exec();
    switch (dialog.choice()) {
    case Choice::Later:
        return false;
    case Choice::Discard:
        work.discard();
        return false;
    case Choice::OpenSaved: {
        const QString error = files->openFile(work.originalFile);
        if (!error.isEmpty()) {
            QMessageBox::warning(parent, tr("Cannot Open the Scenario"),
                                 tr("%1\n\n%2\n\nThe recovered work is kept and offered again at the next start.")
                                     .arg(QDir::toNativeSeparators(work.originalFile), error));
            return false;
        }
        work.discard();
        return true;
    }
    case Choice::OpenRecovered: {
        const QString error = files->openRecovered(work.recoveryFile, work.originalFile);
        if (!error.isEmpty()) {
            QMessageBox::warning(parent, tr("Cannot Open the Recovered Work"),
                                 tr("%1\n\n%2").arg(QDir::toNativeSeparators(work.recoveryFile), error));
            return false;
        }
        // This session's own recovery file holds the work before the old one goes.
        if (autosave->saveNow())
            work.discard();
        return true;
    }
    }
    return false;
}

} // namespace rackline
