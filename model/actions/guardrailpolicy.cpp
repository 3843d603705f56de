#include "model/actions/guardrailpolicy.h"

#include "model/fleet/fleetstore.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace sextant::actions {

namespace {

// The cluster record an app deploys to (its labels and server feed protection rules and
// sync windows), or null when the instance does not list it.
const Cluster *clusterOf(const FleetStore &store, const Application &app, QList<Cluster> &holder)
{
    holder = store.clusters(app.instance);
    const QString name = store.clusterName(app);
    for (const Cluster &cluster : std::as_const(holder))
        if (cluster.name == name || cluster.server == app.destinationServer)
            return &cluster;
    return nullptr;
}

bool inScope(const ActionScope &scope, const Application &app, const QString &cluster)
{
    if (!scope.instance.isEmpty() && app.instance != scope.instance)
        return false;
    switch (scope.kind) {
    case ActionScope::Kind::Fleet: return true;
    case ActionScope::Kind::Instance: return scope.name.isEmpty() || app.instance == scope.name;
    case ActionScope::Kind::Cluster:
        return cluster == scope.name || app.destinationName == scope.name ||
               app.destinationServer == scope.name;
    case ActionScope::Kind::Project: return app.project == scope.name;
    case ActionScope::Kind::Application: return scope.matchesApplication(app.ref());
    case ActionScope::Kind::Selection: return scope.appKeys.contains(app.key());
    }
    return false;
}

} // namespace

GuardrailPolicy::GuardrailPolicy(const FleetStore *store, ProtectionRules rules)
    : m_store(store)
    , m_rules(std::move(rules))
{}

ActionTarget GuardrailPolicy::target(const QString &appKey) const
{
    const Application *app = m_store->application(appKey);
    if (!app)
        return {};
    ActionTarget target;
    target.appKey = appKey;
    target.instance = app->instance;
    target.cluster = m_store->clusterName(*app);
    target.ns = app->destinationNamespace;
    target.app = app->name;
    target.appNamespace = app->ns;
    target.project = app->project;
    return target;
}

QList<ActionTarget> GuardrailPolicy::resolveScope(const ActionScope &scope) const
{
    QList<ActionTarget> targets;
    for (const Application &app : m_store->applications()) {
        if (inScope(scope, app, m_store->clusterName(app)))
            targets << target(app.key());
    }
    std::sort(targets.begin(), targets.end(), [](const ActionTarget &a, const ActionTarget &b) {
        return std::tie(a.instance, a.app, a.appNamespace) < std::tie(b.instance, b.app, b.appNamespace);
    });
    return targets;
}

QList<ScopeCount>
GuardrailPolicy::countScope(const ActionScope &scope,
                            const std::function<bool(const QString &)> &pausedBySextant) const
{
    QMap<QString, ScopeCount> counts;
    for (const ActionTarget &target : resolveScope(scope)) {
        ScopeCount &count = counts[target.instance];
        count.instance = target.instance;
        ++count.apps;
        if (const Application *app = m_store->application(target.appKey)) {
            if (app->autoSync() == AutoSyncState::On)
                ++count.autoSyncOn;
            else if (app->autoSync() == AutoSyncState::Paused ||
                     (pausedBySextant && pausedBySextant(target.appKey)))
                ++count.alreadyPaused;
        }
    }
    return counts.values();
}

GuardrailCheck GuardrailPolicy::checkGuardrails(const QString &appKey) const
{
    GuardrailCheck check;
    check.target = target(appKey);
    const Application *app = m_store->application(appKey);
    if (!app)
        return check;
    QList<Cluster> holder;
    const Cluster *cluster = clusterOf(*m_store, *app, holder);
    check.protectionReasons = m_rules.matches(*app, cluster);
    check.protectedTarget = !check.protectionReasons.isEmpty();
    check.deleting = app->deletionRequestedAt.isValid();
    check.autoSyncOn = app->autoSync() == AutoSyncState::On;
    const bool running = app->operationInProgress ||
                         (app->operationState && (app->operationState->phase == OperationPhase::Running ||
                                                  app->operationState->phase == OperationPhase::Terminating));
    check.operationRunning = running;
    if (running && app->operationState)
        check.operationMessage =
            QStringLiteral("%1: %2").arg(toString(app->operationState->phase), app->operationState->message);
    else if (running)
        check.operationMessage = QStringLiteral("an operation is pending");
    for (const Project &project : m_store->projects(app->instance)) {
        if (project.name != (app->project.isEmpty() ? QStringLiteral("default") : app->project))
            continue;
        const SyncWindowTarget windowTarget{app->name, app->destinationNamespace,
                                            cluster ? cluster->name : app->destinationName,
                                            cluster ? cluster->server : app->destinationServer};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const SyncDecision decision = canSync(project.syncWindows, windowTarget, true, now);
        check.window.known = true;
        check.window.canSync = decision.canSync;
        bool any = false;
        for (const SyncWindow &window : project.syncWindows)
            any = any || windowMatches(window, windowTarget);
        check.window.description = !any               ? QStringLiteral("no sync window applies")
                                   : decision.canSync ? QStringLiteral("allowed by the sync windows now")
                                                      : QStringLiteral("blocked: %1").arg(decision.reason);
    }
    return check;
}

QString GuardrailPolicy::approvalProblem(const QString &appKey, const Approval &approval) const
{
    const GuardrailCheck check = checkGuardrails(appKey);
    if (!check.protectedTarget)
        return {};
    QStringList missing;
    if (approval.reason.trimmed().isEmpty())
        missing << QStringLiteral("a reason");
    if (!approval.fromCommandLine && approval.typedName != check.target.app)
        missing << QStringLiteral("the app's name typed exactly (%1)").arg(check.target.app);
    if (!approval.fromCommandLine && approval.reviewedDiffSummary.trimmed().isEmpty())
        missing << QStringLiteral("the reviewed diff summary");
    if (missing.isEmpty())
        return {};
    return QStringLiteral("%1 is protected (%2): approving it needs %3.")
        .arg(check.target.app, check.protectionReasons.join(QStringLiteral(", ")),
             missing.join(QStringLiteral(", ")));
}

// The texts keep the translation context of ActionService, which shows them.
RollbackPlan GuardrailPolicy::explainRollback(const QString &appKey, qint64 historyId) const
{
    RollbackPlan plan;
    plan.target = target(appKey);
    plan.historyId = historyId;
    const Application *app = m_store->application(appKey);
    if (!app) {
        plan.error = QCoreApplication::translate("sextant::ActionService", "The app %1 is not in the fleet.")
                         .arg(appKey);
        return plan;
    }
    const HistoryEntry *entry = nullptr;
    for (const HistoryEntry &h : app->history)
        if (h.id == historyId)
            entry = &h;
    if (!entry) {
        plan.error =
            QCoreApplication::translate("sextant::ActionService", "%1 has no deployment with history id %2.")
                .arg(app->name)
                .arg(historyId);
        return plan;
    }
    plan.toRevision = entry->revision;
    plan.deployedAt = entry->deployedAt;
    const QString target = app->sources.isEmpty() ? QString() : app->sources.constFirst().targetRevision;
    plan.gitWants = target.isEmpty() ? QStringLiteral("HEAD") : target;
    if (!app->syncRevision.isEmpty())
        plan.gitWants += QStringLiteral(" (%1)").arg(app->syncRevision.left(7));
    plan.needsPause = app->autoSync() == AutoSyncState::On;
    if (app->deletionRequestedAt.isValid())
        plan.error =
            QCoreApplication::translate("sextant::ActionService", "%1 is being deleted.").arg(app->name);
    if (plan.needsPause)
        plan.steps
            << QCoreApplication::translate(
                   "sextant::ActionService",
                   "Pause auto-sync of %1 (recorded in the pause ledger and on the app), because Argo CD "
                   "refuses a rollback while auto-sync is on.")
                   .arg(app->name);
    plan.steps << QCoreApplication::translate("sextant::ActionService",
                                              "Roll back to history id %1: revision %2, deployed %3.")
                      .arg(historyId)
                      .arg(entry->revision.left(12), entry->deployedAt.toString(Qt::ISODate));
    plan.steps
        << QCoreApplication::translate(
               "sextant::ActionService",
               "Afterwards the app shows OutOfSync: Git still wants %1. Auto-sync stays paused until you "
               "resume it (which deploys Git again) or revert the change in Git.")
               .arg(plan.gitWants);
    return plan;
}

} // namespace sextant::actions
