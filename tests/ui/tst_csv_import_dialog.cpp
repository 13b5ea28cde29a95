// SPDX-License-Identifier: MIT
// File > Import Deployments from CSV…: a preview of the rows and of every bad row (line,
// column, reason); nothing changes until Import is pressed; the import is one undo step.

#include "DialogDriver.h"
#include "UiTestSupport.h"

#include <CsvImportDialog.h>
#include <DeploymentCsv.h>
#include <SafeFileWrite.h>

#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

class CsvImportDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    ScenarioDocument *doc() const { return m_window->document(); }

    /// Rows built from the open scenario's own systems and partners.
    QByteArray goodRows() const
    {
        const Deployment &d = doc()->scenario().deployments.front();
        const QByteArray system = d.system.toUtf8(), partner = d.partner.toUtf8();
        // A spreadsheet's Italian export: ';' separated, decimal commas.
        return "system;partner;count;start;ramp_months\n" + system + ';' + partner + ";1.500;2027-02;6\n" + system
            + ';' + partner + ";250,5;2028-11;0\n";
    }

    QString writeCsv(const QString &name, const QByteArray &text)
    {
        const QString file = m_dir.filePath(name);
        if (!writeFileSafely(text, file).isEmpty())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_window = openWindow();
    }

    void cleanup()
    {
        doc()->undoStack()->setClean();
        m_window.reset();
    }

    void validRowsArePreviewedAndImportedAsOneStep()
    {
        const QByteArray rows = goodRows();
        const DeploymentImport expected = importDeploymentsCsv(rows, doc()->scenario());
        QVERIFY(expected.errors.empty());
        const QString csv = writeCsv(QStringLiteral("good.csv"), rows);
        const size_t before = doc()->scenario().deployments.size();
        const int commands = doc()->undoStack()->count();

        int previewRows = -1;
        bool problemsShown = true, previewedBeforeImport = false;
        whenModalShows<CsvImportDialog>([&](CsvImportDialog *dialog) {
            previewRows = dialog->rowsTable()->rowCount();
            problemsShown = dialog->problemsTable()->isVisible();
            // Nothing is added while the preview is open.
            previewedBeforeImport = doc()->scenario().deployments.size() == before;
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        });
        QCOMPARE(m_window->fileActions()->importCsv(csv), int(expected.deployments.size()));
        QCOMPARE(previewRows, int(expected.deployments.size()));
        QVERIFY(!problemsShown);
        QVERIFY(previewedBeforeImport);

        const auto &list = doc()->scenario().deployments;
        QCOMPARE(list.size(), before + expected.deployments.size());
        for (size_t i = 0; i < expected.deployments.size(); ++i) {
            QCOMPARE(list[before + i].count, expected.deployments[i].count);
            QCOMPARE(list[before + i].start, expected.deployments[i].start);
        }
        QCOMPARE(list[before + 1].count, 250.5); // the Italian decimal comma
        QCOMPARE(doc()->undoStack()->count(), commands + 1);
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().deployments.size(), before);
    }

    void badRowsAreListedWithLineAndColumnAndNothingIsImported()
    {
        const Deployment &d = doc()->scenario().deployments.front();
        const QByteArray rows = "system,partner,count,start\n" + d.system.toUtf8() + ',' + d.partner.toUtf8()
            + ",10,2027-01\n" // fine
              "no-such-system," + d.partner.toUtf8() + ",-3,2027-13\n";
        const DeploymentImport expected = importDeploymentsCsv(rows, doc()->scenario());
        QVERIFY(expected.errors.size() >= 2);
        const QString csv = writeCsv(QStringLiteral("bad.csv"), rows);
        const QByteArray before = writeScenario(doc()->scenario());
        const int commands = doc()->undoStack()->count();

        QStringList listed;
        bool importEnabled = true;
        whenModalShows<CsvImportDialog>([&](CsvImportDialog *dialog) {
            QTableWidget *problems = dialog->problemsTable();
            for (int r = 0; r < problems->rowCount(); ++r)
                listed << problems->item(r, 0)->text() + QLatin1Char('|') + problems->item(r, 1)->text();
            importEnabled = dialog->importButton()->isEnabled();
            // Pressing Import anyway (disabled) does nothing; Cancel closes.
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            dialog->reject();
        });
        QCOMPARE(m_window->fileActions()->importCsv(csv), 0);
        QVERIFY(!importEnabled);
        QCOMPARE(listed.size(), int(expected.errors.size()));
        for (const CsvImportError &error : expected.errors) {
            QVERIFY2(listed.contains(QLocale().toString(error.line) + QLatin1Char('|') + error.column),
                     qPrintable(listed.join(QLatin1Char(','))));
            QCOMPARE(error.line, 3);
        }
        QCOMPARE(writeScenario(doc()->scenario()), before);
        QCOMPARE(doc()->undoStack()->count(), commands);
    }

    void cancellingThePreviewImportsNothing()
    {
        const QString csv = writeCsv(QStringLiteral("cancel.csv"), goodRows());
        const QByteArray before = writeScenario(doc()->scenario());
        whenModalShows<CsvImportDialog>([](CsvImportDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QCOMPARE(m_window->fileActions()->importCsv(csv), 0);
        QCOMPARE(writeScenario(doc()->scenario()), before);
        QVERIFY(!doc()->isModified());
    }

    void previewScreenshotWhenAsked()
    {
        const QString dir = qEnvironmentVariable("RACKLINE_UI_SHOTS");
        if (dir.isEmpty())
            QSKIP("set RACKLINE_UI_SHOTS=DIR to save the preview");
        const Deployment &d = doc()->scenario().deployments.front();
        const QByteArray rows = goodRows() + "no-such-system;" + d.partner.toUtf8() + ";-3;2027-13;x\n";
        const QString csv = writeCsv(QStringLiteral("shot.csv"), rows);
        whenModalShows<CsvImportDialog>([dir](CsvImportDialog *dialog) {
            dialog->grab().save(dir + QStringLiteral("/csv-import-preview.png"));
            dialog->reject();
        });
        m_window->fileActions()->importCsv(csv);
    }
};

QTEST_MAIN(CsvImportDialogTest)
#include "tst_csv_import_dialog.moc"
