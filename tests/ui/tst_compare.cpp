// SPDX-License-Identifier: MIT
// Issue 7 in the app: a baseline A against the open scenario B (charts overlay and the
// delta table, live through a timeline drag) and Monte Carlo bands on the charts. Every
// expectation comes from the core: two Engines, aggregate, compareCsv and runMonteCarlo.

#include "UiTestSupport.h"

#include <AnalysisActions.h>
#include <ChartCommands.h>
#include <BundledScenarios.h>
#include <CapacityChart.h>
#include <ChartExporter.h>
#include <ChartFormat.h>
#include <ChartsPanel.h>
#include <ComparisonSession.h>
#include <DeltaTableModel.h>
#include <DeltaTableWidget.h>
#include <MoneyChart.h>
#include <OverlayGraphs.h>
#include <PowerChart.h>
#include <UncertaintyDialog.h>
#include <UncertaintyRunner.h>

#include <Aggregation.h>
#include <Comparison.h>
#include <MonteCarlo.h>

#include "QCustomPlotInclude.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <QScopeGuard>

#include <cmath>
#include <cstdio>

using namespace rackline;
using namespace rackline::test;

namespace {

/// A bundled scenario read from the resources and computed by its own engine: the core's
/// answer that the app's table and charts must match.
struct CoreScenario {
    Scenario scenario;
    Engine engine;
    explicit CoreScenario(const QString &path)
    {
        ScenarioLoad load = readScenarioFile(path);
        if (!load.ok())
            qFatal("cannot read %s", qPrintable(path));
        scenario = std::move(*load.scenario);
        engine.setScenario(scenario, effectiveCatalog(scenario));
    }
};

/// The y values a QCustomPlot graph draws, in month order.
std::vector<double> drawn(const QCPGraph *graph)
{
    std::vector<double> values;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

bool sameValue(double x, double y)
{
    if (std::isnan(x) || std::isnan(y))
        return std::isnan(x) && std::isnan(y);
    return std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
}

const TimeSeriesChart::Series *findSeries(const TimeSeriesChart *chart, const QString &key)
{
    for (const TimeSeriesChart::Series &series : chart->series()) {
        if (series.key == key)
            return &series;
    }
    return nullptr;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    ScenarioDocument *doc() const { return m_window->document(); }
    AnalysisActions *analysis() const { return m_window->analysisActions(); }
    DeltaTableModel *table() const { return analysis()->deltaTable()->model(); }
    template<typename Chart>
    Chart *chart(ChartKind kind) const
    {
        return qobject_cast<Chart *>(m_window->charts()->chart(kind));
    }

    /// The window with the announced scenario open, then "compared with" mid-2026: A is
    /// the announced plan, B (open, live) the mid-2026 one.
    void compareBundled()
    {
        QVERIFY(m_window->fileActions()->newFromTemplate(BundledScenarios::announcedPath()).isEmpty());
        QVERIFY(analysis()->compareWith(BundledScenarios::midYearPath()).isEmpty());
        QVERIFY(analysis()->session()->hasBaseline());
        QTRY_VERIFY(analysis()->deltaDock()->isVisible());
        QTRY_VERIFY(m_window->charts()->isVisible());
        m_window->charts()->refreshNow();
    }

    void choosePeriod(Period period)
    {
        QComboBox *box = analysis()->deltaTable()->periodBox();
        // The keyboard, as a user would: Home, then Down to the wanted entry.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < int(period); ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(table()->period(), period);
    }

    double cell(int row, int column) const
    {
        const QVariant v = table()->data(table()->index(row, column), Qt::UserRole);
        return v.isValid() ? v.toDouble() : std::nan("");
    }

private slots:
    void init()
    {
        m_window = openWindow();
        m_window->resize(1600, 1000);
    }

    void cleanup()
    {
        doc()->undoStack()->setClean(); // no "save changes?" prompt
        m_window.reset();
    }

    void deltaTableIsBMinusAFromTheCore_data()
    {
        QTest::addColumn<int>("period");
        QTest::newRow("month") << int(Period::Month);
        QTest::newRow("quarter") << int(Period::Quarter);
        QTest::newRow("year") << int(Period::Year);
    }

    void deltaTableIsBMinusAFromTheCore()
    {
        QFETCH(int, period);
        compareBundled();
        choosePeriod(Period(period));
        const CoreScenario a(BundledScenarios::announcedPath());
        const CoreScenario b(BundledScenarios::midYearPath());
        const PeriodTable tableA = aggregate(a.engine.totals(), a.scenario.timeline, Period(period));
        const PeriodTable tableB = aggregate(b.engine.totals(), b.scenario.timeline, Period(period));
        QCOMPARE(table()->rowCount(), int(comparedPeriods(tableA, tableB).size()) * kMetricCount);
        int differing = 0;
        for (int row = 0; row < table()->rowCount(); ++row) {
            const QString label = table()->data(table()->index(row, DeltaTableModel::PeriodColumn), Qt::UserRole).toString();
            Metric metric;
            QVERIFY(metricFromKey(table()->data(table()->index(row, DeltaTableModel::MetricColumn), Qt::UserRole).toString(),
                                  &metric));
            const qsizetype ra = tableA.labels.indexOf(label), rb = tableB.labels.indexOf(label);
            QVERIFY(ra >= 0 && rb >= 0); // same window in both bundled scenarios
            const double va = tableA.values(ra, int(metric)), vb = tableB.values(rb, int(metric));
            QVERIFY2(sameValue(cell(row, DeltaTableModel::AColumn), va), qPrintable(label));
            QVERIFY2(sameValue(cell(row, DeltaTableModel::BColumn), vb), qPrintable(label));
            QVERIFY2(sameValue(cell(row, DeltaTableModel::DeltaColumn), vb - va), qPrintable(label + metricKey(metric)));
            if (std::abs(va) > 1e-12)
                QVERIFY(sameValue(cell(row, DeltaTableModel::PercentColumn), (vb - va) / std::abs(va) * 100));
            if (std::abs(vb - va) > 1e-9)
                ++differing;
        }
        QVERIFY2(differing > 0, "the two bundled scenarios differ");
        // Shown in the user's locale.
        const int row = table()->rowOf(tableB.labels.last(), Metric::CumulativeCapexUsdB);
        QVERIFY(row >= 0);
        QCOMPARE(table()->data(table()->index(row, DeltaTableModel::BColumn)).toString(),
                 ChartFormat::number(tableB.values(tableB.labels.size() - 1, int(Metric::CumulativeCapexUsdB))));
    }

    void exportedCsvIsCoreCompareCsv()
    {
        compareBundled();
        choosePeriod(Period::Quarter);
        const CoreScenario a(BundledScenarios::announcedPath());
        const CoreScenario b(BundledScenarios::midYearPath());
        const QByteArray expected = compareCsv(aggregate(a.engine.totals(), a.scenario.timeline, Period::Quarter),
                                               aggregate(b.engine.totals(), b.scenario.timeline, Period::Quarter));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("compare.csv"));
        QVERIFY(analysis()->deltaTable()->saveCsv(file).isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray csv = written.readAll();
        QVERIFY(csv.startsWith("quarter,metric,a,b,delta\n"));
        QCOMPARE(csv, expected);
    }

    void dragChangesBLiveWhileAStays()
    {
        compareBundled();
        choosePeriod(Period::Month);
        const CoreScenario a(BundledScenarios::announcedPath());
        auto *capacity = chart<CapacityChart>(ChartKind::Capacity);
        auto *power = chart<PowerChart>(ChartKind::Power);
        QVERIFY(capacity && power);
        QTRY_COMPARE(capacity->overlay().lineCount(), 2);
        const std::vector<double> baselineBefore = drawn(capacity->overlay().line(1));
        const std::vector<double> powerBaselineBefore = drawn(power->overlay().line(1));
        const std::vector<double> currentBefore = drawn(capacity->overlay().line(0));

        // Drag the first block six months later with the mouse.
        TimelineView *view = m_window->timeline()->view();
        const int index = 0;
        const Deployment original = doc()->scenario().deployments[size_t(index)];
        DeploymentItem *item = m_window->timeline()->scene()->deploymentItem(index);
        const double month = TimeScale::absoluteMonth(original.start) + original.rampMonths + 2.5;
        const double y = item->sceneBoundingRect().center().y();
        view->centerOn(QPointF(m_window->timeline()->scene()->timeScale().x(month), y));
        QCoreApplication::processEvents();
        const QPoint from = viewPoint(view, month, y);
        const QPoint to = viewPoint(view, month + 6, y);
        drag(view->viewport(), from, to, 6);
        const Deployment &moved = doc()->scenario().deployments[size_t(index)];
        QVERIFY2(moved.start.monthsSince(original.start) >= 3, qPrintable(moved.start.toString()));

        // B in the table follows the engine; A stays the core's announced plan.
        const int m = doc()->scenario().timeline.indexOf(moved.start) - 1; // on ramp before: now 0 there
        const QString label = doc()->scenario().timeline.monthAt(m).toString();
        const int row = table()->rowOf(label, Metric::PflopsFp8);
        QVERIFY(row >= 0);
        const double b = column(doc()->engine().totals(), Metric::PflopsFp8)[m];
        const double aValue = column(a.engine.totals(), Metric::PflopsFp8)[m];
        QTRY_VERIFY(sameValue(cell(row, DeltaTableModel::BColumn), b));
        QVERIFY(sameValue(cell(row, DeltaTableModel::AColumn), aValue));
        QVERIFY(sameValue(cell(row, DeltaTableModel::DeltaColumn), b - aValue));

        // The overlay: B's line moved with the drag, A's did not.
        const TimeSeriesChart::Series *total = findSeries(capacity, QStringLiteral("pflops_fp8:total"));
        QVERIFY(total);
        QTRY_VERIFY(sameValue(drawn(capacity->overlay().line(0))[size_t(m)], b * total->displayScale));
        QVERIFY(drawn(capacity->overlay().line(0)) != currentBefore);
        QCOMPARE(drawn(capacity->overlay().line(1)), baselineBefore);
        QCOMPARE(drawn(power->overlay().line(1)), powerBaselineBefore);
        QCOMPARE(capacity->overlay().line(1)->pen().style(), Qt::DashLine);
        // The legend names both scenarios.
        QCOMPARE(capacity->overlay().line(0)->name(), OverlayGraphs::currentLabel(doc()->scenario()));
        QCOMPARE(capacity->overlay().line(1)->name(), OverlayGraphs::baselineLabel(a.scenario));
        QVERIFY(capacity->overlay().line(0)->name().endsWith(QStringLiteral("as of mid-2026")));
        QVERIFY(capacity->overlay().line(1)->name().endsWith(QStringLiteral("2025")));

        // Clearing the comparison removes the overlay.
        analysis()->clearComparison();
        m_window->charts()->refreshNow();
        QTRY_COMPARE(capacity->overlay().lineCount(), 0);
        QVERIFY(!analysis()->deltaDock()->isVisible());
    }

    void setAsBaselineSnapshotsTheOpenScenario()
    {
        analysis()->setAsBaseline();
        QVERIFY(analysis()->session()->hasBaseline());
        QCOMPARE(writeScenario(*analysis()->session()->baseline()), writeScenario(doc()->scenario()));
        // Same plan: every difference is zero.
        analysis()->deltaTable()->refreshNow();
        QVERIFY(table()->rowCount() > 0);
        for (int row = 0; row < table()->rowCount(); ++row)
            QCOMPARE(cell(row, DeltaTableModel::DeltaColumn), 0.0);
    }

    void monteCarloBandsAreTheCoresAndRepeatable()
    {
        m_window->charts()->parentWidget()->show();
        MonteCarloRequest request;
        request.samples = 400;
        request.seed = 7;
        request.ranges = Uncertainty{4, 0.15, {}};
        auto *capacity = chart<CapacityChart>(ChartKind::Capacity);
        auto *money = chart<MoneyChart>(ChartKind::Money);
        QSignalSpy done(analysis()->uncertaintyRunner(), &UncertaintyRunner::finished);
        analysis()->runUncertainty(request, false);
        QVERIFY(done.wait(60000));
        m_window->charts()->refreshNow();

        // The ranges are saved in the scenario (undoably) and written with it.
        const auto &saved = doc()->scenario().assumptions.uncertainty;
        QVERIFY(saved && saved->startMonths == 4 && saved->priceFraction == 0.15);
        QVERIFY(writeScenario(doc()->scenario()).contains("\"uncertainty\""));

        const MonteCarloBands core = runMonteCarlo(doc()->scenario(), request);
        auto check = [&](const TimeSeriesChart *chart, const OverlayGraphs &overlay, Metric metric) {
            const QString key = metricKey(metric);
            size_t k = 0;
            while (core.metrics[k] != metric)
                ++k;
            const TimeSeriesChart::Series *p10 = findSeries(chart, key + QStringLiteral(":p10"));
            QVERIFY2(p10, qPrintable(key));
            const double scale = p10->displayScale;
            const std::vector<double> low = drawn(overlay.bandLow()), mid = drawn(overlay.bandMedian()),
                                      high = drawn(overlay.bandHigh());
            QCOMPARE(int(low.size()), int(core.bands[k].rows()));
            for (Eigen::Index m = 0; m < core.bands[k].rows(); ++m) {
                QVERIFY(sameValue(low[size_t(m)], core.bands[k](m, 0) * scale));
                QVERIFY(sameValue(mid[size_t(m)], core.bands[k](m, 1) * scale));
                QVERIFY(sameValue(high[size_t(m)], core.bands[k](m, 2) * scale));
            }
            QVERIFY(core.bands[k].col(2).maxCoeff() > core.bands[k].col(0).maxCoeff() * 0.0); // drawn, not empty
        };
        QTRY_VERIFY(!drawn(capacity->overlay().bandLow()).empty());
        check(capacity, capacity->overlay(), capacity->metric());
        check(money, money->totalsOverlay(), Metric::CumulativeCapexUsdB);
        // P10 below P90 somewhere: a real spread, not one plan drawn three times.
        const std::vector<double> low = drawn(capacity->overlay().bandLow()), high = drawn(capacity->overlay().bandHigh());
        bool spread = false;
        for (size_t m = 0; m < low.size(); ++m)
            spread = spread || high[m] > low[m] * 1.01;
        QVERIFY(spread);

        // The same seed draws the same bands.
        const std::vector<double> firstMedian = drawn(capacity->overlay().bandMedian());
        analysis()->uncertaintyRunner()->clear();
        m_window->charts()->refreshNow();
        QTRY_VERIFY(drawn(capacity->overlay().bandLow()).empty());
        analysis()->runUncertainty(request, false);
        QVERIFY(done.wait(60000));
        m_window->charts()->refreshNow();
        QTRY_VERIFY(!drawn(capacity->overlay().bandMedian()).empty());
        QCOMPARE(drawn(capacity->overlay().bandMedian()), firstMedian);
        QCOMPARE(drawn(capacity->overlay().bandLow()), low);
    }

    void bandsFollowEdits()
    {
        m_window->charts()->parentWidget()->show();
        MonteCarloRequest request;
        request.samples = 200;
        request.seed = 3;
        request.ranges = Uncertainty{2, 0.05, {}};
        QSignalSpy done(analysis()->uncertaintyRunner(), &UncertaintyRunner::finished);
        analysis()->runUncertainty(request, false);
        QVERIFY(done.wait(60000));
        // Undo the ranges: an edit, so the bands are recomputed (debounced) with the ranges
        // the scenario now has (none: the request's stay).
        doc()->undoStack()->undo();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.count(), 2);
        MonteCarloRequest now = request;
        now.ranges = doc()->scenario().assumptions.uncertainty.value_or(request.ranges);
        const MonteCarloBands core = runMonteCarlo(doc()->scenario(), now);
        QVERIFY(analysis()->session()->bands());
        QCOMPARE(analysis()->session()->bands()->bands[0], core.bands[0]);
    }

    void overlayAppearsInExports()
    {
        compareBundled();
        auto *capacity = chart<CapacityChart>(ChartKind::Capacity);
        const QImage compared = ChartExporter::toImage(*capacity, QSize(1920, 1080));
        analysis()->clearComparison();
        capacity->refresh();
        const QImage alone = ChartExporter::toImage(*capacity, QSize(1920, 1080));
        // The dashed grey baseline and its legend entry are pixels the lone chart lacks.
        QVERIFY(compared != alone);
        int grey = 0;
        for (int y = 0; y < compared.height(); y += 2) {
            for (int x = 0; x < compared.width(); x += 2) {
                if (compared.pixel(x, y) == QColor(0x80, 0x80, 0x80).rgb() && alone.pixel(x, y) != compared.pixel(x, y))
                    ++grey;
            }
        }
        QVERIFY2(grey > 50, qPrintable(QString::number(grey)));
    }

    void baselineIsAlignedMonthForMonth()
    {
        // A starts six months before B: B's month m is A's month m + 6; A ends in B's month 5.
        Timeline a;
        a.start = YearMonth{2024, 7};
        a.months = 12;
        Timeline b;
        b.start = YearMonth{2025, 1};
        b.months = 12;
        Eigen::VectorXd values(12);
        for (int m = 0; m < 12; ++m)
            values[m] = 100 + m;
        const Eigen::VectorXd aligned = alignedToTimeline(values, a, b, std::nan(""));
        QCOMPARE(aligned.size(), Eigen::Index(12));
        for (int m = 0; m < 6; ++m)
            QCOMPARE(aligned[m], 106.0 + m);
        for (int m = 6; m < 12; ++m)
            QVERIFY(std::isnan(aligned[m]));
        // And the other way round: B's months before A's start are the fill.
        const Eigen::VectorXd back = alignedToTimeline(values, b, a, 0.0);
        QCOMPARE(back[5], 0.0);
        QCOMPARE(back[6], 100.0);
        QCOMPARE(back[11], 105.0);
    }

    void uncertaintyDialogStartsFromTheScenario()
    {
        MonteCarloRequest request;
        request.samples = 300;
        request.seed = 11;
        request.ranges = Uncertainty{5, 0.2, {}};
        QSignalSpy done(analysis()->uncertaintyRunner(), &UncertaintyRunner::finished);
        analysis()->runUncertainty(request, false);
        QVERIFY(done.wait(60000));
        // The next dialog starts from the last run and the ranges saved in the scenario.
        UncertaintyDialog dialog(analysis()->initialRequest());
        QCOMPARE(dialog.samplesBox()->value(), 300);
        QCOMPARE(dialog.seedBox()->value(), 11);
        QCOMPARE(dialog.startBox()->value(), 5);
        QCOMPARE(dialog.priceBox()->value(), 20.0);
        // Typed values become the request.
        dialog.seedBox()->selectAll();
        QTest::keyClicks(dialog.seedBox(), QStringLiteral("42"));
        dialog.startBox()->selectAll();
        QTest::keyClicks(dialog.startBox(), QStringLiteral("2"));
        const MonteCarloRequest typed = dialog.request();
        QCOMPARE(typed.seed, 42u);
        QCOMPARE(typed.ranges.startMonths, 2);
        QCOMPARE(typed.ranges.priceFraction, 0.2);
        QCOMPARE(typed.samples, 300);
    }

    void cliChartDrawsTheBaselineUnderTheFile()
    {
        QTemporaryDir dir;
        FILE *devNull = std::fopen("/dev/null", "w");
        const auto closeDevNull = qScopeGuard([devNull] { std::fclose(devNull); });
        const QString csv = QDir(dir.path()).filePath(QStringLiteral("capacity.csv"));
        const QString a = QStringLiteral(RACKLINE_SOURCE_DIR "/resources/scenarios/openai-2025.json");
        const QString b = QStringLiteral(RACKLINE_SOURCE_DIR "/resources/scenarios/openai-mid-2026.json");
        const QStringList args = {QStringLiteral("rackline-cli"), QStringLiteral("chart"), b, QStringLiteral("--chart"),
                                  QStringLiteral("capacity"), QStringLiteral("--against"), a, QStringLiteral("--csv"), csv};
        QCOMPARE(cli::runChartCommand(args, {devNull, stderr}), int(cli::Ok));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        const QList<QByteArray> header = lines.front().split(',');
        const qsizetype column = header.indexOf("pflops_fp8:baseline");
        QVERIFY2(column > 0, lines.front().constData());
        // The baseline column is A's total from the core, month by month.
        const CoreScenario core(BundledScenarios::announcedPath());
        const Eigen::VectorXd expected = rackline::column(core.engine.totals(), Metric::PflopsFp8);
        QCOMPARE(lines.size() - 1, int(expected.size()));
        for (int m = 0; m < expected.size(); ++m)
            QVERIFY(sameValue(lines[m + 1].split(',')[column].toDouble(), expected[m]));
        // An unreadable baseline is an error naming it, not a chart without one.
        QCOMPARE(cli::runChartCommand({QStringLiteral("rackline-cli"), QStringLiteral("chart"), b, QStringLiteral("--chart"),
                                       QStringLiteral("money"), QStringLiteral("--against"), QStringLiteral("/nonexistent.json"),
                                       QStringLiteral("--csv"), csv},
                                      {devNull, devNull}),
                 int(cli::Invalid));
    }

    /// RACKLINE_UI_SHOTS=DIR saves the comparison of the bundled scenarios for people to look at.
    void saveScreenshotsWhenAsked()
    {
        const QString dir = qEnvironmentVariable("RACKLINE_UI_SHOTS");
        if (dir.isEmpty())
            QSKIP("set RACKLINE_UI_SHOTS=DIR to save pictures");
        QDir().mkpath(dir);
        m_window->resize(1920, 1080);
        compareBundled();
        choosePeriod(Period::Year);
        QSignalSpy done(analysis()->uncertaintyRunner(), &UncertaintyRunner::finished);
        analysis()->runUncertainty(analysis()->initialRequest(), false);
        QVERIFY(done.wait(60000));
        m_window->charts()->refreshNow();
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("compare-window.png"))));
        // The table alone, by year, for one metric and for all.
        QWidget *tableWidget = analysis()->deltaTable();
        analysis()->deltaDock()->setFloating(true);
        analysis()->deltaDock()->resize(1100, 420);
        QTest::qWait(200);
        QVERIFY(tableWidget->grab().save(QDir(dir).filePath(QStringLiteral("compare-delta-table.png"))));
        QComboBox *metrics = analysis()->deltaTable()->metricBox();
        metrics->setCurrentIndex(metrics->findData(int(Metric::FacilityPowerMw)));
        QTest::qWait(100);
        QVERIFY(tableWidget->grab().save(QDir(dir).filePath(QStringLiteral("compare-delta-table-power.png"))));
        // A small window: the table in a tab beside the charts.
        analysis()->deltaDock()->setFloating(false);
        analysis()->clearComparison();
        m_window->resize(1280, 800);
        QTest::qWait(200);
        analysis()->setAsBaseline();
        QTest::qWait(300);
        QVERIFY(analysis()->deltaDock()->isVisible());
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("compare-window-small.png"))));
        for (const auto &[kind, name] : {std::pair{ChartKind::Capacity, "compare-capacity-bands.png"},
                                         std::pair{ChartKind::Money, "compare-money-bands.png"}}) {
            ChartView *view = m_window->charts()->chart(kind);
            QVERIFY(ChartExporter::savePng(*view, QDir(dir).filePath(QLatin1String(name)), QSize(1920, 1080)).isEmpty());
        }
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
