// SPDX-License-Identifier: MIT
#pragma once

#include "CommandIds.h"
#include "ModelEquality.h"
#include "ScenarioDocument.h"

#include <QUndoCommand>

namespace rackline {

/// How a ChangeValueCommand reads and writes one kind of item of the document.
template<typename Item>
struct ItemAccess;

template<>
struct ItemAccess<Deployment> {
    static constexpr int kCommandId = CmdChangeDeployment;
    static const Deployment &get(const ScenarioDocument &d, int i) { return d.scenario().deployments[size_t(i)]; }
    static void set(ScenarioDocument &d, int i, const Deployment &v) { d.setDeployment(i, v); }
};

template<>
struct ItemAccess<PowerPhase> {
    static constexpr int kCommandId = CmdChangePhase;
    static const PowerPhase &get(const ScenarioDocument &d, int i) { return d.scenario().phases[size_t(i)]; }
    static void set(ScenarioDocument &d, int i, const PowerPhase &v) { d.setPhase(i, v); }
};

template<>
struct ItemAccess<Commitment> {
    static constexpr int kCommandId = CmdChangeCommitment;
    static const Commitment &get(const ScenarioDocument &d, int i) { return d.scenario().commitments[size_t(i)]; }
    static void set(ScenarioDocument &d, int i, const Commitment &v) { d.setCommitment(i, v); }
};

/// The scenario's one Assumptions (the index is ignored): the assumptions panel's edits.
template<>
struct ItemAccess<Assumptions> {
    static constexpr int kCommandId = CmdChangeAssumptions;
    static const Assumptions &get(const ScenarioDocument &d, int) { return d.scenario().assumptions; }
    static void set(ScenarioDocument &d, int, const Assumptions &v) { d.setAssumptions(v); }
};

/// Replaces one item with an edited copy (Tiled's ChangeValue<Object, Value>): every
/// inspector field edit and a phase drag. Consecutive edits of the same field of the same
/// item (spin box steps, mouse moves) merge into one undo step when `mergeable`; `field`
/// is any number the caller uses to tell fields apart.
template<typename Item>
class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(ScenarioDocument *document, int index, Item newValue, const QString &text, int field,
                       bool mergeable = true)
        : m_document(document)
        , m_index(index)
        , m_old(ItemAccess<Item>::get(*document, index))
        , m_new(std::move(newValue))
        , m_field(field)
        , m_mergeable(mergeable)
    {
        setText(text);
    }

    void undo() override { ItemAccess<Item>::set(*m_document, m_index, m_old); }
    void redo() override { ItemAccess<Item>::set(*m_document, m_index, m_new); }
    int id() const override { return ItemAccess<Item>::kCommandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *change = static_cast<const ChangeValueCommand *>(other);
        if (!change->m_mergeable || change->m_document != m_document || change->m_index != m_index
            || change->m_field != m_field)
            return false;
        m_new = change->m_new;
        setText(change->text());
        setObsolete(sameItem(m_old, m_new));
        return true;
    }

private:
    ScenarioDocument *m_document;
    int m_index;
    Item m_old;
    Item m_new;
    int m_field;
    bool m_mergeable;
};

using ChangeDeploymentCommand = ChangeValueCommand<Deployment>;
using ChangePhaseCommand = ChangeValueCommand<PowerPhase>;
using ChangeCommitmentCommand = ChangeValueCommand<Commitment>;
using ChangeAssumptionsCommand = ChangeValueCommand<Assumptions>;

} // namespace rackline
