// SPDX-License-Identifier: MIT
#include "ScenarioDocument.h"

#include <NewerScenario.h>
#include <SafeFileWrite.h>
#include <ScenarioFile.h>

#include <QFile>

#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

#include <cmath>
#include <tuple>

namespace rackline {

namespace {

/// What the views read besides a scenario: its catalog (built-in systems and the file's own)
/// and an engine holding its results.
std::pair<Catalog, Engine> derivedFrom(const Scenario &scenario)
{
    std::pair<Catalog, Engine> derived(effectiveCatalog(scenario), Engine());
    derived.second.setScenario(scenario);
    return derived;
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    std::tie(m_catalog, m_engine) = derivedFrom(m_scenario);
}

ScenarioDocument::~ScenarioDocument() = default;

QString ScenarioDocument::displayName() const
{
    return m_fileName.isEmpty() ? tr("Untitled") : QFileInfo(m_fileName).fileName();
}

bool ScenarioDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ScenarioDocument::reset(Scenario scenario, const QString &fileName)
{
    auto [catalog, engine] = derivedFrom(scenario);
    adopt(std::move(scenario), std::move(catalog), std::move(engine), fileName);
}

void ScenarioDocument::adopt(Scenario scenario, Catalog catalog, Engine engine, const QString &fileName)
{
    const bool wasModified = isModified();
    m_readOnlyReason.clear();
    m_undoStack->clear();
    m_scenario = std::move(scenario);
    // Moved in place: views keep the addresses of the scenario, catalog and engine.
    m_catalog = std::move(catalog);
    m_engine = std::move(engine);
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    if (wasModified)
        emit modifiedChanged(false);
    emit changed({DocumentChange::Kind::Everything, -1});
}

QString ScenarioDocument::load(const QString &fileName)
{
    return open(readFile(fileName), fileName);
}

ScenarioDocument::FileContents ScenarioDocument::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("cannot be read: %1").arg(file.errorString()), QString()};
    const QByteArray bytes = file.readAll();
    // What open() needs besides the scenario is made here too, off the GUI thread.
    auto prepared = [](std::optional<Scenario> scenario, QString readOnlyReason) {
        auto [catalog, engine] = derivedFrom(*scenario);
        return FileContents{std::move(scenario), QString(), std::move(readOnlyReason), std::move(catalog),
                            std::move(engine)};
    };
    ScenarioLoad loaded = readScenario(bytes);
    if (loaded.ok())
        return prepared(std::move(loaded.scenario), QString());
    const int version = declaredScenarioVersion(bytes);
    if (version > Scenario::kFormatVersion) {
        ScenarioLoad newer = readNewerScenario(bytes);
        if (newer.ok()) {
            return prepared(std::move(newer.scenario),
                            tr("It was written by a newer Rackline (file version %1; this one knows %2), so it is "
                               "open read-only: Save As keeps your changes in another file.")
                                .arg(version)
                                .arg(Scenario::kFormatVersion));
        }
    }
    return {std::nullopt, loaded.error.message(), QString(), Catalog(), std::nullopt};
}

QString ScenarioDocument::open(FileContents contents, const QString &fileName)
{
    if (!contents.scenario)
        return contents.error;
    if (contents.engine)
        adopt(std::move(*contents.scenario), std::move(contents.catalog), std::move(*contents.engine), fileName);
    else
        reset(std::move(*contents.scenario), fileName);
    if (!contents.readOnlyReason.isEmpty()) {
        m_readOnlyReason = contents.readOnlyReason;
        emit fileNameChanged(m_fileName); // the title says "read-only"
    }
    return {};
}

QString ScenarioDocument::refusalToSave(const QString &fileName) const
{
    if (m_readOnlyReason.isEmpty() || QFileInfo(fileName).absoluteFilePath() != QFileInfo(m_fileName).absoluteFilePath())
        return {};
    return m_readOnlyReason;
}

QString ScenarioDocument::save(const QString &fileName)
{
    QString error = refusalToSave(fileName);
    if (error.isEmpty())
        error = writeFile(m_scenario, fileName);
    if (!error.isEmpty())
        return error;
    markSaved(fileName);
    return {};
}

QString ScenarioDocument::writeFile(const Scenario &scenario, const QString &fileName)
{
    return writeFileSafely(writeScenario(scenario), fileName, PreviousVersion::KeepBackup);
}

void ScenarioDocument::markSaved(const QString &fileName)
{
    m_readOnlyReason.clear();
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    m_undoStack->setClean();
}

void ScenarioDocument::setDeployment(int index, const Deployment &deployment)
{
    m_scenario.deployments[size_t(index)] = deployment;
    m_engine.updateDeployment(index, deployment);
    emit changed({DocumentChange::Kind::Deployment, index});
}

void ScenarioDocument::insertDeployment(int index, const Deployment &deployment)
{
    auto &list = m_scenario.deployments;
    const bool append = index == int(list.size());
    list.insert(list.begin() + index, deployment);
    // Appending is the engine's one-item path; an insert in the middle (undoing a removal)
    // shifts indices, which only a recompile handles.
    if (append)
        m_engine.addDeployment(deployment);
    else
        m_engine.setScenario(m_scenario);
    emit changed({DocumentChange::Kind::DeploymentInserted, index});
}

void ScenarioDocument::removeDeployment(int index)
{
    m_scenario.deployments.erase(m_scenario.deployments.begin() + index);
    m_engine.removeDeployment(index);
    emit changed({DocumentChange::Kind::DeploymentRemoved, index});
}

void ScenarioDocument::setPhase(int index, const PowerPhase &phase)
{
    m_scenario.phases[size_t(index)] = phase;
    m_engine.setScenario(m_scenario);
    emit changed({DocumentChange::Kind::Phases, index});
}

void ScenarioDocument::insertPhase(int index, const PowerPhase &phase)
{
    m_scenario.phases.insert(m_scenario.phases.begin() + index, phase);
    m_engine.setScenario(m_scenario);
    emit changed({DocumentChange::Kind::PhaseInserted, index});
}

void ScenarioDocument::removePhase(int index)
{
    m_scenario.phases.erase(m_scenario.phases.begin() + index);
    m_engine.setScenario(m_scenario);
    emit changed({DocumentChange::Kind::PhaseRemoved, index});
}

void ScenarioDocument::setCommitment(int index, const Commitment &commitment)
{
    m_scenario.commitments[size_t(index)] = commitment;
    m_engine.setScenario(m_scenario);
    emit changed({DocumentChange::Kind::Commitments, index});
}

void ScenarioDocument::setAssumptions(const Assumptions &assumptions)
{
    // Every deployment may move (delays) or cost more (prices): a full recompile, which is
    // what a slider step costs anyway (microseconds per deployment).
    m_scenario.assumptions = assumptions;
    m_engine.setScenario(m_scenario);
    emit changed({DocumentChange::Kind::Assumptions, -1});
}

int ScenarioDocument::partnerIndex(const QString &id) const
{
    for (size_t i = 0; i < m_scenario.partners.size(); ++i) {
        if (m_scenario.partners[i].id == id)
            return int(i);
    }
    return -1;
}

QString ScenarioDocument::partnerName(const QString &id) const
{
    const int index = partnerIndex(id);
    if (index < 0)
        return id;
    const Partner &partner = m_scenario.partners[size_t(index)];
    return partner.name.isEmpty() ? partner.id : partner.name;
}

int ScenarioDocument::phaseIndex(const QString &id) const
{
    for (size_t i = 0; i < m_scenario.phases.size(); ++i) {
        if (m_scenario.phases[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<int> ScenarioDocument::commitmentsOf(const QString &partner) const
{
    std::vector<int> result;
    for (size_t i = 0; i < m_scenario.commitments.size(); ++i) {
        if (m_scenario.commitments[i].partner == partner)
            result.push_back(int(i));
    }
    return result;
}

int ScenarioDocument::lifetimeOf(const Deployment &deployment) const
{
    if (deployment.lifetimeMonths)
        return *deployment.lifetimeMonths;
    const SystemSpec *spec = system(deployment.system);
    return spec ? spec->lifetimeMonths : SystemSpec::kDefaultLifetimeMonths;
}

QString ScenarioDocument::uniqueDeploymentId(const QString &base, const QStringList &alsoTaken) const
{
    auto used = [this](const QString &id) {
        for (const Deployment &d : m_scenario.deployments) {
            if (d.id == id)
                return true;
        }
        return false;
    };
    for (int n = 1;; ++n) {
        const QString id = base + QLatin1Char('-') + QString::number(n);
        if (!used(id) && !alsoTaken.contains(id))
            return id;
    }
}

QString ScenarioDocument::uniquePhaseId(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString id = base + QLatin1Char('-') + QString::number(n);
        if (phaseIndex(id) < 0)
            return id;
    }
}

QString ScenarioDocument::deploymentLabel(const Deployment &deployment) const
{
    const SystemSpec *spec = system(deployment.system);
    const QString name = spec ? spec->name : deployment.system;
    const QLocale locale;
    const double rounded = std::round(deployment.count);
    const QString count = std::abs(deployment.count - rounded) < 1e-9
        ? locale.toString(qint64(rounded))
        : locale.toString(deployment.count, 'g', 6);
    return tr("%1 × %2").arg(count, name);
}

} // namespace rackline
