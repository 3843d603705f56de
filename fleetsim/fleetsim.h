#pragma once

#include "fleetsim/apiserver.h"
#include "fleetsim/controller.h"
#include "fleetsim/seed.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace sextant::fleetsim {

class FleetState;
class GitStore;
class RollingSyncController;
class Scenario;

struct FleetSimConfig {
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 port = 0;       // 0: any free port
    QString seedPath;       // a FleetSeed YAML; empty with `generate`
    QString generate;       // "clusters=100,apps=10000": a synthetic fleet
    QString dataDir;        // where the bare repositories live
    QString scenarioPath;   // overrides the seed's scenario; "none" disables it
    QString tlsCertificate; // PEM files: serve HTTPS when both are set
    QString tlsKey;
    QString adminPassword = QStringLiteral("password");
    QString serverNamespace = QStringLiteral("argocd"); // the namespace the simulated Argo CD runs in
    QString kustomize = QStringLiteral("kustomize");    // a path, or a name looked up on PATH
    qint64 sessionSeconds = 24 * 3600;
    ApiSettings api;
    ControllerSettings controller;
};

// What a client needs: printed as the one ready line by the executable.
struct FleetSimEndpoint {
    QString url;
    QString token;         // admin API key
    QString readonlyToken; // read-only API key
    QByteArray readyLine() const;
};

// A whole simulated Argo CD: Git repositories, clusters, controller, API.
// Lives in one thread; EmbeddedFleetSim runs it on a thread of its own.
class FleetSim : public QObject {
    Q_OBJECT
public:
    explicit FleetSim(FleetSimConfig config, QObject *parent = nullptr);
    ~FleetSim() override;

    Result<FleetSimEndpoint> start();

    FleetState &state() { return *m_state; }
    Controller &controller() { return *m_controller; }
    GitStore &git() { return *m_git; }
    ApiServer &api() { return *m_api; }

private:
    Status build(const FleetSeed &seed, int historyEntries);

    FleetSimConfig m_config;
    std::unique_ptr<FleetState> m_state;
    std::unique_ptr<GitStore> m_git;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<RollingSyncController> m_rollingSync;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<Scenario> m_scenario;
};

// Runs a FleetSim on its own thread, for `sextant --demo` and tests.
class EmbeddedFleetSim {
public:
    explicit EmbeddedFleetSim(FleetSimConfig config);
    ~EmbeddedFleetSim();
    EmbeddedFleetSim(const EmbeddedFleetSim &) = delete;
    EmbeddedFleetSim &operator=(const EmbeddedFleetSim &) = delete;

    Result<FleetSimEndpoint> start(); // returns once the server listens
    // Starts without blocking the caller; `done` runs in `context`'s thread.
    void startAsync(QObject *context, std::function<void(const Result<FleetSimEndpoint> &)> done);
    // Runs `work` on the simulation's thread and waits for it.
    void invoke(const std::function<void(FleetSim &)> &work);

private:
    FleetSimConfig m_config;
    std::unique_ptr<QThread> m_thread;
    FleetSim *m_sim = nullptr; // owned by m_thread's event loop, deleted with it
};

} // namespace sextant::fleetsim
