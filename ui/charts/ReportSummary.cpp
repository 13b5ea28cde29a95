// SPDX-License-Identifier: MIT
#include "ReportSummary.h"

#include "ChartFormat.h"
#include "ChartSources.h"
#include "MetricDisplay.h"

#include <Engine.h>
#include <Scenario.h>
#include <Warnings.h>

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace rackline {

namespace {

/// The translation context of the summary (lupdate reads it from here; a free SummaryText::tr()
/// function would file the texts under the namespace, where no lookup finds them).
class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::ReportSummary)
};

/// "12.3 GW (Mar 2029)": a metric's peak and when it is reached.
QString peakOf(const Engine &engine, const Scenario &scenario, Metric metric)
{
    const auto values = column(engine.totals(), metric);
    if (values.size() == 0)
        return SummaryText::tr("n/a");
    Eigen::Index at = 0;
    const double peak = values.maxCoeff(&at);
    const MetricDisplay display = MetricDisplay::of(metric, peak);
    return SummaryText::tr("%1 %2 (%3)").arg(ChartFormat::number(peak * display.scale), display.unit,
                                ChartFormat::month(scenario.timeline.monthAt(int(at))));
}

} // namespace

QString reportSummaryMarkdown(const Scenario &scenario, const Engine &engine, const QStringList &files,
                              const QString &comparisonName)
{
    QString md;
    const Timeline &timeline = scenario.timeline;
    const int last = engine.months() - 1;
    md += QStringLiteral("# %1\n\n").arg(scenario.name.isEmpty() ? SummaryText::tr("Untitled scenario") : scenario.name);
    md += SummaryText::tr("Report written on %1 by Rackline. Timeline: %2 to %3.\n\n")
              .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                   ChartFormat::month(timeline.start), ChartFormat::month(timeline.monthAt(last)));
    if (!scenario.description.isEmpty())
        md += scenario.description + QStringLiteral("\n\n");

    md += SummaryText::tr("## Key figures\n\n");
    auto figure = [&md](const QString &what, const QString &value) {
        md += QStringLiteral("- %1: %2\n").arg(what, value);
    };
    figure(SummaryText::tr("Peak facility power needed"), peakOf(engine, scenario, Metric::FacilityPowerMw));
    figure(SummaryText::tr("Peak power available from the phases"), peakOf(engine, scenario, Metric::AvailablePowerMw));
    figure(SummaryText::tr("Peak compute, FP8 dense"), peakOf(engine, scenario, Metric::PflopsFp8));
    figure(SummaryText::tr("Peak compute, FP4 dense"), peakOf(engine, scenario, Metric::PflopsFp4));
    figure(SummaryText::tr("Peak accelerators in service"), peakOf(engine, scenario, Metric::Accelerators));
    if (last >= 0) {
        const MetricTable &totals = engine.totals();
        figure(SummaryText::tr("Capex by %1").arg(ChartFormat::month(timeline.monthAt(last))),
               ChartFormat::billions(column(totals, Metric::CumulativeCapexUsdB)[last]));
        figure(SummaryText::tr("Investment tranches released by %1").arg(ChartFormat::month(timeline.monthAt(last))),
               ChartFormat::billions(column(totals, Metric::TranchesReleasedUsdB)[last]));
        figure(SummaryText::tr("Contracted cloud and purchase spend in the window"),
               ChartFormat::billions(column(totals, Metric::ContractedSpendUsdB).sum()));
    }
    double committed = 0;
    for (const Commitment &commitment : scenario.commitments)
        committed += commitment.totalUsdB;
    figure(SummaryText::tr("Commitments"),
           SummaryText::tr("%n deal(s), %1 in total", nullptr, int(scenario.commitments.size())).arg(ChartFormat::billions(committed)));
    for (const Commitment &commitment : scenario.commitments) {
        QString line = QStringLiteral("  - %1 (%2): %3").arg(commitment.id, toString(commitment.kind),
                                                            ChartFormat::billions(commitment.totalUsdB));
        if (commitment.gw)
            line += SummaryText::tr(", %1 GW").arg(ChartFormat::number(*commitment.gw));
        line += SummaryText::tr(", %n month(s)", nullptr, commitment.months);
        md += line + QLatin1Char('\n');
    }

    const std::vector<Warning> warnings = collectWarnings(engine);
    md += QLatin1Char('\n') + SummaryText::tr("## Warnings (%n)\n\n", nullptr, int(warnings.size()));
    if (warnings.empty())
        md += SummaryText::tr("None.\n");
    for (const Warning &warning : warnings)
        md += QStringLiteral("- **%1**: %2\n").arg(warningKey(warning.kind), describeWarning(warning, scenario));

    md += QLatin1Char('\n') + SummaryText::tr("## Files\n\n");
    if (!comparisonName.isEmpty())
        md += SummaryText::tr("The comparison chart overlays \"%1\".\n\n").arg(comparisonName);
    for (const QString &file : files)
        md += QStringLiteral("- [%1](%1)\n").arg(file);
    md += QLatin1Char('\n') + SummaryText::tr("## Charts\n\n");
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String(".png")))
            md += QStringLiteral("![%1](%1)\n\n").arg(file);
    }
    md += QLatin1Char('\n') + SummaryText::tr("## Sources\n\n");
    for (const QString &source : ChartSources::all(scenario))
        md += QStringLiteral("- %1\n").arg(source);
    return md;
}

} // namespace rackline
