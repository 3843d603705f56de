#pragma once

#include "fleetsim/fleetsim.h"

#include <memory>

namespace sextant {

// The built-in demo: sextant-fleetsim with the demo seed, in-process on its
// own thread, its Git repositories under the user's data folder.
class DemoFleet {
public:
    static QString seedPath() { return QStringLiteral(":/demo/fleet.yaml"); }
    static QString defaultDataDir();

    // Never blocks: `done` runs on `context`'s thread once the server listens.
    void start(QObject *context, std::function<void(const Result<fleetsim::FleetSimEndpoint> &)> done,
               const QString &dataDir = defaultDataDir());

private:
    std::unique_ptr<fleetsim::EmbeddedFleetSim> m_sim;
};

} // namespace sextant
