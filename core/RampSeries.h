// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <climits>
#include <cmath>

namespace rackline {

/// Where an item is active, as at most two pieces of its active fraction f(m) (MODEL.md):
/// the ramp rho(m; s, r) = (m - s + 1) / r, then the plateau 1, both ending at retirement;
/// plus the flow rho(m) - rho(m - 1) of what comes online each month (the basis of capex:
/// paid as units come online, no refund at retirement). Months are clipped to [0, T).
struct ActivityPieces {
    struct Piece {
        int from = 0, to = 0;             ///< [from, to), inside the window
        double level = 0, slope = 0;      ///< value(m) = level + m * slope, for one unit
    };
    Piece pieces[2];
    int count = 0;
    Piece online; ///< constant flow, slope 0
};

struct ActivityShape {
    int start = 0;    ///< s = idx(start)
    int ramp = 0;     ///< r >= 0
    int lifetime = 0; ///< L, 0 = never retired

    ActivityPieces pieces(int months) const
    {
        const auto clip = [months](long long month) { return int(std::clamp<long long>(month, 0, months)); };
        const long long retire = lifetime > 0 ? (long long)start + lifetime : LLONG_MAX / 2;
        ActivityPieces result;
        auto push = [&](long long from, long long to, double level, double slope) {
            const int a = clip(from), b = clip(to);
            if (a < b)
                result.pieces[result.count++] = {a, b, level, slope};
        };
        if (ramp == 0) {
            push(start, retire, 1.0, 0.0);
            result.online = {clip(start), clip((long long)start + 1), 1.0, 0.0};
        } else {
            const double perMonth = 1.0 / ramp;
            // (m - s + 1) / r = (1 - s) / r + m / r
            push(start, std::min<long long>((long long)start + ramp, retire), perMonth * (1 - start), perMonth);
            push((long long)start + ramp, retire, 1.0, 0.0);
            result.online = {clip(start), clip((long long)start + ramp), perMonth, 0.0};
        }
        return result;
    }
};

/// A monthly series built from pieces "value(m) = level + m * slope on months [from, to)",
/// stored as differences so that adding or removing a piece costs O(1) whatever its length,
/// and the series costs O(T) to evaluate. Level and slope differences are kept apart: most
/// pieces are flat (plateaus, capex flows) and never touch the slope array, which keeps the
/// working set of a full recompute small enough for the cache.
///
/// Rounding: sums of pieces that cancel (an item retired, or moved away) leave residue of
/// about 1e-16 of what was summed; evaluate() makes values within 1e-12 of that magnitude
/// exactly 0, so that an empty month reads 0 in every chart and CSV, not 3e-14. The
/// magnitude is the running sum of |differences|, plus the largest piece ever removed (a
/// removed piece nets out of the differences; the full path never removes, so it pays nothing).
class RampSeries
{
public:
    void reset(int months)
    {
        m_months = months;
        m_level.setZero(months + 1);
        m_slope.setZero(months + 1);
        m_removedLevel = m_removedSlope = 0;
    }

    int months() const { return m_months; }

    void addPiece(const ActivityPieces::Piece &piece, double scale)
    {
        if (piece.from >= piece.to)
            return;
        const double level = piece.level * scale;
        m_level[piece.from] += level;
        m_level[piece.to] -= level;
        if (piece.slope != 0) {
            const double slope = piece.slope * scale;
            m_slope[piece.from] += slope;
            m_slope[piece.to] -= slope;
        }
    }

    void removePiece(const ActivityPieces::Piece &piece, double scale)
    {
        m_removedLevel = std::max(m_removedLevel, std::abs(piece.level * scale));
        m_removedSlope = std::max(m_removedSlope, std::abs(piece.slope * scale));
        addPiece(piece, -scale);
    }

    /// Adds (or removes) `scale` x f(m), the item's active fraction.
    void addActivity(const ActivityPieces &pieces, double scale)
    {
        for (int i = 0; i < pieces.count; ++i)
            addPiece(pieces.pieces[i], scale);
    }
    void removeActivity(const ActivityPieces &pieces, double scale)
    {
        for (int i = 0; i < pieces.count; ++i)
            removePiece(pieces.pieces[i], scale);
    }

    /// Adds (or removes) `scale` x (rho(m) - rho(m - 1)), what comes online each month.
    void addOnlineFlow(const ActivityPieces &pieces, double scale) { addPiece(pieces.online, scale); }
    void removeOnlineFlow(const ActivityPieces &pieces, double scale) { removePiece(pieces.online, scale); }

    /// Writes value(m) for every month of the window into `out` (size T).
    template<typename Out>
    void evaluate(Out &&out) const
    {
        double level = 0, slope = 0, levelMagnitude = m_removedLevel, slopeMagnitude = m_removedSlope;
        for (int m = 0; m < m_months; ++m) {
            const double dl = m_level[m], ds = m_slope[m];
            level += dl;
            slope += ds;
            levelMagnitude += std::abs(dl);
            slopeMagnitude += std::abs(ds);
            const double value = level + m * slope;
            const double noise = 1e-12 * (levelMagnitude + m * slopeMagnitude);
            out[m] = std::abs(value) <= noise ? 0.0 : value;
        }
    }

private:
    int m_months = 0;
    Eigen::VectorXd m_level; ///< differences of the level part, one a month (+1)
    Eigen::VectorXd m_slope; ///< differences of the slope part
    double m_removedLevel = 0, m_removedSlope = 0; ///< largest |level|, |slope| removed since reset()
};

/// The same series for N metrics at once: pieces add a vector (count x per-unit figures),
/// and a month's N differences sit in one column, so a piece touches one or two cache
/// lines whatever N. Used for a partner's deployments: one series for all its metrics.
template<int N>
class VectorRampSeries
{
public:
    using Vector = Eigen::Matrix<double, N, 1>;
    /// Values by month: column m holds the N values of month m (contiguous).
    using Values = Eigen::Matrix<double, N, Eigen::Dynamic>;

    void reset(int months)
    {
        m_months = months;
        m_level.setZero(N, months + 1);
        m_slope.setZero(N, months + 1);
        m_removedLevel.setZero();
        m_removedSlope.setZero();
    }

    void addPiece(const ActivityPieces::Piece &piece, const Vector &scale)
    {
        if (piece.from >= piece.to)
            return;
        m_level.col(piece.from) += piece.level * scale;
        m_level.col(piece.to) -= piece.level * scale;
        if (piece.slope != 0) {
            m_slope.col(piece.from) += piece.slope * scale;
            m_slope.col(piece.to) -= piece.slope * scale;
        }
    }

    void addActivity(const ActivityPieces &pieces, const Vector &scale)
    {
        for (int i = 0; i < pieces.count; ++i)
            addPiece(pieces.pieces[i], scale);
    }
    void removeActivity(const ActivityPieces &pieces, const Vector &scale)
    {
        for (int i = 0; i < pieces.count; ++i) {
            m_removedLevel = m_removedLevel.cwiseMax(std::abs(pieces.pieces[i].level) * scale.cwiseAbs());
            m_removedSlope = m_removedSlope.cwiseMax(std::abs(pieces.pieces[i].slope) * scale.cwiseAbs());
            addPiece(pieces.pieces[i], -scale);
        }
    }

    /// Adds (or removes) `scale` x the online flow to row `row` alone. The flow starts where
    /// the ramp does, so it lands in a column the activity pieces have just touched.
    void addOnlineFlow(const ActivityPieces &pieces, int row, double scale)
    {
        const ActivityPieces::Piece &piece = pieces.online;
        if (piece.from >= piece.to)
            return;
        m_level(row, piece.from) += piece.level * scale;
        m_level(row, piece.to) -= piece.level * scale;
    }
    void removeOnlineFlow(const ActivityPieces &pieces, int row, double scale)
    {
        m_removedLevel[row] = std::max(m_removedLevel[row], std::abs(pieces.online.level * scale));
        addOnlineFlow(pieces, row, -scale);
    }

    /// Writes the N values of every month into `out` (N x T); see RampSeries for why values
    /// within rounding noise of what was summed are exactly 0.
    void evaluate(Values &out) const
    {
        out.resize(N, m_months);
        Vector level = Vector::Zero(), slope = Vector::Zero();
        Vector levelMagnitude = m_removedLevel, slopeMagnitude = m_removedSlope;
        for (int m = 0; m < m_months; ++m) {
            level += m_level.col(m);
            slope += m_slope.col(m);
            levelMagnitude += m_level.col(m).cwiseAbs();
            slopeMagnitude += m_slope.col(m).cwiseAbs();
            const Vector value = level + double(m) * slope;
            const Vector noise = 1e-12 * (levelMagnitude + double(m) * slopeMagnitude);
            out.col(m) = (value.cwiseAbs().array() > noise.array()).select(value, Vector::Zero());
        }
    }

private:
    int m_months = 0;
    Eigen::Matrix<double, N, Eigen::Dynamic> m_level;
    Eigen::Matrix<double, N, Eigen::Dynamic> m_slope;
    Vector m_removedLevel = Vector::Zero(), m_removedSlope = Vector::Zero(); ///< see RampSeries
};

} // namespace rackline
