#pragma once

#include "model/controller/operations.h"
#include "model/controller/pausenote.h"
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

// The pause note is the same for every controller (model/controller/pausenote.h).
using sextant::decodePauseNote;
using sextant::encodePauseNote;
using sextant::PauseNote;
inline QString pausedPolicyAnnotation()
{
    return pauseNoteAnnotation();
}

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
// PATCH …/applications/{name}: a merge patch that sets one annotation (or removes it: nullopt).
QByteArray annotationPatchBody(const QString &appName, const QString &appNamespace, const QString &key,
                               const std::optional<QString> &value);

// status.operationState of an app, with its sync result as resource changes.
using sextant::OperationResult;
Result<OperationResult> decodeOperationResult(QByteArrayView appJson);

using sextant::imageChanges;

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
