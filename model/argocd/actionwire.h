#pragma once

#include "model/actions/syncpreview.h"
#include "model/domain/managedresource.h"
#include "model/domain/syncwindow.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sextant::argocd {

// The wire format of the actions (sync, rollback, PATCH, terminate): request bodies Sextant
// sends and the parts of answers it reads back. Pure functions: any thread.

// "v3.5.1+abc" → 3, 5, 1.
struct ServerVersion {
    int major = 0, minor = 0, patch = 0;
    QString text;
    bool known() const { return major > 0 || minor > 0; }
    // Whether spec.syncPolicy.automated.enabled=false stops auto-sync (v3.2 and later).
    bool honoursAutomatedEnabled() const { return major > 3 || (major == 3 && minor >= 2); }
};
ServerVersion parseServerVersion(const QString &text);

// GET /api/v1/session/userinfo → the username ("" for anonymous).
Result<QString> decodeUserName(QByteArrayView json);

// The annotation a pause writes on the app: the prior policy and who / when / why.
QString pausedPolicyAnnotation(); // "sextant.dev/paused-sync-policy"
struct PauseNote {
    QByteArray priorPolicyJson; // compact spec.syncPolicy as it was; "null" when absent
    QString by;
    QDateTime at;
    QString reason;
    QString batchId;
};
QString encodePauseNote(const PauseNote &note); // compact JSON
Result<PauseNote> decodePauseNote(const QString &text);

// The parts of an Application (GET …/applications/{name}) that pause and resume need,
// kept as the server sent them.
struct AppPolicyState {
    QString name;
    QString appNamespace;
    QString project;
    QByteArray syncPolicyJson;        // compact spec.syncPolicy; "null" when absent
    bool hasAnnotations = false;      // metadata.annotations is present
    std::optional<QString> pauseNote; // the pausedPolicyAnnotation() value when present
    bool automatedOn = false;         // automated present and enabled not false (as v3.2+ reads it)
    bool automatedPresent = false;
    bool operationRunning = false;
    QString targetRevision; // spec.source.targetRevision ("" = HEAD)
};
Result<AppPolicyState> decodeAppPolicyState(QByteArrayView appJson);
// The same for every item of GET /api/v1/applications (with policyListQuery()'s projection).
Result<QList<AppPolicyState>> decodeAppPolicyStates(QByteArrayView listJson);
// "?fields=…": just what decodeAppPolicyStates reads, from the List allow-list.
QString policyListQuery();

// Whether two compact policy JSON texts hold the same JSON (key order ignored).
bool samePolicy(const QByteArray &a, const QByteArray &b);
// The policy a pause leaves: automated.enabled=false (v3.2+), or no automated at all.
QByteArray pausedPolicy(const QByteArray &priorPolicyJson, bool useEnabledFalse);

// PATCH /api/v1/applications/{name} bodies (RFC 6902 JSON patches, patchType "json").
// Pause: writes the paused policy and the note in one patch.
QByteArray pausePatchBody(const AppPolicyState &current, const QByteArray &pausedPolicyJson,
                          const QString &noteText);
// Resume: restores `priorPolicyJson` exactly (removing syncPolicy when it was "null") and
// removes the note; with `expectedNote` the patch first tests the note is unchanged.
QByteArray resumePatchBody(const AppPolicyState &current, const QByteArray &priorPolicyJson,
                           const std::optional<QString> &expectedNote);

// POST …/sync body.
QByteArray syncRequestBody(const QString &appName, const QString &appNamespace, const SyncOptions &options,
                           bool dryRun);
// POST …/rollback body.
QByteArray rollbackRequestBody(const QString &appName, const QString &appNamespace, qint64 historyId);

// status.operationState of an app, with its sync result as resource changes.
struct OperationResult {
    QString phase; // Running, Terminating, Succeeded, Failed, Error; "" when none
    QString message;
    bool dryRun = false;
    bool operationPending = false; // a top-level operation is still set
    QString revision;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ResourceChange> resources;
    bool finished() const
    {
        return !operationPending && !phase.isEmpty() && phase != QStringLiteral("Running") &&
               phase != QStringLiteral("Terminating");
    }
};
Result<OperationResult> decodeOperationResult(QByteArrayView appJson);

// Container images per workload, old (live) → new (desired), from managed-resources.
QList<ImageChange> imageChanges(const QList<ManagedResource> &resources);

// GET …/applications/{name}/syncwindows → can a manual sync run, in words.
Result<SyncWindowState> decodeAppSyncWindows(QByteArrayView json);

// Project PUT bodies ({"project": …}) from GET /api/v1/projects/{name}: with a deny window
// added (always active, all apps, manual syncs refused), or with the window whose description
// is `description` removed (nullopt when the project has no such window).
QByteArray freezeWindowJson(const QString &description);
Result<QByteArray> projectWithWindow(QByteArrayView projectJson, const QByteArray &windowJson);
Result<std::optional<QByteArray>> projectWithoutWindow(QByteArrayView projectJson,
                                                       const QString &description);

} // namespace sextant::argocd
