// The local SQLite database: migrations, and the fleet cache round trip.
#include "model/fleet/fleetcache.h"
#include "model/storage/domainstream.h"
#include "model/storage/localstore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant;

namespace {

Application richApp()
{
    Application app;
    app.instance = QStringLiteral("argocd-eu");
    app.name = QStringLiteral("payments-api");
    app.ns = QStringLiteral("argocd");
    app.project = QStringLiteral("payments");
    app.uid = QStringLiteral("0b6a");
    app.resourceVersion = 884213;
    app.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15), QTimeZone::UTC);
    app.labels = {{QStringLiteral("team"), QStringLiteral("payments")}};
    app.annotations = {{QStringLiteral("a"), QStringLiteral("b")}};
    app.sources = {{QStringLiteral("file:///repos/payments.git"),
                    QStringLiteral("api/prod"),
                    QStringLiteral("main"),
                    {}}};
    app.destinationServer = QStringLiteral("https://prod:6443");
    app.destinationNamespace = QStringLiteral("payments");
    app.syncPolicy = {true, false, true, true, false, {QStringLiteral("CreateNamespace=true")}};
    app.syncStatus = SyncStatus::OutOfSync;
    app.syncRevision = QStringLiteral("4f1c2ab9");
    app.health = HealthStatus::Degraded;
    app.healthMessage = QStringLiteral("exceeded its progress deadline");
    app.resources = {{QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment"),
                      QStringLiteral("payments"), QStringLiteral("api"), SyncStatus::OutOfSync,
                      HealthStatus::Degraded, QStringLiteral("m"), false}};
    HistoryEntry entry;
    entry.id = 3;
    entry.revision = QStringLiteral("9a8b");
    entry.deployedAt = app.createdAt;
    entry.deployStartedAt = app.createdAt.addSecs(-10);
    entry.automated = true;
    entry.source = app.sources.first();
    app.history = {entry};
    OperationState operation;
    operation.phase = OperationPhase::Failed;
    operation.message = QStringLiteral("boom");
    operation.startedAt = operation.finishedAt = app.createdAt;
    operation.revision = QStringLiteral("4f1c");
    operation.revisions = {QStringLiteral("4f1c"), QStringLiteral("77aa")};
    operation.initiatedBy = QStringLiteral("admin");
    app.operationState = operation;
    app.conditions = {{QStringLiteral("SyncError"), QStringLiteral("failed")}};
    app.reconciledAt = app.createdAt;
    app.images = {QStringLiteral("registry/api:2.14.1")};
    app.deletionRequestedAt = app.createdAt.addDays(1);
    return app;
}

} // namespace

class LocalStoreTest : public QObject {
    Q_OBJECT
private slots:
    void createsTheLatestSchema()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("nested/sextant.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QCOMPARE((*store)->schemaVersion(), LocalStore::latestSchemaVersion());
        // Opening again migrates nothing and keeps the data.
        CachedFleet fleet{{{richApp()}, {}, {}, {}}, QStringLiteral("i"), QDateTime::currentDateTimeUtc()};
        QVERIFY((*store)->saveFleet(fleet).ok());
        store = LocalStore::open(dir.filePath(QStringLiteral("nested/sextant.sqlite")));
        QVERIFY(store.ok());
        QCOMPARE((*store)->loadFleets()->size(), 1);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto store = LocalStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY(store.errorMessage().contains(QStringLiteral("newer Sextant")));
    }

    void fleetRoundTripsEveryField()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(store.ok());
        Cluster cluster{QStringLiteral("i"),          QStringLiteral("https://prod:6443"),
                        QStringLiteral("prod"),       {{QStringLiteral("env"), QStringLiteral("prod")}},
                        QStringLiteral("Successful"), {},
                        QStringLiteral("1.31"),       4};
        Project project{QStringLiteral("i"), QStringLiteral("payments"), QStringLiteral("d"), 7, {}};
        project.syncWindows = {SyncWindow{QStringLiteral("deny"),
                                          QStringLiteral("0 22 * * *"),
                                          QStringLiteral("8h"),
                                          {},
                                          {},
                                          {QStringLiteral("prod-*")},
                                          true,
                                          {},
                                          false,
                                          QStringLiteral("night"),
                                          false}};
        Repository repo{QStringLiteral("i"),
                        QStringLiteral("file:///r.git"),
                        QStringLiteral("git"),
                        QStringLiteral("r"),
                        {},
                        QStringLiteral("Successful"),
                        {}};
        const CachedFleet fleet{{{richApp()}, {cluster}, {project}, {repo}},
                                QStringLiteral("i"),
                                QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::UTC)};
        QVERIFY((*store)->saveFleet(fleet).ok());
        const auto loaded = (*store)->loadFleets();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 1);
        const CachedFleet &back = loaded->first();
        QCOMPARE(back.savedAt, fleet.savedAt);
        QVERIFY(back.applications.first() == fleet.applications.first());
        QVERIFY(back.clusters.first() == cluster);
        QCOMPARE(back.projects.first().syncWindows, project.syncWindows);
        QVERIFY(back.repositories.first() == repo);
        QVERIFY((*store)->forgetFleet(QStringLiteral("i")).ok());
        QVERIFY((*store)->loadFleets()->isEmpty());
    }

    void manyApplicationsRoundTripInParallelChunks()
    {
        // More apps than one chunk holds, sharing most of their strings.
        FleetObjects fleet;
        for (int i = 0; i < 1500; ++i) {
            Application app = richApp();
            app.name = QStringLiteral("app-%1").arg(i);
            app.resourceVersion = -i; // negative numbers survive the zigzag encoding
            if (i % 7 == 0)
                app.operationState.reset();
            fleet.applications << app;
        }
        const QByteArray payload = encodeFleetObjects(fleet);
        const std::optional<FleetObjects> back = decodeFleetObjects(payload);
        QVERIFY(back.has_value());
        QCOMPARE(back->applications.size(), fleet.applications.size());
        QVERIFY(back->applications == fleet.applications);
        // The shared strings are stored once: far smaller than one copy per app.
        QCOMPARE_LT(payload.size(), 1500 * 200);
    }

    void damagedOrOlderCacheIsIgnored_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("payload");
        FleetObjects fleet;
        fleet.applications = {richApp()};
        const QByteArray good = encodeFleetObjects(fleet);
        QTest::newRow("format 2 (QDataStream)") << 2 << QByteArray("\x00\x00\x00\x01", 4);
        QTest::newRow("truncated") << int(DomainStreamVersion) << good.left(good.size() - 5);
        QTest::newRow("trailing bytes") << int(DomainStreamVersion) << good + "x";
        QTest::newRow("not a cache") << int(DomainStreamVersion) << QByteArray("garbage");
        QTest::newRow("magic only") << int(DomainStreamVersion) << QByteArray("SXFC");
        QByteArray badIndex = good;
        badIndex[badIndex.size() - 1] = char(0x7f); // the last image: an index past the string table
        QTest::newRow("string index out of range") << int(DomainStreamVersion) << badIndex;
    }

    void damagedOrOlderCacheIsIgnored()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, payload);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        auto store = LocalStore::open(path);
        QVERIFY(store.ok());
        const CachedFleet good{
            {{richApp()}, {}, {}, {}}, QStringLiteral("good"), QDateTime::currentDateTimeUtc()};
        QVERIFY((*store)->saveFleet(good).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO fleet_cache (instance, saved_at, format, payload) "
                                         "VALUES ('bad', 0, ?, ?)"));
            query.addBindValue(format);
            query.addBindValue(payload);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto loaded = (*store)->loadFleets();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 1); // the bad row is skipped, the good one still loads
        QCOMPARE(loaded->first().instance, QStringLiteral("good"));
        QVERIFY(loaded->first().applications.first() == richApp());
    }

    void cacheRestoresTheStoreMarkedWithItsAge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        const QDateTime heard = QDateTime::currentDateTimeUtc().addSecs(-3600);
        {
            FleetStore store;
            FleetCache cache(&store, path);
            store.setInstanceStatus({QStringLiteral("argocd-eu"),
                                     QStringLiteral("https://argocd"),
                                     InstanceStatus::Connection::Live,
                                     {},
                                     heard,
                                     {},
                                     {}});
            store.applySnapshot(QStringLiteral("argocd-eu"), {richApp()}, {}, {}, {});
            QSignalSpy saved(&cache, &FleetCache::saved);
            cache.saveNow();
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
        }
        FleetStore store;
        FleetCache cache(&store, path);
        QSignalSpy loaded(&cache, &FleetCache::loaded);
        QSignalSpy failed(&cache, &FleetCache::failed);
        cache.load();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(loaded.first().first().toInt(), 1);
        QVERIFY(*store.application(richApp().key()) == richApp());
        const InstanceStatus status = store.instance(QStringLiteral("argocd-eu"));
        QCOMPARE(status.connection, InstanceStatus::Connection::Cached);
        QCOMPARE(status.lastHeard.toSecsSinceEpoch(), heard.toSecsSinceEpoch());
        QVERIFY(store.isStale(QStringLiteral("argocd-eu")));
    }
};

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "tst_localstore.moc"
