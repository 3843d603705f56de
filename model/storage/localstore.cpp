#include "model/storage/localstore.h"

#include "model/logging.h"
#include "model/storage/domainstream.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace sextant {

namespace {

// Each entry moves the schema one version up; never edit a released one.
const QList<QStringList> Migrations = {
    // 1: the fleet snapshot cache.
    {QStringLiteral("CREATE TABLE fleet_cache (instance TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, "
                    "format INTEGER NOT NULL, payload BLOB NOT NULL)")},
};

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("%1: %2").arg(what, error.text())};
}

} // namespace

LocalStore::LocalStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/sextant.sqlite");
}

int LocalStore::latestSchemaVersion()
{
    return int(Migrations.size());
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QStringLiteral("cannot create the folder for %1").arg(path)};
    const QString name = QStringLiteral("sextant-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<LocalStore> store(new LocalStore(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(QStringLiteral("cannot open the local database %1").arg(path), db.lastError());
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL")); // the pause ledger will live here too
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status LocalStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return Error{
            QStringLiteral("the local database was written by a newer Sextant (schema %1, this one knows %2)")
                .arg(current)
                .arg(latestSchemaVersion())};
    for (int version = current; version < latestSchemaVersion(); ++version) {
        if (!db.transaction())
            return sqlError(QStringLiteral("migration"), db.lastError());
        QSqlQuery query(db);
        for (const QString &statement : Migrations[version]) {
            if (!query.exec(statement)) {
                const Error error =
                    sqlError(QStringLiteral("migration to schema %1").arg(version + 1), query.lastError());
                db.rollback();
                return error;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            db.rollback();
            return sqlError(QStringLiteral("migration to schema %1").arg(version + 1), db.lastError());
        }
        qCInfo(lcModel) << "local database migrated to schema" << version + 1;
    }
    return success();
}

Status LocalStore::saveFleet(const CachedFleet &fleet)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_8);
        out << fleet.applications << fleet.clusters << fleet.projects << fleet.repositories;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO fleet_cache (instance, saved_at, format, payload) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(fleet.instance);
    query.addBindValue(fleet.savedAt.toMSecsSinceEpoch());
    query.addBindValue(DomainStreamVersion);
    query.addBindValue(payload);
    if (!query.exec())
        return sqlError(QStringLiteral("cannot save the fleet cache"), query.lastError());
    return success();
}

Result<QList<CachedFleet>> LocalStore::loadFleets()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT instance, saved_at, format, payload FROM fleet_cache")))
        return sqlError(QStringLiteral("cannot read the fleet cache"), query.lastError());
    QList<CachedFleet> fleets;
    while (query.next()) {
        if (query.value(2).toUInt() != DomainStreamVersion)
            continue; // written by another version: only a cache, so skip it
        CachedFleet fleet;
        fleet.instance = query.value(0).toString();
        fleet.savedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::UTC);
        const QByteArray payload = query.value(3).toByteArray();
        QDataStream in(payload);
        in.setVersion(QDataStream::Qt_6_8);
        in >> fleet.applications >> fleet.clusters >> fleet.projects >> fleet.repositories;
        if (in.status() != QDataStream::Ok) {
            qCWarning(lcModel) << "ignoring a damaged fleet cache for" << fleet.instance;
            continue;
        }
        fleets << fleet;
    }
    return fleets;
}

Status LocalStore::forgetFleet(const QString &instance)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM fleet_cache WHERE instance = ?"));
    query.addBindValue(instance);
    if (!query.exec())
        return sqlError(QStringLiteral("cannot forget the fleet cache"), query.lastError());
    return success();
}

} // namespace sextant
