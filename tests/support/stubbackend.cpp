#include "tests/support/stubbackend.h"

#include <QTimer>

namespace sextant::testing {

StubBackend::StubBackend(QString instance, QList<App> apps, QObject *parent)
    : ControllerBackend(parent)
    , m_name(std::move(instance))
{
    for (const App &app : std::as_const(apps)) {
        const AppRef ref{m_name, app.ns, app.name};
        m_apps.insert(ref, app);
        m_order << ref;
    }
}

void StubBackend::later(std::function<void()> answer)
{
    QTimer::singleShot(0, this, std::move(answer));
}

Application StubBackend::application(const App &app) const
{
    Application a;
    a.controller = ControllerKind::Flux;
    a.instance = m_name;
    a.ns = app.ns;
    a.name = app.name;
    a.destinationName = QString(Cluster);
    a.destinationNamespace = app.name;
    a.sources = m_sources.value(AppRef{m_name, app.ns, app.name});
    a.syncStatus = SyncStatus::Synced;
    a.health = HealthStatus::Healthy;
    // Auto-reconcile as the views read it: on, paused (suspended) or off.
    a.syncPolicy.automated = app.settingJson != "null";
    a.syncPolicy.enabled = app.settingJson != suspended();
    if (app.pauseNote)
        a.annotations.insert(pauseNoteAnnotation(), *app.pauseNote);
    return a;
}

AutoReconcileState StubBackend::reconcileState(const App &app) const
{
    AutoReconcileState state;
    state.name = app.name;
    state.appNamespace = app.ns;
    state.settingJson = app.settingJson;
    state.hasAnnotations = app.pauseNote.has_value();
    state.pauseNote = app.pauseNote;
    state.present = app.settingJson != "null";
    state.on = app.settingJson == reconciling();
    return state;
}

void StubBackend::start()
{
    m_state = State::Connecting;
    later([this] {
        FleetSnapshot snapshot;
        snapshot.instance = m_name;
        for (const AppRef &ref : std::as_const(m_order))
            snapshot.applications << application(m_apps.value(ref));
        sextant::Cluster cluster;
        cluster.instance = m_name;
        cluster.name = QString(Cluster);
        cluster.server = QStringLiteral("https://lab-cluster.invalid");
        cluster.controller = ControllerKind::Flux;
        snapshot.clusters << cluster;
        m_state = State::Live;
        m_lastHeard = QDateTime::currentDateTimeUtc();
        emit stateChanged(m_state, {});
        emit snapshotLoaded(snapshot);
    });
}

void StubBackend::stop()
{
    m_state = State::Idle;
}

void StubBackend::changed(const App &app)
{
    m_lastHeard = QDateTime::currentDateTimeUtc();
    emit eventsReceived({WatchEvent{WatchEvent::Type::Modified, application(app)}});
}

void StubBackend::resourceTree(const AppRef &, Callback<ResourceTree> done)
{
    later([done] { done(ResourceTree{}); });
}

void StubBackend::events(const AppRef &, Callback<QList<EventRecord>> done)
{
    later([done] { done(QList<EventRecord>{}); });
}

void StubBackend::managedResources(const AppRef &app, Callback<QList<ManagedResource>> done)
{
    later([done, resources = m_managed.value(app)] { done(resources); });
}

void StubBackend::applicationObject(const AppRef &app, Callback<QJsonObject> done)
{
    later([done, app] {
        done(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("Kustomization")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), app.name},
                                                     {QStringLiteral("namespace"), app.appNamespace}}}});
    });
}

void StubBackend::instanceInfo(Callback<InstanceInfo> done)
{
    later([done] { done(InstanceInfo{QStringLiteral("stub 1.0"), QStringLiteral("lab-operator")}); });
}

void StubBackend::sync(const AppRef &app, const SyncOptions &, bool, Callback<Done> done)
{
    m_requests << QStringLiteral("sync %1").arg(app.displayName());
    later([done] { done(Done{}); });
}

void StubBackend::operation(const AppRef &, Callback<OperationResult> done)
{
    later([done] {
        OperationResult result;
        result.phase = QStringLiteral("Succeeded");
        done(result);
    });
}

void StubBackend::refresh(const AppRef &app, bool, Callback<Done> done)
{
    m_requests << QStringLiteral("refresh %1").arg(app.displayName());
    later([done] { done(Done{}); });
}

void StubBackend::autoReconcileStates(Callback<QList<AutoReconcileState>> done)
{
    QList<AutoReconcileState> states;
    for (const AppRef &ref : std::as_const(m_order))
        states << reconcileState(m_apps.value(ref));
    later([done, states] { done(states); });
}

void StubBackend::autoReconcileState(const AppRef &app, Callback<AutoReconcileState> done)
{
    if (!m_apps.contains(app))
        return later([done] { done(Error{QStringLiteral("not found"), 404}); });
    const AutoReconcileState state = reconcileState(m_apps.value(app));
    later([done, state] { done(state); });
}

void StubBackend::pause(const AppRef &app, const AutoReconcileState &, const QByteArray &paused,
                        const PauseNote &note, Callback<Done> done)
{
    m_requests << QStringLiteral("pause %1").arg(app.displayName());
    auto it = m_apps.find(app);
    if (it == m_apps.end())
        return later([done] { done(Error{QStringLiteral("not found"), 404}); });
    it->settingJson = paused;
    it->pauseNote = encodePauseNote(note);
    const App now = *it;
    later([this, done, now] {
        changed(now);
        done(Done{});
    });
}

void StubBackend::resume(const AppRef &app, const AutoReconcileState &, const QByteArray &prior,
                         const std::optional<QString> &expectedNote, Callback<Done> done)
{
    m_requests << QStringLiteral("resume %1").arg(app.displayName());
    auto it = m_apps.find(app);
    if (it == m_apps.end())
        return later([done] { done(Error{QStringLiteral("not found"), 404}); });
    if (expectedNote && it->pauseNote != expectedNote)
        return later([done] { done(Error{QStringLiteral("the pause note changed"), 409}); });
    it->settingJson = prior;
    it->pauseNote.reset();
    const App now = *it;
    later([this, done, now] {
        changed(now);
        done(Done{});
    });
}

} // namespace sextant::testing
