// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

#include <vector>

namespace rackline {

struct Scenario;

/// The one place that decides a partner's colour in every chart (and on slides and exports).
/// A partner's own `color` wins, so NVIDIA stays green; a partner without one, or whose
/// colour a colour-blind viewer could confuse with an earlier partner's (too close in
/// lightness and hue under deuteranopia simulation), gets the next colour of the Okabe-Ito
/// palette instead. Chart-level colours (totals, available power, comparisons) come from
/// here too so that series never clash with partners.
class PartnerPalette
{
public:
    explicit PartnerPalette(const Scenario &scenario);

    /// The colour of the scenario's partner at `index` (in Scenario::partners order).
    QColor color(int index) const;
    /// The colour of a partner by id; a neutral grey for an unknown or empty id.
    QColor color(const QString &partnerId) const;

    /// Okabe-Ito colours, distinguishable under the common colour-vision deficiencies.
    static QColor okabeIto(int index);
    /// Colours for series that are not partners.
    static QColor totalColor() { return QColor(0x22, 0x22, 0x22); }
    static QColor availableColor() { return QColor(0x00, 0x00, 0x00); }
    static QColor shortfallColor() { return QColor(0xd5, 0x5e, 0x00); } // Okabe-Ito vermillion
    static QColor neutralColor() { return QColor(0x99, 0x99, 0x99); }

    /// True when two colours stay apart for a deuteranope (simulated) viewer.
    static bool distinguishable(const QColor &a, const QColor &b);

private:
    std::vector<QString> m_ids;
    std::vector<QColor> m_colors;
};

} // namespace rackline
