#pragma once

#include "fleetsim/fleetstate.h"
#include "model/domain/syncwindow.h"
#include "model/result.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace sextant::fleetsim {

class GitStore;

struct ControllerSettings {
    int tickMs = 250;            // how often due work is looked at
    int operationDelayMs = 1000; // how long a sync operation runs
    qint64 progressingMs = 8000; // how long a changed workload stays Progressing
    int gitPollMs = 10000;       // how often the repositories are polled for new commits
};

// The simulated application controller: compares desired (Git) with live
// (simulated clusters), runs sync operations, auto-syncs, keeps history.
class Controller : public QObject {
    Q_OBJECT
public:
    Controller(FleetState &state, GitStore &git, ControllerSettings settings, QObject *parent = nullptr);

    void start();
    const ControllerSettings &settings() const { return m_settings; }

    struct Desired {
        QStringList revisions;              // one per source
        QStringList sourceTypes;            // one per source: Directory or Kustomize
        QMap<QString, QJsonObject> objects; // by ResourceKey::id()
    };
    // The app's desired objects at its target revision, or at `revision` with
    // `sourceOverride` (a rollback's history entry).
    Result<Desired> desiredState(const SimApp &app, const QString &revision = {},
                                 const QJsonObject &sourceOverride = {});

    // The app's resource tree now (for GET and the tree stream).
    QJsonObject resourceTree(const SimApp &app);

    SyncDecision syncDecision(const SimApp &app, bool manual, const QDateTime &now) const;
    QList<SyncWindow> assignedWindows(const SimApp &app) const;

    void startOperation(SimApp &app, const QJsonObject &operation);
    void terminateOperation(SimApp &app);
    void reconcileNow(SimApp &app);

    // Outside changes: a human or another controller edits a live object. The
    // managedFields entry of (manager, Update, subresource) gains the changed paths.
    Status editLive(const QString &clusterName, const QString &resourceId,
                    const std::function<void(QJsonObject &)> &edit, const QString &manager,
                    const QStringList &changedPaths, const QString &subresource = {});
    Status setClusterReachable(const QString &clusterName, bool reachable);
    void repositoriesChanged(const QStringList &urls);
    void pollGit();

    // Initial live state: applies the desired objects as if synced earlier.
    void deployInitially(SimApp &app, const QString &revision, int historyEntries);

private:
    void tick();
    void reconcile(SimApp &app, const QDateTime &now);
    void runOperation(SimApp &app, const QDateTime &now);
    void finishOperation(SimApp &app, const QString &phase, const QString &message,
                         const QJsonObject &syncResult, const QDateTime &now);
    void maybeAutoSync(SimApp &app, const QDateTime &now);
    bool apply(SimCluster &cluster, const QJsonObject &desired, const QString &appName,
               const QString &manager, const QDateTime &now);
    void appendHistory(SimApp &app, const QJsonObject &operation, const QString &revision,
                       const QDateTime &startedAt, const QDateTime &now);
    void markOwnerDirty(const LiveObject &object);

    FleetState &m_state;
    GitStore &m_git;
    ControllerSettings m_settings;
    QTimer m_tick;
    QTimer m_gitPoll;
};

} // namespace sextant::fleetsim
