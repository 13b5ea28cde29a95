// SPDX-License-Identifier: MIT
// The what-if tools of the editor (issue 7, points 2-4): the assumptions panel, the tornado
// chart and the goal seek dialog, driven with real mouse and keyboard events on the real
// main window. Expected results come from the core run independently: a fresh Engine on a
// copy of the scenario with the same assumption, computeTornado and goalSeek.
#include "UiTestSupport.h"

#include <AssumptionSlider.h>
#include <AssumptionsPanel.h>
#include <ChartsPanel.h>
#include <GoalSeekDialog.h>
#include <TornadoChart.h>
#include <WhatIfActions.h>
#include <commands/ModelEquality.h>

#include <Engine.h>
#include <GoalSeek.h>
#include <Sensitivity.h>

#include "QCustomPlotInclude.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace rackline;
using namespace rackline::test;

namespace {

/// The engine's totals for `scenario`, computed from scratch.
Eigen::MatrixXd freshTotals(const Scenario &scenario)
{
    Engine engine;
    engine.setScenario(scenario);
    return engine.totals();
}

bool sameTotals(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Eigen::Index r = 0; r < a.rows(); ++r) {
        for (Eigen::Index c = 0; c < a.cols(); ++c) {
            if (std::abs(a(r, c) - b(r, c)) > 1e-9 * std::max(1.0, std::abs(b(r, c))))
                return false;
        }
    }
    return true;
}

QPoint handleCenter(QSlider *slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.subControls = QStyle::SC_SliderHandle;
    return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
}

/// Replaces a spin box's text by typing, then Enter: what a user does.
void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class WhatIfTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ScenarioDocument *document() const { return m_window->document(); }
    AssumptionsPanel *panel() const { return m_window->whatIfActions()->assumptions(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_window = openWindow();
        m_window->whatIfActions()->assumptionsDock()->toggleViewAction()->trigger(); // Analysis > Assumptions
        QCoreApplication::processEvents();
    }

    void cleanup()
    {
        document()->undoStack()->setClean(); // no "save changes?" on close
        m_window.reset();
    }

    void panelHasARowPerVendorPartnerAndSystemInUse()
    {
        const Scenario &s = document()->scenario();
        for (const Partner &partner : s.partners)
            QVERIFY2(panel()->row(QStringLiteral("delay-partner:") + partner.id), qPrintable(partner.id));
        for (const Deployment &d : s.deployments) {
            QVERIFY2(panel()->row(QStringLiteral("delay-system:") + d.system), qPrintable(d.system));
            QVERIFY(panel()->row(QStringLiteral("price:") + document()->system(d.system)->vendor));
        }
        // The defaults say where they come from.
        QVERIFY(panel()->row(QStringLiteral("pue"))->spinBox()->toolTip().contains(QStringLiteral("MODEL.md")));
    }

    void draggingThePueSliderIsLiveAndOneUndoStep()
    {
        const Scenario before = document()->scenario();
        const int steps = document()->undoStack()->count();
        AssumptionSlider *row = panel()->row(QStringLiteral("pue"));
        QVERIFY(row && row->isVisible());
        QSlider *slider = row->slider();
        const QPoint from = handleCenter(slider);
        int moves = 0;
        std::vector<double> seen;
        drag(slider, from, from + QPoint(slider->width() / 4, 0), 5, [&](int) {
            ++moves;
            seen.push_back(document()->scenario().assumptions.effectivePue());
            // Live: every move has already recomputed the engine with the PUE shown.
            Scenario expected = before;
            expected.assumptions.pue = row->value();
            QVERIFY(sameTotals(document()->engine().totals(), freshTotals(expected)));
        });
        const double pue = document()->scenario().assumptions.effectivePue();
        QVERIFY2(pue > before.assumptions.effectivePue() + 0.05, qPrintable(QString::number(pue)));
        QCOMPARE(row->spinBox()->value(), pue);
        QVERIFY(seen.front() < seen.back());
        QCOMPARE(document()->undoStack()->count(), steps + 1); // the whole drag is one step

        Scenario expected = before;
        expected.assumptions.pue = pue;
        const Eigen::MatrixXd totals = freshTotals(expected);
        QVERIFY(sameTotals(document()->engine().totals(), totals));
        const int facility = int(Metric::FacilityPowerMw);
        QVERIFY(totals.col(facility).maxCoeff() > freshTotals(before).col(facility).maxCoeff());

        // Undo restores the value, the row and the results.
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(document()->scenario().assumptions.pue, before.assumptions.pue);
        QCOMPARE(row->spinBox()->value(), before.assumptions.effectivePue());
        QVERIFY(sameTotals(document()->engine().totals(), freshTotals(before)));

        // A second drag is a step of its own.
        drag(slider, handleCenter(slider), handleCenter(slider) - QPoint(slider->width() / 5, 0), 4);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QVERIFY(document()->scenario().assumptions.effectivePue() < before.assumptions.effectivePue());
    }

    void typedVendorMultiplierAndDelayMatchTheCore()
    {
        const Scenario before = document()->scenario();
        AssumptionSlider *nvidia = panel()->row(QStringLiteral("price:NVIDIA"));
        QVERIFY(nvidia);
        typeInto(nvidia->spinBox(), QLocale().toString(1.3, 'f', 2));
        QCOMPARE(document()->scenario().assumptions.priceMultiplierByVendor.value(QStringLiteral("NVIDIA")), 1.3);
        Scenario expected = before;
        expected.assumptions.priceMultiplierByVendor.insert(QStringLiteral("NVIDIA"), 1.3);
        QVERIFY(sameTotals(document()->engine().totals(), freshTotals(expected)));
        const int capex = int(Metric::CumulativeCapexUsdB);
        QVERIFY(document()->engine().totals().col(capex).maxCoeff() > freshTotals(before).col(capex).maxCoeff());

        // Six presses of the up arrow: the partner starts six months later.
        AssumptionSlider *delay = panel()->row(QStringLiteral("delay-partner:nvidia"));
        QVERIFY(delay);
        delay->spinBox()->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(delay->spinBox(), Qt::Key_Up);
        QCOMPARE(document()->scenario().assumptions.delayMonthsByPartner.value(QStringLiteral("nvidia")), 6);
        expected.assumptions.delayMonthsByPartner.insert(QStringLiteral("nvidia"), 6);
        QVERIFY(sameTotals(document()->engine().totals(), freshTotals(expected)));

        // The reset button removes the scenario's own value (undoable as well).
        QVERIFY(delay->resetButton()->isEnabled());
        QTest::mouseClick(delay->resetButton(), Qt::LeftButton);
        QVERIFY(!document()->scenario().assumptions.delayMonthsByPartner.contains(QStringLiteral("nvidia")));
        QVERIFY(!delay->resetButton()->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(document()->scenario().assumptions.delayMonthsByPartner.value(QStringLiteral("nvidia")), 6);
    }

    void assumptionsSurviveSaveAndReload()
    {
        typeInto(panel()->row(QStringLiteral("energy"))->spinBox(), QLocale().toString(91.5, 'f', 1));
        typeInto(panel()->row(QStringLiteral("tranche"))->spinBox(), QLocale().toString(7.5, 'f', 1));
        typeInto(panel()->row(QStringLiteral("delay-system:vr-nvl144"))->spinBox(), QStringLiteral("3"));
        const Assumptions edited = document()->scenario().assumptions;
        QCOMPARE(edited.energyUsdPerMwh.value_or(0), 91.5);
        QCOMPARE(edited.tranchePerGwUsdB.value_or(0), 7.5);
        QCOMPARE(edited.delayMonthsBySystem.value(QStringLiteral("vr-nvl144")), 3);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("whatif.json"));
        QCOMPARE(document()->save(file), QString());
        ScenarioDocument reloaded;
        QCOMPARE(reloaded.load(file), QString());
        QVERIFY(sameItem(reloaded.scenario().assumptions, edited));
        QVERIFY(sameTotals(reloaded.engine().totals(), document()->engine().totals()));

        // The panel shows a reloaded file's values.
        QCOMPARE(m_window->fileActions()->openFile(file), QString());
        QCOMPARE(panel()->row(QStringLiteral("energy"))->spinBox()->value(), 91.5);
        QVERIFY(panel()->row(QStringLiteral("energy"))->isSet());
    }

    void tornadoShowsTheCoreSensitivityAndFollowsEdits()
    {
        m_window->whatIfActions()->showSensitivity();
        QCoreApplication::processEvents();
        auto *chart = qobject_cast<TornadoChart *>(m_window->charts()->chart(ChartKind::Tornado));
        QVERIFY(chart && chart->isVisible());

        auto check = [&] {
            const Scenario &s = document()->scenario();
            const Tornado expected = computeTornado(s, chart->outcome(), standardLevers(s));
            const Tornado &shown = chart->tornado();
            QCOMPARE(shown.base, expected.base);
            QCOMPARE(shown.bars.size(), expected.bars.size());
            const int count = int(expected.bars.size());
            for (int i = 0; i < count; ++i) {
                QCOMPARE(chart->barLabel(i), expected.bars[size_t(i)].lever); // the ranking
                QCOMPARE(shown.bars[size_t(i)].low, expected.bars[size_t(i)].low);
                QCOMPARE(shown.bars[size_t(i)].high, expected.bars[size_t(i)].high);
            }
            // The bars drawn: row i (largest swing first) at key count-1-i, in display units,
            // from the base value to the outcome with the lever low (blue) and high (orange).
            const double scale = chart->displayScale();
            QCOMPARE(chart->lowBars()->baseValue(), expected.base * scale);
            QCOMPARE(chart->lowBars()->data()->size(), count);
            QCOMPARE(chart->highBars()->data()->size(), count);
            for (QCPBars *bars : {chart->lowBars(), chart->highBars()}) {
                for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
                    const TornadoBar &bar = expected.bars[size_t(count - 1 - int(it->key))];
                    const double end = bars->baseValue() + it->value;
                    const double wanted = (bars == chart->lowBars() ? bar.low : bar.high) * scale;
                    QVERIFY(std::abs(end - wanted) <= 1e-9 * std::max(1.0, std::abs(wanted)));
                }
            }
            for (size_t i = 1; i < expected.bars.size(); ++i)
                QVERIFY(expected.bars[i - 1].swing() >= expected.bars[i].swing());
            QVERIFY(expected.bars.front().swing() > 0);
        };
        check();

        // Another outcome, chosen with the keyboard: cumulative capex.
        QComboBox *outcome = chart->findChild<QComboBox *>();
        outcome->setFocus();
        const int capex = outcome->findData(int(Metric::CumulativeCapexUsdB));
        while (outcome->currentIndex() < capex)
            QTest::keyClick(outcome, Qt::Key_Down);
        QCOMPARE(chart->outcome().metric, Metric::CumulativeCapexUsdB);
        check();

        // An assumption edit: the tornado follows (after the pause, or when read).
        typeInto(panel()->row(QStringLiteral("price:NVIDIA"))->spinBox(), QLocale().toString(1.5, 'f', 2));
        m_window->charts()->refreshNow();
        check();
        QVERIFY(chart->csv().startsWith("metric,month,lever,low,high,swing,base\n"));
    }

    void goalSeekAnswersLikeTheCoreAndPlacesTheUnits()
    {
        GoalSeekDialog *dialog = m_window->whatIfActions()->goalSeekDialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->systemBox()->setCurrentIndex(dialog->systemBox()->findData(QStringLiteral("vr-nvl144")));
        dialog->partnerBox()->setCurrentIndex(dialog->partnerBox()->findData(QStringLiteral("oracle")));
        dialog->commitmentBox()->setCurrentIndex(0); // none
        dialog->phaseBox()->setCurrentIndex(0);      // none: the scenario's PUE
        dialog->startEdit()->setDate(QDate(2027, 1, 1));
        typeInto(dialog->rampBox(), QStringLiteral("9"));
        dialog->targetBox()->setCurrentIndex(0); // GW of facility power
        dialog->byEdit()->setDate(QDate(2028, 12, 1));

        // A target 2 GW above the plan's facility power in 2028-12.
        const Outcome outcome{Metric::FacilityPowerMw, YearMonth{2028, 12}};
        const double now = outcome.valueIn(document()->engine(), document()->scenario().timeline);
        const double targetGw = std::ceil(now / 1000) + 2;
        typeInto(dialog->amountBox(), QLocale().toString(targetGw, 'f', 2));

        GoalSeekRequest expected;
        expected.deployment.id = QStringLiteral("x");
        expected.deployment.system = QStringLiteral("vr-nvl144");
        expected.deployment.partner = QStringLiteral("oracle");
        expected.deployment.start = YearMonth{2027, 1};
        expected.deployment.rampMonths = 9;
        expected.outcome = outcome;
        expected.target = targetGw * 1000;
        const GoalSeekResult core = goalSeek(document()->scenario(), expected);
        QVERIFY2(core.status == GoalSeekResult::Status::Reached,
                 qPrintable(QStringLiteral("now %1 target %2 value %3").arg(now).arg(expected.target).arg(core.value)));
        QCOMPARE(dialog->result().status, GoalSeekResult::Status::Reached);
        QCOMPARE(dialog->result().count, core.count);
        QVERIFY2(dialog->answerLabel()->text().contains(QLocale().toString(qint64(core.count))),
                 qPrintable(dialog->answerLabel()->text()));

        const Scenario before = document()->scenario();
        const int steps = document()->undoStack()->count();
        QVERIFY(dialog->placeButton()->isEnabled());
        QTest::mouseClick(dialog->placeButton(), Qt::LeftButton);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(document()->scenario().deployments.size(), before.deployments.size() + 1);
        const Deployment &placed = document()->scenario().deployments.back();
        QCOMPARE(placed.count, core.count);
        QCOMPARE(placed.system, QStringLiteral("vr-nvl144"));
        QCOMPARE(placed.start, (YearMonth{2027, 1}));
        // Reached with the units placed; not with one unit fewer (checked on a fresh engine).
        QVERIFY(outcome.valueIn(document()->engine(), document()->scenario().timeline) >= expected.target);
        Scenario fewer = document()->scenario();
        fewer.deployments.back().count -= 1;
        Engine engine;
        engine.setScenario(fewer);
        QVERIFY(outcome.valueIn(engine, fewer.timeline) < expected.target);
        // The dialog follows the plan: now the target is already reached.
        QCOMPARE(dialog->result().status, GoalSeekResult::Status::AlreadyReached);
        QVERIFY(!dialog->placeButton()->isEnabled());
    }

    void goalSeekSaysWhenUnreachable()
    {
        GoalSeekDialog *dialog = m_window->whatIfActions()->goalSeekDialog();
        dialog->show();
        dialog->startEdit()->setDate(QDate(2030, 1, 1));
        dialog->byEdit()->setDate(QDate(2028, 12, 1));
        typeInto(dialog->amountBox(), QLocale().toString(500.0, 'f', 2));
        QCOMPARE(dialog->result().status, GoalSeekResult::Status::Unreachable);
        QVERIFY(!dialog->placeButton()->isEnabled());
        QVERIFY(!dialog->answerLabel()->text().isEmpty());
    }

    void saveScreenshotsWhenAsked()
    {
        // RACKLINE_UI_SHOTS=DIR: the window with the assumptions and the tornado, large and small.
        const QString dir = qEnvironmentVariable("RACKLINE_UI_SHOTS");
        if (dir.isEmpty())
            QSKIP("set RACKLINE_UI_SHOTS=DIR to save pictures");
        typeInto(panel()->row(QStringLiteral("pue"))->spinBox(), QLocale().toString(1.35, 'f', 2));
        m_window->whatIfActions()->showSensitivity();
        for (const QSize size : {QSize(1920, 1080), QSize(1100, 700)}) {
            m_window->setGeometry(QRect(QPoint(0, 0), size));
            QCoreApplication::processEvents();
            m_window->charts()->refreshNow();
            // The charts take half the height, as a user would drag them to.
            auto *chartsDock = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
            m_window->resizeDocks({chartsDock}, {size.height() / 2}, Qt::Vertical);
            QCoreApplication::processEvents();
            m_window->setGeometry(QRect(QPoint(0, 0), size)); // the docks' resize may have grown it
            QCoreApplication::processEvents();
            QCOMPARE(m_window->size(), size);
            m_window->charts()->refreshNow();
            QTest::qWait(50); // queued replots
            QVERIFY(m_window->grab().save(QStringLiteral("%1/whatif-%2x%3.png").arg(dir).arg(size.width()).arg(size.height())));
        }
        GoalSeekDialog *dialog = m_window->whatIfActions()->goalSeekDialog();
        dialog->show();
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/goal-seek.png")));
        // The whole panel, as a tall side dock shows it.
        AssumptionsPanel tall(document());
        tall.resize(300, 1150);
        tall.show();
        QCoreApplication::processEvents();
        QVERIFY(tall.grab().save(dir + QStringLiteral("/assumptions-panel.png")));
    }
};

QTEST_MAIN(WhatIfTest)
#include "tst_whatif.moc"
