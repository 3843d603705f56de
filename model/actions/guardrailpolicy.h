#pragma once

#include "model/actions/actiontypes.h"
#include "model/actions/protectionrules.h"

#include <QList>
#include <QString>

#include <functional>

namespace sextant {

class FleetStore;

namespace actions {

// Targets, scopes and guardrails of actions, answered synchronously from the
// FleetStore and the protection rules alone (no network, no database): which apps
// a scope holds, whether an app is protected, blocked by a sync window, busy with
// an operation or being deleted, whether an approval suffices, and what a rollback
// would do.
class GuardrailPolicy {
public:
    explicit GuardrailPolicy(const FleetStore *store, ProtectionRules rules = ProtectionRules::defaults());

    // The rules that make a target protected (default: cluster label env=prod).
    void setRules(const ProtectionRules &rules) { m_rules = rules; }
    const ProtectionRules &rules() const { return m_rules; }

    // The app's target (instance · cluster · namespace · app); empty appKey when unknown.
    ActionTarget target(const QString &appKey) const;
    // The apps of a scope, sorted by instance, name and app namespace.
    QList<ActionTarget> resolveScope(const ActionScope &scope) const;
    // Per-instance counts for a confirmation dialog. An app whose auto-sync is not on
    // counts as already paused when the live model says so or `pausedBySextant` does.
    QList<ScopeCount>
    countScope(const ActionScope &scope,
               const std::function<bool(const QString &appKey)> &pausedBySextant = {}) const;
    // Protection, sync window (from the project's windows as last listed), running operation.
    GuardrailCheck checkGuardrails(const QString &appKey) const;
    // Whether `approval` is enough for the app: empty when it is, else what is missing.
    QString approvalProblem(const QString &appKey, const Approval &approval) const;
    // What a rollback to `historyId` would do, in words.
    RollbackPlan explainRollback(const QString &appKey, qint64 historyId) const;

private:
    const FleetStore *m_store;
    ProtectionRules m_rules;
};

} // namespace actions
} // namespace sextant
