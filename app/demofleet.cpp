#include "app/demofleet.h"

#include <QStandardPaths>

namespace sextant {

QString DemoFleet::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/demo-fleet");
}

void DemoFleet::start(QObject *context, std::function<void(const Result<fleetsim::FleetSimEndpoint> &)> done,
                      const QString &dataDir)
{
    fleetsim::FleetSimConfig config;
    config.seedPath = seedPath();
    config.dataDir = dataDir;
    m_sim = std::make_unique<fleetsim::EmbeddedFleetSim>(config);
    m_sim->startAsync(context, std::move(done));
}

} // namespace sextant
