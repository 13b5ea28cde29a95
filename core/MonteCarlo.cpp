// SPDX-License-Identifier: MIT
#include "MonteCarlo.h"

#include "Engine.h"
#include "Parallel.h"

#include <QHash>

#include <algorithm>
#include <cstdint>

namespace rackline {

namespace {

/// SplitMix64: a tiny, fast generator whose stream is fixed by (seed, sample), so that
/// sample k draws the same numbers whichever thread runs it.
class SplitMix64
{
public:
    SplitMix64(unsigned seed, int sample)
        : m_state(uint64_t(seed) * 0x9E3779B97F4A7C15ull + uint64_t(sample) * 0xD1B54A32D192ED03ull)
    {
    }

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    /// Uniform in [0, n) (Lemire's multiply-shift; the bias is below 2^-32 for these n).
    uint32_t below(uint32_t n) { return uint32_t((uint64_t(uint32_t(next() >> 32)) * n) >> 32); }

private:
    uint64_t m_state;
};

} // namespace

MonteCarloBands runMonteCarlo(const Scenario &scenario, const MonteCarloRequest &request, const Catalog &builtIn)
{
    const Catalog catalog = builtIn.withOverrides(scenario.catalog);
    Engine engine;
    engine.setScenario(scenario, builtIn);
    const int months = engine.months();
    const int deployments = engine.deploymentCount();

    // Prices move together by vendor (one draw per vendor and sample); starts move each alone.
    QHash<QString, int> vendorIndex;
    std::vector<int> vendorOfDeployment(size_t(deployments), 0);
    for (int i = 0; i < deployments; ++i) {
        const SystemSpec *spec = catalog.find(scenario.deployments[size_t(i)].system);
        const QString vendor = spec ? spec->vendor : QString();
        const auto it = vendorIndex.constFind(vendor);
        vendorOfDeployment[size_t(i)] = it != vendorIndex.cend() ? *it : int(vendorIndex.size());
        if (it == vendorIndex.cend())
            vendorIndex.insert(vendor, int(vendorIndex.size()));
    }

    MonteCarloBands result;
    result.metrics = request.metrics;
    result.samples = std::max(request.samples, 0);
    const size_t metricCount = request.metrics.size();
    // One row a sample: a month's draws are then contiguous for the percentiles below.
    std::vector<Eigen::MatrixXd> draws(metricCount, Eigen::MatrixXd(result.samples, months));

    // Each sample draws from its own stream (seed, sample): the bands depend on the seed
    // only, not on how the samples are shared between threads. One engine per thread.
    inParallel(result.samples, [&](int first, int last) {
        Engine worker = engine;
        std::vector<int> shifts(static_cast<size_t>(deployments));
        std::vector<double> vendorFactors(static_cast<size_t>(vendorIndex.size()));
        std::vector<double> factors(static_cast<size_t>(deployments));
        const int span = 2 * request.ranges.startMonths + 1;
        // Results are kept for a few samples and written together: a month's values for
        // consecutive samples then fill a cache line of `draws` at once.
        constexpr int kBlock = 8;
        std::vector<Eigen::Matrix<double, kBlock, Eigen::Dynamic>> block(metricCount, Eigen::Matrix<double, kBlock, Eigen::Dynamic>(kBlock, months));
        for (int blockStart = first; blockStart < last; blockStart += kBlock) {
            const int blockSize = std::min(kBlock, last - blockStart);
            for (int j = 0; j < blockSize; ++j) {
                SplitMix64 random(request.seed, blockStart + j);
                for (double &factor : vendorFactors)
                    factor = 1.0 + request.ranges.priceFraction * (2.0 * random.unit() - 1.0);
                for (int i = 0; i < deployments; ++i) {
                    shifts[size_t(i)] = int(random.below(uint32_t(span))) - request.ranges.startMonths;
                    factors[size_t(i)] = vendorFactors[size_t(vendorOfDeployment[size_t(i)])];
                }
                worker.recomputeSample(shifts, factors);
                for (size_t k = 0; k < metricCount; ++k)
                    block[k].row(j) = worker.totals().col(static_cast<int>(request.metrics[k])).transpose();
            }
            for (size_t k = 0; k < metricCount; ++k)
                draws[k].middleRows(blockStart, blockSize) = block[k].topRows(blockSize);
        }
    });

    // Percentiles by the nearest-rank method: each month's draws are partitioned around the
    // three ranks in turn (nth_element), which is linear where a sort would not be.
    constexpr double kPercentiles[3] = {0.1, 0.5, 0.9};
    result.bands.assign(metricCount, Eigen::MatrixX3d::Zero(months, 3));
    if (result.samples > 0) {
        inParallel(int(metricCount) * months, [&](int first, int last) {
            std::vector<double> month(size_t(result.samples));
            for (int task = first; task < last; ++task) {
                const int k = task / months, m = task % months;
                const auto samples = draws[size_t(k)].col(m);
                std::copy(samples.begin(), samples.end(), month.begin());
                auto from = month.begin();
                for (int b = 0; b < 3; ++b) {
                    const double rank = std::ceil(kPercentiles[b] * double(month.size())) - 1;
                    const auto nth = month.begin() + std::ptrdiff_t(std::clamp(rank, 0.0, double(month.size() - 1)));
                    std::nth_element(from, nth, month.end()); // the ranks ascend: the left part stays
                    result.bands[size_t(k)](m, b) = *nth;
                    from = nth;
                }
            }
        });
    }
    return result;
}

} // namespace rackline
