// The runner's pure half: how a run moves on from the fleet as it is (holds, approvals,
// maxParallel, sync windows, settle and its restart, bake, sign-off, stop conditions, the
// recovery of releases a killed runner left unacknowledged), and the stored document.
#include "model/argocd/applicationsetdecoder.h"
#include "model/fleet/fleetstore.h"
#include "model/rollout/rollingsync.h"
#include "model/rollout/rolloutnote.h"
#include "model/rollout/rolloutstepper.h"

#include <QTest>

using namespace sextant;
using namespace sextant::rollout;
using namespace Qt::StringLiterals;

namespace {

const QString Target = u"4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a"_s;
const QString Old = u"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2"_s;

const QByteArray PlanText = R"(apiVersion: sextant.io/v1
kind: WavePlan
metadata: {name: web-2}
spec:
  target: {revision: 4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a}
  waves:
    - name: dev
      selector: {clusters: [dev-1]}
      maxParallel: 2
      after: {settle: 2m, bake: 10m}
    - name: prod
      selector: {clusters: [prod-1]}
      before: {approval: {approvers: [lead]}}
      after: {signOff: true}
  stopWhen: {degraded: true, instanceUnreachable: true}
)"_ba;

} // namespace

class TestRolloutStepper : public QObject {
    Q_OBJECT

    QList<Application> m_apps;
    QDateTime m_now = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);

    Application *find(const QString &name)
    {
        for (Application &a : m_apps)
            if (a.name == name)
                return &a;
        return nullptr;
    }

    // The app synced at `revision`, Healthy and compared after its sync.
    void deploy(const QString &name, const QString &revision, HealthStatus health = HealthStatus::Healthy)
    {
        Application *a = find(name);
        a->syncRevision = revision;
        a->syncStatus = SyncStatus::Synced;
        a->health = health;
        OperationState operation;
        operation.phase = OperationPhase::Succeeded;
        operation.revision = revision;
        operation.startedAt = m_now.addSecs(-5);
        operation.finishedAt = m_now.addSecs(-2);
        a->operationState = operation;
        a->reconciledAt = m_now.addSecs(-1);
    }

    FleetNow fleet(const QSet<QString> &live = {u"eu"_s}) const
    {
        FleetNow now;
        for (const Application &a : m_apps)
            now.apps.insert(a.key(), &a);
        now.liveInstances = live;
        now.now = m_now;
        return now;
    }

    RolloutRun newRunOverFleet()
    {
        m_apps.clear();
        QList<Cluster> clusters;
        for (const QString &cluster : {u"dev-1"_s, u"prod-1"_s}) {
            Cluster c;
            c.instance = u"eu"_s;
            c.name = cluster;
            c.server = u"https://"_s + cluster;
            clusters << c;
        }
        for (const auto &[name, cluster] :
             {std::pair{u"web-a"_s, u"dev-1"_s}, std::pair{u"web-b"_s, u"dev-1"_s},
              std::pair{u"web-c"_s, u"dev-1"_s}, std::pair{u"web-p"_s, u"prod-1"_s}}) {
            Application a;
            a.instance = u"eu"_s;
            a.ns = u"argocd"_s;
            a.name = name;
            a.project = u"shop"_s;
            a.destinationName = cluster;
            a.syncPolicy.automated = true;
            a.syncRevision = Old;
            a.syncStatus = SyncStatus::OutOfSync;
            a.health = HealthStatus::Healthy;
            m_apps << a;
        }
        const WavePlan plan = *parseWavePlan(PlanText).plan;
        const PlanResolution resolution = resolvePlan(plan, m_apps, clusters);
        return newRun(plan, PlanText, u"plan.yaml"_s, resolution, u"ada"_s, m_now);
    }

private slots:
    void aRunGoesThroughItsGates()
    {
        RolloutRun run = newRunOverFleet();
        QCOMPARE(run.waves.size(), 2);
        QVERIFY(run.waves[1].state == WaveState::Holding);
        // Holds first: the later wave's apps.
        RolloutStep step = advanceRun(run, fleet(), {});
        QCOMPARE(step.hold, QStringList{u"eu/argocd/web-p"_s});
        QVERIFY(step.release.isEmpty());
        run.holdsPlaced = true;
        run.waves[1].apps[0].state = AppStepState::Held;

        // Two of three released at once (maxParallel 2).
        step = advanceRun(run, fleet(), {});
        QCOMPARE(step.release, (QStringList{u"eu/argocd/web-a"_s, u"eu/argocd/web-b"_s}));
        QVERIFY(step.run.waves[0].state == WaveState::Releasing);
        run = step.run;
        for (AppStep &app : run.waves[0].apps)
            if (app.state == AppStepState::Releasing)
                app.state = AppStepState::Released;
        // Nothing more until one of them is Healthy at the target.
        step = advanceRun(run, fleet(), {});
        QVERIFY(step.release.isEmpty());
        deploy(u"web-a"_s, Target);
        step = advanceRun(run, fleet(), {});
        QCOMPARE(step.release, QStringList{u"eu/argocd/web-c"_s});
        run = step.run;
        run.waves[0].apps[2].state = AppStepState::Released;
        deploy(u"web-b"_s, Target);
        deploy(u"web-c"_s, Target);

        // The trend when web-c went out: one of the two released apps Healthy.
        QCOMPARE(step.run.waves[0].samples.constLast().healthy, 1);
        QCOMPARE(step.run.waves[0].samples.constLast().released, 2);
        // Every app Healthy at the target: verifying, then settle for two minutes.
        step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.waves[0].state == WaveState::Verifying);
        QVERIFY2(step.run.waves[0].why.startsWith(u"settling: 2 min left"_s),
                 qPrintable(step.run.waves[0].why));
        run = step.run;
        // A flap restarts the settle window.
        m_now = m_now.addSecs(60);
        find(u"web-b"_s)->health = HealthStatus::Progressing;
        step = advanceRun(run, fleet(), {});
        QVERIFY(!step.run.waves[0].healthySince.isValid());
        QCOMPARE(step.events.last().what, u"wave dev settle restarted"_s);
        run = step.run;
        find(u"web-b"_s)->health = HealthStatus::Healthy;
        run = advanceRun(run, fleet(), {}).run;
        m_now = m_now.addSecs(119);
        QVERIFY(advanceRun(run, fleet(), {}).run.waves[0].state == WaveState::Verifying);
        m_now = m_now.addSecs(1);
        step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.waves[0].state == WaveState::Baking);
        run = step.run;
        m_now = m_now.addSecs(9 * 60);
        QVERIFY2(advanceRun(run, fleet(), {}).run.waves[0].why.startsWith(u"baking: 1 min left"_s),
                 qPrintable(advanceRun(run, fleet(), {}).run.waves[0].why));

        // Baked: the next wave waits for its named approver, then releases the held app.
        m_now = m_now.addSecs(60);
        step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.waves[0].state == WaveState::Passed);
        QVERIFY(step.run.waves[1].state == WaveState::AwaitingApproval);
        QCOMPARE(step.run.waves[1].why, u"waiting for approval by one of: lead"_s);
        run = step.run;
        run.waves[1].approvedBy = u"lead"_s;
        step = advanceRun(run, fleet(), {});
        QCOMPARE(step.release, QStringList{u"eu/argocd/web-p"_s});
        run = step.run;
        run.waves[1].apps[0].state = AppStepState::Released;
        deploy(u"web-p"_s, Target);
        step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.waves[1].state == WaveState::AwaitingSignOff);
        run = step.run;
        run.waves[1].signedOffBy = u"lead"_s;
        step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.state == RunState::Finished);
        QCOMPARE(step.events.last().what, u"finished"_s);
    }

    void aClosedWindowWaitsAndProtectedAppsNeedApproval()
    {
        RolloutRun run = newRunOverFleet();
        run.holdsPlaced = true;
        StepFacts facts;
        facts.windowClosed.insert(u"eu/argocd/web-a"_s, u"blocked by deny window 0 22 * * * (1h)"_s);
        RolloutStep step = advanceRun(run, fleet(), facts);
        // web-a waits for its window; the others go.
        QCOMPARE(step.release, (QStringList{u"eu/argocd/web-b"_s, u"eu/argocd/web-c"_s}));
        QVERIFY(step.run.state == RunState::Running);
        QVERIFY(step.run.waves[0].apps[0].state == AppStepState::Pending);

        // An app with an operation under way waits for it to end.
        StepFacts busy;
        busy.operationRunning.insert(u"eu/argocd/web-b"_s);
        step = advanceRun(run, fleet(), busy);
        QCOMPARE(step.release, (QStringList{u"eu/argocd/web-a"_s, u"eu/argocd/web-c"_s}));

        // A wave with a protected app waits for an approval even when the plan names no approvers.
        RolloutRun protectedRun = newRunOverFleet();
        protectedRun.holdsPlaced = true;
        StepFacts protectedFacts;
        protectedFacts.protectedApps.insert(u"eu/argocd/web-a"_s);
        step = advanceRun(protectedRun, fleet(), protectedFacts);
        QVERIFY(step.run.waves[0].state == WaveState::AwaitingApproval);
        QCOMPARE(step.run.waves[0].why, u"waiting for approval: it deploys to protected targets"_s);
        QVERIFY(step.release.isEmpty());
    }

    void stopConditionsHaltTheRun()
    {
        RolloutRun run = newRunOverFleet();
        run.holdsPlaced = true;
        run = advanceRun(run, fleet(), {}).run;
        for (AppStep &app : run.waves[0].apps)
            if (app.state == AppStepState::Releasing)
                app.state = AppStepState::Released;
        deploy(u"web-a"_s, Target, HealthStatus::Degraded);
        RolloutStep step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.state == RunState::Halted);
        QVERIFY(step.run.waves[0].state == WaveState::Halted);
        QVERIFY2(step.run.stateReason.contains(u"web-a Degraded"_s), qPrintable(step.run.stateReason));
        QVERIFY(step.release.isEmpty());

        // An instance unreachable during verification halts with that reason.
        deploy(u"web-a"_s, Target);
        step = advanceRun(run, fleet({}), {});
        QVERIFY(step.run.state == RunState::Halted);
        QVERIFY2(step.run.stateReason.contains(u"instance eu unreachable"_s),
                 qPrintable(step.run.stateReason));

        // A paused run only refreshes what it shows.
        run.state = RunState::Paused;
        step = advanceRun(run, fleet(), {});
        QVERIFY(!step.changed);
        QVERIFY(step.release.isEmpty());
    }

    void releasesLeftUnacknowledgedAreRecovered()
    {
        RolloutRun run = newRunOverFleet();
        run.holdsPlaced = true;
        run = advanceRun(run, fleet(), {}).run;
        QVERIFY(run.waves[0].apps[0].state == AppStepState::Releasing);
        QVERIFY(run.waves[0].apps[1].state == AppStepState::Releasing);
        m_now = m_now.addSecs(30);
        // web-a's operation started after its release was written down: it was released. web-b
        // shows nothing: its sync never reached the server and is sent again, once.
        Application *a = find(u"web-a"_s);
        OperationState operation;
        operation.phase = OperationPhase::Running;
        operation.startedAt = m_now.addSecs(-28);
        a->operationState = operation;
        a->operationInProgress = true;
        RolloutStep step = advanceRun(run, fleet(), {});
        QVERIFY(step.run.waves[0].apps[0].state == AppStepState::Released);
        QCOMPARE(step.release, QStringList{u"eu/argocd/web-b"_s});
        QCOMPARE(step.events.first().what, u"released again: web-b"_s);
        // While this process waits for web-b's answer, it is not sent a third time.
        StepFacts waiting;
        waiting.inFlight.insert(u"eu/argocd/web-b"_s);
        QVERIFY(!advanceRun(step.run, fleet(), waiting).release.contains(u"eu/argocd/web-b"_s));
    }

    void theNoteOnAnAppReadsBack()
    {
        const RolloutNote note{
            u"web-2"_s, u"web-2-20261207T100000Z"_s, u"prod"_s, Target, u"ada"_s, u"jump-1:4242"_s, m_now};
        QCOMPARE(decodeRolloutNote(encodeRolloutNote(note)), note);
        QCOMPARE(describeRolloutNote(note).left(43), u"web-2 · wave prod · released at 4f3c2b1 on "_s);
        QVERIFY(!decodeRolloutNote(u"{}"_s));
        QVERIFY(!decodeRolloutNote(u"held by Sextant"_s));
    }

    void theStoredDocumentReadsBack()
    {
        RolloutRun run = newRunOverFleet();
        run.waves[0].approvedBy = u"lead"_s;
        run.waves[0].samples = {{m_now, 1, 3}, {m_now.addSecs(90), 3, 3}};
        run.waves[0].apps[1].state = AppStepState::Skipped;
        run.waves[0].apps[1].note = u"skipped: cluster drained"_s;
        run.state = RunState::Paused;
        run.stateReason = u"console closed"_s;
        const auto back = runFromDocument(toDocument(run));
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->plan.name, u"web-2"_s);
        QVERIFY(back->state == RunState::Paused);
        QCOMPARE(back->stateReason, u"console closed"_s);
        QCOMPARE(back->waves[0].apps, run.waves[0].apps);
        QCOMPARE(back->waves[0].approvedBy, u"lead"_s);
        QCOMPARE(back->events, run.events);
        QCOMPARE(back->waves[0].samples, run.waves[0].samples);
        QVERIFY(!runFromDocument("{\"format\": 2}"));
        QVERIFY(!runFromDocument("not json"));
    }
    // An ApplicationSet's RollingSync in the dashboard's words: a Degraded app stalls its step for
    // good (RollingSync never fails one), later steps wait, apps in no step are never synced.
    void rollingSyncInWords()
    {
        const QByteArray json = R"({"items":[{"metadata":{"name":"web","namespace":"argocd"},
            "spec":{"template":{"spec":{"project":"shop"}},"strategy":{"type":"RollingSync","rollingSync":{"steps":[
              {"matchExpressions":[{"key":"env","operator":"In","values":["dev"]}]},
              {"matchExpressions":[{"key":"env","operator":"In","values":["prod"]}],"maxUpdate":"50%"}]}}},
            "status":{"applicationStatus":[
              {"application":"web-dev","status":"Healthy","step":"1","targetrevisions":["abc"]},
              {"application":"web-prod-1","status":"Progressing","step":"2","lastTransitionTime":"2026-12-08T10:00:00Z","targetrevisions":["abc"]},
              {"application":"web-prod-2","status":"Waiting","step":"2","targetrevisions":["abc"]},
              {"application":"batch","status":"Waiting","step":"-1","targetrevisions":["abc"]}],
             "conditions":[{"type":"RolloutProgressing","status":"True","message":"ApplicationSet is performing rollout of step 2"}]}},
            {"metadata":{"name":"plain"},"spec":{}}]})";
        auto sets = argocd::decodeApplicationSets(json, u"eu"_s);
        QVERIFY2(sets, qPrintable(sets.errorMessage()));
        QCOMPARE(sets->size(), 2);
        QVERIFY(!sets->at(1).rollingSync);
        const ApplicationSetProgress &set = sets->first();
        QVERIFY(set.rollingSync && set.progressing);
        QCOMPARE(set.steps.size(), 2);
        QCOMPARE(set.steps.at(1).selector, u"env In (prod)"_s);
        QCOMPARE(set.steps.at(1).maxUpdate, u"50%"_s);
        QCOMPARE(set.apps.at(3).step, -1);

        FleetStore store;
        Application degraded;
        degraded.instance = u"eu"_s;
        degraded.ns = u"argocd"_s;
        degraded.name = u"web-prod-1"_s;
        degraded.health = HealthStatus::Degraded;
        store.applySnapshot(u"eu"_s, {degraded}, {}, {}, {});
        const QList<RollingStepSummary> steps =
            summarizeRollingSync(set, store, QDateTime(QDate(2026, 12, 8), QTime(10, 5), QTimeZone::UTC));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).state, u"healthy"_s);
        QCOMPARE(steps.at(1).state, u"stalled"_s);
        QCOMPARE(steps.at(1).label, u"step 2: env In (prod) · at most 50%"_s);
        QVERIFY2(
            steps.at(1).why.startsWith(u"waiting on 2 of 2 apps: web-prod-1 Progressing 5 min · Degraded"_s),
            qPrintable(steps.at(1).why));
        QVERIFY(steps.at(1).why.contains(u"never fails a step"_s));
        QCOMPARE(steps.at(1).counts[size_t(AppProgress::Degraded)], 1);
        QCOMPARE(steps.at(1).counts[size_t(AppProgress::Waiting)], 1);
        QCOMPARE(steps.at(2).number, -1);
        QCOMPARE(steps.at(2).state, u"never synced"_s);

        QVERIFY(!argocd::decodeApplicationSets("{\"items\": 3}", u"eu"_s));
        QVERIFY(!argocd::decodeApplicationSets("not json", u"eu"_s));
    }
};

QTEST_GUILESS_MAIN(TestRolloutStepper)
#include "tst_rolloutstepper.moc"
