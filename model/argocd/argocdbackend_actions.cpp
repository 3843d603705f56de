// ArgoCdBackend's operations: sync, refresh, rollback, terminate, pause and resume, freeze windows.
#include "model/argocd/actionwire.h"
#include "model/argocd/apipaths.h"
#include "model/argocd/argocdbackend.h"
#include "model/argocd/argocdbackend_p.h"
#include "model/argocd/argocdclient.h"
#include "model/argocd/argocddecoder.h"

#include <QPointer>
#include <QUrl>

namespace sextant::argocd {

namespace {

constexpr int ProjectEditAttempts = 4;

AutoReconcileState neutral(const AppPolicyState &s)
{
    AutoReconcileState state;
    state.name = s.name;
    state.appNamespace = s.appNamespace;
    state.project = s.project;
    state.settingJson = s.syncPolicyJson;
    state.hasAnnotations = s.hasAnnotations;
    state.pauseNote = s.pauseNote;
    state.on = s.automatedOn;
    state.present = s.automatedPresent;
    state.operationRunning = s.operationRunning;
    state.targetRevision = s.targetRevision;
    return state;
}

AppPolicyState wire(const AutoReconcileState &s)
{
    AppPolicyState state;
    state.name = s.name;
    state.appNamespace = s.appNamespace;
    state.project = s.project;
    state.syncPolicyJson = s.settingJson;
    state.hasAnnotations = s.hasAnnotations;
    state.pauseNote = s.pauseNote;
    state.automatedOn = s.on;
    state.automatedPresent = s.present;
    state.operationRunning = s.operationRunning;
    state.targetRevision = s.targetRevision;
    return state;
}

QString projectPath(const QString &project)
{
    return QStringLiteral("/api/v1/projects/") + QString::fromUtf8(QUrl::toPercentEncoding(project));
}

bool retryable(const Error &error)
{
    return error.code == 0 || error.code >= 500 || error.code == 429 || error.code == 408;
}

} // namespace

void ArgoCdBackend::instanceInfo(Callback<InstanceInfo> done)
{
    m_client->request("GET", QStringLiteral("/api/version"), {}, [this, done](Result<QByteArray> version) {
        if (!version)
            return done(version.error());
        InstanceInfo info;
        auto text = decodeVersion(*version);
        info.version = text ? *text : QString();
        m_client->request("GET", QStringLiteral("/api/v1/session/userinfo"), {},
                          [info, done](Result<QByteArray> user) mutable {
                              if (!user)
                                  return done(user.error());
                              auto name = decodeUserName(*user);
                              if (!name)
                                  return done(name.error());
                              info.user = *name;
                              done(info);
                          });
    });
}

void ArgoCdBackend::sync(const AppRef &app, const SyncOptions &options, bool dryRun, Callback<Done> done)
{
    send("POST", appBodyPath(app, u"/sync"), syncRequestBody(app.name, app.appNamespace, options, dryRun),
         std::move(done));
}

void ArgoCdBackend::operation(const AppRef &app, Callback<OperationResult> done)
{
    fetch<OperationResult>(
        "GET", appPath(app), {}, [](const QByteArray &bytes) { return decodeOperationResult(bytes); },
        std::move(done));
}

void ArgoCdBackend::refresh(const AppRef &app, bool hard, Callback<Done> done)
{
    send("GET", appPath(app, hard ? u"?refresh=hard" : u"?refresh=normal"), {}, std::move(done));
}

void ArgoCdBackend::terminate(const AppRef &app, Callback<Done> done)
{
    send("DELETE", appPath(app, u"/operation"), {}, std::move(done));
}

void ArgoCdBackend::rollback(const AppRef &app, qint64 historyId, Callback<Done> done)
{
    send("POST", appBodyPath(app, u"/rollback"), rollbackRequestBody(app.name, app.appNamespace, historyId),
         std::move(done));
}

void ArgoCdBackend::setAnnotation(const AppRef &app, const QString &key, const std::optional<QString> &value,
                                  Callback<Done> done)
{
    send("PATCH", appBodyPath(app), annotationPatchBody(app.name, app.appNamespace, key, value),
         std::move(done));
}

void ArgoCdBackend::syncWindowState(const AppRef &app, Callback<SyncWindowState> done)
{
    fetch<SyncWindowState>(
        "GET", appPath(app, u"/syncwindows"), {},
        [](const QByteArray &bytes) { return decodeAppSyncWindows(bytes); }, std::move(done));
}

// --- pause and resume ------------------------------------------------------------------

void ArgoCdBackend::autoReconcileStates(Callback<QList<AutoReconcileState>> done)
{
    fetch<QList<AutoReconcileState>>(
        "GET", QStringLiteral("/api/v1/applications") + policyListQuery(), {},
        [](const QByteArray &bytes) -> Result<QList<AutoReconcileState>> {
            auto states = decodeAppPolicyStates(bytes);
            if (!states)
                return states.error();
            QList<AutoReconcileState> result;
            result.reserve(states->size());
            for (const AppPolicyState &state : std::as_const(*states))
                result << neutral(state);
            return result;
        },
        std::move(done));
}

void ArgoCdBackend::autoReconcileState(const AppRef &app, Callback<AutoReconcileState> done)
{
    fetch<AutoReconcileState>(
        "GET", appPath(app), {},
        [](const QByteArray &bytes) -> Result<AutoReconcileState> {
            auto state = decodeAppPolicyState(bytes);
            if (!state)
                return state.error();
            return neutral(*state);
        },
        std::move(done));
}

bool ArgoCdBackend::sameSetting(const QByteArray &a, const QByteArray &b) const
{
    return samePolicy(a, b);
}

QByteArray ArgoCdBackend::pausedSetting(const QByteArray &prior, const InstanceInfo &info) const
{
    return pausedPolicy(prior, parseServerVersion(info.version).honoursAutomatedEnabled());
}

bool ArgoCdBackend::isPausedForm(const QByteArray &current, const QByteArray &prior) const
{
    return samePolicy(current, pausedPolicy(prior, true)) || samePolicy(current, pausedPolicy(prior, false));
}

void ArgoCdBackend::pause(const AppRef &app, const AutoReconcileState &current, const QByteArray &paused,
                          const PauseNote &note, Callback<Done> done)
{
    send("PATCH", appBodyPath(app), pausePatchBody(wire(current), paused, encodePauseNote(note)),
         std::move(done));
}

void ArgoCdBackend::resume(const AppRef &app, const AutoReconcileState &current, const QByteArray &prior,
                           const std::optional<QString> &expectedNote, Callback<Done> done)
{
    send("PATCH", appBodyPath(app), resumePatchBody(wire(current), prior, expectedNote), std::move(done));
}

// --- freeze windows --------------------------------------------------------------------

QString ArgoCdBackend::freezeWindowText(const QString &description) const
{
    return QString::fromUtf8(freezeWindowJson(description));
}

void ArgoCdBackend::addFreezeWindow(const QString &project, const QString &description, Callback<bool> done)
{
    const QByteArray window = freezeWindowJson(description);
    editProject(
        project,
        [window, description](const QByteArray &json) -> Result<std::optional<QByteArray>> {
            auto present = projectWithoutWindow(json, description);
            if (present && *present)
                return std::optional<QByteArray>(); // added by an earlier attempt
            auto added = projectWithWindow(json, window);
            if (!added)
                return added.error();
            return std::optional<QByteArray>(*added);
        },
        std::move(done));
}

void ArgoCdBackend::removeFreezeWindow(const QString &project, const QString &description,
                                       Callback<bool> done)
{
    editProject(
        project, [description](const QByteArray &json) { return projectWithoutWindow(json, description); },
        std::move(done));
}

void ArgoCdBackend::editProject(const QString &project,
                                std::function<Result<std::optional<QByteArray>>(const QByteArray &)> edit,
                                Callback<bool> done, int attempt)
{
    m_client->request("GET", projectPath(project), {}, [=, this](Result<QByteArray> body) {
        if (!body) {
            if (retryable(body.error()) && attempt < ProjectEditAttempts)
                return editProject(project, edit, done, attempt + 1);
            return done(body.error());
        }
        auto edited = edit(*body);
        if (!edited)
            return done(edited.error());
        if (!*edited)
            return done(false);
        m_client->request("PUT", projectPath(project), **edited, [=, this](Result<QByteArray> put) {
            if (put)
                return done(true);
            if ((put.error().code == 409 || retryable(put.error())) && attempt < ProjectEditAttempts)
                return editProject(project, edit, done, attempt + 1);
            done(put.error());
        });
    });
}

} // namespace sextant::argocd
