// SPDX-License-Identifier: MIT
#include "MonteCarlo.h"

#include "Engine.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <thread>

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
    std::vector<Eigen::MatrixXd> draws(request.metrics.size(), Eigen::MatrixXd(months, result.samples));

    // Each sample draws from its own stream (seed, sample): the bands depend on the seed
    // only, not on how the samples are shared between threads.
    auto runSamples = [&](Engine worker, int first, int last) {
        std::vector<int> shifts(static_cast<size_t>(deployments));
        std::vector<double> vendorFactors(static_cast<size_t>(vendorIndex.size()));
        std::vector<double> factors(static_cast<size_t>(deployments));
        const int span = 2 * request.ranges.startMonths + 1;
        for (int sample = first; sample < last; ++sample) {
            SplitMix64 random(request.seed, sample);
            for (double &factor : vendorFactors)
                factor = 1.0 + request.ranges.priceFraction * (2.0 * random.unit() - 1.0);
            for (int i = 0; i < deployments; ++i) {
                shifts[size_t(i)] = int(random.below(uint32_t(span))) - request.ranges.startMonths;
                factors[size_t(i)] = vendorFactors[size_t(vendorOfDeployment[size_t(i)])];
            }
            worker.recomputeSample(shifts, factors);
            for (size_t k = 0; k < request.metrics.size(); ++k)
                draws[k].col(sample) = worker.totals().col(static_cast<int>(request.metrics[k]));
        }
    };
    // Samples are independent: one engine per core, each on its own columns of `draws`.
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    const int perThread = (result.samples + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (int t = 1; t < threads && t * perThread < result.samples; ++t)
        workers.emplace_back(runSamples, engine, t * perThread, std::min(result.samples, (t + 1) * perThread));
    runSamples(engine, 0, std::min(result.samples, perThread));
    for (std::thread &worker : workers)
        worker.join();

    // Percentiles by the nearest-rank method on each month's sorted draws.
    std::vector<double> month(size_t(result.samples));
    for (size_t k = 0; k < request.metrics.size(); ++k) {
        Eigen::MatrixX3d bands(months, 3);
        for (int m = 0; m < months; ++m) {
            for (int s = 0; s < result.samples; ++s)
                month[size_t(s)] = draws[k](m, s);
            std::sort(month.begin(), month.end());
            constexpr double kPercentiles[3] = {0.1, 0.5, 0.9};
            for (int b = 0; b < 3; ++b) {
                if (month.empty()) {
                    bands(m, b) = 0;
                    continue;
                }
                const double rank = std::ceil(kPercentiles[b] * double(month.size())) - 1;
                bands(m, b) = month[size_t(std::clamp(rank, 0.0, double(month.size() - 1)))];
            }
        }
        result.bands.push_back(bands);
    }
    return result;
}

} // namespace rackline
