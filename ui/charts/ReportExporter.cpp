// SPDX-License-Identifier: MIT
#include "ReportExporter.h"

#include "ChartExporter.h"
#include "ChartFactory.h"
#include "ChartView.h"
#include "ReportSummary.h"

#include <Aggregation.h>
#include <CsvReport.h>
#include <Engine.h>
#include <Scenario.h>

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <memory>

namespace rackline {

namespace {

QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return QCoreApplication::translate("rackline::ReportExporter", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QStringList ReportExporter::promisedFiles(bool withComparison)
{
    QStringList files;
    for (const ChartKind kind : allChartKinds()) {
        if (kind == ChartKind::Compare && !withComparison)
            continue;
        files << chartKey(kind) + QStringLiteral(".png") << chartKey(kind) + QStringLiteral(".svg");
    }
    files << QStringLiteral("metrics.csv") << QStringLiteral("by-partner.csv") << QStringLiteral("summary.md");
    return files;
}

ReportExporter::Result ReportExporter::write(const QString &folder, ChartInput input, const Scenario *comparison,
                                             QSize pngSize, ChartStyle style)
{
    Result result;
    if (!input.isValid()) {
        result.error = QCoreApplication::translate("rackline::ReportExporter", "no scenario to report on");
        return result;
    }
    const QDir dir(folder);
    if (!QDir().mkpath(folder)) {
        result.error = QCoreApplication::translate("rackline::ReportExporter", "cannot create the folder %1").arg(folder);
        return result;
    }
    for (const ChartKind kind : allChartKinds()) {
        if (kind == ChartKind::Compare && !comparison)
            continue;
        std::unique_ptr<ChartView> chart(createChart(kind, input, comparison));
        chart->setStyle(style);
        chart->refresh();
        chart->resize(pngSize);
        const QString png = chartKey(kind) + QStringLiteral(".png");
        const QString svg = chartKey(kind) + QStringLiteral(".svg");
        if (QString error = ChartExporter::savePng(*chart, dir.filePath(png), pngSize); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        result.files << png;
        if (QString error = ChartExporter::saveSvg(*chart, dir.filePath(svg), pngSize); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        result.files << svg;
    }
    const Timeline &timeline = input.scenario->timeline;
    const struct {
        QString name;
        QByteArray data;
    } tables[] = {
        {QStringLiteral("metrics.csv"), metricsCsv(aggregate(input.engine->totals(), timeline, Period::Month))},
        {QStringLiteral("by-partner.csv"), byPartnerCsv(*input.engine, timeline, Period::Month)},
    };
    for (const auto &table : tables) {
        if (QString error = writeFile(dir.filePath(table.name), table.data); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        result.files << table.name;
    }
    const QString summaryName = QStringLiteral("summary.md");
    const QString summary = reportSummaryMarkdown(*input.scenario, *input.engine, result.files,
                                                  comparison ? comparison->name : QString());
    if (QString error = writeFile(dir.filePath(summaryName), summary.toUtf8()); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << summaryName;
    return result;
}

} // namespace rackline
