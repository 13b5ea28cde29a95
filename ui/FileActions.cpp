// SPDX-License-Identifier: MIT
#include "FileActions.h"

#include "BackgroundWork.h"
#include "CsvImportDialog.h"
#include "ScenarioDocument.h"

#include <ScenarioFile.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace rackline {

namespace {
constexpr int kMaxRecent = 8;
const char *const kRecentKey = "files/recent";
}

FileActions::FileActions(ScenarioDocument *document, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
{
}

QString FileActions::bundledScenario()
{
    return QStringLiteral(":/rackline/scenarios/openai-2025.json");
}

Scenario FileActions::emptyScenario()
{
    Scenario scenario;
    scenario.name = tr("Untitled plan");
    scenario.timeline.start = YearMonth{2025, 1};
    scenario.timeline.months = 120;
    const struct { const char *id, *name, *color; } partners[] = {
        {"nvidia", "NVIDIA", "#76b900"}, {"amd", "AMD", "#00a3a3"},
        {"google", "Google Cloud", "#4285f4"}, {"aws", "AWS", "#f5a25d"}};
    for (const auto &p : partners) {
        Partner partner;
        partner.id = QLatin1String(p.id);
        partner.name = QLatin1String(p.name);
        partner.color = QLatin1String(p.color);
        scenario.partners.push_back(partner);
    }
    return scenario;
}

void FileActions::addToMenu(QMenu *menu)
{
    // Texts are set by retranslateUi().
    auto *newMenu = m_newMenu = menu->addMenu(QString());
    QAction *empty = m_newEmpty = newMenu->addAction(QString(), this, [this] {
        if (maybeSave())
            m_document->reset(emptyScenario(), QString());
    });
    empty->setShortcut(QKeySequence::New);
    newMenu->addSeparator();
    for (const QString &resource : {QStringLiteral(":/rackline/scenarios/openai-2025.json"),
                                    QStringLiteral(":/rackline/scenarios/openai-mid-2026.json")}) {
        m_templates << newMenu->addAction(QString(), this, [this, resource] {
            if (!maybeSave())
                return;
            const QString error = newFromTemplate(resource);
            if (!error.isEmpty())
                showError(tr("Cannot Open the Template"), resource, error);
        });
    }
    m_open = menu->addAction(QString(), QKeySequence::Open, this, &FileActions::open);
    m_recentMenu = menu->addMenu(QString());
    m_import = menu->addAction(QString(), this, [this] {
        const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Import Deployments from CSV"), QString(),
                                                              tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!fileName.isEmpty())
            importCsv(fileName);
    });
    menu->addSeparator();
    m_save = menu->addAction(QString(), QKeySequence::Save, this, &FileActions::save);
    m_saveAs = menu->addAction(QString(), QKeySequence::SaveAs, this, &FileActions::saveAs);
    menu->addSeparator();
    m_quit = menu->addAction(QString(), QKeySequence::Quit, m_window, &QWidget::close);
    retranslateUi();
}

void FileActions::retranslateUi()
{
    if (!m_newMenu)
        return;
    m_newMenu->setTitle(tr("&New"));
    m_newEmpty->setText(tr("&Empty Plan"));
    const QString templateTitles[] = {tr("OpenAI Compute Commitments, 2025"), tr("OpenAI Compute Commitments, Mid-2026")};
    for (int i = 0; i < m_templates.size(); ++i)
        m_templates[i]->setText(templateTitles[i]);
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    updateRecentMenu();
    m_import->setText(tr("&Import Deployments from CSV…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_quit->setText(tr("&Quit"));
}

ScenarioDocument::FileContents FileActions::readInBackground(const QString &fileName)
{
    return runInBackground(m_window, tr("Opening %1…").arg(QFileInfo(fileName).fileName()),
                           [fileName] { return ScenarioDocument::readFile(fileName); });
}

QString FileActions::openFile(const QString &fileName)
{
    const QString error = m_document->open(readInBackground(fileName), fileName);
    if (error.isEmpty())
        addRecent(fileName);
    return error;
}

QString FileActions::openRecovered(const QString &recoveryFile, const QString &originalFile)
{
    const QString error = m_document->open(readInBackground(recoveryFile), originalFile);
    if (!error.isEmpty())
        return error;
    // Unsaved changes with nothing to undo: a stack that can never become clean again.
    m_document->undoStack()->resetClean();
    return {};
}

QString FileActions::newFromTemplate(const QString &resource)
{
    ScenarioLoad loaded = readScenarioFile(resource);
    if (!loaded.ok())
        return loaded.error.message();
    m_document->reset(std::move(*loaded.scenario), QString());
    return {};
}

QString FileActions::saveTo(const QString &fileName)
{
    QString error = m_document->refusalToSave(fileName);
    if (error.isEmpty()) {
        // A copy, so the worker never reads what the GUI thread might touch.
        error = runInBackground(m_window, tr("Saving %1…").arg(QFileInfo(fileName).fileName()),
                                [scenario = m_document->scenario(), fileName] {
                                    return ScenarioDocument::writeFile(scenario, fileName);
                                });
    }
    if (!error.isEmpty())
        return error;
    m_document->markSaved(fileName);
    addRecent(fileName);
    return {};
}

int FileActions::importCsv(const QString &fileName)
{
    DeploymentImport import;
    QString error;
    if (!CsvImportDialog::readFile(fileName, *m_document, &import, &error)) {
        showError(tr("Cannot Import the CSV"), fileName, error);
        return 0;
    }
    CsvImportDialog dialog(fileName, std::move(import), m_document, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.import().errors.empty())
        return 0;
    CsvImportDialog::apply(m_document, dialog.import().deployments);
    return int(dialog.import().deployments.size());
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them before they are lost?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->fileName().isEmpty() || m_document->fileName().startsWith(QLatin1Char(':'))
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Open Scenario"), dir,
                                                          tr("Rackline scenarios (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QString error = openFile(fileName);
    if (!error.isEmpty())
        showError(tr("Cannot Open the Scenario"), fileName, error);
}

bool FileActions::save()
{
    const QString fileName = m_document->fileName();
    if (fileName.isEmpty() || fileName.startsWith(QLatin1Char(':')))
        return saveAs();
    const QString readOnly = m_document->refusalToSave(fileName);
    if (!readOnly.isEmpty()) {
        QMessageBox::information(m_window, tr("Save As Another File"),
                                 tr("“%1” is not overwritten. %2").arg(QFileInfo(fileName).fileName(), readOnly));
        return saveAs();
    }
    const QString error = saveTo(fileName);
    if (!error.isEmpty()) {
        showSaveError(fileName, error);
        return false;
    }
    return true;
}

bool FileActions::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty() || suggested.startsWith(QLatin1Char(':')))
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + tr("scenario") + QStringLiteral(".json");
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save Scenario As"), suggested,
                                                    tr("Rackline scenarios (*.json)"));
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".json");
    const QString error = saveTo(fileName);
    if (!error.isEmpty()) {
        showSaveError(fileName, error);
        return false;
    }
    return true;
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileActions::addRecent(const QString &fileName)
{
    if (fileName.startsWith(QLatin1Char(':')))
        return;
    QStringList files = recentFiles();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    updateRecentMenu();
}

void FileActions::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this, [this, file] {
            if (!maybeSave())
                return;
            const QString error = openFile(file);
            if (!error.isEmpty())
                showError(tr("Cannot Open the Scenario"), file, error);
        })->setToolTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void FileActions::showError(const QString &title, const QString &fileName, const QString &error)
{
    QMessageBox::warning(m_window, title,
                         tr("%1\n\n%2\n\nThe open scenario is unchanged.").arg(QFileInfo(fileName).fileName(), error));
}

void FileActions::showSaveError(const QString &fileName, const QString &error)
{
    QMessageBox::warning(m_window, tr("Cannot Save the Scenario"),
                         tr("Rackline could not save %1:\n%2\n\nThe file on disk is unchanged, and your work is "
                            "still open with its changes: choose Save As to keep it in another place.")
                             .arg(QDir::toNativeSeparators(QFileInfo(fileName).absoluteFilePath()), error));
}

} // namespace rackline
