#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace sextant {

// One instance's fleet as last seen, for painting at once on the next start.
struct CachedFleet {
    QString instance;
    QDateTime savedAt;
    QList<Application> applications;
    QList<Cluster> clusters;
    QList<Project> projects;
    QList<Repository> repositories;
};

// Sextant's own SQLite database: a versioned schema with migrations, the fleet
// snapshot cache (later: action journal, pause ledger, deployment records).
// One LocalStore per thread: SQLite connections are not shared across threads.
class LocalStore {
public:
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);
    static QString defaultPath(); // in the user's data folder
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    int schemaVersion() const;
    static int latestSchemaVersion();

    Status saveFleet(const CachedFleet &fleet);
    Result<QList<CachedFleet>> loadFleets();
    Status forgetFleet(const QString &instance);

private:
    explicit LocalStore(QString connectionName);
    Status migrate();

    QString m_connectionName;
};

} // namespace sextant
