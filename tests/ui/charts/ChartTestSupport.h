// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the chart tests: the bundled scenarios with their engines, and what makes an
// exported picture "not blank".

#include <BundledScenarios.h>
#include <ChartInput.h>
#include <Engine.h>
#include <ScenarioFile.h>

#include <QDir>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace rackline::test {

/// A scenario read from the resources, and its engine.
struct LoadedScenario {
    Scenario scenario;
    Engine engine;

    explicit LoadedScenario(const QString &path)
    {
        ScenarioLoad load = readScenarioFile(path);
        if (!load.ok())
            qFatal("cannot read %s", qPrintable(path));
        scenario = std::move(*load.scenario);
        engine.setScenario(scenario, effectiveCatalog(scenario));
    }
    ChartInput input() const { return {&scenario, &engine}; }
};

/// Distinct colours in an image (a blank or single-colour picture has one or two).
inline int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            colors.insert(line[x]);
    }
    return int(colors.size());
}

/// The share of pixels that are not the white background inside a rectangle.
inline double inkShare(const QImage &image, const QRect &area)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0, total = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            ++total;
            if (qGray(rgb.pixel(x, y)) < 235)
                ++ink;
        }
    }
    return total ? double(ink) / double(total) : 0;
}

/// Where the tests leave their pictures for people to look at.
inline QString pictureDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("rackline-charts"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace rackline::test
