// SPDX-License-Identifier: MIT
// The Language menu on the real main window: choosing Italiano or Ελληνικά retranslates the
// open window (menus, docks, charts, an open presentation) and switches numbers and months
// to that locale; the choice is remembered. Expected texts come from the installed
// translator (QCoreApplication::translate after the switch), never from pairs written here.

#include <ChartExporter.h>
#include <ChartFormat.h>
#include <ChartStyle.h>
#include <GreekFont.h>
#include <ChartKind.h>
#include <ChartsPanel.h>
#include <FileActions.h>
#include <MainWindow.h>
#include <PowerChart.h>
#include <PresentationWindow.h>
#include <ReportSummary.h>
#include <ScenarioDocument.h>
#include <StatusTotals.h>
#include <TimeScale.h>
#include <TimelineScene.h>
#include <TimelineWidget.h>
#include <Translations.h>

#include <Engine.h>
#include <Metric.h>
#include <Warnings.h>

#include "QCustomPlotInclude.h"

#include <QApplication>
#include <QDate>
#include <QDockWidget>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace rackline;

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

/// The texts of the menu bar's menus, in order.
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

/// What the time chart draws as its title (the plot's title element, not title()).
QString shownTitle(ChartView *chart)
{
    auto *series = qobject_cast<TimeSeriesChart *>(chart);
    if (!series)
        return {};
    auto *element = qobject_cast<QCPTextElement *>(series->plot()->plotLayout()->element(0, 0));
    return element ? element->text() : QString();
}

bool hasGreekLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Greek)
            return true;
    }
    return false;
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    QAction *languageAction(const QString &code) const
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isCheckable() && action->data().toString() == code)
                return action;
        }
        return nullptr;
    }

    /// Triggers the menu's action as a click would, and lets the posted LanguageChange arrive.
    void choose(const QString &code)
    {
        QAction *action = languageAction(code);
        QVERIFY2(action, qPrintable(code));
        action->trigger();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    /// Every menu title and the power chart's title are the installed translator's texts.
    void checkWindowTexts()
    {
        const QStringList titles = menuTitles(*m_window);
        QVERIFY(titles.contains(translated("rackline::MainWindow", "&File")));
        QVERIFY(titles.contains(translated("rackline::MainWindow", "&Edit")));
        QVERIFY(titles.contains(translated("rackline::MainWindow", "&View")));
        QVERIFY(titles.contains(translated("rackline::MainWindow", "&Help")));
        ChartView *power = m_window->charts()->chart(ChartKind::Power);
        QVERIFY(power);
        const QString title = translated("rackline::PowerChart", "Power needed by partner vs. available");
        QCOMPARE(power->title(), title);
        QCOMPARE(shownTitle(power), title);
        QWidget *chartsDock = m_window->charts();
        while (chartsDock && !qobject_cast<QDockWidget *>(chartsDock))
            chartsDock = chartsDock->parentWidget();
        QVERIFY(chartsDock);
        QCOMPARE(chartsDock->windowTitle(), translated("rackline::MainWindow", "Charts"));
    }

    /// With RACKLINE_I18N_SHOTS=DIR, the window (charts shown) as DIR/NAME.png, to look at.
    void saveShot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("RACKLINE_I18N_SHOTS");
        if (dir.isEmpty())
            return;
        QWidget *dock = m_window->charts();
        while (dock && !qobject_cast<QDockWidget *>(dock))
            dock = dock->parentWidget();
        dock->show();
        m_window->timeline()->scene()->selectDeployments({0}); // the inspector's fields
        m_window->charts()->refreshNow();
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        dock->hide();
        m_window->timeline()->scene()->clearSelection();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RacklineLanguageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->fileActions()->newFromTemplate(FileActions::bundledScenario()).isEmpty());
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void menuListsLanguagesInTheirOwnNames()
    {
        QVERIFY(languageAction(QString()));
        QCOMPARE(languageAction(QStringLiteral("it"))->text(), QStringLiteral("Italiano"));
        QCOMPARE(languageAction(QStringLiteral("el"))->text(), QString::fromUtf8("Ελληνικά"));
        QCOMPARE(languageAction(QStringLiteral("en"))->text(), QStringLiteral("English"));
    }

    void switchesToItalianAndGreekWhileRunning()
    {
        const QStringList english = menuTitles(*m_window);
        QVERIFY(english.contains(QStringLiteral("&View")));
        ChartView *power = m_window->charts()->chart(ChartKind::Power);
        const QString englishTitle = shownTitle(power);

        choose(QStringLiteral("it"));
        QCOMPARE(QLocale().language(), QLocale::Italian);
        // The translator answers: the texts really are Italian, not the source again.
        QVERIFY(translated("rackline::MainWindow", "&View") != QLatin1String("&View"));
        checkWindowTexts();
        saveShot(QStringLiteral("window_it"));
        QVERIFY(shownTitle(power) != englishTitle);
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("it"));
        QVERIFY(languageAction(QStringLiteral("it"))->isChecked());
        const QStringList italian = menuTitles(*m_window);

        choose(QStringLiteral("el"));
        QCOMPARE(QLocale().language(), QLocale::Greek);
        checkWindowTexts();
        const QStringList greek = menuTitles(*m_window);
        QVERIFY(greek != italian);
        QVERIFY(hasGreekLetters(greek.join(QLatin1Char(' '))));
        QVERIFY(hasGreekLetters(shownTitle(power)));
        saveShot(QStringLiteral("window_el"));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("el"));

        choose(QStringLiteral("en"));
        QCOMPARE(menuTitles(*m_window), english);
        QCOMPARE(shownTitle(power), englishTitle);
    }

    void openPresentationFollows()
    {
        choose(QStringLiteral("en"));
        // View > Present Charts, the real action.
        QAction *present = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::Key_F5))
                present = action;
        }
        QVERIFY(present);
        present->trigger();
        QCoreApplication::processEvents();
        auto *slides = m_window->findChild<PresentationWindow *>();
        QVERIFY(slides);
        choose(QStringLiteral("el"));
        QCOMPARE(slides->windowTitle(), translated("rackline::PresentationWindow", "Rackline presentation"));
        QVERIFY(hasGreekLetters(slides->windowTitle()));
        QVERIFY(hasGreekLetters(slides->currentChart()->title()));
        slides->close();
        choose(QStringLiteral("en"));
    }

    void numbersAndMonthsFollowTheLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Language>("language");
        QTest::newRow("Italian") << QStringLiteral("it") << QLocale::Italian;
        QTest::newRow("Greek") << QStringLiteral("el") << QLocale::Greek;
    }

    void numbersAndMonthsFollowTheLocale()
    {
        QFETCH(QString, code);
        QFETCH(QLocale::Language, language);
        choose(code);
        const QLocale chosen(language);
        const QLocale c = QLocale::c();
        ScenarioDocument *document = m_window->document();
        const Scenario &scenario = document->scenario();
        const Engine &engine = document->engine();

        // The status bar at the month of peak compute: capex with one decimal.
        Eigen::Index last = 0;
        column(engine.totals(), Metric::PflopsFp8).maxCoeff(&last);
        const YearMonth month = scenario.timeline.monthAt(int(last));
        m_window->totals()->setMonth(TimeScale::absoluteMonth(month));
        const double capex = engine.totals()(last, int(Metric::CumulativeCapexUsdB));
        const double pflops = engine.totals()(last, int(Metric::PflopsFp8));
        QVERIFY(pflops >= 1000);             // a group separator to write
        QVERIFY(chosen.toString(capex, 'f', 1) != c.toString(capex, 'f', 1));
        QVERIFY(m_window->totals()->capexText().contains(chosen.toString(capex, 'f', 1)));
        QVERIFY(!m_window->totals()->capexText().contains(c.toString(capex, 'f', 1)));
        QVERIFY(m_window->totals()->pflopsText().contains(chosen.toString(pflops, 'f', 0)));

        // Charts: the hover text names the month in the locale's words, numbers in its digits.
        auto *power = qobject_cast<TimeSeriesChart *>(m_window->charts()->chart(ChartKind::Power));
        QVERIFY(power);
        const QString monthName = chosen.toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
        QVERIFY(monthName != c.toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy")));
        QVERIFY2(power->tooltipText(int(last)).startsWith(QStringLiteral("<b>") + monthName + QStringLiteral("</b>")),
                 qPrintable(power->tooltipText(int(last))));
        QCOMPARE(ChartFormat::number(1234.5), chosen.toString(1234.5, 'f', 0));
        QCOMPARE(ChartFormat::number(12.25), chosen.toString(12.25, 'f', 1));
        QVERIFY(ChartFormat::number(12.25) != c.toString(12.25, 'f', 1));
        // Tick labels: the plot formats with the chosen locale (decimal comma, no group separator).
        QCOMPARE(power->plot()->locale().language(), language);
        power->plot()->yAxis->setRange(0, 2.5); // ticks at 0, 0.5, ... need a decimal mark
        power->plot()->replot();
        const QVector<double> ticks = power->plot()->yAxis->tickVector();
        const QVector<QString> labels = power->plot()->yAxis->tickVectorLabels();
        QVERIFY(!ticks.isEmpty());
        bool sawDecimal = false;
        for (int i = 0; i < ticks.size(); ++i) {
            QCOMPARE(labels[i], chosen.toString(ticks[i], 'g', power->plot()->yAxis->numberPrecision()));
            sawDecimal = sawDecimal || ticks[i] != std::floor(ticks[i]);
        }
        QVERIFY(sawDecimal);
        power->refresh();

        // The report summary: its months in the locale's words ("Capex by <last month>").
        const YearMonth end = scenario.timeline.monthAt(scenario.timeline.months - 1);
        const QString summary = reportSummaryMarkdown(scenario, engine, {}, QString());
        QVERIFY(summary.contains(chosen.toString(QDate(end.year, end.month, 1), QStringLiteral("MMM yyyy"))));
        QVERIFY(summary.contains(translated("rackline::ReportSummary", "Peak facility power needed")));
        QVERIFY(translated("rackline::ReportSummary", "Peak facility power needed")
                != QLatin1String("Peak facility power needed"));
        choose(QStringLiteral("en"));
    }

    void fontWithoutGreekIsReplaced()
    {
        const QFont before = QGuiApplication::font();
        // URW's dingbats font has no Greek: the charts would draw boxes with it.
        QGuiApplication::setFont(QFont(QStringLiteral("D050000L")));
        if (QFontDatabase::writingSystems(QFontInfo(QGuiApplication::font()).family()).contains(QFontDatabase::Greek))
            QSKIP("D050000L is not installed here");
        const QString family = useFontWithGreek();
        QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::Greek));
        QCOMPARE(QFontInfo(QGuiApplication::font()).family(), family);
        QGuiApplication::setFont(before);
    }

    void greekExportsHaveTheirLetters()
    {
        useFontWithGreek();
        choose(QStringLiteral("el"));
        ChartView *power = m_window->charts()->chart(ChartKind::Power);
        power->refresh();
        const QString title = shownTitle(power);
        QVERIFY(hasGreekLetters(title));
        // Every letter of the title and of the legend is in the font the chart draws with.
        const QFontMetrics metrics(ChartStyle().titleFont());
        for (const QChar c : title)
            QVERIFY2(metrics.inFont(c), qPrintable(QStringLiteral("no glyph for %1").arg(c)));

        QTemporaryDir dir;
        const QString shots = qEnvironmentVariable("RACKLINE_I18N_SHOTS");
        const QString out = shots.isEmpty() ? dir.path() : shots;
        const QSize size(1280, 720);
        QVERIFY(ChartExporter::savePng(*power, out + QStringLiteral("/power_el.png"), size).isEmpty());
        QVERIFY(ChartExporter::saveSvg(*power, out + QStringLiteral("/power_el.svg"), size).isEmpty());
        QVERIFY(ChartExporter::savePdf(*power, out + QStringLiteral("/power_el.pdf"), size).isEmpty());
        // The SVG keeps the title as Greek text in a family that has it, and draws back.
        QFile svg(out + QStringLiteral("/power_el.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svg.readAll());
        QVERIFY(svgText.contains(title.toHtmlEscaped()) || svgText.contains(title));
        QSvgRenderer renderer(out + QStringLiteral("/power_el.svg"));
        QVERIFY(renderer.isValid());
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(image.save(out + QStringLiteral("/power_el_svg.png")));
        choose(QStringLiteral("en"));
    }

    void englishCountsAreSingularOrPlural()
    {
        choose(QStringLiteral("en"));
        // rackline_en.ts gives the source texts their English plural forms.
        const char *source = "%n warning(s)";
        QCOMPARE(QCoreApplication::translate("rackline::StatusTotals", source, nullptr, 1), QStringLiteral("1 warning"));
        QCOMPARE(QCoreApplication::translate("rackline::StatusTotals", source, nullptr, 2), QStringLiteral("2 warnings"));
        const int warnings = countWarnings(m_window->document()->engine());
        QCOMPARE(m_window->totals()->warningsText(),
                 warnings == 1 ? QStringLiteral("1 warning") : QStringLiteral("%1 warnings").arg(warnings));
    }

    void savedLanguageIsUsedAtTheNextStart()
    {
        choose(QStringLiteral("el"));
        installTranslations(QLocale(QLocale::English)); // as if the app had quit
        QCOMPARE(chosenLanguage(), QStringLiteral("el"));
        QCOMPARE(localeForLanguage(chosenLanguage()).language(), QLocale::Greek);
        choose(QString()); // System default forgets the choice
        QCOMPARE(chosenLanguage(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("view/language")));
    }
};

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
