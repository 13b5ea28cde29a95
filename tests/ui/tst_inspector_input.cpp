// SPDX-License-Identifier: MIT
// Bad values typed into the inspector (text in a number field, a negative count, a month
// 13, a ramp beyond its range) are refused where they are typed, with the reason in a red
// line under the fields, and never reach the model.

#include "UiTestSupport.h"

#include <InputRefusalNote.h>
#include <InspectorWidget.h>

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

class InspectorInputTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_before;
    int m_commands = 0;

    InspectorWidget *inspector() const { return m_window->inspector(); }
    InputRefusalNote *note() const { return inspector()->refusalNote(); }

    /// Nothing reached the model: same scenario, no undo step.
    void verifyModelUntouched()
    {
        QCOMPARE(writeScenario(m_window->document()->scenario()), m_before);
        QCOMPARE(m_window->document()->undoStack()->count(), m_commands);
    }

    void focusAndSelectAll(QAbstractSpinBox *editor)
    {
        editor->setFocus();
        editor->selectAll();
        QCoreApplication::processEvents();
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = openWindow();
        TimelineScene *scene = m_window->timeline()->scene();
        scene->selectOnly(scene->deploymentItem(0));
        QCOMPARE(inspector()->kind(), InspectorWidget::Kind::Deployment);
        m_before = writeScenario(m_window->document()->scenario());
        m_commands = m_window->document()->undoStack()->count();
        QVERIFY(note()->isHidden());
    }

    void cleanup() { m_window.reset(); }

    void lettersInANumberFieldAreRefusedWithTheReason()
    {
        QDoubleSpinBox *count = inspector()->countEditor();
        const QString shown = count->text();
        focusAndSelectAll(count);
        QTest::keyClicks(count, QStringLiteral("abc"));
        QCOMPARE(count->text(), shown);
        QVERIFY(note()->isVisible());
        QVERIFY2(note()->text().contains(count->accessibleName()), qPrintable(note()->text()));
        QVERIFY2(note()->text().contains(QStringLiteral("“c”")), qPrintable(note()->text())); // the last key refused
        QTest::keyClick(count, Qt::Key_Return);
        verifyModelUntouched();
    }

    void aNegativeCountIsRefusedWithTheSmallestAllowed()
    {
        QDoubleSpinBox *count = inspector()->countEditor();
        const QString shown = count->text();
        focusAndSelectAll(count);
        QTest::keyClick(count, Qt::Key_Minus);
        QCOMPARE(count->text(), shown);
        QVERIFY(note()->isVisible());
        const QString smallest = QLocale().toString(count->minimum(), 'f', count->decimals());
        QVERIFY2(note()->text().contains(count->accessibleName()), qPrintable(note()->text()));
        QVERIFY2(note()->text().contains(smallest), qPrintable(note()->text()));
        QTest::keyClick(count, Qt::Key_Return);
        verifyModelUntouched();
    }

    void aRampBeyondItsRangeIsRefusedWithTheRange()
    {
        QSpinBox *ramp = inspector()->rampEditor();
        focusAndSelectAll(ramp);
        QTest::keyClicks(ramp, QStringLiteral("9999"));
        QVERIFY(note()->isVisible());
        QVERIFY2(note()->text().contains(QLocale().toString(ramp->maximum())), qPrintable(note()->text()));
        QVERIFY(ramp->value() <= ramp->maximum());
    }

    void monthThirteenIsRefusedWithTheReason()
    {
        QDateEdit *start = inspector()->startEditor();
        const QDate shown = start->date();
        start->setFocus();
        start->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(start, QStringLiteral("13"));
        QVERIFY(note()->isVisible());
        QVERIFY2(note()->text().contains(start->accessibleName()), qPrintable(note()->text()));
        QVERIFY2(note()->text().contains(QStringLiteral("12")), qPrintable(note()->text()));
        QVERIFY(start->date().isValid());
        // Nothing was committed while typing; Esc leaves the month as it was.
        verifyModelUntouched();
        QCOMPARE(m_window->document()->scenario().deployments.front().start,
                 (YearMonth{shown.year(), shown.month()}));
    }

    void anAcceptedKeyOrANewSelectionClearsTheNote()
    {
        QSpinBox *ramp = inspector()->rampEditor();
        focusAndSelectAll(ramp);
        QTest::keyClick(ramp, Qt::Key_X);
        QVERIFY(note()->isVisible());
        QTest::keyClick(ramp, Qt::Key_2);
        QVERIFY(note()->isHidden());
        QTest::keyClick(ramp, Qt::Key_X);
        QVERIFY(note()->isVisible());
        m_window->timeline()->scene()->clearSelection();
        QVERIFY(note()->isHidden());
    }

    void screenshotWhenAsked()
    {
        const QString dir = qEnvironmentVariable("RACKLINE_UI_SHOTS");
        if (dir.isEmpty())
            QSKIP("set RACKLINE_UI_SHOTS=DIR to save the inspector with a refused key");
        QDoubleSpinBox *count = inspector()->countEditor();
        focusAndSelectAll(count);
        QTest::keyClick(count, Qt::Key_Minus);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/inspector-refused-key.png")));
        m_window->resize(900, 600);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/inspector-refused-key-small.png")));
    }
};

QTEST_MAIN(InspectorInputTest)
#include "tst_inspector_input.moc"
