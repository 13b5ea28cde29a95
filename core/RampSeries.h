// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <climits>
#include <cmath>

namespace rackline {

/// A monthly series built from pieces "value(m) = level + m * slope on months [from, to)",
/// stored as differences so that adding or removing a piece costs O(1) whatever its length,
/// and the series costs O(T) to evaluate. Ramps are linear pieces, plateaus constant ones.
/// Pieces are clipped to the window [0, T).
class RampSeries
{
public:
    void reset(int months)
    {
        m_months = months;
        m_level.setZero(months + 1);
        m_slope.setZero(months + 1);
    }

    int months() const { return m_months; }

    void addPiece(int from, int to, double level, double slope)
    {
        from = std::max(from, 0);
        to = std::min(to, m_months);
        if (from >= to)
            return;
        m_level[from] += level;
        m_level[to] -= level;
        m_slope[from] += slope;
        m_slope[to] -= slope;
    }

    void addConstant(int from, int to, double level)
    {
        from = std::max(from, 0);
        to = std::min(to, m_months);
        if (from >= to)
            return;
        m_level[from] += level;
        m_level[to] -= level;
    }

    /// Writes value(m) for every month of the window into `out` (size T).
    /// Sums of pieces that cancel (an item retired, or moved away) leave rounding residue
    /// of about 1e-16 of what was summed; values within 1e-12 of that magnitude are exactly
    /// 0, so that an empty month reads 0 in every chart and CSV, not 3e-14.
    template<typename Out>
    void evaluate(Out &&out) const
    {
        double level = 0, slope = 0, levelMagnitude = 0, slopeMagnitude = 0;
        for (int m = 0; m < m_months; ++m) {
            level += m_level[m];
            slope += m_slope[m];
            levelMagnitude += std::abs(m_level[m]);
            slopeMagnitude += std::abs(m_slope[m]);
            const double value = level + m * slope;
            const double noise = 1e-12 * (levelMagnitude + std::abs(m) * slopeMagnitude);
            out[m] = std::abs(value) <= noise ? 0.0 : value;
        }
    }

private:
    int m_months = 0;
    Eigen::VectorXd m_level;
    Eigen::VectorXd m_slope;
};

/// Where an item is active, as at most two pieces of its active fraction f(m) (MODEL.md):
/// the ramp rho(m; s, r) = (m - s + 1) / r, then the plateau 1, both ending at retirement.
struct ActivityShape {
    int start = 0;    ///< s = idx(start)
    int ramp = 0;     ///< r >= 0
    int lifetime = 0; ///< L, 0 = never retired

    int end() const { return lifetime > 0 ? start + lifetime : INT_MAX; }

    /// Adds `scale` x f(m) to `series`.
    void addTo(RampSeries &series, double scale) const
    {
        const int retire = end();
        if (ramp == 0) {
            series.addConstant(start, retire, scale);
            return;
        }
        const double perMonth = scale / ramp;
        // (m - s + 1) / r = (1 - s) / r + m / r
        series.addPiece(start, std::min(start + ramp, retire), perMonth * (1 - start), perMonth);
        if (start + ramp < retire)
            series.addConstant(start + ramp, retire, scale);
    }

    /// Adds `scale` x (rho(m) - rho(m - 1)) to `series`: what comes online each month, the
    /// basis of capex (paid as units come online; retirement is not a refund).
    void addOnlineFlowTo(RampSeries &series, double scale) const
    {
        if (ramp == 0)
            series.addConstant(start, start + 1, scale);
        else
            series.addConstant(start, start + ramp, scale / ramp);
    }
};

} // namespace rackline
