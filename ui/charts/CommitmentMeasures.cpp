// SPDX-License-Identifier: MIT
#include "CommitmentMeasures.h"

#include <Engine.h>

#include <QCoreApplication>

#include <algorithm>

namespace rackline {

std::vector<CommitmentMeasure> measureCommitments(const Scenario &scenario, const Engine &engine, int year)
{
    std::vector<CommitmentMeasure> rows;
    const int lastMonth = scenario.timeline.indexOf(YearMonth{year, 12});
    const int month = std::min(lastMonth, engine.months() - 1);
    for (int c = 0; c < int(scenario.commitments.size()) && c < engine.commitmentCount(); ++c) {
        const Commitment &commitment = scenario.commitments[size_t(c)];
        CommitmentMeasure row;
        row.index = c;
        row.id = commitment.id;
        row.partnerId = commitment.partner;
        QString partnerName = commitment.partner;
        for (const Partner &partner : scenario.partners) {
            if (partner.id == commitment.partner)
                partnerName = partner.name;
        }
        // The partner's name alone reads best; its deals are told apart by id when it has several.
        const auto deals = std::count_if(scenario.commitments.begin(), scenario.commitments.end(),
                                         [&](const Commitment &other) { return other.partner == commitment.partner; });
        row.label = deals > 1 ? QCoreApplication::translate("rackline::CommitmentMeasures", "%1 · %2").arg(partnerName, commitment.id)
                              : partnerName;
        row.kind = commitment.kind;
        row.totalUsdB = commitment.totalUsdB;
        row.gw = commitment.gw;
        row.months = commitment.months;
        if (commitment.gw && *commitment.gw > 0)
            row.usdBPerGw = commitment.totalUsdB / *commitment.gw;
        if (month >= 0) {
            if (row.gw && *row.gw > 0) {
                row.deliveredShare = engine.commitmentDeployedGw(c)[month] / *row.gw;
            } else if (commitment.kind == CommitmentKind::Investment) {
                row.deliveredShare = engine.commitmentReleased(c)[month] / commitment.totalUsdB;
            } else {
                row.deliveredShare = engine.commitmentHardwareCapex(c).head(month + 1).sum() / commitment.totalUsdB;
            }
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace rackline
