// SPDX-License-Identifier: MIT
#include "NewerScenario.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rackline {

int declaredScenarioVersion(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const double version = document.object().value(QStringLiteral("version")).toDouble(0);
    if (!std::isfinite(version) || version != std::floor(version) || version < 1 || version > 1e6)
        return 0;
    return int(version);
}

ScenarioLoad readNewerScenario(const QByteArray &json, const Catalog &builtIn)
{
    const ScenarioLoad asWritten = readScenario(json, builtIn);
    if (asWritten.ok() || declaredScenarioVersion(json) <= Scenario::kFormatVersion)
        return asWritten;
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(QStringLiteral("version"), Scenario::kFormatVersion);
    ScenarioLoad asCurrent = readScenario(QJsonDocument(object).toJson(QJsonDocument::Compact), builtIn);
    if (!asCurrent.ok())
        return asWritten;
    return asCurrent;
}

} // namespace rackline
