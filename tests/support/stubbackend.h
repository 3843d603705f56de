#pragma once

#include "model/controller/controllerbackend.h"

#include <QHash>
#include <QStringList>

namespace sextant::testing {

// A second controller backend that serves a few apps from memory, for tests of the seam:
// it connects at once, reports its apps as a Flux instance would (suspend on or off), and
// answers pause and resume by changing its own state and sending the change as a watch
// event. Whatever it lacks (preview, history rollback, terminate, windows) it declares.
class StubBackend final : public ControllerBackend {
    Q_OBJECT
public:
    struct App {
        QString ns;
        QString name;
        QByteArray settingJson; // {"suspend":false}; "null" when the app has no auto-reconcile
        std::optional<QString> pauseNote;
    };

    StubBackend(QString instance, QList<App> apps, QObject *parent = nullptr);

    static QByteArray reconciling() { return QByteArrayLiteral("{\"suspend\":false}"); }
    static QByteArray suspended() { return QByteArrayLiteral("{\"suspend\":true}"); }

    // What the backend holds now, and the changes it was asked for ("pause ns/name", …).
    App app(const QString &ns, const QString &name) const { return m_apps.value(AppRef{m_name, ns, name}); }
    QStringList requests() const { return m_requests; }
    // What an app deploys from, and the managed resources the backend answers for it.
    void setSources(const QString &ns, const QString &name, const QList<ApplicationSource> &sources)
    {
        m_sources.insert(AppRef{m_name, ns, name}, sources);
    }
    void setManagedResources(const QString &ns, const QString &name, const QList<ManagedResource> &resources)
    {
        m_managed.insert(AppRef{m_name, ns, name}, resources);
    }
    static constexpr QLatin1StringView Cluster{"lab-cluster"};

    ControllerKind kind() const override { return ControllerKind::Flux; }
    QString instanceName() const override { return m_name; }
    QUrl server() const override { return QUrl(QStringLiteral("https://lab.invalid")); }
    BackendCapabilities capabilities() const override { return {}; }

    void start() override;
    void stop() override;
    State state() const override { return m_state; }
    QString lastError() const override { return {}; }
    QDateTime lastHeard() const override { return m_lastHeard; }
    QDateTime nextRetry() const override { return {}; }
    QString serverVersion() const override { return QStringLiteral("stub 1.0"); }
    void setRetryDelays(std::chrono::milliseconds, std::chrono::milliseconds) override {}
    QString token() const override { return {}; }
    void setToken(const QString &) override {}

    void resourceTree(const AppRef &app, Callback<ResourceTree> done) override;
    void events(const AppRef &app, Callback<QList<EventRecord>> done) override;
    void managedResources(const AppRef &app, Callback<QList<ManagedResource>> done) override;
    void applicationObject(const AppRef &app, Callback<QJsonObject> done) override;

    void instanceInfo(Callback<InstanceInfo> done) override;
    void sync(const AppRef &app, const SyncOptions &options, bool dryRun, Callback<Done> done) override;
    void operation(const AppRef &app, Callback<OperationResult> done) override;
    void refresh(const AppRef &app, bool hard, Callback<Done> done) override;

    void autoReconcileStates(Callback<QList<AutoReconcileState>> done) override;
    void autoReconcileState(const AppRef &app, Callback<AutoReconcileState> done) override;
    bool sameSetting(const QByteArray &a, const QByteArray &b) const override { return a == b; }
    QByteArray pausedSetting(const QByteArray &, const InstanceInfo &) const override { return suspended(); }
    bool isPausedForm(const QByteArray &current, const QByteArray &) const override
    {
        return current == suspended();
    }
    void pause(const AppRef &app, const AutoReconcileState &current, const QByteArray &paused,
               const PauseNote &note, Callback<Done> done) override;
    void resume(const AppRef &app, const AutoReconcileState &current, const QByteArray &prior,
                const std::optional<QString> &expectedNote, Callback<Done> done) override;

private:
    Application application(const App &app) const;
    AutoReconcileState reconcileState(const App &app) const;
    // Runs `answer` on the next event loop turn, as a real backend answers.
    void later(std::function<void()> answer);
    void changed(const App &app);

    QString m_name;
    QHash<AppRef, App> m_apps;
    QList<AppRef> m_order;
    QHash<AppRef, QList<ApplicationSource>> m_sources;
    QHash<AppRef, QList<ManagedResource>> m_managed;
    QStringList m_requests;
    State m_state = State::Idle;
    QDateTime m_lastHeard;
};

} // namespace sextant::testing
