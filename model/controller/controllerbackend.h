#pragma once

#include "model/controller/fleetsnapshot.h"
#include "model/controller/operations.h"
#include "model/controller/pausenote.h"
#include "model/domain/applicationset.h"
#include "model/domain/appref.h"
#include "model/domain/controllerkind.h"
#include "model/domain/managedresource.h"
#include "model/domain/resourcetree.h"
#include "model/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sextant {

// Error::code of an answer that arrived but cannot be read (its message says what and where).
constexpr int UnreadableAnswer = -1;

// What a backend can do. A capability it lacks is declared here and refused with a clear
// message by the operation, never faked.
struct BackendCapabilities {
    bool login = false;              // username and password sign-in (else tokens only)
    bool syncPreview = false;        // a dry-run sync that reports each resource's change
    bool historyRollback = false;    // roll back to one of the controller's own history entries
    bool terminate = false;          // stop a running operation
    bool syncWindows = false;        // per-app windows that may refuse a manual sync
    bool freezeWindows = false;      // a deny window per project, added by an emergency pause
    bool resourceTreeStream = false; // live updates of an app's resource tree
    bool selectiveSync = false;      // sync only some resources of an app
};

// Live updates of one app's resource tree. Emits only after the backend returned it.
class ResourceTreeWatch : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool isLive() const = 0; // the controller accepted the watch

signals:
    void opened();
    void treeChanged(const sextant::ResourceTree &tree);
    // An update that cannot be read, or an error the controller sent in the stream:
    // user-facing message and code (HTTP status; 0 when none). The watch goes on unless ended.
    void broken(const QString &message, int code);
    // The watch ended: a user-facing message and the HTTP status (0 when none arrived).
    void ended(const QString &message, int httpStatus);
};

// One controller instance (an Argo CD server; next, a Flux cluster through its Kubernetes
// API): the connection with the snapshot and its live events, the details of one app and the
// operations on it. fleet/, actions/, app/ and the views reach controllers only through this.
//
// Lives on its owner's thread (the GUI thread in the app). Every callback runs on that thread,
// never synchronously inside the call that asked, and not at all once the backend is
// destroyed. Errors are user-facing; Error::code is the HTTP status when one arrived.
class ControllerBackend : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,         // not started, or stopped
        Connecting,   // first load in progress
        Live,         // listed, and watching
        Reconnecting, // the watch was lost; waiting to re-list (nextRetry) or re-listing
        AuthFailed,   // the credentials were refused: waits for login() or setToken()
        Failed,       // the last attempt failed; retried at nextRetry() when that is valid
    };
    Q_ENUM(State)

    template<typename T> using Callback = std::function<void(Result<T>)>;

    using QObject::QObject;
    ~ControllerBackend() override;

    virtual ControllerKind kind() const = 0;
    virtual QString instanceName() const = 0;
    virtual QUrl server() const = 0;
    virtual BackendCapabilities capabilities() const = 0;

    // --- connection --------------------------------------------------------------------
    virtual void start() = 0; // loads everything, then watches
    virtual void stop() = 0;  // aborts loading and watching; state Idle
    virtual State state() const = 0;
    virtual QString lastError() const = 0;   // user-facing; empty when none
    virtual QDateTime lastHeard() const = 0; // the last byte from the controller (UTC)
    virtual QDateTime nextRetry() const = 0; // invalid when none is scheduled
    virtual QString serverVersion() const = 0;
    // Reconnect backoff: initial delay doubling up to maximum.
    virtual void setRetryDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum) = 0;
    virtual QString token() const = 0;
    virtual void setToken(const QString &token) = 0;
    // Sign-in with a username and password (capabilities().login); loggedIn() or loginFailed().
    virtual void login(const QString &username, const QString &password);

    // --- one app's details -------------------------------------------------------------
    virtual void resourceTree(const AppRef &app, Callback<ResourceTree> done) = 0;
    virtual std::unique_ptr<ResourceTreeWatch> watchResourceTree(const AppRef &app);
    virtual void events(const AppRef &app, Callback<QList<EventRecord>> done) = 0;
    // Live and desired state of each managed resource (the inputs of a diff).
    virtual void managedResources(const AppRef &app, Callback<QList<ManagedResource>> done) = 0;
    // The controller's own object for the app, as JSON (its spec drives diff normalization).
    virtual void applicationObject(const AppRef &app, Callback<QJsonObject> done) = 0;

    // --- operations ----------------------------------------------------------------------
    // The controller's version and the account Sextant acts as.
    virtual void instanceInfo(Callback<InstanceInfo> done) = 0;
    // Asks for a sync (a dry run when `dryRun`); the operation then runs on the controller.
    virtual void sync(const AppRef &app, const SyncOptions &options, bool dryRun, Callback<Done> done) = 0;
    // The app's current (or last) operation.
    virtual void operation(const AppRef &app, Callback<OperationResult> done) = 0;
    virtual void refresh(const AppRef &app, bool hard, Callback<Done> done) = 0;
    virtual void terminate(const AppRef &app, Callback<Done> done);
    virtual void rollback(const AppRef &app, qint64 historyId, Callback<Done> done);
    virtual void syncWindowState(const AppRef &app, Callback<SyncWindowState> done);
    // The instance's ApplicationSets with their progressive-sync status (read-only); refused by
    // controllers that have none.
    virtual void applicationSets(Callback<QList<ApplicationSetProgress>> done);
    // Sets one annotation on the app (removes it with nullopt), leaving everything else as it is.
    virtual void setAnnotation(const AppRef &app, const QString &key, const std::optional<QString> &value,
                               Callback<Done> done);

    // --- auto-reconcile: pause and resume ------------------------------------------------
    virtual void autoReconcileStates(Callback<QList<AutoReconcileState>> done) = 0; // every app
    virtual void autoReconcileState(const AppRef &app, Callback<AutoReconcileState> done) = 0;
    // Whether two settings (AutoReconcileState::settingJson) mean the same.
    virtual bool sameSetting(const QByteArray &a, const QByteArray &b) const = 0;
    // The setting a pause leaves in place of `prior` on this instance.
    virtual QByteArray pausedSetting(const QByteArray &prior, const InstanceInfo &info) const = 0;
    // Whether `current` is a paused form of `prior` (any that a pause may have left).
    virtual bool isPausedForm(const QByteArray &current, const QByteArray &prior) const = 0;
    // Writes `paused` and the note in one change (the note is what resume reads back).
    virtual void pause(const AppRef &app, const AutoReconcileState &current, const QByteArray &paused,
                       const PauseNote &note, Callback<Done> done) = 0;
    // Restores `prior` exactly and removes the note; with `expectedNote` only if the note
    // is still that text.
    virtual void resume(const AppRef &app, const AutoReconcileState &current, const QByteArray &prior,
                        const std::optional<QString> &expectedNote, Callback<Done> done) = 0;
    // capabilities().freezeWindows: adds (or removes) a deny-all window named `description` on
    // the project; `done` says whether the project changed.
    virtual void addFreezeWindow(const QString &project, const QString &description, Callback<bool> done);
    virtual void removeFreezeWindow(const QString &project, const QString &description, Callback<bool> done);
    // The window addFreezeWindow() writes, as the controller stores it (kept in the pause ledger).
    virtual QString freezeWindowText(const QString &description) const;

signals:
    void stateChanged(sextant::ControllerBackend::State state, const QString &message);
    void snapshotLoaded(const sextant::FleetSnapshot &snapshot);
    void eventsReceived(const QList<sextant::WatchEvent> &events);
    void tokenRenewed(const QString &token);
    void loggedIn();
    void loginFailed(const QString &message);

protected:
    // For an operation the backend lacks: `done` gets a clear Error on the next event loop turn.
    template<typename T> void refuse(const QString &what, Callback<T> done)
    {
        refuseLater([done, message = unsupported(what)] { done(Error{message}); });
    }
    QString unsupported(const QString &what) const;

private:
    void refuseLater(std::function<void()> call);
};

} // namespace sextant
