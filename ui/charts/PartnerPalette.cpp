// SPDX-License-Identifier: MIT
#include "PartnerPalette.h"

#include <Scenario.h>

#include <array>
#include <cmath>

namespace rackline {

namespace {

struct Lab {
    double l, a, b;
};

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

/// CIELAB of a colour as a deuteranope sees it (Viénot, Brettel & Mollon 1999 in linear RGB).
Lab deuteranopeLab(const QColor &color)
{
    const double r = linear(color.redF()), g = linear(color.greenF()), b = linear(color.blueF());
    const double rs = 0.29275 * r + 0.70725 * g;
    const double gs = 0.29275 * r + 0.70725 * g;
    const double bs = -0.02234 * r + 0.02234 * g + b;
    const double x = 0.4124 * rs + 0.3576 * gs + 0.1805 * bs;
    const double y = 0.2126 * rs + 0.7152 * gs + 0.0722 * bs;
    const double z = 0.0193 * rs + 0.1192 * gs + 0.9505 * bs;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    const double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

} // namespace

QColor PartnerPalette::okabeIto(int index)
{
    static const std::array<QRgb, 8> colors = {0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442,
                                               0x0072b2, 0xd55e00, 0xcc79a7, 0x000000};
    return QColor::fromRgb(colors[size_t(index) % colors.size()]);
}

bool PartnerPalette::distinguishable(const QColor &a, const QColor &b)
{
    const Lab la = deuteranopeLab(a), lb = deuteranopeLab(b);
    const double distance = std::hypot(la.l - lb.l, la.a - lb.a, la.b - lb.b);
    return distance >= 12.0;
}

PartnerPalette::PartnerPalette(const Scenario &scenario)
{
    int nextFallback = 0;
    for (const Partner &partner : scenario.partners) {
        QColor color(partner.color);
        auto clashes = [this](const QColor &candidate) {
            for (const QColor &used : m_colors) {
                if (!distinguishable(candidate, used))
                    return true;
            }
            return false;
        };
        if (!color.isValid() || clashes(color)) {
            // The first Okabe-Ito colour that stays apart from those already given out.
            for (int tries = 0; tries < 8; ++tries) {
                color = okabeIto(nextFallback++);
                if (!clashes(color))
                    break;
            }
        }
        m_ids.push_back(partner.id);
        m_colors.push_back(color);
    }
}

QColor PartnerPalette::color(int index) const
{
    if (index < 0 || size_t(index) >= m_colors.size())
        return neutralColor();
    return m_colors[size_t(index)];
}

QColor PartnerPalette::color(const QString &partnerId) const
{
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (m_ids[i] == partnerId)
            return m_colors[i];
    }
    return neutralColor();
}

} // namespace rackline
