#pragma once

#include "model/controller/controllerbackend.h"
#include "model/fleet/fleetstore.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace sextant {

// Owns one ControllerBackend per instance (whatever the controller) and feeds the FleetStore:
// snapshots replace an instance's objects, watch events are queued for the next batch,
// connection states become InstanceStatus.
class FleetConnector : public QObject {
    Q_OBJECT
public:
    explicit FleetConnector(FleetStore *store, QObject *parent = nullptr);
    ~FleetConnector() override;

    // Takes the backend, replacing an instance of the same name, and starts it.
    ControllerBackend *addBackend(std::unique_ptr<ControllerBackend> backend);
    void removeInstance(const QString &name);
    ControllerBackend *backend(const QString &name) const;
    QStringList instanceNames() const;

signals:
    void backendAdded(sextant::ControllerBackend *backend);

private:
    void publishStatus(ControllerBackend *backend);

    FleetStore *m_store;
    std::map<QString, std::unique_ptr<ControllerBackend>> m_backends;
    QTimer m_heartbeat; // refreshes "last heard" without a signal per event
};

} // namespace sextant
