// WavePlan documents: parsed and checked with the place of each problem (line and column),
// then resolved against a fleet into frozen, disjoint waves with the unselected apps listed.
#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"
#include "model/rollout/waveverdict.h"

#include <QTest>

using namespace sextant;
using namespace sextant::rollout;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Plan = R"(apiVersion: sextant.io/v1
kind: WavePlan
metadata: {name: checkout-1.9}
spec:
  target: {revision: 4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a}
  selection: {projects: [checkout], appLabels: {tier: web}}
  waves:
    - name: dev
      selector: {clusterLabels: {env: dev}}
      action: sync
      maxParallel: 100%
      after: {settle: 2m, bake: 10m}
    - name: first-prod
      selector: {clusters: [prod-eu-1]}
      before: {approval: {approvers: [team-lead]}, syncWindow: true}
      after: {settle: 5m, bake: 30m, signOff: true}
    - name: rest
      selector: {clusterLabels: {env: prod}}
      maxParallel: 25%
  stopWhen: {degraded: true, syncFailed: true, instanceUnreachable: true, waveTimeout: 45m, unhealthyPercent: 10}
  onFailure: halt
)"_ba;

Application app(const QString &instance, const QString &name, const QString &cluster, const QString &project,
                const QString &tier)
{
    Application a;
    a.instance = instance;
    a.ns = u"argocd"_s;
    a.name = name;
    a.project = project;
    a.destinationName = cluster;
    if (!tier.isEmpty())
        a.labels.insert(u"tier"_s, tier);
    return a;
}

Cluster cluster(const QString &instance, const QString &name, const QString &env)
{
    Cluster c;
    c.instance = instance;
    c.name = name;
    c.server = u"https://%1:6443"_s.arg(name);
    c.labels.insert(u"env"_s, env);
    return c;
}

QStringList names(const QList<ResolvedApp> &apps)
{
    QStringList out;
    for (const ResolvedApp &app : apps)
        out << app.app.name;
    return out;
}

QString problemsText(const QList<PlanProblem> &problems)
{
    QStringList lines;
    for (const PlanProblem &problem : problems)
        lines << u"%1:%2: %3"_s.arg(problem.at.line).arg(problem.at.column).arg(problem.message);
    return lines.join(u'\n');
}

} // namespace

class TestWavePlan : public QObject {
    Q_OBJECT

    QList<Application> m_apps;
    QList<Cluster> m_clusters;

private slots:
    void initTestCase()
    {
        m_clusters = {cluster(u"eu"_s, u"dev-1"_s, u"dev"_s), cluster(u"eu"_s, u"prod-eu-1"_s, u"prod"_s),
                      cluster(u"eu"_s, u"prod-eu-2"_s, u"prod"_s),
                      cluster(u"us"_s, u"prod-us-1"_s, u"prod"_s),
                      cluster(u"us"_s, u"prod-us-2"_s, u"prod"_s)};
        for (const Cluster &c : std::as_const(m_clusters)) {
            m_apps << app(c.instance, u"web-"_s + c.name, c.name, u"checkout"_s, u"web"_s);
            m_apps << app(c.instance, u"worker-"_s + c.name, c.name, u"checkout"_s, u"worker"_s);
        }
        m_apps << app(u"eu"_s, u"payments-prod-eu-1"_s, u"prod-eu-1"_s, u"payments"_s, u"web"_s);
    }

    void theIssuesExampleParses()
    {
        const ParsedPlan parsed = parseWavePlan(Plan);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(problemsText(parsed.problems)));
        const WavePlan &plan = *parsed.plan;
        QCOMPARE(plan.name, u"checkout-1.9"_s);
        QCOMPARE(plan.revision, u"4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a"_s);
        QCOMPARE(plan.selection.projects, QStringList{u"checkout"_s});
        QCOMPARE(plan.waves.size(), 3);
        QCOMPARE(plan.waves[0].bake, std::chrono::seconds(600));
        QCOMPARE(plan.waves[1].approvers, QStringList{u"team-lead"_s});
        QVERIFY(plan.waves[1].syncWindow && plan.waves[1].signOff);
        QCOMPARE(plan.waves[2].maxParallel.text(), u"25%"_s);
        QCOMPARE(plan.stopWhen.waveTimeout, std::chrono::seconds(45 * 60));
        QCOMPARE(plan.stopWhen.unhealthyPercent, 10);
        QVERIFY(plan.onFailure == FailurePolicy::Halt);
        QCOMPARE(plan.waves[1].at, (SourceMark{13, 7}));
    }

    void problemsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("branch as target") << "revision: 4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a"_ba
                                          << "revision: main"_ba << 5 << 22 << u"40 hex digits"_s;
        QTest::newRow("percentage over 100") << "maxParallel: 25%"_ba
                                             << "maxParallel: 250%"_ba << 19 << 20 << u"over 100%"_s;
        QTest::newRow("zero parallel") << "maxParallel: 25%"_ba
                                       << "maxParallel: 0"_ba << 19 << 20 << u"at least 1"_s;
        QTest::newRow("typo in a gate") << "signOff: true"_ba
                                        << "signoff: true"_ba << 16 << 38 << u"unknown key \"signoff\""_s;
        QTest::newRow("bad duration") << "bake: 10m"_ba
                                      << "bake: ten minutes"_ba << 12 << 33 << u"duration"_s;
        QTest::newRow("unknown action") << "action: sync"_ba
                                        << "action: deploy"_ba << 10 << 15 << u"sync or promote"_s;
        QTest::newRow("same name twice") << "name: rest"_ba
                                         << "name: dev"_ba << 17 << 7 << u"two waves"_s;
        QTest::newRow("bad failure policy") << "onFailure: halt"_ba
                                            << "onFailure: panic"_ba << 21 << 14 << u"onFailure"_s;
        QTest::newRow("not YAML") << "selector: {clusters: [prod-eu-1]}"_ba
                                  << "selector: {clusters: [prod-eu-1}"_ba << 14 << 38 << QString();
    }

    void problemsNameTheirPlace()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QByteArray text = Plan;
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const ParsedPlan parsed = parseWavePlan(text);
        QVERIFY(!parsed.plan);
        QVERIFY(!parsed.problems.isEmpty());
        const PlanProblem &first = parsed.problems.first();
        QVERIFY2(first.message.contains(message), qPrintable(problemsText(parsed.problems)));
        QCOMPARE(first.at.line, line);
        if (!message.isEmpty())
            QCOMPARE(first.at.column, column);
    }

    void twoWavesNamingOneAppAreRefused()
    {
        QByteArray text = Plan;
        text.replace("selector: {clusters: [prod-eu-1]}", "selector: {apps: [web-prod-eu-1]}");
        text.replace("selector: {clusterLabels: {env: prod}}",
                     "selector: {apps: [web-prod-eu-2, web-prod-eu-1]}");
        const ParsedPlan parsed = parseWavePlan(text);
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY2(
            parsed.problems.first().message.contains(u"named by the waves \"first-prod\" and \"rest\""_s),
            qPrintable(parsed.problems.first().message));
        QCOMPARE(parsed.problems.first().at, (SourceMark{18, 40}));
    }

    void resolvesDisjointWavesAndListsTheRest()
    {
        const ParsedPlan parsed = parseWavePlan(Plan);
        QVERIFY(parsed.plan);
        const PlanResolution resolution = resolvePlan(*parsed.plan, m_apps, m_clusters);
        QVERIFY2(resolution.problems.isEmpty(), qPrintable(problemsText(resolution.problems)));
        QCOMPARE(resolution.waves.size(), 3);
        QCOMPARE(names(resolution.waves[0].apps), QStringList{u"web-dev-1"_s});
        QCOMPARE(names(resolution.waves[1].apps), QStringList{u"web-prod-eu-1"_s});
        // "rest": the production apps no earlier wave took, on both instances.
        QCOMPARE(names(resolution.waves[2].apps),
                 (QStringList{u"web-prod-eu-2"_s, u"web-prod-us-1"_s, u"web-prod-us-2"_s}));
        QCOMPARE(resolution.waves[2].apps[1].app.instance, u"us"_s);
        QCOMPARE(resolution.waves[2].maxParallel, 1); // 25% of 3, at least one
        // Nothing the selection covers is left out; workers and payments were never selected.
        QVERIFY(resolution.unselected.isEmpty());
        QCOMPARE(resolution.waves[0].earliestFinish, std::chrono::seconds(12 * 60));
        QCOMPARE(resolution.waves[1].earliestStart, std::chrono::seconds(12 * 60));
        QCOMPARE(resolution.waves[1].earliestFinish, std::chrono::seconds(47 * 60));
        QVERIFY(resolution.waves[1].gates.contains(u"approval by team-lead"_s));
        QVERIFY(resolution.waves[1].gates.contains(u"manual sign-off"_s));
        // Nothing has auto-sync on in this fleet: nothing to hold.
        QVERIFY(resolution.waves[2].held.isEmpty());
    }

    void aWaveWaitsForItsSyncWindow()
    {
        // checkout allows syncs from 22:00 for two hours only; it is 10:00, and the first wave
        // takes 12 minutes.
        Project checkout;
        checkout.instance = u"eu"_s;
        checkout.name = u"checkout"_s;
        SyncWindow allow;
        allow.kind = u"allow"_s;
        allow.schedule = u"0 22 * * *"_s;
        allow.duration = u"2h"_s;
        allow.applications = {u"*"_s};
        checkout.syncWindows = {allow};
        const QDateTime start = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
        const PlanResolution resolution =
            resolvePlan(*parseWavePlan(Plan).plan, m_apps, m_clusters, {{checkout}, start});
        QVERIFY2(resolution.problems.isEmpty(), qPrintable(problemsText(resolution.problems)));
        const ResolvedWave &firstProd = resolution.waves[1];
        QCOMPARE(firstProd.earliestStart, std::chrono::seconds(12 * 3600));
        QCOMPARE(firstProd.windowNote, u"waits for a sync window: opens 2026-12-07 22:00 UTC"_s);
        QVERIFY(firstProd.gates.contains(
            u"an open sync window (waits for a sync window: opens 2026-12-07 22:00 UTC)"_s));
        // The dev wave asks for no window: it starts at once; "rest" follows first-prod's settle and bake.
        QCOMPARE(resolution.waves[0].earliestStart, std::chrono::seconds(0));
        QCOMPARE(resolution.waves[2].earliestStart, std::chrono::seconds(12 * 3600 + 35 * 60));
        // A window that never lets it sync is said, and the plan is not delayed by it.
        checkout.syncWindows.first().kind = u"deny"_s;
        checkout.syncWindows.first().schedule = u"* * * * *"_s;
        checkout.syncWindows.first().duration = u"1h"_s;
        const PlanResolution closed =
            resolvePlan(*parseWavePlan(Plan).plan, m_apps, m_clusters, {{checkout}, start});
        QVERIFY2(closed.waves[1].windowNote.startsWith(u"no sync window lets every app sync within a week"_s),
                 qPrintable(closed.waves[1].windowNote));
        QCOMPARE(closed.waves[1].earliestStart, std::chrono::seconds(12 * 60));
    }

    void laterSyncWavesHoldTheirAutoSyncedApps()
    {
        QList<Application> apps = m_apps;
        for (Application &a : apps) {
            a.syncPolicy.automated = true;
            a.syncPolicy.enabled = true;
        }
        QByteArray text = Plan;
        text.replace("selector: {clusters: [prod-eu-1]}",
                     "selector: {clusters: [prod-eu-1]}\n      action: promote");
        const PlanResolution resolution = resolvePlan(*parseWavePlan(text).plan, apps, m_clusters);
        QVERIFY2(resolution.problems.isEmpty(), qPrintable(problemsText(resolution.problems)));
        QVERIFY(resolution.waves[0].held.isEmpty()); // released first
        QVERIFY(resolution.waves[1].held.isEmpty()); // a promote wave: its files change at its turn
        QCOMPARE(names(resolution.waves[2].held), names(resolution.waves[2].apps));
        QCOMPARE(resolution.waves[2].gates.first(),
                 u"holds 3 apps with auto-sync on from Start until released"_s);
    }

    void theFleetShowsWhatTheTextCannot()
    {
        QByteArray text = Plan;
        text.replace("selector: {clusterLabels: {env: dev}}", "selector: {clusterLabels: {stage: dev}}");
        text.replace("selector: {clusters: [prod-eu-1]}", "selector: {clusters: [prod-eu-9]}");
        const ParsedPlan parsed = parseWavePlan(text);
        QVERIFY(parsed.plan);
        const PlanResolution resolution = resolvePlan(*parsed.plan, m_apps, m_clusters);
        const QString all = problemsText(resolution.problems).replace(u'\n', u" | "_s);
        QVERIFY2(all.contains(u"9:34: wave \"dev\": no cluster has the label stage"_s), qPrintable(all));
        QVERIFY2(all.contains(u"8:7: wave \"dev\" takes no application"_s), qPrintable(all));
        QVERIFY2(all.contains(u"14:29: wave \"first-prod\": no cluster is named prod-eu-9"_s),
                 qPrintable(all));
        // With dev and first-prod empty, "rest" takes every production web app.
        QCOMPARE(resolution.waves[2].apps.size(), 4);
    }

    void appsNoWaveTakesAreListed()
    {
        QByteArray text = Plan;
        text.replace("selector: {clusterLabels: {env: prod}}",
                     "selector: {instances: [eu], clusterLabels: {env: prod}}");
        const PlanResolution resolution = resolvePlan(*parseWavePlan(text).plan, m_apps, m_clusters);
        QVERIFY2(resolution.problems.isEmpty(), qPrintable(problemsText(resolution.problems)));
        QCOMPARE(names(resolution.unselected), (QStringList{u"web-prod-us-1"_s, u"web-prod-us-2"_s}));
    }

    // The verdict on a released wave of three apps, as the fleet changes under it.
    void aWaveIsJudgedAgainstItsTargetRevision()
    {
        const QString target = u"4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a"_s;
        const QDateTime now = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
        QList<Application> apps;
        ResolvedWave wave;
        wave.name = u"rest"_s;
        for (const QString &name : {u"web-a"_s, u"web-b"_s, u"web-c"_s}) {
            Application a = app(u"eu"_s, name, u"prod-eu-1"_s, u"checkout"_s, u"web"_s);
            a.syncStatus = SyncStatus::Synced;
            a.syncRevision = target;
            a.health = HealthStatus::Healthy;
            OperationState operation;
            operation.phase = OperationPhase::Succeeded;
            operation.revision = target;
            operation.finishedAt = now.addSecs(-600);
            a.operationState = operation;
            a.reconciledAt = now.addSecs(-60);
            apps << a;
            wave.apps.append({a.ref(), u"prod-eu-1"_s});
        }
        const auto judge = [&](const StopConditions &stop = {}, const QDateTime &released = {}) {
            FleetNow fleet;
            for (const Application &a : std::as_const(apps))
                fleet.apps.insert(a.key(), &a);
            fleet.liveInstances = {u"eu"_s};
            fleet.now = now;
            return evaluateWave(wave, target, stop, fleet, released);
        };
        WaveVerdict verdict = judge();
        QVERIFY(verdict.state == WaveVerdict::State::Passed);
        QCOMPARE(verdict.why, u"passed: 3 apps Synced at 4f3c2b1 and Healthy"_s);

        // Healthy on the old revision has not passed; nor has Healthy from before the sync finished.
        apps[0].syncRevision = u"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2"_s;
        apps[0].syncStatus = SyncStatus::OutOfSync;
        apps[1].reconciledAt = now.addSecs(-900);
        apps[2].health = HealthStatus::Progressing;
        verdict = judge();
        QVERIFY(verdict.state == WaveVerdict::State::Waiting);
        QCOMPARE(verdict.counts[size_t(AppProgress::Waiting)], 1);
        QCOMPARE(verdict.counts[size_t(AppProgress::Progressing)], 2);
        QCOMPARE(verdict.why,
                 u"waiting on 3 of 3 apps: web-a OutOfSync at a1b2c3d, web-b Healthy, not compared since "
                 u"its sync, web-c Progressing 10 min"_s);
        // Past the wave timeout it stops.
        StopConditions timeout;
        timeout.waveTimeout = std::chrono::minutes(45);
        QVERIFY(judge(timeout, now.addSecs(-50 * 60)).state == WaveVerdict::State::Failed);
        QVERIFY(judge(timeout, now.addSecs(-30 * 60)).state == WaveVerdict::State::Waiting);

        // Degraded stops the wave (when the plan says so), and so does a failed sync at the target.
        apps[2].health = HealthStatus::Degraded;
        apps[2].healthMessage = u"CrashLoopBackOff"_s;
        verdict = judge();
        QVERIFY(verdict.state == WaveVerdict::State::Failed);
        QCOMPARE(verdict.why, u"stopped: web-c Degraded: CrashLoopBackOff"_s);
        StopConditions lenient;
        lenient.degraded = false;
        QVERIFY(judge(lenient).state == WaveVerdict::State::Waiting);
        lenient.unhealthyPercent = 30; // one of three is over 30%
        QCOMPARE(judge(lenient).why, u"stopped: 1 of 3 apps not healthy, over 30%"_s);
        apps[2].health = HealthStatus::Healthy;
        apps[2].operationState->phase = OperationPhase::Failed;
        apps[2].operationState->message = u"one or more objects failed to apply"_s;
        QCOMPARE(judge().why, u"stopped: web-c sync failed: one or more objects failed to apply"_s);

        // An instance that is not live: unknown is not healthy, and it stops the wave.
        apps[2].operationState->phase = OperationPhase::Succeeded;
        FleetNow cached;
        for (const Application &a : std::as_const(apps))
            cached.apps.insert(a.key(), &a);
        cached.now = now;
        verdict = evaluateWave(wave, target, {}, cached);
        QCOMPARE(verdict.counts[size_t(AppProgress::Unknown)], 3);
        QCOMPARE(verdict.why, u"stopped: instance eu unreachable"_s);
    }
};

QTEST_GUILESS_MAIN(TestWavePlan)
#include "tst_waveplan.moc"
