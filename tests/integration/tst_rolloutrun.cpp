// The wave runner against fleetsim over HTTP: a 5-wave plan over 20 clusters goes out with
// its holds, approvals and sign-off and every app deploys the target once; a bad image in the
// canary wave halts the plan with nothing of the later waves changed; a sync window closing
// mid-plan makes a wave wait; closing the console pauses the run and a new runner finds it;
// onFailure: revertWave rolls the canary wave back through a Git revert of its overlay only, and
// an operator rolls a passed wave back from the dashboard.
#include "actionharness.h"
#include "model/fleet/repositorymirrors.h"
#include "model/rollout/rolloutnote.h"
#include "model/rollout/rolloutrunner.h"
#include "tests/integration/tokensource.h"
#include "tests/integration/wavefleet.h"
#include "tests/model/gitcli.h"
#include "views/reasondialog.h"
#include "views/rolloutdashboard.h"
#include "views/rolloutplanview.h"
#include "views/typedconfirmation.h"
#include "views/waveprogressdelegate.h"
#include "views/waverollbackdialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

using namespace sextant;
using namespace sextant::rollout;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray planText(const QString &name, const QString &revision, const QString &onFailure = u"halt"_s)
{
    return u"apiVersion: sextant.io/v1\nkind: WavePlan\nmetadata: {name: %1}\nspec:\n"
           "  target: {revision: %2}\n"
           "  selection: {projects: [shop]}\n"
           "  waves:\n"
           "    - name: dev\n      selector: {clusterLabels: {env: dev}}\n      after: {settle: 1s}\n"
           "    - name: staging\n      selector: {clusterLabels: {env: staging}}\n      maxParallel: 2\n"
           "    - name: first-prod\n      selector: {clusters: [prod-1]}\n"
           "      before: {approval: {approvers: [lead]}}\n      after: {bake: 1s, signOff: true}\n"
           "    - name: quarter\n      selector: {clusters: [prod-2, prod-3, prod-4, prod-5]}\n"
           "    - name: rest\n      selector: {clusterLabels: {tier: prod}}\n      maxParallel: 50%\n"
           "  stopWhen: {degraded: true, syncFailed: true, waveTimeout: 5m}\n"
           "  onFailure: %3\n"_s.arg(name, revision, onFailure)
               .toUtf8();
}

} // namespace

class TestRolloutRun : public QObject {
    Q_OBJECT

    ActionHarness h;
    QString m_work; // a clone of the web repository
    std::unique_ptr<RolloutRunner> m_runner;
    std::unique_ptr<RepositoryMirrors> m_mirrors;

    // Commits a release: every environment's image at `version`, the canary's at `canaryImage`
    // when given; pushed to branch `branch`, not to main.
    QString release(const QString &version, const QString &canaryImage, const QString &branch)
    {
        const QMap<QString, QByteArray> files =
            wavefleet::releaseFiles(u"registry.test/web:"_s + version, canaryImage);
        const QString commit = gitcli::commit(m_work, files, u"web: "_s + version);
        if (commit.isEmpty() ||
            !gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:"_s + branch}))
            return {};
        return commit;
    }

    bool moveMain(const QString &commit)
    {
        return gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, commit + u":main"_s});
    }

    // A file of the web repository's main branch as the server has it.
    QByteArray fileOnMain(const QString &path)
    {
        QByteArray content;
        if (!gitcli::gitIn(m_work, {u"fetch"_s, u"-q"_s, u"origin"_s}) ||
            !gitcli::gitIn(m_work, {u"show"_s, u"origin/main:"_s + path}, &content))
            return {};
        return content;
    }

    // Lifts the holds an earlier test left and puts the work tree at the server's main, so that
    // the next release builds on what main holds (a revert Sextant pushed, say).
    bool startFromMain()
    {
        h.waitBatch(h.service->resume(ActionScope::fleet(), u"clean up"_s));
        return gitcli::gitIn(m_work, {u"fetch"_s, u"-q"_s, u"origin"_s}) &&
               gitcli::gitIn(m_work, {u"reset"_s, u"-q"_s, u"--hard"_s, u"origin/main"_s});
    }

    // Waits until every app of the fleet runs main's head (the holds an earlier test left are
    // lifted asynchronously: auto-sync then deploys main).
    bool everyAppRunsMain()
    {
        QByteArray head;
        if (!gitcli::gitIn(m_work, {u"fetch"_s, u"-q"_s, u"origin"_s}) ||
            !gitcli::gitIn(m_work, {u"rev-parse"_s, u"origin/main"_s}, &head))
            return false;
        return QTest::qWaitFor(
            [&] {
                for (const Application &app : h.store->applications())
                    if (deployedRevision(app.name) != QString::fromLatin1(head))
                        return false;
                return true;
            },
            60000);
    }

    RolloutRun runNow(const QString &id) const { return m_runner->run(id).value_or(RolloutRun{}); }

    bool waitFor(const QString &id, const std::function<bool(const RolloutRun &)> &predicate,
                 int timeoutMs = 60000)
    {
        const bool ok = QTest::qWaitFor([&] { return predicate(runNow(id)); }, timeoutMs);
        if (!ok) {
            const RolloutRun run = runNow(id);
            qWarning() << "run" << id << toString(run.state) << run.stateReason;
            for (const WaveRun &wave : run.waves)
                qWarning() << " wave" << wave.name << toString(wave.state) << wave.why;
        }
        return ok;
    }

    // Starts the plan through the runner; the run's id.
    QString startPlan(const QByteArray &text)
    {
        const ParsedPlan parsed = parseWavePlan(text);
        if (!parsed.plan) {
            qWarning() << parsed.problems.value(0).message;
            return {};
        }
        QList<const Application *> apps;
        for (const Application &app : h.store->applications())
            apps << &app;
        const PlanResolution resolution = resolvePlan(*parsed.plan, apps, h.store->clusters());
        QSignalSpy started(m_runner.get(), &RolloutRunner::runStarted);
        QSignalSpy problems(m_runner.get(), &RolloutRunner::problem);
        m_runner->start(*parsed.plan, text, u"plan.yaml"_s, resolution);
        if (!started.wait(10000)) {
            qWarning() << "not started:" << problems;
            return {};
        }
        return started.first().first().toString();
    }

    // What the app runs: its last deployment (status.sync.revision is what Git wants).
    QString deployedRevision(const QString &app)
    {
        return ActionHarness::getOk(h.sim(), u"/api/v1/applications/"_s + app)
            .value("status"_L1)
            .toObject()
            .value("history"_L1)
            .toArray()
            .last()
            .toObject()
            .value("revision"_L1)
            .toString();
    }

    // How many history entries of the app deployed `revision` (a release sent twice shows twice).
    int deploymentsAt(const QString &app, const QString &revision)
    {
        int count = 0;
        const QJsonArray history = ActionHarness::getOk(h.sim(), u"/api/v1/applications/"_s + app)
                                       .value("status"_L1)
                                       .toObject()
                                       .value("history"_L1)
                                       .toArray();
        for (const QJsonValue &entry : history)
            count += entry.toObject().value("revision"_L1).toString() == revision ? 1 : 0;
        return count;
    }

    // Answers the next reason dialog: the reason, and the typed name when it asks for one.
    static void answerNextDialog(const QString &reason, bool *answered)
    {
        QTimer::singleShot(50, [reason, answered] {
            auto *dialog = qobject_cast<views::ReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->reasonEdit()->setText(reason);
            if (views::TypedConfirmation *typed = dialog->typedConfirmation())
                typed->edit()->setText(typed->expected());
            *answered = dialog->confirmButton()->isEnabled();
            dialog->confirmButton()->click();
        });
    }

    // Adds (or removes) a deny window over the staging clusters to the project, as an admin would.
    bool setStagingWindow(bool closed)
    {
        QJsonObject project = ActionHarness::getOk(h.sim(), u"/api/v1/projects/shop"_s);
        QJsonObject spec = project.value("spec"_L1).toObject();
        spec.insert(u"syncWindows"_s,
                    closed ? QJsonArray{QJsonObject{{u"kind"_s, u"deny"_s},
                                                    {u"schedule"_s, u"* * * * *"_s},
                                                    {u"duration"_s, u"1h"_s},
                                                    {u"clusters"_s, QJsonArray{u"staging-*"_s}}}}
                           : QJsonArray{});
        project.insert(u"spec"_s, spec);
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"project"_s, project}}).toJson(QJsonDocument::Compact);
        const HttpReply reply = h.sim().request("PUT", u"/api/v1/projects/shop"_s, body);
        if (reply.status != 200)
            qWarning() << "PUT project:" << reply.status << reply.body;
        return reply.status == 200;
    }

    QStringList appsOfWaves(const RolloutRun &run, const QList<int> &waves)
    {
        QStringList names;
        for (int w : waves)
            for (const AppStep &step : run.waves.at(w).apps)
                names << step.app.app.name;
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.start({FleetsimFixture::testConfig(wavefleet::seedPath())}));
        QCOMPARE(h.store->applicationCount(), 20);
        h.service->setLocalUser(u"lead"_s);
        h.service->setProtectionRules(ProtectionRules::defaults()); // cluster label env=prod
        m_work = h.dir.filePath(u"work"_s);
        QVERIFY(gitcli::git({u"clone"_s, u"-q"_s, h.sim().repoPath(u"web"_s), m_work}));
        m_mirrors = std::make_unique<RepositoryMirrors>(
            h.dir.filePath(u"mirrors"_s),
            RepositoryMirrors::CredentialSources{std::make_shared<TokenSource>(h.sim().token())});
        h.service->setRepositoryMirrors(m_mirrors.get());
        m_runner = std::make_unique<RolloutRunner>(h.store.get(), h.service.get(), h.databasePath());
        m_runner->setTickInterval(std::chrono::milliseconds(100));
        QSignalSpy loaded(m_runner.get(), &RolloutRunner::runsLoaded);
        m_runner->load();
        QVERIFY(loaded.wait(10000));
    }

    void fiveWavesOverTwentyClusters()
    {
        const QMap<QString, QByteArray> policiesBefore = h.policies();
        const QString target = release(u"1.1.0"_s, {}, u"release-1.1"_s);
        QVERIFY(!target.isEmpty());
        const QString id = startPlan(planText(u"web-1.1"_s, target));
        QVERIFY(!id.isEmpty());
        // Every later wave is held before Git moves: Argo CD would deploy them at once.
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        const RolloutRun held = runNow(id);
        for (const QString &app : appsOfWaves(held, {1, 2, 3, 4}))
            QVERIFY2(h.policyOf(app).contains("\"enabled\":false"),
                     qPrintable(app + QString::fromUtf8(h.policyOf(app))));
        for (const QString &app : appsOfWaves(held, {0}))
            QCOMPARE(h.policyOf(app), policiesBefore.value(app));
        QVERIFY(moveMain(target));

        // The canary wave needs the named approver; its sign-off comes after the bake.
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.waves[2].state == WaveState::AwaitingApproval; }));
        for (const QString &app : appsOfWaves(runNow(id), {3, 4}))
            QVERIFY2(deployedRevision(app) != target, qPrintable(app));
        h.service->setLocalUser(u"someone-else"_s);
        QSignalSpy problems(m_runner.get(), &RolloutRunner::problem);
        m_runner->approve(id, 2, u"canary looks fine"_s);
        QVERIFY(!problems.isEmpty() || problems.wait(5000));
        QVERIFY2(problems.last().at(1).toString().contains(u"not an approver"_s),
                 qPrintable(problems.last().at(1).toString()));
        h.service->setLocalUser(u"lead"_s);
        m_runner->approve(id, 2, u"change CHG-1 approved"_s);
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.waves[2].state == WaveState::AwaitingSignOff; }));
        m_runner->signOff(id, 2, u"dashboards quiet"_s);
        // Production waves deploy to protected targets: each needs an approval.
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.waves[3].state == WaveState::AwaitingApproval; }));
        m_runner->approve(id, 3, u"quarter"_s);
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.waves[4].state == WaveState::AwaitingApproval; }));
        m_runner->approve(id, 4, u"the rest"_s);
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.state == RunState::Finished; }, 120000));

        // Every app runs the target, deployed once; auto-sync is back exactly as it was.
        const RolloutRun done = runNow(id);
        for (const QString &app : appsOfWaves(done, {0, 1, 2, 3, 4})) {
            QCOMPARE(deployedRevision(app), target);
            QCOMPARE(deploymentsAt(app, target), 1);
        }
        QVERIFY(QTest::qWaitFor([&] { return h.policies() == policiesBefore; }, 10000));
        // Each released app says so on itself, for other workstations and the controller's UI.
        for (int w = 0; w < done.waves.size(); ++w)
            for (const AppStep &step : done.waves[w].apps) {
                const auto note = decodeRolloutNote(
                    h.annotationsOf(step.app.app.name).value(rolloutNoteAnnotation()).toString());
                QVERIFY2(note, qPrintable(step.app.app.name));
                QCOMPARE(note->wave, done.waves[w].name);
                QCOMPARE(note->target, target);
                QCOMPARE(note->run, id);
                QCOMPARE(note->by, u"lead"_s);
            }
        QVERIFY(h.service->activePauses().isEmpty());
        QCOMPARE(done.waves[1].maxParallel, 2);
        // The trend of each wave ends with every released app Healthy.
        for (const WaveRun &wave : done.waves) {
            QVERIFY2(!wave.samples.isEmpty(), qPrintable(wave.name));
            QCOMPARE(wave.samples.constLast().healthy, int(wave.apps.size()));
            QCOMPARE(wave.samples.constLast().released, int(wave.apps.size()));
        }
        // The journal has the transitions with who and why.
        QSignalSpy journal(h.service.get(), &ActionService::journalLoaded);
        h.service->loadJournal(JournalFilter{});
        QVERIFY(journal.wait(5000));
        QStringList rollout;
        for (const JournalEntry &entry : journal.first().at(1).value<QList<JournalEntry>>())
            if (entry.action == "rollout"_L1 && entry.batchId == id)
                rollout << entry.reason;
        QVERIFY2(rollout.join(u'\n').contains(u"wave first-prod approved: change CHG-1 approved"_s),
                 qPrintable(rollout.join(u'\n')));
        QVERIFY(rollout.join(u'\n').contains(u"finished"_s));
    }

    void badImageInTheCanaryWaveHalts()
    {
        const QString before = deployedRevision(u"web-prod-9"_s);
        const QMap<QString, QByteArray> policiesBefore = h.policies();
        const QString target = release(u"1.2.0"_s, u"registry.test/web:1.2.0-broken"_s, u"release-1.2"_s);
        QVERIFY(!target.isEmpty());
        const QString id = startPlan(planText(u"web-1.2"_s, target));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        QVERIFY(moveMain(target));
        // Through the dashboard this time: the canary wave waits for its approver.
        views::RolloutDashboard dashboard(m_runner.get(), h.store.get());
        dashboard.resize(1100, 600);
        dashboard.show();
        dashboard.showRun(id);
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.waves[2].state == WaveState::AwaitingApproval; }));
        QTRY_VERIFY(dashboard.button(u"rolloutApprove"_s)->isEnabled());
        QTreeWidgetItem *canary = dashboard.wavesTree()->topLevelItem(2);
        QCOMPARE(canary->text(0), u"▶ first-prod"_s);
        QCOMPARE(canary->text(1), u"awaiting approval"_s);
        QCOMPARE(canary->text(4), u"approval by lead"_s);
        QVERIFY(!dashboard.wavesTree()
                     ->topLevelItem(0)
                     ->data(3, views::HealthTrendDelegate::TrendRole)
                     .toList()
                     .isEmpty());
        QCOMPARE(dashboard.wavesTree()
                     ->topLevelItem(0)
                     ->data(2, views::WaveProgressDelegate::CountsRole)
                     .toList()
                     .at(int(AppProgress::Healthy)),
                 QVariant(2));
        QVERIFY(!dashboard.button(u"rolloutResume"_s)->isEnabled());
        bool answered = false;
        answerNextDialog(u"canary change approved"_s, &answered);
        dashboard.button(u"rolloutApprove"_s)->click();
        QVERIFY(answered);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.state == RunState::Halted; }));
        QTRY_VERIFY(dashboard.stateLabel()->text().contains(u"halted"_s));
        QVERIFY(dashboard.stateLabel()->text().contains(u"web-prod-1"_s));
        QTRY_VERIFY(dashboard.button(u"rolloutResume"_s)->isEnabled());
        QVERIFY(!dashboard.button(u"rolloutPause"_s)->isEnabled());
        QVERIFY2(dashboard.timeline()->item(0)->text().contains(u"halted in wave first-prod"_s),
                 qPrintable(dashboard.timeline()->item(0)->text()));
        const RolloutRun halted = runNow(id);
        QVERIFY(halted.waves[2].state == WaveState::Halted);
        QVERIFY2(halted.stateReason.contains(u"web-prod-1"_s) && halted.stateReason.contains(u"Degraded"_s),
                 qPrintable(halted.stateReason));
        // Nothing of the later waves moved: still at the old release, held with their prior policy.
        for (const QString &app : appsOfWaves(halted, {3, 4})) {
            QCOMPARE(deployedRevision(app), before);
            QCOMPARE(halted.waves[3].apps.size() + halted.waves[4].apps.size(), 14);
        }
        QHash<QString, QString> priors;
        for (const PauseLedgerEntry &row : h.service->activePauses())
            priors.insert(row.app, row.priorPolicyJson);
        for (const QString &app : appsOfWaves(halted, {3, 4}))
            QCOMPARE(priors.value(app).toUtf8(), policiesBefore.value(app));
        // Aborting (a typed plan name in the dashboard) keeps them held and says so.
        answered = false;
        answerNextDialog(u"bad canary image"_s, &answered);
        dashboard.button(u"rolloutAbort"_s)->click();
        QVERIFY(answered);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.state == RunState::Stopped; }));
        QVERIFY2(runNow(id).stateReason.contains(u"14 apps"_s), qPrintable(runNow(id).stateReason));
        QCOMPARE(deployedRevision(u"web-prod-9"_s), before);
    }

    void closingTheConsolePausesAndANewRunnerFindsIt()
    {
        // Resume every app the last test left held, back to a clean fleet at main.
        h.waitBatch(h.service->resume(ActionScope::fleet(), u"clean up"_s));
        const QString target = release(u"1.3.0"_s, {}, u"release-1.3"_s);
        QVERIFY(!target.isEmpty());
        const QString id = startPlan(planText(u"web-1.3"_s, target));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        m_runner->pauseForClose();
        m_runner.reset(); // the pause is written before the runner is gone

        m_runner = std::make_unique<RolloutRunner>(h.store.get(), h.service.get(), h.databasePath());
        QSignalSpy loaded(m_runner.get(), &RolloutRunner::runsLoaded);
        m_runner->load();
        QVERIFY(loaded.wait(10000));
        RolloutRun found = runNow(id);
        QVERIFY(found.state == RunState::Paused);
        QCOMPARE(found.stateReason, u"console closed"_s);
        QVERIFY(!m_runner->drives(id));
        // Nothing unreleased moves while it is paused.
        QVERIFY(moveMain(target));
        QTest::qWait(1500);
        for (const QString &app : appsOfWaves(found, {1, 2, 3, 4}))
            QVERIFY2(deployedRevision(app) != target, qPrintable(app));
        m_runner->resume(id, u"back at the desk"_s);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.waves[1].state == WaveState::Passed; }));
        QVERIFY(m_runner->drives(id));
        m_runner->abort(id, u"enough for this test"_s);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.state == RunState::Stopped; }));
    }

    void aSyncWindowClosingMidPlanWaits()
    {
        h.waitBatch(h.service->resume(ActionScope::fleet(), u"clean up"_s));
        m_runner->setWindowRetry(std::chrono::seconds(1));
        const QString target = release(u"1.4.0"_s, {}, u"release-1.4"_s);
        QVERIFY(!target.isEmpty());
        // A deny window closes the staging clusters before the plan reaches them.
        QVERIFY(setStagingWindow(true));
        const QString id = startPlan(planText(u"web-1.4"_s, target));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        QVERIFY(moveMain(target));
        QVERIFY(waitFor(id, [](const RolloutRun &run) {
            return run.waves[1].state == WaveState::Releasing &&
                   run.waves[1].why.contains(u"waiting for a sync window"_s);
        }));
        // It waits, it does not fail: staging still runs the old release.
        QTest::qWait(2500);
        const RolloutRun waiting = runNow(id);
        QVERIFY2(waiting.state == RunState::Running, qPrintable(waiting.stateReason));
        QVERIFY(waiting.waves[0].state == WaveState::Passed);
        for (const QString &app : appsOfWaves(waiting, {1}))
            QVERIFY2(deployedRevision(app) != target, qPrintable(app));
        // The window opens: staging goes out.
        QVERIFY(setStagingWindow(false));
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.waves[1].state == WaveState::Passed; }));
        for (const QString &app : appsOfWaves(runNow(id), {1}))
            QCOMPARE(deploymentsAt(app, target), 1);
        m_runner->abort(id, u"enough for this test"_s);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.state == RunState::Stopped; }));
    }

    void revertWaveRollsTheCanaryBackThroughGit()
    {
        h.waitBatch(h.service->resume(ActionScope::fleet(), u"clean up"_s));
        QVERIFY(everyAppRunsMain());
        const QString before = deployedRevision(u"web-prod-9"_s);
        const QByteArray prodBefore = fileOnMain(u"web/prod/deployment.yaml"_s);
        const QByteArray canaryBefore = fileOnMain(u"web/canary/deployment.yaml"_s);
        const QMap<QString, QByteArray> policiesBefore = h.policies();
        const QString target = release(u"1.5.0"_s, u"registry.test/web:1.5.0-broken"_s, u"release-1.5"_s);
        QVERIFY(!target.isEmpty());
        const QString id = startPlan(planText(u"web-1.5"_s, target, u"revertWave"_s));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        QVERIFY(moveMain(target));
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.waves[2].state == WaveState::AwaitingApproval; }));
        m_runner->approve(id, 2, u"canary"_s);
        // The canary turns Degraded: the run halts and rolls the wave back without a person.
        QVERIFY(waitFor(id, [](const RolloutRun &run) {
            return run.waves[2].state == WaveState::RolledBack && run.waves[2].rollback.commit.size() == 40;
        }));
        const RolloutRun rolledBack = runNow(id);
        QVERIFY(rolledBack.state == RunState::Halted);
        QVERIFY2(rolledBack.stateReason.contains(u"rolled back by commit"_s),
                 qPrintable(rolledBack.stateReason));
        const QString revert = rolledBack.waves[2].rollback.commit;
        QCOMPARE(rolledBack.waves[2].rollback.by, u"runner"_s);
        // In Git (as the git CLI sees the server): one commit on main after the target, reverting
        // the canary's overlay only; the other environments keep the release.
        QByteArray log;
        QVERIFY(gitcli::gitIn(m_work, {u"fetch"_s, u"-q"_s, u"origin"_s}));
        QVERIFY(gitcli::gitIn(m_work, {u"log"_s, u"--format=%H %P"_s, u"-1"_s, u"origin/main"_s}, &log));
        QCOMPARE(QString::fromLatin1(log), revert + u' ' + target);
        QByteArray message;
        QVERIFY(gitcli::gitIn(m_work, {u"log"_s, u"--format=%B"_s, u"-1"_s, revert}, &message));
        QVERIFY2(message.contains("Sextant-Revert-Of: " + target.toLatin1()), message.constData());
        QVERIFY2(message.contains("Sextant-Reason: rollout web-1.5, wave first-prod rolled back"),
                 message.constData());
        QByteArray files;
        QVERIFY(gitcli::gitIn(m_work, {u"diff"_s, u"--name-only"_s, target, revert}, &files));
        QCOMPARE(QString::fromLatin1(files), u"web/canary/deployment.yaml"_s);
        QCOMPARE(fileOnMain(u"web/canary/deployment.yaml"_s), canaryBefore);
        QVERIFY(fileOnMain(u"web/prod/deployment.yaml"_s) != prodBefore);
        // The canary runs the revert, Healthy again; nothing of the later waves moved.
        QVERIFY(h.sim().waitForApp(u"web-prod-1"_s, [&](const QJsonObject &app) {
            const QJsonObject status = app.value("status"_L1).toObject();
            return status.value("sync"_L1).toObject().value("revision"_L1).toString() == revert &&
                   status.value("health"_L1).toObject().value("status"_L1).toString() == "Healthy"_L1;
        }));
        QCOMPARE(deployedRevision(u"web-prod-1"_s), revert);
        QHash<QString, QString> priors;
        for (const PauseLedgerEntry &row : h.service->activePauses())
            priors.insert(row.app, row.priorPolicyJson);
        for (const QString &app : appsOfWaves(rolledBack, {3, 4})) {
            QCOMPARE(deployedRevision(app), before);
            QCOMPARE(priors.value(app).toUtf8(), policiesBefore.value(app));
        }
        // A rolled-back run is not resumed: the target is reverted there.
        QSignalSpy problems(m_runner.get(), &RolloutRunner::problem);
        m_runner->resume(id, u"try again"_s);
        QVERIFY(!problems.isEmpty() || problems.wait(5000));
        QVERIFY2(problems.last().at(1).toString().contains(u"rolled back"_s),
                 qPrintable(problems.last().at(1).toString()));
        m_runner->abort(id, u"fixed image to come"_s);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.state == RunState::Stopped; }));
    }

    void anOperatorRollsAPassedWaveBackFromTheDashboard()
    {
        // The last test's revert is on main: the next release builds on it.
        QVERIFY(startFromMain());
        const QByteArray devBefore = fileOnMain(u"web/dev/deployment.yaml"_s);
        const QString target = release(u"1.6.0"_s, {}, u"release-1.6"_s);
        QVERIFY(!target.isEmpty());
        const QString id = startPlan(planText(u"web-1.6"_s, target));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        QVERIFY(moveMain(target));
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.waves[1].state == WaveState::Passed; }));
        views::RolloutDashboard dashboard(m_runner.get(), h.store.get());
        dashboard.resize(1100, 600);
        dashboard.show();
        dashboard.showRun(id);
        dashboard.refreshNow();
        dashboard.wavesTree()->setCurrentItem(dashboard.wavesTree()->topLevelItem(0));
        QTRY_VERIFY(dashboard.button(u"rolloutRollBack"_s)->isEnabled());
        // The dialog previews the revert of the dev overlay, then asks a reason and the wave's name.
        bool confirmed = false;
        QString summary;
        QStringList warnings;
        QTimer::singleShot(50, [&] {
            auto *dialog = qobject_cast<views::WaveRollbackDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTRY_VERIFY(dialog->isPreviewReady());
            summary = dialog->summaryLabel()->text();
            for (int i = 0; i < dialog->warningList()->count(); ++i)
                warnings << dialog->warningList()->item(i)->text();
            QVERIFY(!dialog->confirmButton()->isEnabled());
            dialog->reasonEdit()->setText(u"dev shows a memory leak"_s);
            QVERIFY(!dialog->confirmButton()->isEnabled());
            dialog->typedConfirmation()->edit()->setText(u"dev"_s);
            confirmed = dialog->confirmButton()->isEnabled();
            dialog->confirmButton()->click();
        });
        dashboard.button(u"rolloutRollBack"_s)->click();
        QVERIFY2(confirmed, qPrintable(summary));
        QVERIFY2(summary.contains(u"web/dev"_s), qPrintable(summary));
        QVERIFY2(warnings.join(u' ').contains(u"web/staging/deployment.yaml"_s),
                 qPrintable(warnings.join(u' ')));
        QVERIFY(waitFor(id, [](const RolloutRun &run) {
            return run.waves[0].state == WaveState::RolledBack && !run.waves[0].rollback.commit.isEmpty();
        }));
        const RolloutRun done = runNow(id);
        QCOMPARE(done.waves[0].rollback.by, u"lead"_s);
        QVERIFY(done.state == RunState::Halted);
        QCOMPARE(fileOnMain(u"web/dev/deployment.yaml"_s), devBefore);
        QVERIFY(fileOnMain(u"web/staging/deployment.yaml"_s).contains("1.6.0"));
        for (const QString &app : appsOfWaves(done, {0}))
            QVERIFY(h.sim().waitForApp(app, [&](const QJsonObject &json) {
                return json.value("status"_L1)
                           .toObject()
                           .value("sync"_L1)
                           .toObject()
                           .value("revision"_L1)
                           .toString() == done.waves[0].rollback.commit;
            }));
        QTRY_VERIFY(dashboard.wavesTree()->topLevelItem(0)->text(1) == u"rolled back"_s);
        QVERIFY(!dashboard.button(u"rolloutRollBack"_s)->isEnabled());
        m_runner->abort(id, u"enough for this test"_s);
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.state == RunState::Stopped; }));
    }

    void theDryRunPreviewsEachWavesRollback()
    {
        QVERIFY(startFromMain());
        const QString target = release(u"1.8.0"_s, {}, u"release-1.8"_s);
        QVERIFY(!target.isEmpty());
        views::RolloutPlanView view(h.store.get());
        view.setRevertPreviews(h.service.get());
        view.resize(1100, 700);
        view.show();
        const auto rollbackRow = [&](int wave) {
            QTreeWidgetItem *item = view.wavesTree()->topLevelItem(wave);
            return item && item->childCount() > 1 ? item->child(1)->text(0) : QString();
        };
        // Not on main yet: the apps do not deploy it, so there is nothing a revert could undo.
        view.setPlanText(QString::fromUtf8(planText(u"web-1.8"_s, target)));
        view.dryRun();
        QTRY_VERIFY2_WITH_TIMEOUT(rollbackRow(0).contains(u"not possible"_s), qPrintable(rollbackRow(0)),
                                  20000);
        QVERIFY2(rollbackRow(0).contains(u"not in the history"_s), qPrintable(rollbackRow(0)));
        // On main: each wave's rollback would revert its own overlay only.
        QVERIFY(moveMain(target));
        view.setPlanText(QString::fromUtf8(planText(u"web-1.8"_s, target)) + u"\n"_s);
        view.dryRun();
        QTRY_VERIFY2_WITH_TIMEOUT(rollbackRow(0).contains(u"would change 1 file"_s),
                                  qPrintable(rollbackRow(0)), 20000);
        QVERIFY2(rollbackRow(0).contains(u"web/dev"_s), qPrintable(rollbackRow(0)));
        QTRY_VERIFY2_WITH_TIMEOUT(rollbackRow(2).contains(u"in web/canary"_s), qPrintable(rollbackRow(2)),
                                  20000);
        QTRY_VERIFY2_WITH_TIMEOUT(rollbackRow(4).contains(u"web/prod"_s), qPrintable(rollbackRow(4)), 20000);
        QTRY_VERIFY(rollbackRow(4).contains(u"on main"_s));
    }

    // Last: it stops the server.
    void anInstanceUnreachableDuringVerificationHalts()
    {
        QVERIFY(startFromMain());
        // An instance counts as unreachable once its data is stale: two seconds here, a minute by default.
        h.store->setStaleAfter(std::chrono::seconds(2));
        const QString target = release(u"1.7.0"_s, {}, u"release-1.7"_s);
        QVERIFY(!target.isEmpty());
        QString text = QString::fromUtf8(planText(u"web-1.7"_s, target));
        text.replace(u"after: {settle: 1s}"_s, u"after: {settle: 10m}"_s)
            .replace(u"stopWhen: {degraded: true,"_s,
                     u"stopWhen: {instanceUnreachable: true, degraded: true,"_s);
        const QString id = startPlan(text.toUtf8());
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor(id, [](const RolloutRun &run) { return run.holdsPlaced; }));
        QVERIFY(moveMain(target));
        // The dev wave is Healthy at the target and settling when the server goes away.
        QVERIFY(waitFor(id, [](const RolloutRun &run) {
            return run.waves[0].state == WaveState::Verifying && run.waves[0].healthySince.isValid();
        }));
        h.sims[0].reset();
        QVERIFY(waitFor(
            id, [](const RolloutRun &run) { return run.state == RunState::Halted; }, 30000));
        const RolloutRun halted = runNow(id);
        QVERIFY(halted.waves[0].state == WaveState::Halted);
        QVERIFY2(halted.stateReason.contains(u"instance sim-0 unreachable"_s),
                 qPrintable(halted.stateReason));
        QCOMPARE(halted.stateBy, u"runner"_s);
    }
};

int main(int argc, char **argv)
{
    // Revert commits take their author from the user's git config, as on a workstation.
    QTemporaryDir home;
    if (!gitcli::useOperatorIdentity(home.path()))
        return 1;
    QApplication app(argc, argv);
    TestRolloutRun test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_rolloutrun.moc"
