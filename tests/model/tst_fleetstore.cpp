// FleetStore batches events; FleetTreeModel follows it with minimal signals.
#include "model/fleet/fleetstore.h"
#include "model/itemmodels/fleettreemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace sextant;

namespace {

Application makeApp(const QString &name, const QString &server, const QString &ns,
                    SyncStatus sync = SyncStatus::Synced, HealthStatus health = HealthStatus::Healthy)
{
    Application app;
    app.name = name;
    app.ns = QStringLiteral("argocd");
    app.project = QStringLiteral("team");
    app.destinationServer = server;
    app.destinationNamespace = ns;
    app.syncStatus = sync;
    app.health = health;
    app.sources = {
        ApplicationSource{QStringLiteral("https://git.example/repo.git"), QStringLiteral("p"), {}, {}}};
    return app;
}

const QString Dev = QStringLiteral("https://dev:6443");
const QString Prod = QStringLiteral("https://prod:6443");

QList<Cluster> clusters()
{
    Cluster dev, prod;
    dev.server = Dev;
    dev.name = QStringLiteral("dev");
    prod.server = Prod;
    prod.name = QStringLiteral("prod");
    return {dev, prod};
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data().toString() == name)
            return model.index(row, 0, parent);
    return {};
}

} // namespace

class FleetStoreTest : public QObject {
    Q_OBJECT
private slots:
    void eventsAreBatchedAndLastWriteWins()
    {
        FleetStore store;
        store.applySnapshot(QStringLiteral("a"), {makeApp(QStringLiteral("web"), Dev, QStringLiteral("web"))},
                            clusters(), {}, {});
        QSignalSpy changed(&store, &FleetStore::applicationsChanged);
        for (int i = 0; i < 500; ++i) {
            Application app = makeApp(QStringLiteral("web"), Dev, QStringLiteral("web"));
            app.resourceVersion = i;
            store.queueUpsert(QStringLiteral("a"), app);
        }
        store.queueUpsert(QStringLiteral("a"), makeApp(QStringLiteral("api"), Dev, QStringLiteral("api")));
        QCOMPARE(changed.count(), 0); // nothing before the batch interval
        QVERIFY(changed.wait(FleetStore::BatchIntervalMs * 5));
        QCOMPARE(changed.count(), 1);
        const auto change = changed.first().first().value<FleetChange>();
        QCOMPARE(change.updated, QStringList{QStringLiteral("a/argocd/web")});
        QCOMPARE(change.added, QStringList{QStringLiteral("a/argocd/api")});
        QCOMPARE(store.application(QStringLiteral("a/argocd/web"))->resourceVersion, 499);

        store.queueRemoval(QStringLiteral("a"), QStringLiteral("argocd"), QStringLiteral("api"));
        store.flush();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().value<FleetChange>().removed,
                 QStringList{QStringLiteral("a/argocd/api")});
        QVERIFY(!store.application(QStringLiteral("a/argocd/api")));
    }

    void largeBatchesAreAppliedInSlicesAndNothingIsLost()
    {
        // (No QAbstractItemModelTester here: it walks the whole tree at every signal, which
        // would make the slices it is measured in the cause of their own size.)
        FleetStore store;
        FleetTreeModel model(&store);
        store.applySnapshot(QStringLiteral("a"), {makeApp(QStringLiteral("seed"), Dev, QStringLiteral("n0"))},
                            clusters(), {}, {});
        QSignalSpy changed(&store, &FleetStore::applicationsChanged);
        constexpr int Apps = 2000;
        for (int i = 0; i < Apps; ++i)
            store.queueUpsert(QStringLiteral("a"),
                              makeApp(QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0')),
                                      i % 2 ? Dev : Prod, QStringLiteral("n%1").arg(i % 7)));
        QVERIFY(QTest::qWaitFor([&] { return store.applicationCount() == Apps + 1; }, 60000));
        // More than one slice, the event loop running between them.
        QVERIFY2(changed.count() > 1, qPrintable(QString::number(changed.count())));
        QSet<QString> added;
        for (const QList<QVariant> &signal : std::as_const(changed))
            for (const QString &key : signal.first().value<FleetChange>().added) {
                QVERIFY2(!added.contains(key), qPrintable(key)); // each application added once
                added.insert(key);
            }
        QCOMPARE(added.size(), Apps);
        QCOMPARE(model.index(0, 0).data(FleetTreeModel::ApplicationCountRole).toInt(), Apps + 1);

        // An event queued while a batch is being applied in slices: the last write wins.
        changed.clear();
        for (int i = 0; i < Apps; ++i)
            store.queueUpsert(QStringLiteral("a"),
                              makeApp(QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0')),
                                      i % 2 ? Dev : Prod, QStringLiteral("n%1").arg(i % 7),
                                      SyncStatus::OutOfSync));
        QVERIFY(changed.wait(FleetStore::BatchIntervalMs * 5)); // the first slice
        store.queueUpsert(QStringLiteral("a"),
                          makeApp(QStringLiteral("app-1999"), Dev, QStringLiteral("n4"), SyncStatus::Synced));
        QVERIFY(QTest::qWaitFor(
            [&] { return model.index(0, 0).data(FleetTreeModel::OutOfSyncCountRole).toInt() == Apps - 1; },
            60000));
        QCOMPARE(int(store.application(QStringLiteral("a/argocd/app-1999"))->syncStatus),
                 int(SyncStatus::Synced));
        QCOMPARE(int(store.application(QStringLiteral("a/argocd/app-1998"))->syncStatus),
                 int(SyncStatus::OutOfSync));
    }

    void insertedApplicationsKeepTheTreeSorted()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applySnapshot(QStringLiteral("i"),
                            {makeApp(QStringLiteral("m"), Dev, QStringLiteral("n2")),
                             makeApp(QStringLiteral("c"), Dev, QStringLiteral("n2"))},
                            clusters(), {}, {});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // One change adds to an existing group, before and after its apps, and creates
        // new groups on both sides of the existing one.
        for (const auto &[name, ns] : {std::pair{"z", "n2"}, std::pair{"a", "n2"}, std::pair{"k", "n1"},
                                       std::pair{"b", "n3"}, std::pair{"d", "n1"}})
            store.queueUpsert(QStringLiteral("i"), makeApp(QLatin1String(name), Dev, QLatin1String(ns)));
        store.queueUpsert(QStringLiteral("i"), makeApp(QStringLiteral("p"), Prod, QStringLiteral("n1")));
        store.flush();
        QCOMPARE(resets.count(), 0);
        const QModelIndex instance = model.index(0, 0);
        const QModelIndex dev = child(model, instance, QStringLiteral("dev"));
        QCOMPARE(model.rowCount(instance), 2);
        QCOMPARE(model.index(1, 0, instance).data().toString(), QStringLiteral("prod"));
        QStringList names;
        for (int row = 0; row < model.rowCount(dev); ++row) {
            const QModelIndex ns = model.index(row, 0, dev);
            QStringList apps;
            for (int a = 0; a < model.rowCount(ns); ++a)
                apps << model.index(a, 0, ns).data().toString();
            names << ns.data().toString() + u':' + apps.join(u',');
        }
        QCOMPARE(names, (QStringList{QStringLiteral("n1:d,k"), QStringLiteral("n2:a,c,m,z"),
                                     QStringLiteral("n3:b")}));
        QCOMPARE(instance.data(FleetTreeModel::ApplicationCountRole).toInt(), 8);
        QCOMPARE(dev.data(FleetTreeModel::ApplicationCountRole).toInt(), 7);
    }

    void renamedClusterRegroupsItsApplicationsOnly()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applySnapshot(QStringLiteral("i"), {makeApp(QStringLiteral("a"), Dev, QStringLiteral("n"))},
                            clusters(), {}, {});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Another instance's clusters do not label anything shown: no regrouping.
        store.applySnapshot(QStringLiteral("j"), {makeApp(QStringLiteral("b"), Prod, QStringLiteral("n"))},
                            clusters(), {}, {});
        QCOMPARE(resets.count(), 0);
        // A renamed cluster relabels the group of the application on it.
        QList<Cluster> renamed = clusters();
        renamed[0].name = QStringLiteral("development");
        store.applySnapshot(QStringLiteral("i"), {makeApp(QStringLiteral("a"), Dev, QStringLiteral("n"))},
                            renamed, {}, {});
        QVERIFY(child(model, model.index(0, 0), QStringLiteral("development")).isValid());
        QVERIFY(!child(model, model.index(0, 0), QStringLiteral("dev")).isValid());
    }

    void snapshotReplacesOneInstanceOnly()
    {
        FleetStore store;
        store.applySnapshot(QStringLiteral("a"), {makeApp(QStringLiteral("x"), Dev, QStringLiteral("n"))}, {},
                            {}, {});
        store.applySnapshot(QStringLiteral("b"), {makeApp(QStringLiteral("x"), Dev, QStringLiteral("n"))}, {},
                            {}, {});
        QSignalSpy changed(&store, &FleetStore::applicationsChanged);
        store.applySnapshot(QStringLiteral("a"), {makeApp(QStringLiteral("y"), Dev, QStringLiteral("n"))}, {},
                            {}, {});
        QCOMPARE(store.applicationCount(), 2);
        const auto change = changed.first().first().value<FleetChange>();
        QCOMPARE(change.added, QStringList{QStringLiteral("a/argocd/y")});
        QCOMPARE(change.removed, QStringList{QStringLiteral("a/argocd/x")});
        QVERIFY(store.application(QStringLiteral("b/argocd/x")));
    }

    void staleWhenNotLiveAndNotHeardFor()
    {
        FleetStore store;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        InstanceStatus status{
            QStringLiteral("a"), Dev, InstanceStatus::Connection::Live, {}, now.addSecs(-600), {}, {}};
        store.setInstanceStatus(status);
        QVERIFY(!store.isStale(QStringLiteral("a"), now)); // a live stream is current even when quiet
        status.connection = InstanceStatus::Connection::Reconnecting;
        store.setInstanceStatus(status);
        QVERIFY(store.isStale(QStringLiteral("a"), now));
        status.lastHeard = now.addSecs(-5);
        store.setInstanceStatus(status);
        QVERIFY(!store.isStale(QStringLiteral("a"), now));
    }

    void treeGroupsByClusterWithRollUpCounts()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Application paused =
            makeApp(QStringLiteral("api"), Prod, QStringLiteral("shop"), SyncStatus::OutOfSync);
        paused.syncPolicy.automated = true;
        paused.syncPolicy.enabled = false;
        store.applySnapshot(QStringLiteral("argocd-eu"),
                            {makeApp(QStringLiteral("web"), Dev, QStringLiteral("shop")), paused,
                             makeApp(QStringLiteral("db"), Prod, QStringLiteral("shop"), SyncStatus::Synced,
                                     HealthStatus::Degraded)},
                            clusters(), {}, {});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex instance = model.index(0, 0);
        QCOMPARE(instance.data().toString(), QStringLiteral("argocd-eu"));
        QCOMPARE(instance.data(FleetTreeModel::ApplicationCountRole).toInt(), 3);
        QCOMPARE(instance.data(FleetTreeModel::OutOfSyncCountRole).toInt(), 1);
        QCOMPARE(instance.data(FleetTreeModel::DegradedCountRole).toInt(), 1);
        QCOMPARE(instance.data(FleetTreeModel::PausedCountRole).toInt(), 1);
        const QModelIndex prod = child(model, instance, QStringLiteral("prod")); // named by the cluster list
        QVERIFY(prod.isValid());
        const QModelIndex shop = child(model, prod, QStringLiteral("shop"));
        QCOMPARE(model.rowCount(shop), 2);
        QCOMPARE(model.index(0, 0, shop).data().toString(), QStringLiteral("api")); // sorted
        QCOMPARE(model.index(0, 0, shop).data(FleetTreeModel::AutoSyncRole).toInt(),
                 int(AutoSyncState::Paused));
        QCOMPARE(model.indexForApplication(QStringLiteral("argocd-eu/argocd/db")).data().toString(),
                 QStringLiteral("db"));
    }

    void updatesAreIncrementalNotResets()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applySnapshot(QStringLiteral("i"),
                            {makeApp(QStringLiteral("a"), Dev, QStringLiteral("n1")),
                             makeApp(QStringLiteral("b"), Dev, QStringLiteral("n1"))},
                            clusters(), {}, {});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A status change: dataChanged on the app and its ancestors' counts.
        store.queueUpsert(QStringLiteral("i"),
                          makeApp(QStringLiteral("a"), Dev, QStringLiteral("n1"), SyncStatus::OutOfSync));
        store.flush();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(changed.count() >= 1 && changed.count() <= 4);
        const QModelIndex app = model.indexForApplication(QStringLiteral("i/argocd/a"));
        QCOMPARE(app.data(FleetTreeModel::SyncStatusRole).toInt(), int(SyncStatus::OutOfSync));
        QCOMPARE(model.index(0, 0).data(FleetTreeModel::OutOfSyncCountRole).toInt(), 1);

        // A move to another namespace: removed from one group, inserted in a new one.
        store.queueUpsert(QStringLiteral("i"), makeApp(QStringLiteral("b"), Dev, QStringLiteral("n2")));
        store.flush();
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 1);
        const QModelIndex dev = child(model, model.index(0, 0), QStringLiteral("dev"));
        QCOMPARE(model.rowCount(dev), 2);

        // The last app of a group goes: the empty group goes too.
        store.queueRemoval(QStringLiteral("i"), QStringLiteral("argocd"), QStringLiteral("b"));
        store.flush();
        QCOMPARE(model.rowCount(dev), 1);
        QVERIFY(removed.count() >= 2);
        QCOMPARE(resets.count(), 0);
    }

    void groupingSwitchRegroups()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Application other = makeApp(QStringLiteral("b"), Prod, QStringLiteral("n"));
        other.project = QStringLiteral("ops");
        store.applySnapshot(QStringLiteral("i"),
                            {makeApp(QStringLiteral("a"), Dev, QStringLiteral("n")), other}, clusters(), {},
                            {});
        model.setGrouping(FleetTreeModel::Grouping::Project);
        const QModelIndex instance = model.index(0, 0);
        QCOMPARE(model.rowCount(instance), 2);
        QCOMPARE(model.index(0, 0, instance).data().toString(), QStringLiteral("ops"));
        QCOMPARE(model.index(1, 0, instance).data().toString(), QStringLiteral("team"));
        model.setGrouping(FleetTreeModel::Grouping::Repository);
        // The switch resets the model: indexes taken before it are invalid.
        const QModelIndex regrouped = model.index(0, 0);
        QCOMPARE(model.rowCount(regrouped), 1);
        QCOMPARE(model.index(0, 0, regrouped).data().toString(),
                 QStringLiteral("https://git.example/repo.git"));
        QCOMPARE(model.rowCount(model.index(0, 0, regrouped)), 2);
    }
};

QTEST_GUILESS_MAIN(FleetStoreTest)
#include "tst_fleetstore.moc"
