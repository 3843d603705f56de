// ActionService against in-process fleetsims over loopback: pause and resume
// restoring the exact prior policy (new and old servers, from another
// workstation, after an interruption, with injected errors), the journal, deny
// windows, sync with preview and approval, sync selection, refresh, terminate
// and rollback.
#include "model/argocd/actionwire.h"
#include "tests/integration/actionharness.h"
#include "tests/support/argocdinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sextant;
using namespace sextant::testing;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Replaces an app's whole spec.syncPolicy (a JSON patch "add"), or removes it for "null".
bool setPolicy(FleetsimFixture &sim, const QString &app, const QByteArray &policy)
{
    QJsonArray ops;
    if (policy == "null")
        ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                               {QStringLiteral("path"), QStringLiteral("/spec/syncPolicy")}});
    else
        ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                               {QStringLiteral("path"), QStringLiteral("/spec/syncPolicy")},
                               {QStringLiteral("value"), parse(policy)}});
    const QJsonObject body{
        {QStringLiteral("name"), app},
        {QStringLiteral("patchType"), QStringLiteral("json")},
        {QStringLiteral("patch"), QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))}};
    return sim.request("PATCH", QStringLiteral("/api/v1/applications/") + app,
                       QJsonDocument(body).toJson(QJsonDocument::Compact))
               .status == 200;
}

QByteArray richPolicy()
{
    QJsonObject automated{{QStringLiteral("prune"), false},
                          {QStringLiteral("selfHeal"), true},
                          {QStringLiteral("allowEmpty"), true},
                          {QStringLiteral("enabled"), true}};
    QJsonObject retry{
        {QStringLiteral("limit"), 3},
        {QStringLiteral("backoff"), QJsonObject{{QStringLiteral("duration"), QStringLiteral("5s")},
                                                {QStringLiteral("factor"), 2},
                                                {QStringLiteral("maxDuration"), QStringLiteral("3m")}}}};
    QJsonObject policy{{QStringLiteral("automated"), automated},
                       {QStringLiteral("syncOptions"),
                        QJsonArray{QStringLiteral("CreateNamespace=true"), QStringLiteral("PruneLast=true")}},
                       {QStringLiteral("retry"), retry}};
    return QJsonDocument(policy).toJson(QJsonDocument::Compact);
}

QStringList names(const QList<ActionTarget> &targets)
{
    QStringList out;
    for (const ActionTarget &t : targets)
        out << t.app;
    out.sort();
    return out;
}

QStringList names(const QList<AppProblem> &problems)
{
    QStringList out;
    for (const AppProblem &p : problems)
        out << p.target.app;
    out.sort();
    return out;
}

fleetsim::FleetSimConfig withVersion(const QString &version)
{
    fleetsim::FleetSimConfig config = FleetsimFixture::testConfig();
    config.api.version = version;
    return config;
}

} // namespace

class ActionServiceTest : public QObject {
    Q_OBJECT

private slots:
    void pauseAndResumeRestoreTheExactPolicy_data();
    void pauseAndResumeRestoreTheExactPolicy();
    void resumeFromAnotherWorkstation();
    void ledgerFollowsResumesMadeElsewhere();
    void closePausesOfAFreshInstance();
    void interruptedPauseIsFoundAndCompleted();
    void injectedErrorsAreRetriedAndNamed();
    void denyWindowsComeAndGo();
    void previewSyncAndApproval();
    void syncSelectionStopsAtTheFirstFailure_data();
    void syncSelectionStopsAtTheFirstFailure();
    void refreshAndTerminate();
    void rollbackPausesThroughTheLedger();
};

void ActionServiceTest::pauseAndResumeRestoreTheExactPolicy_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("keepsAutomated");
    QTest::addRow("v3.5 sets enabled=false") << QStringLiteral("v3.5.1+fleetsim") << true;
    QTest::addRow("v3.2 sets enabled=false") << QStringLiteral("v3.2.0") << true;
    QTest::addRow("v3.1 removes automated") << QStringLiteral("v3.1.8+abc") << false;
    QTest::addRow("v2.14 removes automated") << QStringLiteral("v2.14.2") << false;
}

void ActionServiceTest::pauseAndResumeRestoreTheExactPolicy()
{
    QFETCH(QString, version);
    QFETCH(bool, keepsAutomated);
    ActionHarness h;
    QVERIFY(h.start({withVersion(version)}));
    QVERIFY(setPolicy(h.sim(), QStringLiteral("manual-prod-1"), richPolicy()));
    const QMap<QString, QByteArray> before = h.policies();

    // Pause the fleet: the two auto-synced apps change, frozen-app (no policy) is skipped.
    const BatchOutcome paused =
        h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("incident 42")));
    QCOMPARE(paused.total, 3);
    QCOMPARE(names(paused.succeeded),
             (QStringList{QStringLiteral("manual-prod-1"), QStringLiteral("web-dev-1")}));
    QCOMPARE(names(paused.skipped), QStringList{QStringLiteral("frozen-app")});
    QVERIFY(paused.failed.isEmpty());
    for (const QString &app : {QStringLiteral("manual-prod-1"), QStringLiteral("web-dev-1")}) {
        const QJsonObject policy = parse(h.policyOf(app));
        QCOMPARE(policy.contains(QStringLiteral("automated")), keepsAutomated);
        if (keepsAutomated) {
            QCOMPARE(policy.value(QStringLiteral("automated")).toObject().value(QStringLiteral("enabled")),
                     QJsonValue(false));
            // prune/selfHeal kept for the resume
            QCOMPARE(policy.value(QStringLiteral("automated")).toObject().value(QStringLiteral("selfHeal")),
                     QJsonValue(true));
        }
        // The same PATCH wrote the prior policy and who / why on the app.
        auto note =
            argocd::decodePauseNote(h.annotationsOf(app).value(argocd::pausedPolicyAnnotation()).toString());
        QVERIFY2(note, qPrintable(note.errorMessage()));
        QVERIFY(argocd::samePolicy(note->priorPolicyJson, before.value(app)));
        QCOMPARE(note->by, QStringLiteral("admin"));
        QCOMPARE(note->reason, QStringLiteral("incident 42"));
    }
    QCOMPARE(h.service->pauseBanner().apps, 2);
    QCOMPARE(h.service->pauseBanner().by, QStringList{QStringLiteral("admin")});
    QVERIFY(h.service->pauseBanner().since.isValid());
    QCOMPARE(h.ledger(true).size(), 2);
    for (const PauseLedgerEntry &row : h.ledger(true)) {
        QCOMPARE(toString(row.state), QStringLiteral("paused"));
        QVERIFY(argocd::samePolicy(row.priorPolicyJson.toUtf8(), before.value(row.app)));
    }

    // Pausing again changes nothing and adds no row.
    const BatchOutcome again = h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("again")));
    QCOMPARE(names(again.succeeded), names(paused.succeeded));
    QCOMPARE(h.ledger(false).size(), 2);

    // Resume restores every policy exactly and clears the banner.
    QSignalSpy banner(h.service.get(), &ActionService::pauseStateChanged);
    const BatchOutcome resumed = h.waitBatch(h.service->resume(ActionScope::fleet(), QStringLiteral("over")));
    QVERIFY(resumed.failed.isEmpty());
    QCOMPARE(names(resumed.succeeded), names(paused.succeeded));
    const QMap<QString, QByteArray> after = h.policies();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(parse(after.value(it.key())), parse(it.value()));
    QVERIFY(!h.annotationsOf(QStringLiteral("web-dev-1")).contains(argocd::pausedPolicyAnnotation()));
    QVERIFY(h.service->pauseBanner().isEmpty());
    QVERIFY(!banner.isEmpty());
    QVERIFY(h.ledger(true).isEmpty());

    // Resuming again is a no-op.
    const BatchOutcome resumedAgain =
        h.waitBatch(h.service->resume(ActionScope::fleet(), QStringLiteral("over")));
    QVERIFY(resumedAgain.failed.isEmpty());
    QVERIFY(resumedAgain.succeeded.isEmpty());

    // The journal holds the pause and the resume with their results.
    QSignalSpy journal(h.service.get(), &ActionService::journalLoaded);
    h.service->loadJournal({});
    QVERIFY(journal.wait());
    const auto entries = journal.last().at(1).value<QList<JournalEntry>>();
    QStringList actions;
    for (const JournalEntry &e : entries) {
        actions << e.action + u':' + toString(e.result);
        QCOMPARE(e.controllerUser, QStringLiteral("admin"));
        QVERIFY(!e.localUser.isEmpty());
    }
    QVERIFY2(actions.contains(QStringLiteral("pause:succeeded")), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(QStringLiteral("resume:succeeded")), qPrintable(actions.join(u' ')));
}

void ActionServiceTest::resumeFromAnotherWorkstation()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    // This workstation does not look at the servers on its own here: its resume finds out.
    h.service->setLedgerCheckDelay(std::chrono::hours(1));
    QVERIFY(setPolicy(h.sim(), QStringLiteral("manual-prod-1"), richPolicy()));
    const QMap<QString, QByteArray> before = h.policies();
    QVERIFY(h.waitBatch(h.service->pause(ActionScope::ofProject(QStringLiteral("team")), QStringLiteral("a")))
                .ok());

    // A second workstation: its own database, nothing in its ledger.
    ActionHarness other;
    other.store = std::make_unique<FleetStore>();
    other.connector = std::make_unique<FleetConnector>(other.store.get());
    argocd::InstanceConfig config;
    config.name = ActionHarness::instanceName(0);
    config.server = QUrl(h.sim().baseUrl());
    config.token = h.sim().token();
    config.plainText = true;
    testing::addArgoCdInstance(*other.connector, config)->start();
    QTRY_COMPARE_WITH_TIMEOUT(other.store->applicationCount(), 3, 10000);
    // The store shows the notes once the watch delivered the pause.
    QTRY_VERIFY(other.store->application(h.key(QStringLiteral("web-dev-1")))
                    ->annotations.contains(argocd::pausedPolicyAnnotation()));
    QVERIFY(other.openService());
    QVERIFY(other.service->pauseBanner().isEmpty());
    const BatchOutcome resumed =
        other.waitBatch(other.service->resume(ActionScope::fleet(), QStringLiteral("b")));
    QVERIFY(resumed.failed.isEmpty());
    QCOMPARE(names(resumed.succeeded),
             (QStringList{QStringLiteral("manual-prod-1"), QStringLiteral("web-dev-1")}));
    const QMap<QString, QByteArray> after = h.policies();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(parse(after.value(it.key())), parse(it.value()));
    // The first workstation's ledger learns it at its next resume: already resumed, not done.
    QCOMPARE(h.service->activePauses().size(), 2);
    const BatchOutcome first = h.waitBatch(h.service->resume(ActionScope::fleet(), QStringLiteral("c")));
    QVERIFY(first.failed.isEmpty());
    QVERIFY(first.succeeded.isEmpty());
    QCOMPARE(names(first.skipped),
             (QStringList{QStringLiteral("manual-prod-1"), QStringLiteral("web-dev-1")}));
    for (const AppProblem &skipped : first.skipped)
        QCOMPARE(skipped.message, QStringLiteral("already resumed"));
    QVERIFY(h.ledger(true).isEmpty());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(parse(h.policies().value(it.key())), parse(it.value()));
}

void ActionServiceTest::ledgerFollowsResumesMadeElsewhere()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    const QMap<QString, QByteArray> before = h.policies();
    QVERIFY(h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("INC-7"))).ok());
    QCOMPARE(h.service->pauseBanner().apps, 1); // web-dev-1, the only auto-synced app
    // A pause just made stays: the watch brings the paused app, and the servers agree.
    QTest::qWait(1500);
    QCOMPARE(h.service->activePauses().size(), 1);
    QCOMPARE(h.service->pauseBanner().apps, 1);
    QCOMPARE(h.ledger(true).size(), 1);

    // Someone turns auto-sync on again in the Argo CD UI (the pause note stays on the app).
    QSignalSpy elsewhere(h.service.get(), &ActionService::pausesResumedElsewhere);
    QVERIFY(setPolicy(h.sim(), QStringLiteral("web-dev-1"), before.value(QStringLiteral("web-dev-1"))));
    QTRY_VERIFY_WITH_TIMEOUT(h.service->pauseBanner().isEmpty(), 10000);
    QVERIFY(h.service->activePauses().isEmpty());
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(elsewhere.at(0).at(0).toString(), ActionHarness::instanceName(0));
    QCOMPARE(elsewhere.at(0).at(1).toInt(), 1);
    QVERIFY(h.ledger(true).isEmpty());
    const QList<PauseLedgerEntry> all = h.ledger(false);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().state == PauseLedgerEntry::State::Resumed);
    QCOMPARE(all.first().resumedBy, QStringLiteral("elsewhere"));
    QVERIFY(all.first().resumedAt.isValid());
    QVERIFY2(all.first().error.contains(QStringLiteral("outside Sextant")), qPrintable(all.first().error));
    // Nothing was sent to the app on the way: its policy is the one set by hand.
    QCOMPARE(parse(h.policyOf(QStringLiteral("web-dev-1"))),
             parse(before.value(QStringLiteral("web-dev-1"))));
}

void ActionServiceTest::closePausesOfAFreshInstance()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig(), FleetsimFixture::testConfig()}));
    h.service->setLedgerCheckDelay(std::chrono::hours(1));
    QVERIFY(h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("INC-8"))).ok());
    QCOMPARE(h.service->pauseBanner().apps, 2);
    QCOMPARE(h.service->pauseBanner().instances, 2);

    QSignalSpy changed(h.service.get(), &ActionService::pauseStateChanged);
    h.service->closePausesOf(ActionHarness::instanceName(0), QStringLiteral("started afresh"));
    QVERIFY(changed.wait(10000));
    QCOMPARE(h.service->pauseBanner().apps, 1);
    const QList<PauseLedgerEntry> open = h.ledger(true);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().instance, ActionHarness::instanceName(1));
    bool closedFound = false;
    for (const PauseLedgerEntry &row : h.ledger(false))
        if (row.instance == ActionHarness::instanceName(0)) {
            QVERIFY(row.state == PauseLedgerEntry::State::Resumed);
            QCOMPARE(row.error, QStringLiteral("started afresh"));
            closedFound = true;
        }
    QVERIFY(closedFound);
}

void ActionServiceTest::interruptedPauseIsFoundAndCompleted()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    QVERIFY(setPolicy(h.sim(), QStringLiteral("manual-prod-1"), richPolicy()));
    const QMap<QString, QByteArray> before = h.policies();
    // A crash after the ledger commit: one row whose PATCH never left, one whose PATCH landed.
    h.service.reset();
    {
        auto store = LocalStore::open(h.databasePath());
        QVERIFY(store);
        for (const QString &app : {QStringLiteral("web-dev-1"), QStringLiteral("manual-prod-1")}) {
            PauseLedgerEntry row;
            row.batchId = QStringLiteral("crashed");
            row.instance = ActionHarness::instanceName(0);
            row.appNamespace = QStringLiteral("argocd");
            row.app = app;
            row.appKey = h.key(app);
            row.project = QStringLiteral("team");
            row.priorPolicyJson = QString::fromUtf8(before.value(app));
            row.pausedBy = QStringLiteral("admin");
            row.pausedAt = QDateTime::currentDateTimeUtc();
            row.reason = QStringLiteral("crash test");
            QVERIFY((*store)->addLedgerEntry(row));
        }
    }
    auto current =
        argocd::decodeAppPolicyState(QJsonDocument(h.sim().app(QStringLiteral("manual-prod-1"))).toJson());
    QVERIFY(current);
    const QString note = argocd::encodePauseNote({before.value(QStringLiteral("manual-prod-1")),
                                                  QStringLiteral("admin"), QDateTime::currentDateTimeUtc(),
                                                  QStringLiteral("crash test"), QStringLiteral("crashed")});
    QCOMPARE(
        h.sim()
            .request("PATCH", QStringLiteral("/api/v1/applications/manual-prod-1"),
                     argocd::pausePatchBody(
                         *current, argocd::pausedPolicy(before.value(QStringLiteral("manual-prod-1")), true),
                         note))
            .status,
        200);

    h.service = std::make_unique<ActionService>(h.store.get(), h.connector.get(), h.databasePath());
    QSignalSpy found(h.service.get(), &ActionService::interruptedWorkFound);
    QSignalSpy ready(h.service.get(), &ActionService::ready);
    h.service->start();
    QVERIFY(ready.wait());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().at(0).value<InterruptedWork>().pendingPauses, 2);
    QCOMPARE(h.service->pauseBanner().interrupted, 2);

    const BatchOutcome completed = h.waitBatch(h.service->completeInterrupted(QStringLiteral("finish it")));
    QVERIFY(completed.failed.isEmpty());
    QCOMPARE(names(completed.succeeded),
             (QStringList{QStringLiteral("manual-prod-1"), QStringLiteral("web-dev-1")}));
    QVERIFY(h.service->interruptedWork().isEmpty());
    QCOMPARE(h.ledger(true).size(), 2);
    for (const PauseLedgerEntry &row : h.ledger(true))
        QCOMPARE(toString(row.state), QStringLiteral("paused"));

    QVERIFY(h.waitBatch(h.service->resume(ActionScope::fleet(), QStringLiteral("done"))).ok());
    const QMap<QString, QByteArray> after = h.policies();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(parse(after.value(it.key())), parse(it.value()));
}

void ActionServiceTest::injectedErrorsAreRetriedAndNamed()
{
    fleetsim::FleetSimConfig config = FleetsimFixture::testConfig(QString());
    config.generate = QStringLiteral("clusters=4,apps=160");
    config.api.errorRate = 0.1;
    ActionHarness h;
    QVERIFY(h.start({config}, 60000));
    const QMap<QString, QByteArray> before = h.policies();

    // Two attempts per app: a few apps fail, and each is named.
    h.service->setRetryPolicy(2, std::chrono::milliseconds(5));
    const BatchOutcome first = h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("flaky")));
    QCOMPARE(first.succeeded.size() + first.failed.size() + first.skipped.size(), qsizetype(160));
    const QMap<QString, QByteArray> mid = h.policies();
    const QStringList failed = names(first.failed);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const bool wasOn = parse(it.value()).contains(QStringLiteral("automated"));
        const bool pausedNow = parse(mid.value(it.key()))
                                   .value(QStringLiteral("automated"))
                                   .toObject()
                                   .value(QStringLiteral("enabled")) == QJsonValue(false);
        if (wasOn && !pausedNow)
            QVERIFY2(failed.contains(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is not paused and not named")));
    }
    qInfo() << "with 10% errors and 2 attempts:" << first.succeeded.size() << "paused," << first.failed.size()
            << "named as failed," << first.skipped.size() << "skipped (auto-sync off)";
    for (const AppProblem &problem : first.failed)
        QVERIFY(!problem.message.isEmpty());

    // Enough attempts: everything is paused in the end.
    h.service->setRetryPolicy(10, std::chrono::milliseconds(5));
    const BatchOutcome second = h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("flaky")));
    QVERIFY2(second.failed.isEmpty(), qPrintable(names(second.failed).join(u' ')));
    const BatchOutcome resumed = h.waitBatch(h.service->resume(ActionScope::fleet(), QStringLiteral("done")));
    QVERIFY2(resumed.failed.isEmpty(), qPrintable(names(resumed.failed).join(u' ')));
    const QMap<QString, QByteArray> after = h.policies();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(parse(after.value(it.key())), parse(it.value()));
}

void ActionServiceTest::denyWindowsComeAndGo()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    PauseOptions options;
    options.addDenyWindows = true;
    const BatchOutcome paused = h.waitBatch(
        h.service->pause(ActionScope::ofProject(QStringLiteral("team")), QStringLiteral("freeze"), options));
    QVERIFY(paused.ok());
    const QJsonArray windows =
        at(h.sim().get(QStringLiteral("/api/v1/projects/team")).json(), QStringLiteral("spec.syncWindows"))
            .toArray();
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("deny"));
    // The manual app of the project cannot be synced now.
    QVERIFY(!h.sim()
                 .get(QStringLiteral("/api/v1/applications/manual-prod-1/syncwindows"))
                 .json()
                 .value(QStringLiteral("canSync"))
                 .toBool());

    const BatchOutcome resumed = h.waitBatch(
        h.service->resume(ActionScope::ofProject(QStringLiteral("team")), QStringLiteral("thaw")));
    QVERIFY(resumed.ok());
    QVERIFY(
        at(h.sim().get(QStringLiteral("/api/v1/projects/team")).json(), QStringLiteral("spec.syncWindows"))
            .toArray()
            .isEmpty());
    QVERIFY2(resumed.notes.join(u' ').contains(QStringLiteral("removed")),
             qPrintable(resumed.notes.join(u' ')));
}

void ActionServiceTest::previewSyncAndApproval()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    const QString app = h.key(QStringLiteral("manual-prod-1"));
    const GuardrailCheck check = h.service->checkGuardrails(app);
    QVERIFY(check.protectedTarget); // cluster label env=prod, the default rule
    QCOMPARE(check.protectionReasons, QStringList{QStringLiteral("cluster-label env=prod")});

    QSignalSpy previews(h.service.get(), &ActionService::syncPreviewReady);
    h.service->previewSync(app, {});
    QVERIFY(previews.wait(15000));
    const SyncPreview preview = previews.first().at(0).value<SyncPreview>();
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.count(ResourceChange::Change::Create), 1); // the ConfigMap of 1.1.0
    QVERIFY(preview.count(ResourceChange::Change::Update) >= 1);
    QCOMPARE(preview.images.size(), 1);
    QCOMPARE(preview.images.first().from, QStringLiteral("registry.test/web:1.0.0"));
    QCOMPARE(preview.images.first().to, QStringLiteral("registry.test/web:1.1.0"));
    QVERIFY(preview.summary().contains(QStringLiteral("1.0.0 → registry.test/web:1.1.0")));
    // A dry run changes nothing.
    QCOMPARE(
        at(h.sim().app(QStringLiteral("manual-prod-1")), QStringLiteral("status.sync.status")).toString(),
        QStringLiteral("OutOfSync"));

    // The store sees the dry run end through the watch stream.
    QTRY_VERIFY(!h.service->checkGuardrails(app).operationRunning);
    // Without the approval the protected sync is refused, before anything is sent.
    const ActionOutcome refused = h.waitAction(h.service->sync(app, {}, {}));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("protected")), qPrintable(refused.message));
    Approval approval{QStringLiteral("release 1.1.0"), QStringLiteral("manual-prod-1"), preview.summary(),
                      false};
    const ActionOutcome synced = h.waitAction(h.service->sync(app, {}, approval), 30000);
    QVERIFY2(synced.ok, qPrintable(synced.message));
    QVERIFY(synced.deploymentRecordId > 0);
    QCOMPARE(
        at(h.sim().app(QStringLiteral("manual-prod-1")), QStringLiteral("status.sync.status")).toString(),
        QStringLiteral("Synced"));

    QSignalSpy records(h.service.get(), &ActionService::deploymentRecordsLoaded);
    h.service->loadDeploymentRecords();
    QVERIFY(records.wait());
    const auto list = records.first().at(1).value<QList<DeploymentRecord>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().reason, QStringLiteral("release 1.1.0"));
    QCOMPARE(list.first().appNamespace, QStringLiteral("argocd"));
    QCOMPARE(list.first().who, QStringLiteral("admin (%1)").arg(h.service->localUser()));
    QVERIFY(list.first().rollbackHistoryId >= 0);
    QVERIFY(list.first().images.join(u' ').contains(QStringLiteral("registry.test/web:1.1.0")));
    QVERIFY(!list.first().revision.isEmpty());

    // The frozen project's app: a blocking window is explained, the server refuses too.
    const QString frozen = h.key(QStringLiteral("frozen-app"));
    QVERIFY(!h.service->checkGuardrails(frozen).window.canSync);
    QSignalSpy windows(h.service.get(), &ActionService::syncWindowChecked);
    h.service->checkSyncWindow(frozen);
    QVERIFY(windows.wait());
    QVERIFY(!windows.first().at(2).value<SyncWindowState>().canSync);
    QVERIFY(windows.first().at(2).value<SyncWindowState>().description.contains(QStringLiteral("deny")));
}

void ActionServiceTest::syncSelectionStopsAtTheFirstFailure_data()
{
    QTest::addColumn<bool>("continueOnFailure");
    QTest::addRow("stop") << false;
    QTest::addRow("continue") << true;
}

void ActionServiceTest::syncSelectionStopsAtTheFirstFailure()
{
    QFETCH(bool, continueOnFailure);
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    h.service->setProtectionRules(ProtectionRules(QList<ProtectionRule>()));
    QSignalSpy progress(h.service.get(), &ActionService::batchProgress);
    const QStringList keys{h.key(QStringLiteral("frozen-app")), h.key(QStringLiteral("manual-prod-1"))};
    const BatchOutcome outcome = h.waitBatch(
        h.service->syncSelection(keys, {}, {QStringLiteral("sel"), {}, {}, false}, continueOnFailure));
    QCOMPARE(names(outcome.failed), QStringList{QStringLiteral("frozen-app")});
    QVERIFY2(outcome.failed.first().message.contains(QStringLiteral("sync window")),
             qPrintable(outcome.failed.first().message));
    if (continueOnFailure) {
        QCOMPARE(names(outcome.succeeded), QStringList{QStringLiteral("manual-prod-1")});
        QCOMPARE(progress.size(), 2);
    } else {
        QCOMPARE(names(outcome.skipped), QStringList{QStringLiteral("manual-prod-1")});
        QCOMPARE(progress.size(), 1);
    }
}

void ActionServiceTest::refreshAndTerminate()
{
    fleetsim::FleetSimConfig config = FleetsimFixture::testConfig();
    config.controller.operationDelayMs = 5000; // a sync that runs long enough to stop it
    ActionHarness h;
    QVERIFY(h.start({config}));
    h.service->setProtectionRules(ProtectionRules(QList<ProtectionRule>()));
    const QString app = h.key(QStringLiteral("manual-prod-1"));
    const ActionOutcome hard = h.waitAction(h.service->refresh(app, true));
    QVERIFY2(hard.ok, qPrintable(hard.message));
    QCOMPARE(toString(hard.kind), QStringLiteral("hard-refresh"));

    QVERIFY(h.sim().post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status == 200);
    QTRY_VERIFY(h.service->checkGuardrails(app).operationRunning);
    const ActionOutcome refused = h.waitAction(h.service->sync(app, {}, {}));
    QVERIFY(!refused.ok);
    QVERIFY(refused.message.contains(QStringLiteral("terminate")));
    const ActionOutcome terminated =
        h.waitAction(h.service->terminateOperation(app, QStringLiteral("wrong revision")));
    QVERIFY2(terminated.ok, qPrintable(terminated.message));
    QVERIFY(h.sim().waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
        return at(a, QStringLiteral("status.operationState.message")).toString() ==
               QStringLiteral("Operation terminated");
    }));
    // Nothing runs now: terminating again is the server's 400, as a message.
    const ActionOutcome nothing = h.waitAction(h.service->terminateOperation(app, QStringLiteral("again")));
    QVERIFY(!nothing.ok);
    QVERIFY2(nothing.message.contains(QStringLiteral("No operation is in progress")),
             qPrintable(nothing.message));
}

void ActionServiceTest::rollbackPausesThroughTheLedger()
{
    ActionHarness h;
    QVERIFY(h.start({FleetsimFixture::testConfig()}));
    const QString app = h.key(QStringLiteral("web-dev-1"));
    const QByteArray before = h.policyOf(QStringLiteral("web-dev-1"));
    const Application *live = h.store->application(app);
    QVERIFY(live && live->history.size() >= 1);
    const qint64 id = live->history.constFirst().id;

    const RollbackPlan plan = h.service->explainRollback(app, id);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QVERIFY(plan.needsPause);
    QCOMPARE(plan.steps.size(), 3);
    QVERIFY(!h.service->explainRollback(app, 999).error.isEmpty());

    const ActionOutcome rolled =
        h.waitAction(h.service->rollback(app, id, {QStringLiteral("bad release"), {}, {}, false}), 30000);
    QVERIFY2(rolled.ok, qPrintable(rolled.message));
    QVERIFY(h.service->isPausedBySextant(app));
    QVERIFY(h.service->rollbackNote(app).startsWith(QStringLiteral("rolled back — Git still wants")));
    QVERIFY(h.annotationsOf(QStringLiteral("web-dev-1")).contains(argocd::pausedPolicyAnnotation()));

    // Resuming auto-sync restores the policy and drops the mark.
    QVERIFY(h.waitBatch(h.service->resume(ActionScope::ofSelection({app}), QStringLiteral("fixed"))).ok());
    QCOMPARE(parse(h.policyOf(QStringLiteral("web-dev-1"))), parse(before));
    QVERIFY(h.service->rollbackNote(app).isEmpty());
}

QTEST_GUILESS_MAIN(ActionServiceTest)
#include "tst_actionservice.moc"
