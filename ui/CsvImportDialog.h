// SPDX-License-Identifier: MIT
#pragma once

#include <DeploymentCsv.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rackline {

class ScenarioDocument;

/// File > Import Deployments from CSV…: a preview of what core/DeploymentCsv read from a
/// spreadsheet's CSV: the deployments it would add, and every bad row with its line, column
/// and reason. Nothing changes until Import is pressed, which README allows only when every
/// row is valid; the import is then one undo step.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(const QString &fileName, DeploymentImport import, const ScenarioDocument *document,
                    QWidget *parent = nullptr);

    QTableWidget *rowsTable() const { return m_rows; }
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    const DeploymentImport &import() const { return m_importResult; }

    /// Reads `fileName` for an import into the document's scenario; false with `error`
    /// when the file cannot be read.
    static bool readFile(const QString &fileName, const ScenarioDocument &document, DeploymentImport *import,
                         QString *error);
    /// Appends the deployments as one undo step ("Import N deployments").
    static void apply(ScenarioDocument *document, const std::vector<Deployment> &deployments);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTables();

    QString m_fileName;
    DeploymentImport m_importResult;
    const ScenarioDocument *m_document;
    QLabel *m_summary;
    QLabel *m_rowsLabel;
    QLabel *m_problemsLabel;
    QTableWidget *m_rows;
    QTableWidget *m_problems;
    QPushButton *m_import;
    QPushButton *m_cancel;
};

} // namespace rackline
