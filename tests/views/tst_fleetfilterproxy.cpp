// FleetFilterProxy: what each kind of term and status flag lets through, and
// that it follows live changes. A model test: no widgets.
#include "fleetfixture.h"

#include "model/itemmodels/fleetfilterproxy.h"
#include "model/itemmodels/fleettreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace sextant;
using fixture::applicationNames;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList topLevelNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

} // namespace

class FleetFilterProxyTest : public QObject {
    Q_OBJECT
private slots:
    void filterText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto L = [](std::initializer_list<const char *> names) {
            QStringList list;
            for (const char *n : names)
                list << QString::fromUtf8(n);
            list.sort();
            return list;
        };
        QTest::addRow("empty shows all")
            << QString() << L({"billing", "checkout", "payments-api-dev", "payments-api-prod", "search"});
        QTest::addRow("name substring")
            << QStringLiteral("pay") << L({"payments-api-dev", "payments-api-prod"});
        QTest::addRow("name is case-insensitive")
            << QStringLiteral("PAY") << L({"payments-api-dev", "payments-api-prod"});
        QTest::addRow("all terms must match") << QStringLiteral("pay prod") << L({"payments-api-prod"});
        QTest::addRow("extra whitespace") << QStringLiteral("  pay \t  prod ") << L({"payments-api-prod"});
        QTest::addRow("label") << QStringLiteral("env=prod")
                               << L({"billing", "checkout", "payments-api-prod"});
        QTest::addRow("label value case-insensitive")
            << QStringLiteral("ENV=Prod") << L({"billing", "checkout", "payments-api-prod"});
        QTest::addRow("label is exact") << QStringLiteral("env=pro") << QStringList();
        QTest::addRow("label prefix")
            << QStringLiteral("env=pro*") << L({"billing", "checkout", "payments-api-prod"});
        QTest::addRow("label negated") << QStringLiteral("env!=prod") << L({"payments-api-dev", "search"});
        QTest::addRow("missing label") << QStringLiteral("tier=web") << QStringList();
        QTest::addRow("missing label negated")
            << QStringLiteral("tier!=web")
            << L({"billing", "checkout", "payments-api-dev", "payments-api-prod", "search"});
        QTest::addRow("project") << QStringLiteral("project=shop")
                                 << L({"checkout", "payments-api-dev", "payments-api-prod"});
        QTest::addRow("project negated") << QStringLiteral("project!=shop") << L({"billing", "search"});
        QTest::addRow("cluster") << QStringLiteral("cluster=dev") << L({"payments-api-dev", "search"});
        QTest::addRow("cluster prefix")
            << QStringLiteral("cluster=prod*") << L({"billing", "checkout", "payments-api-prod"});
        QTest::addRow("namespace") << QStringLiteral("namespace=shop") << L({"checkout", "search"});
        QTest::addRow("instance") << QStringLiteral("instance=us") << L({"billing"});
        QTest::addRow("field and text") << QStringLiteral("cluster=prod pay") << L({"payments-api-prod"});
        QTest::addRow("label and field")
            << QStringLiteral("env=prod instance=eu") << L({"checkout", "payments-api-prod"});
        QTest::addRow("nothing matches") << QStringLiteral("zzz") << QStringList();
        QTest::addRow("lone operator is text") << QStringLiteral("=prod") << QStringList();
    }

    void filterText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        FleetStore store;
        FleetTreeModel model(&store); // before the data: it learns cluster names from the store's signals
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setFleetStore(&store);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(text);
        QCOMPARE(sorted(applicationNames(proxy)), expected);
        // The same through every grouping: cluster= and namespace= come from the store.
        for (auto grouping : {FleetTreeModel::Grouping::Project, FleetTreeModel::Grouping::Repository}) {
            model.setGrouping(grouping);
            QCOMPARE(sorted(applicationNames(proxy)), expected);
        }
    }

    void clusterAndNamespaceFromTreeWithoutStore()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("cluster=prod namespace=shop"));
        QCOMPARE(applicationNames(proxy), QStringList{QStringLiteral("checkout")});
    }

    void statusFlags_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("out of sync") << int(FleetFilterProxy::OutOfSync)
                                     << QStringList{QStringLiteral("payments-api-prod")};
        QTest::addRow("degraded") << int(FleetFilterProxy::Degraded)
                                  << QStringList{QStringLiteral("checkout")};
        QTest::addRow("progressing") << int(FleetFilterProxy::Progressing)
                                     << QStringList{QStringLiteral("search")};
        QTest::addRow("paused") << int(FleetFilterProxy::Paused) << QStringList{QStringLiteral("checkout")};
        QTest::addRow("flags are ORed")
            << int(FleetFilterProxy::OutOfSync | FleetFilterProxy::Progressing)
            << QStringList{QStringLiteral("payments-api-prod"), QStringLiteral("search")};
    }

    void statusFlags()
    {
        QFETCH(int, flags);
        QFETCH(QStringList, expected);
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setStatusFilter(FleetFilterProxy::StatusFlags(flags));
        QCOMPARE(sorted(applicationNames(proxy)), expected);
        // Only the instance that holds a match stays.
        QCOMPARE(topLevelNames(proxy), QStringList{QStringLiteral("eu")});
    }

    void textAndStatusCombine()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("env=prod"));
        proxy.setStatusFilter(FleetFilterProxy::Degraded | FleetFilterProxy::OutOfSync);
        QCOMPARE(sorted(applicationNames(proxy)),
                 sorted({QStringLiteral("checkout"), QStringLiteral("payments-api-prod")}));
        proxy.setFilterText(QStringLiteral("env=prod check"));
        QCOMPARE(applicationNames(proxy), QStringList{QStringLiteral("checkout")});
        proxy.setStatusFilter({});
        proxy.setFilterText({});
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(applicationNames(proxy).size(), 5);
    }

    void emptyGroupsAreHidden()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("billing"));
        QCOMPARE(topLevelNames(proxy), QStringList{QStringLiteral("us")});
        const QModelIndex us = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(us), 1); // the prod-us cluster only
        proxy.setFilterText(QStringLiteral("payments-api-dev"));
        const QModelIndex eu = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(eu), 1); // dev; prod has no match
        QCOMPARE(proxy.index(0, 0, eu).data().toString(), QStringLiteral("dev"));
        proxy.setFilterText(QStringLiteral("zzz"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void groupNameShowsGroupButOnlyMatchingApps()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // "shop" names a namespace: the group shows, but not checkout or search inside it.
        proxy.setFilterText(QStringLiteral("shop"));
        QCOMPARE(applicationNames(proxy), QStringList());
        const QModelIndex eu = proxy.index(0, 0);
        QCOMPARE(eu.data().toString(), QStringLiteral("eu"));
        QVERIFY(proxy.rowCount(eu) >= 1);
        // A field term is about applications: no group matches by name.
        proxy.setFilterText(QStringLiteral("shop env=prod"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void followsLiveChanges()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillSmall(store);
        FleetFilterProxy proxy;
        proxy.setFleetStore(&store);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setStatusFilter(FleetFilterProxy::OutOfSync);
        QCOMPARE(applicationNames(proxy), QStringList{QStringLiteral("payments-api-prod")});

        // search drifts, payments-api-prod is synced again.
        fixture::AppSpec search{QStringLiteral("search"), QStringLiteral("dev"),    QStringLiteral("shop"),
                                QStringLiteral("dev"),    QStringLiteral("search"), SyncStatus::OutOfSync};
        fixture::AppSpec payments{QStringLiteral("payments-api-prod"), QStringLiteral("prod"),
                                  QStringLiteral("payments"), QStringLiteral("prod")};
        store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(search));
        store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(payments));
        store.flush();
        QCOMPARE(applicationNames(proxy), QStringList{QStringLiteral("search")});

        // A label change and a move to another namespace are seen too.
        proxy.setStatusFilter({});
        proxy.setFilterText(QStringLiteral("env=staging namespace=web"));
        QCOMPARE(applicationNames(proxy), QStringList());
        search.env = QStringLiteral("staging");
        search.ns = QStringLiteral("web");
        store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(search));
        store.flush();
        QCOMPARE(applicationNames(proxy), QStringList{QStringLiteral("search")});

        // A new application that matches appears; a removed one goes.
        fixture::AppSpec added{QStringLiteral("search-v2"), QStringLiteral("prod"), QStringLiteral("web"),
                               QStringLiteral("staging")};
        store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(added));
        store.queueRemoval(QStringLiteral("eu"), QStringLiteral("argocd"), QStringLiteral("search"));
        store.flush();
        QCOMPARE(applicationNames(proxy), QStringList{QStringLiteral("search-v2")});
    }

    void keystrokeOverTenThousandApplications()
    {
        FleetStore store;
        FleetTreeModel model(&store);
        fixture::fillLarge(store, 10'000);
        FleetFilterProxy proxy;
        proxy.setFleetStore(&store);
        proxy.setSourceModel(&model);
        // Warm the per-application cache, as the first keystroke would, and
        // map every group, as a fully expanded view would.
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterText(QStringLiteral("-"));
        QCOMPARE(applicationNames(proxy).size(), 10'000);
        qInfo("first keystroke, computing every application's fields: %lld ms", qlonglong(timer.elapsed()));
        qint64 worst = 0;
        const QString typed = QStringLiteral("payments-prod");
        for (qsizetype n = 2; n <= typed.size(); ++n) {
            timer.start();
            proxy.setFilterText(typed.left(n));
            worst = std::max(worst, timer.elapsed());
        }
        QVERIFY(!applicationNames(proxy).isEmpty());
        timer.start();
        proxy.setFilterText(QStringLiteral("env=prod cluster=eu-cluster-1"));
        proxy.setStatusFilter(FleetFilterProxy::Degraded);
        worst = std::max(worst, timer.elapsed());
        qInfo("slowest keystroke over 10,000 applications: %lld ms", qlonglong(worst));
        // Generous for a loaded CI machine; typically a few milliseconds.
        QVERIFY2(worst < 250, qPrintable(QStringLiteral("%1 ms").arg(worst)));
    }
};

QTEST_GUILESS_MAIN(FleetFilterProxyTest)
#include "tst_fleetfilterproxy.moc"
