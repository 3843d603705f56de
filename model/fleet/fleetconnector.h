#pragma once

#include "model/argocd/argocdclient.h"
#include "model/fleet/fleetstore.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace sextant {

// Owns one ArgoCdClient per instance and feeds the FleetStore: snapshots
// replace an instance's objects, watch events are queued for the next batch,
// connection states become InstanceStatus.
class FleetConnector : public QObject {
    Q_OBJECT
public:
    explicit FleetConnector(FleetStore *store, QObject *parent = nullptr);
    ~FleetConnector() override;

    argocd::ArgoCdClient *addInstance(const argocd::InstanceConfig &config);
    void removeInstance(const QString &name);
    argocd::ArgoCdClient *client(const QString &name) const;
    QStringList instanceNames() const;

private:
    void publishStatus(argocd::ArgoCdClient *client);

    FleetStore *m_store;
    std::map<QString, std::unique_ptr<argocd::ArgoCdClient>> m_clients;
    QTimer m_heartbeat; // refreshes "last heard" without a signal per event
};

} // namespace sextant
