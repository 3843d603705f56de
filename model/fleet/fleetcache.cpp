#include "model/fleet/fleetcache.h"

#include "model/logging.h"
#include "model/storage/localstore.h"

#include <QtConcurrent>

namespace sextant {

FleetCache::FleetCache(FleetStore *store, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(std::move(databasePath))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FleetCache::saveNow);
    connect(m_store, &FleetStore::applicationsChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_store, &FleetStore::objectsChanged, &m_debounce, qOverload<>(&QTimer::start));
}

FleetCache::~FleetCache()
{
    m_write.waitForFinished();
}

void FleetCache::load()
{
    const QString path = m_path;
    QtConcurrent::run([path]() -> Result<QList<CachedFleet>> {
        auto store = LocalStore::open(path);
        if (!store)
            return store.error();
        return (*store)->loadFleets();
    }).then(this, [this](QFuture<Result<QList<CachedFleet>>> future) {
        // Taken, not copied: the applications move into the store, none is copied or
        // destroyed on the GUI thread.
        Result<QList<CachedFleet>> result = future.takeResult();
        if (!result) {
            qCWarning(lcModel) << "fleet cache not loaded:" << result.errorMessage();
            emit failed(result.errorMessage());
            return;
        }
        int count = 0;
        for (CachedFleet &fleet : *result) {
            // Live data that arrived first is newer than any cache.
            if (m_store->instance(fleet.instance).connection == InstanceStatus::Connection::Live)
                continue;
            InstanceStatus status = m_store->instance(fleet.instance);
            status.name = fleet.instance;
            if (status.connection == InstanceStatus::Connection::Connecting)
                status.connection = InstanceStatus::Connection::Cached;
            status.lastHeard = fleet.savedAt;
            m_store->setInstanceStatus(status);
            count += int(fleet.applications.size());
            m_store->applySnapshot(fleet.instance, std::move(fleet.applications), std::move(fleet.clusters),
                                   std::move(fleet.projects), std::move(fleet.repositories));
        }
        m_debounce.stop(); // what was just loaded is already on disk
        emit loaded(count);
    });
}

void FleetCache::saveNow()
{
    m_debounce.stop();
    // Copies are cheap (implicitly shared); the encoding and SQLite run in the pool.
    QList<CachedFleet> fleets;
    for (const InstanceStatus &instance : m_store->instances()) {
        if (instance.connection == InstanceStatus::Connection::Cached)
            continue; // nothing new was heard: keep the cache as it is
        CachedFleet fleet;
        fleet.instance = instance.name;
        fleet.savedAt = instance.lastHeard.isValid() ? instance.lastHeard : QDateTime::currentDateTimeUtc();
        fleet.clusters = m_store->clusters(instance.name);
        fleet.projects = m_store->projects(instance.name);
        fleet.repositories = m_store->repositories(instance.name);
        for (const Application &app : m_store->applications())
            if (app.instance == instance.name)
                fleet.applications << app;
        fleets << fleet;
    }
    m_write.waitForFinished();
    const QString path = m_path;
    m_write = QtConcurrent::run([path, fleets]() -> Status {
                  auto store = LocalStore::open(path);
                  if (!store)
                      return store.error();
                  for (const CachedFleet &fleet : fleets)
                      if (auto saved = (*store)->saveFleet(fleet); !saved)
                          return saved;
                  return success();
              }).then(this, [this](const Status &status) {
        if (status)
            emit saved();
        else
            emit failed(status.errorMessage());
    });
}

} // namespace sextant
