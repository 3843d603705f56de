// GuardrailPolicy: targets, scopes and guardrails read from a FleetStore filled in memory.
#include "model/actions/guardrailpolicy.h"
#include "model/fleet/fleetstore.h"

#include <QTest>
#include <QTimeZone>

using namespace sextant;
using namespace sextant::actions;

namespace {

const QString Dev = QStringLiteral("https://dev:6443");
const QString Prod = QStringLiteral("https://prod:6443");

Application makeApp(const QString &name, const QString &server, const QString &project,
                    AutoSyncState autoSync = AutoSyncState::Off)
{
    Application app;
    app.name = name;
    app.ns = QStringLiteral("argocd");
    app.project = project;
    app.destinationServer = server;
    app.destinationNamespace = name + QStringLiteral("-ns");
    app.syncPolicy.automated = autoSync != AutoSyncState::Off;
    app.syncPolicy.enabled = autoSync == AutoSyncState::On;
    app.sources = {ApplicationSource{
        QStringLiteral("https://git.example/repo.git"), QStringLiteral("p"), QStringLiteral("main"), {}}};
    return app;
}

QList<Cluster> clusters()
{
    Cluster dev, prod;
    dev.server = Dev;
    dev.name = QStringLiteral("dev");
    dev.labels = {{QStringLiteral("env"), QStringLiteral("dev")}};
    prod.server = Prod;
    prod.name = QStringLiteral("prod");
    prod.labels = {{QStringLiteral("env"), QStringLiteral("prod")}};
    return {dev, prod};
}

// A deny window open around the clock (every minute, for an hour).
SyncWindow alwaysDeny(const QString &apps)
{
    SyncWindow window;
    window.kind = QStringLiteral("deny");
    window.schedule = QStringLiteral("* * * * *");
    window.duration = QStringLiteral("1h");
    window.applications = {apps};
    return window;
}

QString key(const QString &instance, const QString &name)
{
    return AppRef{instance, QStringLiteral("argocd"), name}.key();
}

} // namespace

class TestGuardrailPolicy : public QObject {
    Q_OBJECT

private:
    FleetStore m_store;

private slots:
    void initTestCase()
    {
        // Instance "eu": web (dev), api (prod, auto-sync on), db (prod, paused, running op,
        // history), batch (dev, project "frozen" whose deny window is open now).
        Application api = makeApp(QStringLiteral("api"), Prod, QStringLiteral("shop"), AutoSyncState::On);
        Application db = makeApp(QStringLiteral("db"), Prod, QStringLiteral("shop"), AutoSyncState::Paused);
        db.operationState = OperationState{};
        db.operationState->phase = OperationPhase::Running;
        db.operationState->message = QStringLiteral("waiting for healthy state");
        HistoryEntry first, second;
        first.id = 3;
        first.revision = QStringLiteral("aaaaaaaaaaaaaaaa");
        first.deployedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        second.id = 4;
        second.revision = QStringLiteral("bbbbbbbbbbbbbbbb");
        db.history = {first, second};
        HistoryEntry apiDeploy;
        apiDeploy.id = 7;
        apiDeploy.revision = QStringLiteral("cccccccccccccccc");
        api.history = {apiDeploy};
        api.syncRevision = QStringLiteral("dddddddddddd");
        Application batch = makeApp(QStringLiteral("batch"), Dev, QStringLiteral("frozen"));
        Project shop, frozen;
        shop.name = QStringLiteral("shop");
        frozen.name = QStringLiteral("frozen");
        frozen.syncWindows = {alwaysDeny(QStringLiteral("b*"))};
        m_store.applySnapshot(QStringLiteral("eu"),
                              {makeApp(QStringLiteral("web"), Dev, QStringLiteral("shop")), api, db, batch},
                              clusters(), {shop, frozen}, {});
        // Instance "us": one more api on its prod cluster.
        m_store.applySnapshot(
            QStringLiteral("us"),
            {makeApp(QStringLiteral("api"), Prod, QStringLiteral("shop"), AutoSyncState::On)}, clusters(), {},
            {});
    }

    void target()
    {
        const GuardrailPolicy policy(&m_store);
        const ActionTarget t = policy.target(key(QStringLiteral("eu"), QStringLiteral("api")));
        QCOMPARE(t.appKey, key(QStringLiteral("eu"), QStringLiteral("api")));
        QCOMPARE(t.instance, QStringLiteral("eu"));
        QCOMPARE(t.cluster, QStringLiteral("prod"));
        QCOMPARE(t.ns, QStringLiteral("api-ns"));
        QCOMPARE(t.app, QStringLiteral("api"));
        QCOMPARE(t.appNamespace, QStringLiteral("argocd"));
        QCOMPARE(t.project, QStringLiteral("shop"));
        QVERIFY(policy.target(key(QStringLiteral("eu"), QStringLiteral("nope"))).appKey.isEmpty());
    }

    void protectedByDefaultRule_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("app");
        QTest::addColumn<bool>("protectedTarget");
        QTest::newRow("prod cluster") << QStringLiteral("eu") << QStringLiteral("api") << true;
        QTest::newRow("prod, other instance") << QStringLiteral("us") << QStringLiteral("api") << true;
        QTest::newRow("dev cluster") << QStringLiteral("eu") << QStringLiteral("web") << false;
        QTest::newRow("unknown app") << QStringLiteral("eu") << QStringLiteral("nope") << false;
    }

    void protectedByDefaultRule()
    {
        QFETCH(QString, instance);
        QFETCH(QString, app);
        QFETCH(bool, protectedTarget);
        const GuardrailPolicy policy(&m_store);
        const GuardrailCheck check = policy.checkGuardrails(key(instance, app));
        QCOMPARE(check.protectedTarget, protectedTarget);
        QCOMPARE(check.protectionReasons,
                 protectedTarget ? QStringList{QStringLiteral("cluster-label env=prod")} : QStringList());
    }

    void otherRules()
    {
        GuardrailPolicy policy(&m_store);
        QString error;
        policy.setRules(ProtectionRules({ProtectionRule::parse(QStringLiteral("project=frozen"), &error)}));
        QVERIFY(error.isEmpty());
        QVERIFY(policy.checkGuardrails(key(QStringLiteral("eu"), QStringLiteral("batch"))).protectedTarget);
        QVERIFY(!policy.checkGuardrails(key(QStringLiteral("eu"), QStringLiteral("api"))).protectedTarget);
        QCOMPARE(policy.rules().rules().size(), 1);
    }

    void resolveScope_data()
    {
        QTest::addColumn<ActionScope>("scope");
        QTest::addColumn<QStringList>("expected"); // appKeys, in order
        const QString euApi = key(QStringLiteral("eu"), QStringLiteral("api"));
        const QString euBatch = key(QStringLiteral("eu"), QStringLiteral("batch"));
        const QString euDb = key(QStringLiteral("eu"), QStringLiteral("db"));
        const QString euWeb = key(QStringLiteral("eu"), QStringLiteral("web"));
        const QString usApi = key(QStringLiteral("us"), QStringLiteral("api"));
        // Sorted by instance, then name.
        QTest::newRow("fleet") << ActionScope::fleet() << QStringList{euApi, euBatch, euDb, euWeb, usApi};
        QTest::newRow("instance") << ActionScope::ofInstance(QStringLiteral("us")) << QStringList{usApi};
        QTest::newRow("cluster by name")
            << ActionScope::ofCluster(QStringLiteral("prod")) << QStringList{euApi, euDb, usApi};
        QTest::newRow("cluster by server") << ActionScope::ofCluster(Dev) << QStringList{euBatch, euWeb};
        QTest::newRow("cluster on one instance")
            << ActionScope::ofCluster(QStringLiteral("prod"), QStringLiteral("eu"))
            << QStringList{euApi, euDb};
        QTest::newRow("project") << ActionScope::ofProject(QStringLiteral("frozen")) << QStringList{euBatch};
        QTest::newRow("app by name") << ActionScope::ofApplication(QStringLiteral("api"))
                                     << QStringList{euApi, usApi};
        QTest::newRow("app by namespace/name, one instance")
            << ActionScope::ofApplication(QStringLiteral("argocd/api"), QStringLiteral("us"))
            << QStringList{usApi};
        QTest::newRow("selection, unknown key dropped")
            << ActionScope::ofSelection({usApi, euWeb, key(QStringLiteral("eu"), QStringLiteral("nope"))})
            << QStringList{euWeb, usApi};
    }

    void resolveScope()
    {
        QFETCH(ActionScope, scope);
        QFETCH(QStringList, expected);
        const GuardrailPolicy policy(&m_store);
        QStringList keys;
        for (const ActionTarget &target : policy.resolveScope(scope))
            keys << target.appKey;
        QCOMPARE(keys, expected);
    }

    void countScope()
    {
        const GuardrailPolicy policy(&m_store);
        QList<ScopeCount> counts = policy.countScope(ActionScope::fleet());
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts[0].instance, QStringLiteral("eu"));
        QCOMPARE(counts[0].apps, 4);
        QCOMPARE(counts[0].autoSyncOn, 1);    // api
        QCOMPARE(counts[0].alreadyPaused, 1); // db
        QCOMPARE(counts[1].instance, QStringLiteral("us"));
        QCOMPARE(counts[1].apps, 1);
        QCOMPARE(counts[1].autoSyncOn, 1);
        QCOMPARE(counts[1].alreadyPaused, 0);
        // The ledger's word counts for apps whose auto-sync is not on.
        const QString web = key(QStringLiteral("eu"), QStringLiteral("web"));
        const QString api = key(QStringLiteral("eu"), QStringLiteral("api"));
        counts = policy.countScope(ActionScope::ofInstance(QStringLiteral("eu")),
                                   [&](const QString &appKey) { return appKey == web || appKey == api; });
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts[0].autoSyncOn, 1);
        QCOMPARE(counts[0].alreadyPaused, 2); // db, and web by the ledger (api is on)
    }

    void runningOperation()
    {
        const GuardrailPolicy policy(&m_store);
        const GuardrailCheck db = policy.checkGuardrails(key(QStringLiteral("eu"), QStringLiteral("db")));
        QVERIFY(db.operationRunning);
        QCOMPARE(db.operationMessage, QStringLiteral("Running: waiting for healthy state"));
        QVERIFY(!db.autoSyncOn);
        QVERIFY(!db.deleting);
        const GuardrailCheck api = policy.checkGuardrails(key(QStringLiteral("eu"), QStringLiteral("api")));
        QVERIFY(!api.operationRunning);
        QVERIFY(api.operationMessage.isEmpty());
        QVERIFY(api.autoSyncOn);
    }

    void syncWindows()
    {
        const GuardrailPolicy policy(&m_store);
        const GuardrailCheck batch =
            policy.checkGuardrails(key(QStringLiteral("eu"), QStringLiteral("batch")));
        QVERIFY(batch.window.known);
        QVERIFY(!batch.window.canSync);
        QVERIFY2(batch.window.description.startsWith(QStringLiteral("blocked: ")),
                 qPrintable(batch.window.description));
        const GuardrailCheck web = policy.checkGuardrails(key(QStringLiteral("eu"), QStringLiteral("web")));
        QVERIFY(web.window.known); // project "shop" is listed, without windows
        QVERIFY(web.window.canSync);
        QCOMPARE(web.window.description, QStringLiteral("no sync window applies"));
        // Instance "us" lists no projects: nothing is known of its windows.
        const GuardrailCheck us = policy.checkGuardrails(key(QStringLiteral("us"), QStringLiteral("api")));
        QVERIFY(!us.window.known);
    }

    void approvals_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<Approval>("approval");
        QTest::addColumn<QString>("problem");
        const Approval full{QStringLiteral("hotfix"), QStringLiteral("api"), QStringLiteral("1 changed"),
                            false};
        QTest::newRow("unprotected needs nothing") << QStringLiteral("web") << Approval{} << QString();
        QTest::newRow("protected, complete") << QStringLiteral("api") << full << QString();
        QTest::newRow("protected, nothing given")
            << QStringLiteral("api") << Approval{}
            << QStringLiteral("api is protected (cluster-label env=prod): approving it needs a reason, the "
                              "app's name typed exactly (api), the reviewed diff summary.");
        Approval wrongName = full;
        wrongName.typedName = QStringLiteral("API");
        QTest::newRow("protected, name mistyped")
            << QStringLiteral("api") << wrongName
            << QStringLiteral("api is protected (cluster-label env=prod): approving it needs the app's name "
                              "typed exactly (api).");
        QTest::newRow("command line: a reason is enough")
            << QStringLiteral("api") << Approval{QStringLiteral("hotfix"), {}, {}, true} << QString();
        QTest::newRow("command line, blank reason")
            << QStringLiteral("api") << Approval{QStringLiteral("  "), {}, {}, true}
            << QStringLiteral("api is protected (cluster-label env=prod): approving it needs a reason.");
    }

    void approvals()
    {
        QFETCH(QString, app);
        QFETCH(Approval, approval);
        QFETCH(QString, problem);
        const GuardrailPolicy policy(&m_store);
        QCOMPARE(policy.approvalProblem(key(QStringLiteral("eu"), app), approval), problem);
    }

    void explainRollback()
    {
        const GuardrailPolicy policy(&m_store);
        const QString db = key(QStringLiteral("eu"), QStringLiteral("db"));
        const RollbackPlan plan = policy.explainRollback(db, 3);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.target.appKey, db);
        QCOMPARE(plan.historyId, 3);
        QCOMPARE(plan.toRevision, QStringLiteral("aaaaaaaaaaaaaaaa"));
        QCOMPARE(plan.gitWants, QStringLiteral("main"));
        QVERIFY(!plan.needsPause); // auto-sync is paused already
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[0],
                 QStringLiteral(
                     "Roll back to history id 3: revision aaaaaaaaaaaa, deployed 2026-01-02T03:04:05Z."));

        QCOMPARE(policy.explainRollback(db, 99).error,
                 QStringLiteral("db has no deployment with history id 99."));
        QCOMPARE(policy.explainRollback(key(QStringLiteral("eu"), QStringLiteral("nope")), 1).error,
                 QStringLiteral("The app %1 is not in the fleet.")
                     .arg(key(QStringLiteral("eu"), QStringLiteral("nope"))));
        // Auto-sync on: the plan pauses first.
        const RollbackPlan api = policy.explainRollback(key(QStringLiteral("eu"), QStringLiteral("api")), 7);
        QVERIFY2(api.error.isEmpty(), qPrintable(api.error));
        QVERIFY(api.needsPause);
        QCOMPARE(api.gitWants, QStringLiteral("main (ddddddd)"));
        QCOMPARE(api.steps.size(), 3);
        QVERIFY(api.steps[0].startsWith(QStringLiteral("Pause auto-sync of api ")));
        QVERIFY(api.steps[2].contains(QStringLiteral("Git still wants main (ddddddd)")));
    }
};

Q_DECLARE_METATYPE(sextant::ActionScope)
Q_DECLARE_METATYPE(sextant::Approval)

QTEST_GUILESS_MAIN(TestGuardrailPolicy)
#include "tst_guardrailpolicy.moc"
