// SPDX-License-Identifier: MIT
#include "MonteCarlo.h"

#include "Engine.h"

#include <QHash>

#include <algorithm>
#include <random>

namespace rackline {

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

    std::mt19937 random(request.seed);
    std::uniform_int_distribution<int> startShift(-request.ranges.startMonths, request.ranges.startMonths);
    std::uniform_real_distribution<double> priceFactor(1.0 - request.ranges.priceFraction, 1.0 + request.ranges.priceFraction);
    std::vector<int> shifts(static_cast<size_t>(deployments));
    std::vector<double> vendorFactors(size_t(vendorIndex.size()));
    std::vector<double> factors(static_cast<size_t>(deployments));
    for (int sample = 0; sample < result.samples; ++sample) {
        for (double &factor : vendorFactors)
            factor = priceFactor(random);
        for (int i = 0; i < deployments; ++i) {
            shifts[size_t(i)] = startShift(random);
            factors[size_t(i)] = vendorFactors[size_t(vendorOfDeployment[size_t(i)])];
        }
        engine.recomputeSample(shifts, factors);
        for (size_t k = 0; k < request.metrics.size(); ++k)
            draws[k].col(sample) = engine.totals().col(static_cast<int>(request.metrics[k]));
    }

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
