#include "model/fleet/fleetconnector.h"

namespace sextant {

namespace {

InstanceStatus::Connection connectionOf(argocd::ArgoCdClient::State state)
{
    using State = argocd::ArgoCdClient::State;
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
        for (const auto &[name, client] : m_clients)
            publishStatus(client.get());
    });
    m_heartbeat.start(5000);
}

FleetConnector::~FleetConnector() = default;

argocd::ArgoCdClient *FleetConnector::addInstance(const argocd::InstanceConfig &config)
{
    removeInstance(config.name);
    auto client = std::make_unique<argocd::ArgoCdClient>(config);
    argocd::ArgoCdClient *raw = client.get();
    connect(raw, &argocd::ArgoCdClient::stateChanged, this, [this, raw] { publishStatus(raw); });
    connect(raw, &argocd::ArgoCdClient::snapshotLoaded, this,
            [this, raw](const argocd::FleetSnapshot &snapshot) {
                publishStatus(raw);
                m_store->applySnapshot(raw->instanceName(), snapshot.applications, snapshot.clusters,
                                       snapshot.projects, snapshot.repositories);
            });
    connect(raw, &argocd::ArgoCdClient::eventsReceived, this,
            [this, raw](const QList<argocd::WatchEvent> &events) {
                for (const argocd::WatchEvent &event : events) {
                    if (event.type == argocd::WatchEvent::Type::Deleted)
                        m_store->queueRemoval(raw->instanceName(), event.application.ns,
                                              event.application.name);
                    else
                        m_store->queueUpsert(raw->instanceName(), event.application);
                }
            });
    m_clients[config.name] = std::move(client);
    publishStatus(raw);
    raw->start();
    return raw;
}

void FleetConnector::removeInstance(const QString &name)
{
    auto it = m_clients.find(name);
    if (it == m_clients.end())
        return;
    it->second->stop();
    m_clients.erase(it);
    m_store->removeInstance(name);
}

argocd::ArgoCdClient *FleetConnector::client(const QString &name) const
{
    auto it = m_clients.find(name);
    return it == m_clients.end() ? nullptr : it->second.get();
}

QStringList FleetConnector::instanceNames() const
{
    QStringList names;
    for (const auto &[name, client] : m_clients)
        names << name;
    return names;
}

void FleetConnector::publishStatus(argocd::ArgoCdClient *client)
{
    InstanceStatus status;
    status.name = client->instanceName();
    status.server = client->config().server.toString();
    status.connection = connectionOf(client->state());
    status.message = client->lastError();
    status.lastHeard = client->lastHeard();
    status.nextRetry = client->nextRetry();
    status.serverVersion = client->serverVersion();
    // A cache loaded earlier keeps its label until the first live answer.
    if (status.connection == InstanceStatus::Connection::Connecting &&
        m_store->instance(status.name).connection == InstanceStatus::Connection::Cached) {
        status.connection = InstanceStatus::Connection::Cached;
        status.lastHeard = m_store->instance(status.name).lastHeard;
    }
    m_store->setInstanceStatus(status);
}

} // namespace sextant
