// Two applications of one name in two namespaces (tests/fleetsim/data/namespaces-fleet.yaml):
// "shop" in argocd (current, deploys to shop-main) and in team-a (a commit behind, deploys
// to shop-a); "cart" in both, auto-synced. Details, diff, drift, sync, pause/resume and
// rollback of the team-a app reach it, and leave the argocd app of the same name alone.
#include "model/argocd/actionwire.h"
#include "model/fleet/applicationdetails.h"
#include "model/fleet/applicationdiffloader.h"
#include "model/fleet/driftscanner.h"
#include "model/itemmodels/drifttablemodel.h"
#include "tests/integration/actionharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sextant;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

namespace {

QString seedPath()
{
    return FleetsimFixture::sourceDir() + u"/tests/fleetsim/data/namespaces-fleet.yaml"_s;
}

// What the server says of an app: a manual action's initiator and the history's length.
QString initiatorOf(const QJsonObject &app)
{
    return at(app, u"status.operationState.operation.initiatedBy.username"_s).toString();
}

qsizetype historyOf(const QJsonObject &app)
{
    return at(app, u"status.history"_s).toArray().size();
}

} // namespace

class AppNamespacesTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ActionHarness> m_h;

    const QString TeamShop = u"shop?appNamespace=team-a"_s; // for the fixture's GET
    const QString TeamCart = u"cart?appNamespace=team-a"_s;

    AppRef teamShop() const { return {ActionHarness::instanceName(0), u"team-a"_s, u"shop"_s}; }
    AppRef ownShop() const { return {ActionHarness::instanceName(0), u"argocd"_s, u"shop"_s}; }

    bool start()
    {
        m_h = std::make_unique<ActionHarness>();
        if (!m_h->start({FleetsimFixture::testConfig(seedPath())}))
            return false;
        m_h->service->setProtectionRules(ProtectionRules(QList<ProtectionRule>()));
        // Both shops as the store holds them, the team-a one out of sync.
        return QTest::qWaitFor(
            [this] {
                const Application *team = m_h->store->application(teamShop().key());
                return team && team->syncStatus == SyncStatus::OutOfSync &&
                       m_h->store->application(ownShop().key());
            },
            15000);
    }

private slots:
    void cleanup() { m_h.reset(); }

    void theStoreKeepsBothApps()
    {
        QVERIFY(start());
        const Application *team = m_h->store->application(teamShop().key());
        const Application *own = m_h->store->application(ownShop().key());
        QCOMPARE(team->ref(), teamShop());
        QCOMPARE(own->ref(), ownShop());
        QCOMPARE(team->destinationNamespace, u"shop-a"_s);
        QCOMPARE(own->destinationNamespace, u"shop-main"_s);
        QCOMPARE(AppRef::fromKey(team->key()), std::optional<AppRef>(teamShop()));
    }

    void detailsShowTheAppOfItsNamespace()
    {
        QVERIFY(start());
        ApplicationDetails details(m_h->connector.get());
        QSignalSpy trees(&details, &ApplicationDetails::treeChanged);
        QSignalSpy manifests(&details, &ApplicationDetails::manifestChanged);
        details.setApplication(teamShop());
        QVERIFY(trees.wait(15000));
        const auto tree = trees.first().at(0).value<ResourceTree>();
        QVERIFY(!tree.nodes.isEmpty());
        for (const ResourceNode &node : tree.nodes)
            QCOMPARE(node.ns, u"shop-a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!manifests.isEmpty(), 15000);
        const QByteArray yaml = manifests.first().at(0).toByteArray();
        QVERIFY2(yaml.contains("namespace: team-a") && yaml.contains("shop-a") && !yaml.contains("shop-main"),
                 yaml.constData());
        QTRY_VERIFY_WITH_TIMEOUT(details.isStreaming(), 15000); // the tree stream of the same app opened
    }

    void theDiffIsOfTheAppOfItsNamespace()
    {
        QVERIFY(start());
        ApplicationDiffLoader loader(m_h->connector.get());
        QSignalSpy diffs(&loader, &ApplicationDiffLoader::diffReady);
        QSignalSpy failures(&loader, &ApplicationDiffLoader::failed);
        loader.setApplication(teamShop());
        QTRY_VERIFY_WITH_TIMEOUT(!diffs.isEmpty() || !failures.isEmpty(), 15000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
        const auto diff = diffs.first().at(0).value<diff::ApplicationDiff>();
        // The team-a app is a release behind: its Deployment's image and a ConfigMap to create.
        QVERIFY(diff.differing() >= 2);
        for (const diff::ResourceDiff &resource : diff.resources)
            QCOMPARE(resource.ns, u"shop-a"_s);
        QCOMPARE(diff.imageChanges.size(), 1);

        // The argocd app of the same name is current: nothing differs.
        loader.setApplication(ownShop());
        QVERIFY(diffs.wait(15000));
        const auto own = diffs.last().at(0).value<diff::ApplicationDiff>();
        QCOMPARE(own.differing(), 0);
        for (const diff::ResourceDiff &resource : own.resources)
            QCOMPARE(resource.ns, u"shop-main"_s);
    }

    void driftIsReadFromTheAppOfItsNamespace()
    {
        QVERIFY(start());
        DriftScanner scanner(m_h->store.get(), m_h->connector.get());
        DriftTableModel table;
        table.setScanner(&scanner);
        scanner.start();
        QTRY_VERIFY_WITH_TIMEOUT(scanner.progress().isComplete(), 15000);
        QCOMPARE(scanner.progress().errors, 0);
        QVERIFY(!scanner.applications().contains(ownShop().key())); // in sync: not scanned
        const QList<DriftRecord> records = scanner.records(teamShop().key());
        QVERIFY(records.size() >= 2);
        for (const DriftRecord &record : records) {
            QVERIFY2(record.classified, qPrintable(record.identity() + u": "_s + record.error));
            QCOMPARE(record.ns, u"shop-a"_s);
            QCOMPARE(record.app(), teamShop());
        }
        // The drift table tells the app from its namesake in argocd.
        QCOMPARE(table.rowCount(), records.size());
        for (int row = 0; row < table.rowCount(); ++row)
            QCOMPARE(table.index(row, DriftTableModel::Application).data().toString(), u"team-a/shop"_s);
    }

    void aSyncReachesTheAppOfItsNamespace()
    {
        QVERIFY(start());
        const ActionOutcome synced =
            m_h->waitAction(m_h->service->sync(teamShop().key(), {}, {u"release"_s, {}, {}, false}), 30000);
        QVERIFY2(synced.ok, qPrintable(synced.message));
        QCOMPARE(synced.target.ref(), teamShop());
        QVERIFY(m_h->sim().waitForApp(TeamShop, [](const QJsonObject &app) {
            return at(app, u"status.sync.status"_s).toString() == u"Synced"_s &&
                   initiatorOf(app) == u"admin"_s;
        }));
        QCOMPARE(historyOf(m_h->sim().app(TeamShop)), 4);
        const QJsonObject own = m_h->sim().app(u"shop"_s);
        QVERIFY(initiatorOf(own).isEmpty());
        QCOMPARE(historyOf(own), 3);
        // The journal names the app with its own namespace.
        QSignalSpy journal(m_h->service.get(), &ActionService::journalLoaded);
        m_h->service->loadJournal({});
        QVERIFY(journal.wait());
        const auto entries = journal.last().at(1).value<QList<JournalEntry>>();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().action, u"sync"_s);
        QCOMPARE(entries.first().app, u"shop"_s);
        QCOMPARE(entries.first().appNamespace, teamShop().appNamespace);
    }

    void pauseAndResumeReachTheAppOfItsNamespace()
    {
        QVERIFY(start());
        const QString teamCart = AppRef{ActionHarness::instanceName(0), u"team-a"_s, u"cart"_s}.key();
        const QByteArray before = m_h->policyOf(TeamCart);
        const QByteArray ownBefore = m_h->policyOf(u"cart"_s);
        QVERIFY(before.contains("automated"));
        const BatchOutcome paused =
            m_h->waitBatch(m_h->service->pause(ActionScope::ofSelection({teamCart}), u"incident"_s));
        QVERIFY(paused.ok());
        QCOMPARE(paused.succeeded.size(), 1);
        QCOMPARE(paused.succeeded.first().ref().appNamespace, u"team-a"_s);
        const QJsonObject policy = QJsonDocument::fromJson(m_h->policyOf(TeamCart)).object();
        QCOMPARE(at(policy, u"automated.enabled"_s).toBool(true), false);
        QVERIFY(m_h->annotationsOf(TeamCart).contains(argocd::pausedPolicyAnnotation()));
        QCOMPARE(m_h->policyOf(u"cart"_s), ownBefore);
        QVERIFY(!m_h->annotationsOf(u"cart"_s).contains(argocd::pausedPolicyAnnotation()));

        const BatchOutcome resumed =
            m_h->waitBatch(m_h->service->resume(ActionScope::ofSelection({teamCart}), u"over"_s));
        QVERIFY(resumed.ok());
        QCOMPARE(m_h->policyOf(TeamCart), before);
        QCOMPARE(m_h->policyOf(u"cart"_s), ownBefore);
    }

    void aRollbackReachesTheAppOfItsNamespace()
    {
        QVERIFY(start());
        const Application *team = m_h->store->application(teamShop().key());
        QVERIFY(team && team->history.size() == 3);
        const qint64 id = team->history.constFirst().id;
        const ActionOutcome rolled = m_h->waitAction(
            m_h->service->rollback(teamShop().key(), id, {u"bad release"_s, {}, {}, false}), 30000);
        QVERIFY2(rolled.ok, qPrintable(rolled.message));
        QVERIFY(m_h->sim().waitForApp(TeamShop, [](const QJsonObject &app) {
            return initiatorOf(app) == u"admin"_s &&
                   at(app, u"status.operationState.phase"_s).toString() == u"Succeeded"_s;
        }));
        QCOMPARE(historyOf(m_h->sim().app(TeamShop)), 4);
        const QJsonObject own = m_h->sim().app(u"shop"_s);
        QVERIFY(initiatorOf(own).isEmpty());
        QCOMPARE(historyOf(own), 3);
    }

    void aRefusedAppIsWordedWithItsNamespace()
    {
        QVERIFY(start());
        // The list showed the team-a shop; then it went away on the server.
        const AppRef listed = m_h->store->application(teamShop().key())->ref();
        m_h->sim().invoke([](fleetsim::FleetSim &sim) { sim.state().removeApp(u"team-a_shop"_s); });
        // An action asked before the store heard of the deletion.
        const quint64 refresh = m_h->service->refresh(listed.key(), false);
        const ActionOutcome refreshed = m_h->waitAction(refresh);
        QVERIFY(!refreshed.ok);
        QVERIFY2(refreshed.message.contains(u"not found in namespace team-a or not permitted"_s),
                 qPrintable(refreshed.message));
        QVERIFY2(!refreshed.message.contains(u"RBAC"_s), qPrintable(refreshed.message));

        ApplicationDetails details(m_h->connector.get());
        QSignalSpy failures(&details, &ApplicationDetails::failed);
        details.setApplication(listed);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 3, 15000);
        for (const QList<QVariant> &failure : std::as_const(failures)) {
            const QString message = failure.at(1).toString();
            QVERIFY2(message.contains(u"not found in namespace team-a or not permitted"_s),
                     qPrintable(message));
            QVERIFY2(!message.contains(u"RBAC"_s) && !message.contains(u"admin"_s), qPrintable(message));
        }

        ApplicationDiffLoader loader(m_h->connector.get());
        QSignalSpy diffFailures(&loader, &ApplicationDiffLoader::failed);
        loader.setApplication(listed);
        QVERIFY(diffFailures.wait(15000));
        const QString message = diffFailures.first().at(0).toString();
        QVERIFY2(message.contains(u"not found in namespace team-a or not permitted"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"RBAC"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(AppNamespacesTest)
#include "tst_appnamespaces.moc"
