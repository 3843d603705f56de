#pragma once

#include "model/argocd/instanceconfig.h"
#include "model/controller/controllerbackend.h"

#include <QThreadPool>

#include <memory>

namespace sextant::argocd {

class ArgoCdClient;

// One Argo CD server behind the controller seam: ArgoCdClient for the connection, the list
// and the watch; the REST paths and the wire format of details and actions (argocddecoder,
// detaildecoder, actionwire) in one place. Bodies are decoded on a pool of this backend's own;
// callbacks run on its owner's thread.
class ArgoCdBackend final : public ControllerBackend {
    Q_OBJECT
public:
    explicit ArgoCdBackend(InstanceConfig config, QObject *parent = nullptr);
    ~ArgoCdBackend() override;

    const InstanceConfig &config() const;
    // The client, for what only Argo CD has (tests, tuning).
    ArgoCdClient &client() { return *m_client; }

    ControllerKind kind() const override { return ControllerKind::ArgoCd; }
    QString instanceName() const override;
    QUrl server() const override;
    BackendCapabilities capabilities() const override;

    void start() override;
    void stop() override;
    State state() const override;
    QString lastError() const override;
    QDateTime lastHeard() const override;
    QDateTime nextRetry() const override;
    QString serverVersion() const override;
    void setRetryDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum) override;
    QString token() const override;
    void setToken(const QString &token) override;
    void login(const QString &username, const QString &password) override;

    void resourceTree(const AppRef &app, Callback<ResourceTree> done) override;
    std::unique_ptr<ResourceTreeWatch> watchResourceTree(const AppRef &app) override;
    void events(const AppRef &app, Callback<QList<EventRecord>> done) override;
    void managedResources(const AppRef &app, Callback<QList<ManagedResource>> done) override;
    void applicationObject(const AppRef &app, Callback<QJsonObject> done) override;

    void instanceInfo(Callback<InstanceInfo> done) override;
    void sync(const AppRef &app, const SyncOptions &options, bool dryRun, Callback<Done> done) override;
    void operation(const AppRef &app, Callback<OperationResult> done) override;
    void refresh(const AppRef &app, bool hard, Callback<Done> done) override;
    void terminate(const AppRef &app, Callback<Done> done) override;
    void rollback(const AppRef &app, qint64 historyId, Callback<Done> done) override;
    void setAnnotation(const AppRef &app, const QString &key, const std::optional<QString> &value,
                       Callback<Done> done) override;
    void syncWindowState(const AppRef &app, Callback<SyncWindowState> done) override;
    void applicationSets(Callback<QList<ApplicationSetProgress>> done) override;

    void autoReconcileStates(Callback<QList<AutoReconcileState>> done) override;
    void autoReconcileState(const AppRef &app, Callback<AutoReconcileState> done) override;
    bool sameSetting(const QByteArray &a, const QByteArray &b) const override;
    QByteArray pausedSetting(const QByteArray &prior, const InstanceInfo &info) const override;
    bool isPausedForm(const QByteArray &current, const QByteArray &prior) const override;
    void pause(const AppRef &app, const AutoReconcileState &current, const QByteArray &paused,
               const PauseNote &note, Callback<Done> done) override;
    void resume(const AppRef &app, const AutoReconcileState &current, const QByteArray &prior,
                const std::optional<QString> &expectedNote, Callback<Done> done) override;
    void addFreezeWindow(const QString &project, const QString &description, Callback<bool> done) override;
    void removeFreezeWindow(const QString &project, const QString &description, Callback<bool> done) override;
    QString freezeWindowText(const QString &description) const override;

private:
    // A request whose 2xx body is decoded on the pool by `decode`.
    template<typename T, typename Decode>
    void fetch(const QByteArray &method, const QString &path, const QByteArray &body, Decode decode,
               Callback<T> done);
    // A request whose answer body is not read.
    void send(const QByteArray &method, const QString &path, const QByteArray &body, Callback<Done> done);
    // GET the project, edit it, PUT it; a 409 (stale resourceVersion) or a 5xx reads again.
    void editProject(const QString &project,
                     std::function<Result<std::optional<QByteArray>>(const QByteArray &)> edit,
                     Callback<bool> done, int attempt = 1);

    std::unique_ptr<ArgoCdClient> m_client;
    QThreadPool m_decodePool;
};

// GET …/managed-resources decoded, with a decode error worded for the operator (the app's
// display name in it). Pure: any thread.
Result<QList<ManagedResource>> readManagedResources(QByteArrayView json, const QString &appName);

// An Argo CD backend for `config`, as the app and the command line create them.
std::unique_ptr<ControllerBackend> makeBackend(const InstanceConfig &config);

} // namespace sextant::argocd
