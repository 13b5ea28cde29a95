// SPDX-License-Identifier: MIT
// The charts of issue #4: exported pictures have the asked size and show something, CSV
// equals the core's numbers, and the plotted series follow the engine after edits.
#include "ChartTestSupport.h"

#include <CapacityChart.h>
#include <ChartExporter.h>
#include <ChartFactory.h>
#include <CommitmentsChart.h>
#include <CompareChart.h>
#include <CsvReport.h>
#include <MetricDisplay.h>
#include <MoneyChart.h>
#include <PowerChart.h>
#include <StackedAreas.h>
#include <QCustomPlotInclude.h>

#include <ChartCommands.h>
#include <ChartsPanel.h>
#include <PresentationWindow.h>
#include <ReportExporter.h>
#include <ScenarioDocument.h>

#include <Aggregation.h>

#include <QBuffer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace rackline;
using namespace rackline::test;

Q_DECLARE_METATYPE(rackline::ChartKind)

namespace {

std::unique_ptr<ChartView> makeChart(ChartKind kind, const LoadedScenario &loaded, const Scenario *other = nullptr)
{
    return std::unique_ptr<ChartView>(createChart(kind, loaded.input(), other));
}

QList<QByteArray> csvRows(const QByteArray &csv)
{
    QList<QByteArray> rows = csv.split('\n');
    if (!rows.isEmpty() && rows.back().isEmpty())
        rows.pop_back();
    return rows;
}

/// The value of graph `graph` at month m.
double graphValue(QCPGraph *graph, int m)
{
    return graph->data()->at(m)->value;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_announced = std::make_unique<LoadedScenario>(BundledScenarios::announcedPath());
        m_midYear = std::make_unique<LoadedScenario>(BundledScenarios::midYearPath());
    }

    void exportedPngHasTheSizeAndShowsData_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        for (const ChartKind kind : allChartKinds()) {
            QTest::addRow("%s-1920x1080", qPrintable(chartKey(kind))) << kind << QSize(1920, 1080) << 1.0;
            QTest::addRow("%s-960x540@2x", qPrintable(chartKey(kind))) << kind << QSize(960, 540) << 2.0;
        }
        QTest::addRow("capacity-3840x2160@2x") << ChartKind::Capacity << QSize(3840, 2160) << 2.0;
    }

    void exportedPngHasTheSizeAndShowsData()
    {
        QFETCH(ChartKind, kind);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        auto chart = makeChart(kind, *m_announced, &m_midYear->scenario);
        chart->resize(900, 500);
        const QString file = QDir(pictureDir()).filePath(
            QStringLiteral("%1-%2x%3@%4.png").arg(chartKey(kind)).arg(size.width()).arg(size.height()).arg(scale));
        QCOMPARE(ChartExporter::savePng(*chart, file, size, scale), QString());
        QImage image(file);
        QCOMPARE(image.size(), size * scale);
        QVERIFY2(distinctColors(image) > 20, qPrintable(QString::number(distinctColors(image))));
        // The middle of the plot holds areas, bars or lines, not just background.
        const QRect middle(image.width() / 4, image.height() / 4, image.width() / 2, image.height() / 2);
        QVERIFY2(inkShare(image, middle) > 0.03, qPrintable(QString::number(inkShare(image, middle))));
    }

    void svgAndPdfAreWritten_data()
    {
        QTest::addColumn<ChartKind>("kind");
        for (const ChartKind kind : allChartKinds())
            QTest::newRow(qPrintable(chartKey(kind))) << kind;
    }

    void svgAndPdfAreWritten()
    {
        QFETCH(ChartKind, kind);
        auto chart = makeChart(kind, *m_announced, &m_midYear->scenario);
        const QDir dir(pictureDir());
        const QString svg = dir.filePath(chartKey(kind) + QStringLiteral(".svg"));
        const QString pdf = dir.filePath(chartKey(kind) + QStringLiteral(".pdf"));
        QCOMPARE(ChartExporter::saveSvg(*chart, svg, QSize(1280, 720)), QString());
        QCOMPARE(ChartExporter::savePdf(*chart, pdf, QSize(1280, 720)), QString());
        QFile svgFile(svg), pdfFile(pdf);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 2000);
    }

    void exportRefusesOversizeAndBadFiles()
    {
        auto chart = makeChart(ChartKind::Power, *m_announced);
        QVERIFY(!ChartExporter::savePng(*chart, QDir::temp().filePath(QStringLiteral("x.png")), QSize(5000, 100)).isEmpty());
        QVERIFY(!ChartExporter::savePng(*chart, QStringLiteral("/nonexistent-dir/x.png"), QSize(640, 480)).isEmpty());
    }

    void powerCsvEqualsTheCore()
    {
        auto chart = makeChart(ChartKind::Power, *m_announced);
        const QList<QByteArray> rows = csvRows(chart->csv());
        const Engine &engine = m_announced->engine;
        QCOMPARE(rows.size(), engine.months() + 1);
        const QList<QByteArray> header = rows.front().split(',');
        QCOMPARE(header.front(), QByteArray("month"));
        for (int m = 0; m < engine.months(); ++m) {
            const QList<QByteArray> cells = rows[m + 1].split(',');
            QCOMPARE(cells.front(), m_announced->scenario.timeline.monthAt(m).toString().toUtf8());
            for (int p = 0; p < engine.partnerCount(); ++p) {
                QCOMPARE(header[p + 1], "facility_power_mw:" + engine.partnerIds()[p].toUtf8());
                QCOMPARE(cells[p + 1], csvNumber(column(engine.partnerTable(p), Metric::FacilityPowerMw)[m]));
            }
            const int available = int(header.indexOf("available_power_mw:total"));
            QVERIFY(available > 0);
            QCOMPARE(cells[available], csvNumber(column(engine.totals(), Metric::AvailablePowerMw)[m]));
        }
    }

    void moneyCsvEqualsTheCore()
    {
        auto chart = makeChart(ChartKind::Money, *m_midYear);
        const QList<QByteArray> rows = csvRows(chart->csv());
        const QList<QByteArray> header = rows.front().split(',');
        const MetricTable &totals = m_midYear->engine.totals();
        for (const Metric metric : {Metric::HardwareCapexUsdB, Metric::FacilityCapexUsdB, Metric::ContractedSpendUsdB,
                                    Metric::CumulativeCapexUsdB, Metric::TranchesReleasedUsdB}) {
            const int col = int(header.indexOf(metricKey(metric).toUtf8()));
            QVERIFY2(col > 0, qPrintable(metricKey(metric)));
            for (int m = 0; m < m_midYear->engine.months(); ++m)
                QCOMPARE(rows[m + 1].split(',')[col], csvNumber(column(totals, metric)[m]));
        }
    }

    void commitmentsCsvAndBarsEqualTheMeasures()
    {
        auto chart = makeChart(ChartKind::Commitments, *m_announced);
        auto *commitments = static_cast<CommitmentsChart *>(chart.get());
        commitments->setYear(2030);
        const auto &rows = commitments->rows();
        QCOMPARE(int(rows.size()), int(m_announced->scenario.commitments.size()));
        // NVIDIA's letter of intent: $100B for 10 GW, $10B per GW.
        QCOMPARE(rows[0].id, QStringLiteral("nvidia-loi"));
        QCOMPARE(rows[0].totalUsdB, 100.0);
        QCOMPARE(*rows[0].usdBPerGw, 10.0);
        const int dec2030 = m_announced->scenario.timeline.indexOf(YearMonth{2030, 12});
        QCOMPARE(rows[0].deliveredShare, m_announced->engine.commitmentDeployedGw(0)[dec2030] / 10.0);
        for (int row = 0; row < int(rows.size()); ++row) {
            for (int measure = 0; measure < CommitmentsChart::MeasureCount; ++measure) {
                const auto which = CommitmentsChart::Measure(measure);
                QCOMPARE(commitments->barValue(which, row), CommitmentsChart::value(rows[size_t(row)], which));
            }
        }
        const QList<QByteArray> csv = csvRows(chart->csv());
        QCOMPARE(csv.size(), int(rows.size()) + 1);
        QVERIFY(csv[1].startsWith("nvidia-loi,nvidia,investment,100,10,64,10,"));
    }

    void capacitySeriesFollowTheEngine()
    {
        LoadedScenario loaded(BundledScenarios::announcedPath());
        CapacityChart chart(loaded.input());
        chart.setMetric(Metric::PflopsFp4);
        auto check = [&] {
            const double scale = MetricDisplay::of(Metric::PflopsFp4, column(loaded.engine.totals(), Metric::PflopsFp4).maxCoeff()).scale;
            const StackedAreas &areas = chart.areas();
            QCOMPARE(areas.layerCount(), loaded.engine.partnerCount());
            for (int m = 0; m < loaded.engine.months(); ++m) {
                double running = 0;
                for (int p = 0; p < loaded.engine.partnerCount(); ++p) {
                    running += column(loaded.engine.partnerTable(p), Metric::PflopsFp4)[m] * scale;
                    QVERIFY(qFuzzyCompare(1 + graphValue(areas.graph(p), m), 1 + running));
                }
                QVERIFY(qFuzzyCompare(1 + running, 1 + column(loaded.engine.totals(), Metric::PflopsFp4)[m] * scale));
            }
        };
        check();
        // A drag step: the first deployment moves a year later on the engine's one-item path.
        Deployment moved = loaded.scenario.deployments[0];
        moved.start = moved.start.plusMonths(12);
        loaded.scenario.deployments[0] = moved;
        const double before = graphValue(chart.areas().graph(0), 30);
        loaded.engine.updateDeployment(0, moved);
        chart.refresh();
        check();
        QVERIFY(graphValue(chart.areas().graph(0), 30) != before);
    }

    void capacityOnALogAxis()
    {
        CapacityChart chart(m_midYear->input());
        chart.setMetric(Metric::Accelerators);
        chart.setLogarithmic(true);
        QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(chart.plot()->yAxis->range().lower > 0);
        const QString file = QDir(pictureDir()).filePath(QStringLiteral("capacity-log-accelerators.png"));
        QCOMPARE(ChartExporter::savePng(chart, file, QSize(1280, 720)), QString());
        QVERIFY(distinctColors(QImage(file)) > 20);
        chart.setLogarithmic(false);
        QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(chart.plot()->yAxis->range().lower, 0.0);
    }

    void powerAndMoneySeriesFollowTheEngine()
    {
        LoadedScenario loaded(BundledScenarios::announcedPath());
        PowerChart power(loaded.input());
        MoneyChart money(loaded.input());
        Deployment moved = loaded.scenario.deployments[2];
        moved.start = moved.start.plusMonths(-9);
        moved.count *= 2;
        loaded.scenario.deployments[2] = moved;
        loaded.engine.updateDeployment(2, moved);
        power.refresh();
        money.refresh();
        const MetricTable &totals = loaded.engine.totals();
        for (int m = 0; m < loaded.engine.months(); ++m) {
            const int top = power.areas().layerCount() - 1;
            QVERIFY(qFuzzyCompare(1 + graphValue(power.areas().graph(top), m),
                                  1 + column(totals, Metric::FacilityPowerMw)[m] / 1000));
            QCOMPARE(graphValue(power.availableGraph(), m), column(totals, Metric::AvailablePowerMw)[m] / 1000);
            QCOMPARE(money.hardwareBars()->data()->at(m)->value, column(totals, Metric::HardwareCapexUsdB)[m]);
            QCOMPARE(graphValue(money.cumulativeGraph(), m), column(totals, Metric::CumulativeCapexUsdB)[m]);
            QCOMPARE(graphValue(money.tranchesGraph(), m), column(totals, Metric::TranchesReleasedUsdB)[m]);
        }
        // Shaded runs are exactly the months where the need exceeds the supply.
        QVERIFY(!power.shortfallRuns().empty()); // twice the racks, 9 months early: short of power
        QCOMPARE(ChartExporter::savePng(power, QDir(pictureDir()).filePath(QStringLiteral("power-shortfall.png")), QSize(1280, 720)), QString());
        for (int m = 0; m < loaded.engine.months(); ++m) {
            const bool short_ = column(totals, Metric::FacilityPowerMw)[m] > column(totals, Metric::AvailablePowerMw)[m] + 1e-9;
            bool shaded = false;
            for (const auto &[first, last] : power.shortfallRuns())
                shaded = shaded || (m >= first && m <= last);
            QCOMPARE(shaded, short_);
        }
    }

    void compareOverlaysBothScenarios()
    {
        CompareChart chart(m_announced->input());
        chart.setComparison(m_midYear->scenario);
        chart.setMetric(Metric::FacilityPowerMw);
        for (int m = 0; m < m_announced->engine.months(); ++m) {
            QCOMPARE(graphValue(chart.currentGraph(), m), column(m_announced->engine.totals(), Metric::FacilityPowerMw)[m] / 1000);
            QCOMPARE(graphValue(chart.otherGraph(), m), column(chart.comparisonEngine().totals(), Metric::FacilityPowerMw)[m] / 1000);
        }
        QVERIFY(chart.sources().size() > 3);
    }

    void defaultComparisonIsTheOtherBundledScenario()
    {
        QCOMPARE(BundledScenarios::defaultComparisonFor(m_announced->scenario)->name, m_midYear->scenario.name);
        QCOMPARE(BundledScenarios::defaultComparisonFor(m_midYear->scenario)->name, m_announced->scenario.name);
    }

    void hoverNamesTheMonthAndEverySeries()
    {
        PowerChart chart(m_announced->input());
        const QString text = chart.tooltipText(24);
        QVERIFY(text.contains(QStringLiteral("2027")));
        QVERIFY(text.contains(QStringLiteral("NVIDIA")));
        QVERIFY(text.contains(QStringLiteral("GW")));
    }

    void clickingAMonthActivatesIt()
    {
        PowerChart chart(m_announced->input());
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        QSignalSpy spy(&chart, &ChartView::monthActivated);
        const QPoint at(int(chart.plot()->xAxis->coordToPixel(30)), int(chart.plot()->yAxis->coordToPixel(1)));
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.front().front().toInt(), 30);
    }

    void panelFollowsDocumentEdits()
    {
        ScenarioDocument document;
        document.reset(m_announced->scenario, QString());
        ChartsPanel panel;
        panel.setInput({&document.scenario(), &document.engine()});
        connect(&document, &ScenarioDocument::changed, &panel, &ChartsPanel::documentChanged);
        panel.resize(1920, 1080);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(int(panel.charts().size()), int(allChartKinds().size()));
        QCOMPARE(panel.comparison()->name, m_midYear->scenario.name);

        // A drag: many edits within a frame, then the charts show the last state.
        Deployment moved = document.scenario().deployments[1];
        for (int step = 1; step <= 6; ++step) {
            moved.start = m_announced->scenario.deployments[1].start.plusMonths(step);
            document.setDeployment(1, moved);
        }
        auto *power = static_cast<PowerChart *>(panel.chart(ChartKind::Power));
        auto *money = static_cast<MoneyChart *>(panel.chart(ChartKind::Money));
        const MetricTable &totals = document.engine().totals();
        const int top = power->areas().layerCount() - 1;
        QTRY_VERIFY(qFuzzyCompare(1 + graphValue(power->areas().graph(top), 40), 1 + column(totals, Metric::FacilityPowerMw)[40] / 1000));
        for (int m = 0; m < document.engine().months(); ++m) {
            QVERIFY(qFuzzyCompare(1 + graphValue(power->areas().graph(top), m), 1 + column(totals, Metric::FacilityPowerMw)[m] / 1000));
            QCOMPARE(graphValue(money->cumulativeGraph(), m), column(totals, Metric::CumulativeCapexUsdB)[m]);
        }
        QSignalSpy spy(&panel, &ChartsPanel::monthActivated);
        emit power->monthActivated(12);
        QCOMPARE(spy.count(), 1);

        panel.grab().save(QDir(pictureDir()).filePath(QStringLiteral("panel-1920x1080.png")));
        panel.enlarge(ChartKind::Money);
        QVERIFY(!power->isVisible());
        QVERIFY(money->isVisible());
        QApplication::processEvents();
        panel.grab().save(QDir(pictureDir()).filePath(QStringLiteral("panel-enlarged.png")));
        panel.showAll();
        QVERIFY(power->isVisible());
    }

    void presentationMovesWithKeysAndNamesSources()
    {
        PresentationWindow window(m_announced->input(), &m_midYear->scenario);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.slideCount(), int(allChartKinds().size())); // with the comparison, every chart
        for (int slide = 0; slide < window.slideCount(); ++slide) {
            QCOMPARE(window.currentSlide(), slide);
            QVERIFY2(window.footnote().startsWith(QStringLiteral("Sources: ")), qPrintable(window.footnote()));
            QApplication::processEvents();
            window.grab().save(QDir(pictureDir()).filePath(QStringLiteral("slide-%1.png").arg(slide + 1)));
            QTest::keyClick(&window, Qt::Key_Right);
        }
        QCOMPARE(window.currentSlide(), window.slideCount() - 1); // stays on the last
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.currentSlide(), 0);
        QVERIFY(window.footnote().contains(QStringLiteral("telborg.com"))); // NVIDIA's source
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentSlide(), 0);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void reportFolderHoldsEveryPromisedFile()
    {
        QTemporaryDir dir;
        const ReportExporter::Result result = ReportExporter::write(dir.path(), m_announced->input(), &m_midYear->scenario);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.files, ReportExporter::promisedFiles(true));
        for (const QString &name : result.files) {
            QFileInfo info(QDir(dir.path()).filePath(name));
            QVERIFY2(info.exists() && info.size() > 100, qPrintable(name));
        }
        QCOMPARE(QImage(QDir(dir.path()).filePath(QStringLiteral("power.png"))).size(), QSize(1920, 1080));
        QFile metrics(QDir(dir.path()).filePath(QStringLiteral("metrics.csv")));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        QCOMPARE(metrics.readAll(), metricsCsv(aggregate(m_announced->engine.totals(), m_announced->scenario.timeline, Period::Month)));
        QFile summary(QDir(dir.path()).filePath(QStringLiteral("summary.md")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(summary.readAll());
        QVERIFY(text.contains(m_announced->scenario.name));
        QVERIFY(text.contains(QStringLiteral("## Warnings")));
        QVERIFY(text.contains(QStringLiteral("telborg.com")));
        QFile::copy(summary.fileName(), QDir(pictureDir()).filePath(QStringLiteral("summary.md")));
    }

    void cliChartWritesAPngOfTheAskedSize()
    {
        QTemporaryDir dir;
        FILE *devNull = std::fopen("/dev/null", "w");
        const auto closeDevNull = qScopeGuard([devNull] { std::fclose(devNull); });
        const QString png = QDir(dir.path()).filePath(QStringLiteral("money.png"));
        const QString file = QStringLiteral(RACKLINE_SOURCE_DIR "/resources/scenarios/openai-2025.json");
        const QStringList args = {QStringLiteral("rackline-cli"), QStringLiteral("chart"), file,
                                  QStringLiteral("--chart"), QStringLiteral("money"), QStringLiteral("--png"), png,
                                  QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"),
                                  QStringLiteral("450"), QStringLiteral("--scale"), QStringLiteral("2")};
        QCOMPARE(cli::runChartCommand(args, {}), int(cli::Ok));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        QVERIFY(distinctColors(image) > 20);
        // Usage errors exit with 2, unreadable files with 1.
        QCOMPARE(cli::runChartCommand({QStringLiteral("rackline-cli"), QStringLiteral("chart"), file,
                                       QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--png"), png},
                                      {stdout, devNull}),
                 int(cli::Usage));
        QCOMPARE(cli::runChartCommand({QStringLiteral("rackline-cli"), QStringLiteral("chart"), QStringLiteral("/nonexistent.json"),
                                       QStringLiteral("--chart"), QStringLiteral("power"), QStringLiteral("--png"), png},
                                      {stdout, devNull}),
                 int(cli::Invalid));
        const QString report = QDir(dir.path()).filePath(QStringLiteral("report"));
        QCOMPARE(cli::runChartCommand({QStringLiteral("rackline-cli"), QStringLiteral("export-report"), file,
                                       QStringLiteral("--out"), report},
                                      {devNull, stderr}),
                 int(cli::Ok));
        for (const QString &name : ReportExporter::promisedFiles(true))
            QVERIFY2(QFile::exists(QDir(report).filePath(name)), qPrintable(name));
    }

private:
    std::unique_ptr<LoadedScenario> m_announced;
    std::unique_ptr<LoadedScenario> m_midYear;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
