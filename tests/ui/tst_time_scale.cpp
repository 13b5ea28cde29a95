// SPDX-License-Identifier: MIT
// The timeline's months <-> pixels mapping, snapping and tick choice, and the palette's
// drag payload: the exact-time rules the editor's drops and drags rest on.

#include <PalettePayload.h>
#include <TimeScale.h>

#include <QDataStream>
#include <QMimeData>
#include <QTest>

using namespace rackline;

class TimeScaleTest : public QObject
{
    Q_OBJECT

private slots:
    void absoluteMonthsRoundTrip_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::newRow("January") << 2025 << 1;
        QTest::newRow("December") << 2034 << 12;
        QTest::newRow("year zero") << 0 << 3;
        QTest::newRow("before year zero") << -1 << 12;
    }

    void absoluteMonthsRoundTrip()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        const YearMonth ym{year, month};
        QCOMPARE(TimeScale::fromAbsolute(TimeScale::absoluteMonth(ym)), ym);
        QCOMPARE(TimeScale::absoluteMonth(ym.plusMonths(1)) - TimeScale::absoluteMonth(ym), 1);
    }

    void pixelsAndMonthsAreInverse()
    {
        TimeScale scale;
        scale.setRange(TimeScale::absoluteMonth({2024, 1}), 144);
        scale.setPixelsPerMonth(12.5);
        QCOMPARE(scale.x(YearMonth{2024, 1}), 0.0);
        QCOMPARE(scale.x(YearMonth{2025, 1}), 150.0);
        QCOMPARE(scale.width(), 1800.0);
        QCOMPARE(scale.monthAt(scale.x(YearMonth{2030, 7})), double(TimeScale::absoluteMonth({2030, 7})));
        // The whole 2024-2035 range fits a 1,800-pixel canvas at 12.5 px a month.
        QCOMPARE(scale.fitPixelsPerMonth(1800), 12.5);
    }

    void snapping_data()
    {
        QTest::addColumn<double>("month"); // fractional absolute month, relative to 2027-01
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month: the month under the mouse") << 4.9 << 1 << "2027-05";
        QTest::newRow("quarter: back to April") << 4.2 << 3 << "2027-04";
        QTest::newRow("quarter: on to July") << 4.6 << 3 << "2027-07";
        QTest::newRow("quarter: year boundary") << -1.2 << 3 << "2027-01";
    }

    void snapping()
    {
        QFETCH(double, month);
        QFETCH(int, step);
        QFETCH(QString, expected);
        const double absolute = TimeScale::absoluteMonth({2027, 1}) + month;
        QCOMPARE(TimeScale::fromAbsolute(TimeScale::snap(absolute, step)).toString(), expected);
    }

    void ticksFollowTheZoom()
    {
        TimeScale scale;
        scale.setPixelsPerMonth(5);
        QCOMPARE(scale.labelTick(), TimeScale::Tick::HalfYear);
        QCOMPARE(scale.snapMonths(), 3);
        scale.setPixelsPerMonth(2);
        QCOMPARE(scale.labelTick(), TimeScale::Tick::Year);
        scale.setPixelsPerMonth(12);
        QCOMPARE(scale.labelTick(), TimeScale::Tick::Quarter);
        scale.setPixelsPerMonth(60);
        QCOMPARE(scale.labelTick(), TimeScale::Tick::Month);
        QCOMPARE(scale.snapMonths(), 1);
        // A single month can fill a 1,600-pixel screen, and no more.
        scale.setPixelsPerMonth(1e6);
        QCOMPARE(scale.pixelsPerMonth(), TimeScale::kMaxPixelsPerMonth);
    }

    void payloadRoundTripAndRefusals()
    {
        PalettePayload payload;
        payload.systemId = QStringLiteral("gb300-nvl72");
        std::unique_ptr<QMimeData> data(payload.toMimeData());
        const auto back = PalettePayload::fromMimeData(data.get());
        QVERIFY(back);
        QCOMPARE(back->kind, PalettePayload::Kind::System);
        QCOMPARE(back->systemId, payload.systemId);

        QByteArray newer;
        QDataStream stream(&newer, QIODevice::WriteOnly);
        stream << quint8(PalettePayload::kVersion + 1) << quint8(0) << QStringLiteral("gb300-nvl72");
        QMimeData future;
        future.setData(QLatin1String(kSystemMimeType), newer);
        QVERIFY(!PalettePayload::fromMimeData(&future));

        QMimeData truncated;
        truncated.setData(QLatin1String(kSystemMimeType), QByteArray(1, char(PalettePayload::kVersion)));
        QVERIFY(!PalettePayload::fromMimeData(&truncated));
        QVERIFY(!PalettePayload::fromMimeData(nullptr));
    }
};

QTEST_MAIN(TimeScaleTest)
#include "tst_time_scale.moc"
