// Operation half of the simulated controller: the tick, sync operations,
// auto-sync, history, and changes that come from outside Argo CD.
#include "fleetsim/controller.h"
#include "fleetsim/gitstore.h"
#include "fleetsim/syncwindowjson.h"
#include "model/logging.h"

#include <QJsonArray>

namespace sextant::fleetsim {

namespace {

QJsonObject operationState(const SimApp &app)
{
    return app.status().value(QStringLiteral("operationState")).toObject();
}

void setOperationState(SimApp &app, const QJsonObject &state)
{
    QJsonObject status = app.status();
    status.insert(QStringLiteral("operationState"), state);
    app.object.insert(QStringLiteral("status"), status);
}

bool resourceSelected(const QJsonArray &selection, const ResourceKey &key)
{
    if (selection.isEmpty())
        return true;
    for (const QJsonValue &v : selection) {
        const QJsonObject r = v.toObject();
        const auto match = [&](const char *field, const QString &value, bool optional) {
            const QString want = r.value(QLatin1StringView(field)).toString();
            return want == QStringLiteral("*") || want == value || (optional && want.isEmpty());
        };
        if (match("group", key.group, true) && match("kind", key.kind, false) &&
            match("name", key.name, false) && match("namespace", key.ns, true))
            return true;
    }
    return false;
}

QString resourceLabel(const ResourceKey &key)
{
    return key.kind.toLower() + (key.group.isEmpty() ? QString() : u'.' + key.group) + u'/' + key.name;
}

} // namespace

Controller::Controller(FleetState &state, GitStore &git, ControllerSettings settings, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_git(git)
    , m_settings(settings)
{
    connect(&m_tick, &QTimer::timeout, this, &Controller::tick);
    connect(&m_gitPoll, &QTimer::timeout, this, &Controller::pollGit);
}

void Controller::start()
{
    m_tick.start(m_settings.tickMs);
    m_gitPoll.start(m_settings.gitPollMs);
}

void Controller::pollGit()
{
    const QStringList changed = m_git.poll();
    if (!changed.isEmpty())
        repositoriesChanged(changed);
}

void Controller::repositoriesChanged(const QStringList &urls)
{
    for (auto &[name, app] : m_state.apps) {
        const QJsonObject spec = app.spec();
        QJsonArray sources = spec.value(QStringLiteral("sources")).toArray();
        if (sources.isEmpty())
            sources.append(spec.value(QStringLiteral("source")));
        for (const QJsonValue &s : sources)
            if (urls.contains(s.toObject().value(QStringLiteral("repoURL")).toString()))
                app.dirty = true;
    }
}

void Controller::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto &[name, app] : m_state.apps) {
        // Terminating keeps operationDueAt set until the operation ends: idle apps (nearly all of
        // 10,000) are passed over without reading their status out of the JSON.
        if (app.hasOperation() ||
            (app.operationDueAt.isValid() && operationState(app).value(QStringLiteral("phase")).toString() ==
                                                 QStringLiteral("Terminating"))) {
            if (!app.operationDueAt.isValid() || app.operationDueAt <= now)
                runOperation(app, now);
        }
        const bool due = app.dirty || (app.recheckAt.isValid() && app.recheckAt <= now);
        if (due) {
            reconcile(app, now);
            maybeAutoSync(app, now);
        }
    }
}

void Controller::reconcileNow(SimApp &app)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    reconcile(app, now);
    maybeAutoSync(app, now);
}

QList<SyncWindow> Controller::assignedWindows(const SimApp &app) const
{
    const QString project = app.spec().value(QStringLiteral("project")).toString();
    auto it = m_state.projects.find(project.isEmpty() ? QStringLiteral("default") : project);
    if (it == m_state.projects.end())
        return {};
    const QJsonObject destination = app.spec().value(QStringLiteral("destination")).toObject();
    const SyncWindowTarget target = windowTarget(app.name(), destination, const_cast<FleetState &>(m_state));
    QList<SyncWindow> assigned;
    for (const SyncWindow &window : projectWindows(it->second.object))
        if (windowMatches(window, target))
            assigned << window;
    return assigned;
}

SyncDecision Controller::syncDecision(const SimApp &app, bool manual, const QDateTime &now) const
{
    const QJsonObject destination = app.spec().value(QStringLiteral("destination")).toObject();
    return canSync(assignedWindows(app),
                   windowTarget(app.name(), destination, const_cast<FleetState &>(m_state)), manual, now);
}

void Controller::startOperation(SimApp &app, const QJsonObject &operation)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    app.object.insert(QStringLiteral("operation"), operation);
    setOperationState(
        app, QJsonObject{{QStringLiteral("operation"), operation},
                         {QStringLiteral("phase"), QStringLiteral("Running")},
                         {QStringLiteral("message"), QStringLiteral("one or more tasks are running")},
                         {QStringLiteral("startedAt"), isoTime(now)}});
    app.operationDueAt = now.addMSecs(m_settings.operationDelayMs);
    const QJsonObject sync = operation.value(QStringLiteral("sync")).toObject();
    const bool automated =
        operation.value(QStringLiteral("initiatedBy")).toObject().value(QStringLiteral("automated")).toBool();
    const QString revision = sync.value(QStringLiteral("revision")).toString();
    m_state.addEvent(app, QStringLiteral("OperationStarted"),
                     automated ? QStringLiteral("Initiated automated sync to '%1'").arg(revision)
                               : QStringLiteral("%1 initiated sync to %2")
                                     .arg(operation.value(QStringLiteral("initiatedBy"))
                                              .toObject()
                                              .value(QStringLiteral("username"))
                                              .toString(),
                                          revision.isEmpty() ? QStringLiteral("HEAD") : revision));
    m_state.commit(app);
}

void Controller::terminateOperation(SimApp &app)
{
    QJsonObject state = operationState(app);
    state.insert(QStringLiteral("phase"), QStringLiteral("Terminating"));
    setOperationState(app, state);
    app.operationDueAt = QDateTime::currentDateTimeUtc();
    m_state.commit(app);
}

void Controller::finishOperation(SimApp &app, const QString &phase, const QString &message,
                                 const QJsonObject &syncResult, const QDateTime &now)
{
    QJsonObject state = operationState(app);
    state.insert(QStringLiteral("phase"), phase);
    state.insert(QStringLiteral("message"), message);
    state.insert(QStringLiteral("finishedAt"), isoTime(now));
    if (!syncResult.isEmpty())
        state.insert(QStringLiteral("syncResult"), syncResult);
    setOperationState(app, state);
    app.object.remove(QStringLiteral("operation"));
    app.operationDueAt = QDateTime();
    m_state.addEvent(app, QStringLiteral("OperationCompleted"),
                     QStringLiteral("Sync operation to %1 %2: %3")
                         .arg(syncResult.value(QStringLiteral("revision")).toString(),
                              phase == QStringLiteral("Succeeded") ? QStringLiteral("succeeded")
                                                                   : QStringLiteral("failed"),
                              message),
                     phase != QStringLiteral("Succeeded"));
    app.dirty = true;
    m_state.commit(app);
}

void Controller::runOperation(SimApp &app, const QDateTime &now)
{
    QJsonObject state = operationState(app);
    if (state.value(QStringLiteral("phase")).toString() == QStringLiteral("Terminating")) {
        finishOperation(app, QStringLiteral("Failed"), QStringLiteral("Operation terminated"), {}, now);
        return;
    }
    const QJsonObject operation = app.object.value(QStringLiteral("operation")).toObject();
    const QJsonObject sync = operation.value(QStringLiteral("sync")).toObject();
    const bool automated =
        operation.value(QStringLiteral("initiatedBy")).toObject().value(QStringLiteral("automated")).toBool();

    // A running operation stalls, without failing, while a window blocks it.
    if (!syncDecision(app, !automated, now).canSync) {
        const QString blocked = QStringLiteral("Sync operation blocked by sync window");
        if (state.value(QStringLiteral("message")).toString() != blocked) {
            state.insert(QStringLiteral("message"), blocked);
            setOperationState(app, state);
            m_state.commit(app);
        }
        app.operationDueAt = now.addSecs(5);
        return;
    }

    SimCluster *cluster = m_state.clusterFor(app.spec().value(QStringLiteral("destination")).toObject());
    if (!cluster || !cluster->reachable) {
        finishOperation(app, QStringLiteral("Failed"),
                        QStringLiteral("failed to sync: cluster is unreachable: connection refused"), {},
                        now);
        return;
    }
    auto desired = desiredState(app, sync.value(QStringLiteral("revision")).toString(),
                                sync.value(QStringLiteral("source")).toObject());
    if (!desired) {
        finishOperation(app, QStringLiteral("Error"), desired.errorMessage(), {}, now);
        return;
    }

    const bool dryRun = sync.value(QStringLiteral("dryRun")).toBool();
    const bool prune = sync.value(QStringLiteral("prune")).toBool();
    const QJsonArray selection = sync.value(QStringLiteral("resources")).toArray();
    const QString suffix = dryRun ? QStringLiteral(" (dry run)") : QString();
    QJsonArray results;
    const auto result = [&](const ResourceKey &key, const QString &status, const QString &message) {
        QJsonObject r = key.toJson();
        r.insert(QStringLiteral("group"), key.group);
        r.insert(QStringLiteral("status"), status);
        r.insert(QStringLiteral("message"), message + suffix);
        r.insert(QStringLiteral("hookPhase"), QStringLiteral("Running"));
        r.insert(QStringLiteral("syncPhase"), QStringLiteral("Sync"));
        const QStringList images = imagesOf(desired->objects.value(key.id()));
        if (!images.isEmpty())
            r.insert(QStringLiteral("images"), QJsonArray::fromStringList(images));
        results.append(r);
    };
    for (auto it = desired->objects.cbegin(); it != desired->objects.cend(); ++it) {
        const ResourceKey key = keyOf(*it);
        if (!resourceSelected(selection, key))
            continue;
        const bool existed = cluster->objects.contains(it.key());
        bool changed = true;
        if (!dryRun)
            changed = apply(*cluster, *it, app.key, QStringLiteral("argocd-controller"), now);
        else if (existed) // what apply() would find: the same object, owned by this app
            changed = normalizeLive(cluster->objects.value(it.key()).manifest) != *it ||
                      cluster->objects.value(it.key()).ownerApp != app.key;
        result(key, QStringLiteral("Synced"),
               resourceLabel(key) + (!existed  ? QStringLiteral(" created")
                                     : changed ? QStringLiteral(" configured")
                                               : QStringLiteral(" unchanged")));
    }
    const QStringList liveIds = cluster->objects.keys();
    for (const QString &id : liveIds) {
        const LiveObject &object = cluster->objects[id];
        if (object.ownerApp != app.key || desired->objects.contains(id))
            continue;
        const ResourceKey key = keyOf(object.manifest);
        if (!resourceSelected(selection, key))
            continue;
        if (!prune) {
            result(key, QStringLiteral("PruneSkipped"), QStringLiteral("ignored (requires pruning)"));
            continue;
        }
        result(key, QStringLiteral("Pruned"), QStringLiteral("pruned"));
        if (!dryRun)
            cluster->objects.remove(id);
    }

    const QJsonObject source = sync.contains(QStringLiteral("source"))
                                   ? sync.value(QStringLiteral("source")).toObject()
                                   : app.spec().value(QStringLiteral("source")).toObject();
    QJsonObject syncResult{{QStringLiteral("resources"), results},
                           {QStringLiteral("revision"), desired->revisions.value(0)},
                           {QStringLiteral("source"), source}};
    if (desired->revisions.size() > 1)
        syncResult.insert(QStringLiteral("revisions"), QJsonArray::fromStringList(desired->revisions));
    if (!dryRun && selection.isEmpty())
        appendHistory(app, operation, desired->revisions.value(0),
                      QDateTime::fromString(state.value(QStringLiteral("startedAt")).toString(), Qt::ISODate),
                      now);
    finishOperation(app, QStringLiteral("Succeeded"), QStringLiteral("successfully synced (all tasks run)"),
                    syncResult, now);
    emit m_state.resourceTreeChanged(app.key);
}

void Controller::appendHistory(SimApp &app, const QJsonObject &operation, const QString &revision,
                               const QDateTime &startedAt, const QDateTime &now)
{
    QJsonObject status = app.status();
    QJsonArray history = status.value(QStringLiteral("history")).toArray();
    const qint64 id =
        history.isEmpty() ? 0 : history.last().toObject().value(QStringLiteral("id")).toInteger() + 1;
    const QJsonObject sync = operation.value(QStringLiteral("sync")).toObject();
    history.append(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("revision"), revision},
                    {QStringLiteral("deployedAt"), isoTime(now)},
                    {QStringLiteral("deployStartedAt"), isoTime(startedAt.isValid() ? startedAt : now)},
                    {QStringLiteral("source"), sync.contains(QStringLiteral("source"))
                                                   ? sync.value(QStringLiteral("source"))
                                                   : app.spec().value(QStringLiteral("source"))},
                    {QStringLiteral("initiatedBy"), operation.value(QStringLiteral("initiatedBy"))}});
    const int limit = app.spec().value(QStringLiteral("revisionHistoryLimit")).toInt(10);
    while (history.size() > limit)
        history.removeFirst();
    status.insert(QStringLiteral("history"), history);
    app.object.insert(QStringLiteral("status"), status);
}

void Controller::maybeAutoSync(SimApp &app, const QDateTime &now)
{
    if (!app.autoSyncEnabled() || app.hasOperation())
        return;
    const QJsonObject status = app.status();
    const QJsonObject sync = status.value(QStringLiteral("sync")).toObject();
    if (sync.value(QStringLiteral("status")).toString() != QStringLiteral("OutOfSync"))
        return;
    const QString revision = sync.value(QStringLiteral("revision")).toString();
    const QJsonObject automated = app.spec()
                                      .value(QStringLiteral("syncPolicy"))
                                      .toObject()
                                      .value(QStringLiteral("automated"))
                                      .toObject();
    const bool selfHeal = automated.value(QStringLiteral("selfHeal")).toBool();
    const bool prune = automated.value(QStringLiteral("prune")).toBool();
    // Without selfHeal, auto-sync runs once per revision; drift stays.
    if (app.autoSyncAttemptedRevision == revision && !selfHeal)
        return;
    // A failed attempt at this revision is not retried without a retry policy.
    const QJsonObject lastOp = status.value(QStringLiteral("operationState")).toObject();
    if (app.autoSyncAttemptedRevision == revision &&
        lastOp.value(QStringLiteral("phase")).toString() != QStringLiteral("Succeeded"))
        return;
    bool onlyPrune = true;
    for (const QJsonValue &r : status.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject resource = r.toObject();
        if (resource.value(QStringLiteral("status")).toString() == QStringLiteral("OutOfSync") &&
            !resource.value(QStringLiteral("requiresPruning")).toBool())
            onlyPrune = false;
    }
    if (onlyPrune && !prune)
        return;
    if (!syncDecision(app, false, now).canSync) {
        app.recheckAt = now.addSecs(10);
        return;
    }
    QJsonObject syncOp{{QStringLiteral("revision"), revision}};
    if (prune)
        syncOp.insert(QStringLiteral("prune"), true);
    const QJsonValue options =
        app.spec().value(QStringLiteral("syncPolicy")).toObject().value(QStringLiteral("syncOptions"));
    if (options.isArray())
        syncOp.insert(QStringLiteral("syncOptions"), options);
    app.autoSyncAttemptedRevision = revision;
    startOperation(
        app, QJsonObject{{QStringLiteral("sync"), syncOp},
                         {QStringLiteral("initiatedBy"), QJsonObject{{QStringLiteral("automated"), true}}},
                         {QStringLiteral("retry"), QJsonObject{{QStringLiteral("limit"), 5}}}});
}

void Controller::markOwnerDirty(const LiveObject &object)
{
    if (SimApp *owner = m_state.app(object.ownerApp))
        owner->dirty = true;
}

Status Controller::editLive(const QString &clusterName, const QString &resourceId,
                            const std::function<void(QJsonObject &)> &edit, const QString &manager,
                            const QStringList &changedPaths, const QString &subresource)
{
    auto it = m_state.clusters.find(clusterName);
    if (it == m_state.clusters.end())
        return Error{QStringLiteral("no cluster named %1").arg(clusterName)};
    auto object = it->second.objects.find(resourceId);
    if (object == it->second.objects.end())
        return Error{QStringLiteral("no object %1 in cluster %2").arg(resourceId, clusterName)};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    edit(object->manifest);
    QJsonObject metadata = object->manifest.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(m_state.nextVersion()));
    metadata.insert(QStringLiteral("generation"), ++object->generation);
    // Record who owns the changed fields, as server-side field management does: one
    // entry per (manager, operation, subresource), its field set growing with each edit.
    QJsonArray managed = metadata.value(QStringLiteral("managedFields")).toArray();
    qsizetype mine = -1;
    for (qsizetype i = 0; i < managed.size(); ++i) {
        const QJsonObject entry = managed.at(i).toObject();
        if (entry.value(QStringLiteral("manager")).toString() == manager &&
            entry.value(QStringLiteral("operation")).toString() == QStringLiteral("Update") &&
            entry.value(QStringLiteral("subresource")).toString() == subresource)
            mine = i;
    }
    QJsonObject fields =
        mine >= 0 ? managed.at(mine).toObject().value(QStringLiteral("fieldsV1")).toObject() : QJsonObject();
    const std::function<void(QJsonObject &, QStringList)> own = [&own](QJsonObject &set, QStringList parts) {
        const QString key = QStringLiteral("f:") + parts.takeFirst();
        QJsonObject child = set.value(key).toObject();
        if (!parts.isEmpty())
            own(child, parts);
        set.insert(key, child);
    };
    for (const QString &path : changedPaths)
        own(fields, path.split(u'.'));
    QJsonObject entry{{QStringLiteral("manager"), manager},
                      {QStringLiteral("operation"), QStringLiteral("Update")},
                      {QStringLiteral("apiVersion"), object->manifest.value(QStringLiteral("apiVersion"))},
                      {QStringLiteral("time"), isoTime(now)},
                      {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
                      {QStringLiteral("fieldsV1"), fields}};
    if (!subresource.isEmpty())
        entry.insert(QStringLiteral("subresource"), subresource);
    if (mine >= 0)
        managed.replace(mine, entry);
    else
        managed.append(entry);
    metadata.insert(QStringLiteral("managedFields"), managed);
    object->manifest.insert(QStringLiteral("metadata"), metadata);
    object->lastManager = manager;
    object->changedAt = now;
    markOwnerDirty(*object);
    return success();
}

Status Controller::setClusterReachable(const QString &clusterName, bool reachable)
{
    auto it = m_state.clusters.find(clusterName);
    if (it == m_state.clusters.end())
        return Error{QStringLiteral("no cluster named %1").arg(clusterName)};
    it->second.reachable = reachable;
    for (auto &[name, app] : m_state.apps)
        if (m_state.clusterFor(app.spec().value(QStringLiteral("destination")).toObject()) == &it->second)
            app.dirty = true;
    qCInfo(lcFleetsim) << "cluster" << clusterName
                       << (reachable ? "is reachable again" : "became unreachable");
    return success();
}

void Controller::deployInitially(SimApp &app, const QString &revision, int historyEntries)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SimCluster *cluster = m_state.clusterFor(app.spec().value(QStringLiteral("destination")).toObject());
    auto desired = desiredState(app, revision);
    if (!cluster || !desired) {
        qCWarning(lcFleetsim) << "cannot deploy" << app.name() << "initially:" << desired.errorMessage();
        return;
    }
    const QDateTime deployedAt = now.addSecs(-3600);
    for (const QJsonObject &object : std::as_const(desired->objects))
        apply(*cluster, object, app.key, QStringLiteral("argocd-controller"), deployedAt);
    // A plausible past: the same revision deployed `historyEntries` times, daily.
    const QJsonObject initiatedBy{{QStringLiteral("automated"), true}};
    for (int i = historyEntries - 1; i >= 0; --i) {
        const QDateTime at = deployedAt.addDays(-i);
        appendHistory(app,
                      QJsonObject{{QStringLiteral("sync"),
                                   QJsonObject{{QStringLiteral("revision"), desired->revisions.value(0)}}},
                                  {QStringLiteral("initiatedBy"), initiatedBy}},
                      desired->revisions.value(0), at.addSecs(-12), at);
    }
    QJsonObject status = app.status();
    const QJsonArray history = status.value(QStringLiteral("history")).toArray();
    if (!history.isEmpty()) {
        const QJsonObject last = history.last().toObject();
        status.insert(
            QStringLiteral("operationState"),
            QJsonObject{
                {QStringLiteral("operation"),
                 QJsonObject{{QStringLiteral("sync"), QJsonObject{{QStringLiteral("revision"),
                                                                   last.value(QStringLiteral("revision"))}}},
                             {QStringLiteral("initiatedBy"), initiatedBy}}},
                {QStringLiteral("phase"), QStringLiteral("Succeeded")},
                {QStringLiteral("message"), QStringLiteral("successfully synced (all tasks run)")},
                {QStringLiteral("startedAt"), last.value(QStringLiteral("deployStartedAt"))},
                {QStringLiteral("finishedAt"), last.value(QStringLiteral("deployedAt"))}});
        app.object.insert(QStringLiteral("status"), status);
    }
    app.autoSyncAttemptedRevision = desired->revisions.value(0);
}

} // namespace sextant::fleetsim
