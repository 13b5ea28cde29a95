// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentChange.h"

#include <Catalog.h>
#include <Engine.h>
#include <Scenario.h>

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace rackline {

/// The open scenario: the model, the engine that computes it, the undo stack and the file.
/// Invariants: the engine always reflects the scenario; "modified" is exactly
/// !undoStack()->isClean() (Tiled's document.cpp). Only undo commands call the mutators;
/// every mutator emits changed() with what it touched.
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    const Scenario &scenario() const { return m_scenario; }
    /// Built-in systems plus the scenario's own entries.
    const Catalog &catalog() const { return m_catalog; }
    const Engine &engine() const { return m_engine; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString fileName() const { return m_fileName; }
    /// The file's base name, or "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Replaces the whole scenario (New, Open): clears the undo stack, marks it clean.
    void reset(Scenario scenario, const QString &fileName);
    /// Reads `fileName`; on error returns the loader's message and changes nothing.
    QString load(const QString &fileName);
    /// Saves atomically, keeping the previous version as FILE.bak; on success the file name
    /// changes and the stack becomes clean. Returns the reason on failure (then the file on
    /// disk and the document are unchanged). Refuses to overwrite a read-only file.
    QString save(const QString &fileName);

    /// What reading a file gives, touching no document, so it may run on a worker thread.
    /// A file from a newer Rackline is read with this version's rules and marked read-only.
    /// The scenario comes with its catalog and compiled engine, made on the same thread, so
    /// that open() only takes them (compiling 100,000 deployments is 20 ms of the GUI thread).
    struct FileContents {
        std::optional<Scenario> scenario;
        QString error;
        QString readOnlyReason;
        Catalog catalog;
        std::optional<Engine> engine;
    };
    static FileContents readFile(const QString &fileName);
    /// Shows what readFile() gave (on error changes nothing and returns the error).
    QString open(FileContents contents, const QString &fileName);
    /// Writes a scenario the way save() does, touching no document (worker-thread safe).
    static QString writeFile(const Scenario &scenario, const QString &fileName);
    /// After writeFile() succeeded: the document now belongs to `fileName` and is clean.
    void markSaved(const QString &fileName);
    /// Why the open file must not be overwritten (it is from a newer Rackline), else empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The reason save() gives for writing to `fileName`, or empty when it may.
    QString refusalToSave(const QString &fileName) const;

    // The mutators, for undo commands only.
    void setDeployment(int index, const Deployment &deployment);
    void insertDeployment(int index, const Deployment &deployment);
    void removeDeployment(int index);
    void setPhase(int index, const PowerPhase &phase);
    void insertPhase(int index, const PowerPhase &phase);
    void removePhase(int index);
    void setCommitment(int index, const Commitment &commitment);
    void setAssumptions(const Assumptions &assumptions);

    // Lookups for views and commands.
    const SystemSpec *system(const QString &id) const { return m_catalog.find(id); }
    int partnerIndex(const QString &id) const;
    QString partnerName(const QString &id) const;
    int phaseIndex(const QString &id) const;
    /// Indices of the commitments on a partner's lane.
    std::vector<int> commitmentsOf(const QString &partner) const;
    /// The lifetime that applies to a deployment (its own, else its system's); 0 = never.
    int lifetimeOf(const Deployment &deployment) const;
    /// An id not used by any deployment (or phase), built from `base`.
    QString uniqueDeploymentId(const QString &base, const QStringList &alsoTaken = {}) const;
    QString uniquePhaseId(const QString &base) const;
    /// "2,255 × Vera Rubin NVL144 CPX", in the application's locale.
    QString deploymentLabel(const Deployment &deployment) const;

signals:
    void changed(const rackline::DocumentChange &change);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    /// reset() with the catalog and engine already made for `scenario` (see FileContents).
    void adopt(Scenario scenario, Catalog catalog, Engine engine, const QString &fileName);

    Scenario m_scenario;
    Catalog m_catalog;
    Engine m_engine;
    QUndoStack *m_undoStack = nullptr;
    QString m_fileName;
    QString m_readOnlyReason;
};

} // namespace rackline
