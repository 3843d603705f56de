#include "app/demofleet.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>

namespace sextant {

QString DemoFleet::defaultDataDir()
{
    // One folder per seed: fleetsim keeps the Git repositories it finds, so a demo seeded
    // by an older Sextant would otherwise stay as it was after an upgrade.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile seed(seedPath());
    if (seed.open(QIODevice::ReadOnly))
        hash.addData(seed.readAll()); // a few KB from the resources, no disk access
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/demo-fleet/") + QString::fromLatin1(hash.result().toHex().left(12));
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
