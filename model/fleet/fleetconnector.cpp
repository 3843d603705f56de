#include "model/fleet/fleetconnector.h"

namespace sextant {

namespace {

InstanceStatus::Connection connectionOf(ControllerBackend::State state)
{
    using State = ControllerBackend::State;
    switch (state) {
    case State::Live: return InstanceStatus::Connection::Live;
    case State::Reconnecting: return InstanceStatus::Connection::Reconnecting;
    case State::AuthFailed: return InstanceStatus::Connection::AuthFailed;
    case State::Failed: return InstanceStatus::Connection::Failed;
    case State::Idle:
    case State::Connecting: break;
    }
    return InstanceStatus::Connection::Connecting;
}

} // namespace

FleetConnector::FleetConnector(FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        for (const auto &[name, backend] : m_backends)
            publishStatus(backend.get());
    });
    m_heartbeat.start(5000);
}

FleetConnector::~FleetConnector() = default;

ControllerBackend *FleetConnector::addBackend(std::unique_ptr<ControllerBackend> backend)
{
    const QString name = backend->instanceName();
    removeInstance(name);
    ControllerBackend *raw = backend.get();
    connect(raw, &ControllerBackend::stateChanged, this, [this, raw] { publishStatus(raw); });
    connect(raw, &ControllerBackend::snapshotLoaded, this, [this, raw](const FleetSnapshot &snapshot) {
        publishStatus(raw);
        m_store->applySnapshot(raw->instanceName(), snapshot.applications, snapshot.clusters,
                               snapshot.projects, snapshot.repositories);
    });
    connect(raw, &ControllerBackend::eventsReceived, this, [this, raw](const QList<WatchEvent> &events) {
        for (const WatchEvent &event : events) {
            if (event.type == WatchEvent::Type::Deleted)
                m_store->queueRemoval(raw->instanceName(), event.application.ns, event.application.name);
            else
                m_store->queueUpsert(raw->instanceName(), event.application);
        }
    });
    m_backends[name] = std::move(backend);
    publishStatus(raw);
    emit backendAdded(raw);
    raw->start();
    return raw;
}

void FleetConnector::removeInstance(const QString &name)
{
    auto it = m_backends.find(name);
    if (it == m_backends.end())
        return;
    it->second->stop();
    m_backends.erase(it);
    m_store->removeInstance(name);
}

ControllerBackend *FleetConnector::backend(const QString &name) const
{
    auto it = m_backends.find(name);
    return it == m_backends.end() ? nullptr : it->second.get();
}

QStringList FleetConnector::instanceNames() const
{
    QStringList names;
    for (const auto &[name, backend] : m_backends)
        names << name;
    return names;
}

void FleetConnector::publishStatus(ControllerBackend *backend)
{
    InstanceStatus status;
    status.name = backend->instanceName();
    status.controller = backend->kind();
    status.server = backend->server().toString();
    status.connection = connectionOf(backend->state());
    status.message = backend->lastError();
    status.lastHeard = backend->lastHeard();
    status.nextRetry = backend->nextRetry();
    status.serverVersion = backend->serverVersion();
    // A cache loaded earlier keeps its label until the first live answer.
    if (status.connection == InstanceStatus::Connection::Connecting &&
        m_store->instance(status.name).connection == InstanceStatus::Connection::Cached) {
        status.connection = InstanceStatus::Connection::Cached;
        status.lastHeard = m_store->instance(status.name).lastHeard;
    }
    m_store->setInstanceStatus(status);
}

} // namespace sextant
