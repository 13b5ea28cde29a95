// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>

namespace rackline {

/// An item's activity f(m) (MODEL.md) as the few months where its second difference is not
/// zero. f is the ramp rho(m; s, r) = clamp((m - s + 1) / r, 0, 1) cut to 0 at retirement, so
/// it is piecewise linear and its second difference has at most four non-zero months:
///   +1/r at s, -1/r at e = min(s + r, retirement), -h at the retirement and +h the month
///   after, where h = (e - s) / r is the activity just before retirement.
/// What comes online each month, rho(m) - rho(m - 1), is the first difference of the ramp
/// without retirement: +1/r at s and -1/r at s + r in second differences. It is the basis of
/// capex (paid as units come online, no refund at retirement).
/// A ramp of 0 months is the same as a ramp of 1 (everything online in month s).
struct RampKnots {
    int start = 0;      ///< s, months since the window's start (may be negative)
    int rampEnd = 0;    ///< s + r: the online flow stops here
    int end = 0;        ///< min(s + r, retirement): the ramp stops rising here
    int retirement = 0; ///< s + lifetime, at most `months` (never retired: `months`)
    double perMonth = 1; ///< 1 / r
    double height = 1;   ///< h, 1 unless retired before the end of the ramp
};

/// 1 / n, from a table for the ramps people plan (up to ten years): a division in the inner
/// loop of a full recompute stalls it. The same correctly rounded value either way.
[[gnu::always_inline]] inline double reciprocal(int n)
{
    static constexpr auto table = [] {
        std::array<double, 121> values{};
        for (size_t i = 1; i < values.size(); ++i)
            values[i] = 1.0 / double(i);
        return values;
    }();
    return size_t(n) < table.size() ? table[size_t(n)] : 1.0 / n;
}

struct ActivityShape {
    int start = 0;    ///< s = idx(start)
    int ramp = 0;     ///< r >= 0
    int lifetime = 0; ///< L, 0 = never retired

    /// The knots of f in a window of `months` months. Months after the window are capped to
    /// `months` (they never change a month of the window), so no sum can overflow.
    [[gnu::always_inline]] RampKnots knots(int months) const
    {
        const auto cap = [months](long long month) { return int(std::min<long long>(month, months)); };
        const int ramp = std::max(this->ramp, 1);
        RampKnots knots;
        knots.start = cap(start);
        knots.rampEnd = cap((long long)start + ramp);
        knots.retirement = lifetime > 0 ? cap((long long)start + lifetime) : months;
        knots.end = std::min(knots.rampEnd, knots.retirement);
        knots.perMonth = reciprocal(ramp);
        knots.height = lifetime > 0 && knots.end < knots.rampEnd ? (knots.end - knots.start) * knots.perMonth : 1.0;
        return knots;
    }

    /// The months of a window of `months` whose values the item changes: [from, to).
    std::pair<int, int> touchedMonths(int months) const
    {
        const RampKnots k = knots(months);
        return {std::clamp(k.start, 0, months), std::clamp(std::max(k.rampEnd, k.retirement), 0, months)};
    }
};

/// N monthly series built from items' activities, stored as second differences so that
/// adding or removing an item costs four column updates whatever its length, and evaluating
/// costs O(N x months). Row `FlowRow` (if any) holds what comes online each month instead of
/// the activity: the capex flow, evaluated from the same columns one summation earlier.
/// The N values of a month sit in one column, so an item touches a few cache lines whatever N.
///
/// Rounding: sums that cancel (an item retired, moved away or out of the window) leave
/// residue of about 1e-16 of what was summed; evaluate() makes values within 1e-12 of that
/// magnitude exactly 0, so that an empty month reads 0 in every chart and CSV, not 3e-14. The
/// magnitude is the same double sum over |second differences|, plus the largest amount ever
/// removed (a removed item nets out of the differences; the full path never removes, so it
/// pays nothing).
template<int N, int FlowRow = -1>
class RampSeries
{
public:
    using Vector = Eigen::Matrix<double, N, 1>;
    /// Values by month: column m holds the N values of month m (contiguous).
    using Values = Eigen::Matrix<double, N, Eigen::Dynamic>;

    void reset(int months)
    {
        m_months = months;
        m_second.setZero(N, months + 1); // column `months` collects what falls after the window
        m_foldedFirst.setZero();
        m_foldedValue.setZero();
        m_foldedFirstMagnitude.setZero();
        m_foldedValueMagnitude.setZero();
        m_removed.setZero();
    }

    /// Adds `amount` x f(m) to every row but the flow row, and amount[FlowRow] x the online
    /// flow to the flow row. Inlined: it is the inner loop of a full recompute.
    [[gnu::always_inline]] void add(const RampKnots &knots, const Vector &amount) { update<+1>(knots, amount); }

    [[gnu::always_inline]] void remove(const RampKnots &knots, const Vector &amount)
    {
        m_removed = m_removed.cwiseMax(amount.cwiseAbs()); // every knot is at most |amount|
        update<-1>(knots, amount);
    }

    /// Writes the N values of every month into out(row, month) (an N x months matrix, or any
    /// callable that gives a double& for them); see the class comment for
    /// why values within rounding noise of what was summed are exactly 0.
    template<typename Out>
    void evaluate(Out &&out) const
    {
        Vector first = m_foldedFirst, value = m_foldedValue;
        Vector firstMagnitude = m_foldedFirstMagnitude, valueMagnitude = m_foldedValueMagnitude;
        for (int m = 0; m < m_months; ++m) {
            const auto second = m_second.col(m);
            first += second;
            value += first;
            firstMagnitude += second.cwiseAbs();
            valueMagnitude += firstMagnitude;
            // Row by row, straight into `out`: a packet assembled from single rows (the flow
            // row's, the selected ones) would be stored and read back at once, which stalls.
            for (int row = 0; row < N; ++row) {
                const bool flow = row == FlowRow;
                const double result = flow ? first[row] : value[row];
                const double noise = 1e-12 * (flow ? firstMagnitude[row] + m_removed[row]
                                                   : valueMagnitude[row] + double(m + 1) * m_removed[row]);
                out(row, m) = std::abs(result) > noise ? result : 0.0;
            }
        }
    }

private:
    /// Which rows a knot adds to: the flow row follows the ramp without retirement.
    enum class Rows { All, AllButFlow, FlowOnly };

    // The two scaled amounts a knot adds, rise and drop, are computed once as whole
    // packets; each knot then adds (or subtracts) one of them, row by row, straight into its
    // column. A row left out adds 0, so that rows still go in whole packets: a packet built
    // from single rows would be stored and read back at once, which stalls.
    template<int Sign>
    [[gnu::always_inline]] void update(const RampKnots &knots, const Vector &amount)
    {
        const Vector rise = (Sign * knots.perMonth) * amount;
        const Vector drop = (Sign * knots.height) * amount;
        addAt<Rows::All, +1>(knots.start, rise);
        if (knots.end == knots.rampEnd) [[likely]] {
            addAt<Rows::All, -1>(knots.end, rise);
        } else { // retired before the ramp's end: the activity stops rising before the flow does
            addAt<Rows::AllButFlow, -1>(knots.end, rise);
            addAt<Rows::FlowOnly, -1>(knots.rampEnd, rise);
        }
        addAt<Rows::AllButFlow, -1>(knots.retirement, drop);
        addAt<Rows::AllButFlow, +1>(std::min(knots.retirement + 1, m_months), drop);
    }

    template<Rows Which>
    [[gnu::always_inline]] static bool adds(int row)
    {
        return Which == Rows::All || (Which == Rows::FlowOnly) == (row == FlowRow);
    }

    template<Rows Which, int Sign>
    [[gnu::always_inline]] void addAt(int month, const Vector &delta)
    {
        if (month < 0) [[unlikely]] {
            foldBeforeWindow<Which, Sign>(month, delta);
            return;
        }
        double *column = m_second.data() + std::ptrdiff_t(N) * month;
        for (int row = 0; row < N; ++row) {
            const double value = adds<Which>(row) ? delta[row] : 0.0;
            column[row] += Sign > 0 ? value : -value;
        }
    }

    /// A knot before the window: what it adds to month -1 (and to every later month's first
    /// difference) is folded into the starting point of evaluate().
    template<Rows Which, int Sign>
    [[gnu::always_inline]] void foldBeforeWindow(int month, const Vector &delta)
    {
        for (int row = 0; row < N; ++row) {
            const double value = adds<Which>(row) ? (Sign > 0 ? delta[row] : -delta[row]) : 0.0;
            m_foldedFirst[row] += value;
            m_foldedValue[row] += double(-month) * value;
            m_foldedFirstMagnitude[row] += std::abs(value);
            m_foldedValueMagnitude[row] += double(-month) * std::abs(value);
        }
    }

    int m_months = 0;
    Eigen::Matrix<double, N, Eigen::Dynamic> m_second; ///< second differences, one column a month (+1)
    Vector m_foldedFirst = Vector::Zero(), m_foldedValue = Vector::Zero(); ///< month -1's state
    Vector m_foldedFirstMagnitude = Vector::Zero(), m_foldedValueMagnitude = Vector::Zero();
    Vector m_removed = Vector::Zero(); ///< largest |amount| removed since reset()
};

} // namespace rackline
