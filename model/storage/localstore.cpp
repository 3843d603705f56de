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
    // 2: the action journal, the pause ledger and what hangs off them.
    {QStringLiteral("CREATE TABLE action_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "started_at INTEGER NOT NULL, finished_at INTEGER, local_user TEXT NOT NULL, "
                    "controller_user TEXT NOT NULL, action TEXT NOT NULL, instance TEXT NOT NULL, "
                    "cluster TEXT NOT NULL, namespace TEXT NOT NULL, app TEXT NOT NULL, "
                    "parameters TEXT NOT NULL, reason TEXT NOT NULL, result TEXT NOT NULL, "
                    "error TEXT NOT NULL, batch_id TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX action_journal_started ON action_journal (started_at)"),
     QStringLiteral(
         "CREATE TABLE pause_ledger (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id TEXT NOT NULL, "
         "instance TEXT NOT NULL, app_namespace TEXT NOT NULL, app TEXT NOT NULL, "
         "app_key TEXT NOT NULL, project TEXT NOT NULL, prior_policy TEXT NOT NULL, "
         "state TEXT NOT NULL, paused_by TEXT NOT NULL, paused_at INTEGER NOT NULL, "
         "reason TEXT NOT NULL, resumed_by TEXT NOT NULL, resumed_at INTEGER, "
         "error TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX pause_ledger_state ON pause_ledger (state)"),
     QStringLiteral(
         "CREATE TABLE freeze_windows (id INTEGER PRIMARY KEY AUTOINCREMENT, batch_id TEXT NOT NULL, "
         "instance TEXT NOT NULL, project TEXT NOT NULL, window TEXT NOT NULL, "
         "description TEXT NOT NULL, active INTEGER NOT NULL)"),
     QStringLiteral("CREATE TABLE deployment_records (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "instance TEXT NOT NULL, cluster TEXT NOT NULL, namespace TEXT NOT NULL, "
                    "app TEXT NOT NULL, project TEXT NOT NULL, images TEXT NOT NULL, revision TEXT NOT NULL, "
                    "commit_message TEXT NOT NULL, who TEXT NOT NULL, at INTEGER NOT NULL, "
                    "reason TEXT NOT NULL, sync_window TEXT NOT NULL, dry_run_summary TEXT NOT NULL, "
                    "rollback_history_id INTEGER NOT NULL, result TEXT NOT NULL)"),
     QStringLiteral("CREATE TABLE rollback_marks (app_key TEXT PRIMARY KEY, history_id INTEGER NOT NULL, "
                    "revision TEXT NOT NULL, git_wants TEXT NOT NULL, at INTEGER NOT NULL)")},
    // 3: the journal names each app's own namespace (two apps may share a name).
    {QStringLiteral("ALTER TABLE action_journal ADD COLUMN app_namespace TEXT NOT NULL DEFAULT ''"),
     QStringLiteral("ALTER TABLE deployment_records ADD COLUMN app_namespace TEXT NOT NULL DEFAULT ''")},
    // 4: wave rollouts, one row per run; `version` guards every write (compare and swap).
    {QStringLiteral("CREATE TABLE rollout_runs (id TEXT PRIMARY KEY, plan_name TEXT NOT NULL, "
                    "state TEXT NOT NULL, version INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                    "document TEXT NOT NULL)")},
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
    // Several connections (the fleet cache's, the action store's, another Sextant)
    // may open the file at once: each step holds the write lock (BEGIN IMMEDIATE)
    // and reads the version again under it.
    for (;;) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(QStringLiteral("migration"), query.lastError());
        const int current = schemaVersion();
        if (current > latestSchemaVersion()) {
            query.exec(QStringLiteral("ROLLBACK"));
            return Error{
                QStringLiteral(
                    "the local database was written by a newer Sextant (schema %1, this one knows %2)")
                    .arg(current)
                    .arg(latestSchemaVersion())};
        }
        if (current == latestSchemaVersion() || current < 0) {
            query.exec(QStringLiteral("ROLLBACK"));
            return current < 0 ? Error{QStringLiteral("cannot read the local database's schema version")}
                               : success();
        }
        for (const QString &statement : Migrations[current]) {
            if (!query.exec(statement)) {
                const Error error =
                    sqlError(QStringLiteral("migration to schema %1").arg(current + 1), query.lastError());
                query.exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(current + 1)) ||
            !query.exec(QStringLiteral("COMMIT"))) {
            const Error error =
                sqlError(QStringLiteral("migration to schema %1").arg(current + 1), query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        qCInfo(lcModel) << "local database migrated to schema" << current + 1;
    }
}

Status LocalStore::saveFleet(const CachedFleet &fleet)
{
    const QByteArray payload = encodeFleetObjects(fleet);
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
        std::optional<FleetObjects> objects = decodeFleetObjects(query.value(3).toByteArray());
        if (!objects) {
            qCWarning(lcModel) << "ignoring a damaged fleet cache for" << fleet.instance;
            continue;
        }
        static_cast<FleetObjects &>(fleet) = std::move(*objects);
        fleets << std::move(fleet);
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
