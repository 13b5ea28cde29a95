// SPDX-License-Identifier: MIT
#include "CsvImportDialog.h"

#include "ScenarioDocument.h"
#include "commands/AddDeploymentsCommand.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rackline {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString &fileName, DeploymentImport import, const ScenarioDocument *document,
                                 QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_importResult(std::move(import))
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_rows(makeTable(this, QString()))
    , m_problems(makeTable(this, QString()))
{
    setObjectName(QStringLiteral("CsvImportDialog"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // README: nothing is imported unless every row is valid.
    m_import->setEnabled(m_importResult.errors.empty() && !m_importResult.deployments.empty());
    m_import->setDefault(m_import->isEnabled());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_rowsLabel);
    layout->addWidget(m_rows, 2);
    layout->addWidget(buttons);
    m_problems->setVisible(!m_importResult.errors.empty());
    m_problemsLabel->setVisible(!m_importResult.errors.empty());
    resize(760, 520);
    retranslateUi();
}

void CsvImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Deployments from CSV"));
    const QString name = QFileInfo(m_fileName).fileName();
    const int good = int(m_importResult.deployments.size());
    const int bad = int(m_importResult.errors.size());
    if (bad > 0)
        m_summary->setText(tr("%1: %n problem(s) found. Nothing is imported until every row is valid: correct the "
                              "file and import it again.", nullptr, bad).arg(name));
    else if (good == 0)
        m_summary->setText(tr("%1 has no deployments to import.").arg(name));
    else
        m_summary->setText(tr("%1: %n deployment(s) will be added to the plan as one step (Undo removes them).",
                              nullptr, good).arg(name));
    m_problemsLabel->setText(tr("Problems:"));
    m_rowsLabel->setText(tr("Valid rows:"));
    m_import->setText(tr("&Import %n Deployment(s)", nullptr, good));
    m_rows->setAccessibleName(tr("Deployments to import"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    fillTables();
}

void CsvImportDialog::fillTables()
{
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setRowCount(int(m_importResult.errors.size()));
    const QLocale locale;
    for (int i = 0; i < m_problems->rowCount(); ++i) {
        const CsvImportError &error = m_importResult.errors[size_t(i)];
        setRow(m_problems, i,
               {locale.toString(error.line), error.column.isEmpty() ? tr("(whole row)") : error.column, error.reason});
    }
    m_rows->setColumnCount(6);
    m_rows->setHorizontalHeaderLabels({tr("Id"), tr("System"), tr("Partner"), tr("Count"), tr("Start"), tr("Ramp")});
    m_rows->setRowCount(int(m_importResult.deployments.size()));
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const Deployment &d = m_importResult.deployments[size_t(i)];
        const SystemSpec *spec = m_document->system(d.system);
        setRow(m_rows, i,
               {d.id, spec ? spec->name : d.system, m_document->partnerName(d.partner), locale.toString(d.count, 'g', 12),
                locale.toString(QDate(d.start.year, d.start.month, 1), QStringLiteral("MMM yyyy")),
                tr("%n month(s)", nullptr, d.rampMonths)});
    }
    m_problems->resizeColumnsToContents();
    m_rows->resizeColumnsToContents();
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool CsvImportDialog::readFile(const QString &fileName, const ScenarioDocument &document, DeploymentImport *import,
                               QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *import = importDeploymentsCsv(file.readAll(), document.scenario());
    return true;
}

void CsvImportDialog::apply(ScenarioDocument *document, const std::vector<Deployment> &deployments)
{
    auto *command = new AddDeploymentsCommand(document, deployments);
    command->setText(tr("Import %n deployment(s)", nullptr, int(deployments.size())));
    document->undoStack()->push(command);
}

} // namespace rackline
