// RolloutRunner: starting a run, the operator's steering, and what the runner sends through the
// ActionService (holds, releases, lifting holds) with their results.
#include "model/rollout/rolloutrunner.h"

#include "model/actions/actionservice.h"
#include "model/fleet/fleetstore.h"
#include "model/logging.h"
#include "model/rollout/rolloutnote.h"

#include <QPointer>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

void RolloutRunner::start(const WavePlan &plan, const QByteArray &yaml, const QString &file,
                          const PlanResolution &resolution)
{
    if (!resolution.problems.isEmpty()) {
        emit problem(
            {},
            tr("The plan does not resolve against the fleet: %1").arg(resolution.problems.first().message));
        return;
    }
    for (const Wave &wave : plan.waves)
        if (wave.action == Wave::Action::Promote) {
            emit problem({},
                         tr("Wave %1 promotes: the runner runs sync waves only so far. Promote the change "
                            "with the Git tab, then run the plan with action: sync.")
                             .arg(wave.name));
            return;
        }
    if (plan.onFailure == FailurePolicy::RepromoteLastGood) {
        emit problem({}, tr("onFailure: repromoteLastGood needs promote waves, which the runner does not "
                            "run yet: use halt or revertWave."));
        return;
    }
    for (const RolloutRun &other : std::as_const(m_runs))
        if (other.plan.name == plan.name && other.isActive()) {
            emit problem(other.id,
                         tr("The plan %1 is already %2 (run %3, started by %4): resume or abort it first.")
                             .arg(plan.name, toString(other.state), other.id, other.startedBy));
            return;
        }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RolloutRun run = newRun(plan, yaml, file, resolution, m_actions->localUser(), now);
    run.driver = m_driverName;
    run.heartbeat = now;
    const QString id = run.id;
    const QList<RunEvent> events = run.events;
    save(run, events, [this, id](bool ok) {
        if (!ok)
            return;
        emit runStarted(id);
        tickRun(id);
    });
}

void RolloutRunner::pause(const QString &id, const QString &reason)
{
    const QString who = m_actions->localUser();
    change(
        id,
        [=](RolloutRun &run) {
            if (run.state != RunState::Running)
                return tr("The rollout is %1, not running.").arg(toString(run.state));
            run.state = RunState::Paused;
            run.stateReason = reason;
            run.stateBy = who;
            return QString();
        },
        who, -1, u"paused"_s, reason);
}

void RolloutRunner::pauseForClose(const QString &why)
{
    for (const QString &id : m_runs.keys()) {
        if (!drives(id) || m_runs.value(id).state != RunState::Running)
            continue;
        pauseStored(id, why);
    }
    m_closing = true;
}

void RolloutRunner::resume(const QString &id, const QString &reason)
{
    const QString who = m_actions->localUser();
    const QString me = m_driverName;
    const bool gone = m_runs.contains(id) && driverGone(m_runs.value(id));
    change(
        id,
        [=](RolloutRun &run) {
            if (run.state == RunState::Running && run.driver != me && !gone)
                return tr("The rollout is being run by %1.").arg(run.driver);
            if (run.state == RunState::Stopped || run.state == RunState::Finished)
                return tr("The rollout is %1: start the plan again instead.").arg(toString(run.state));
            if (const int w = run.currentWave();
                w < run.waves.size() && run.waves.at(w).rollback.state != WaveRollback::State::None)
                return tr("Wave %1 was rolled back: the target is reverted there. Start a plan with a "
                          "fixed target instead.")
                    .arg(run.waves.at(w).name);
            if (run.state == RunState::Halted) {
                // Fail forward: the halted wave is looked at again, its timeout counted afresh.
                const int w = run.currentWave();
                if (w < run.waves.size()) {
                    WaveRun &wave = run.waves[w];
                    const bool allReleased =
                        std::none_of(wave.apps.cbegin(), wave.apps.cend(), [](const AppStep &step) {
                            return step.state == AppStepState::Pending || step.state == AppStepState::Held;
                        });
                    wave.state = allReleased ? WaveState::Verifying : WaveState::Releasing;
                    wave.releasedAt = QDateTime::currentDateTimeUtc();
                    wave.healthySince = {};
                }
            }
            run.state = RunState::Running;
            run.stateReason.clear();
            run.stateBy = who;
            run.driver = me;
            run.heartbeat = QDateTime::currentDateTimeUtc();
            return QString();
        },
        who, -1, u"resumed"_s, reason);
}

void RolloutRunner::approve(const QString &id, int wave, const QString &reason)
{
    const QString who = m_actions->localUser();
    const auto found = m_runs.constFind(id);
    const QString name = found != m_runs.cend() ? found->waves.value(wave).name : QString();
    change(
        id,
        [=](RolloutRun &run) {
            if (wave < 0 || wave >= run.waves.size())
                return tr("The plan has no wave %1.").arg(wave + 1);
            if (reason.trimmed().isEmpty())
                return tr("An approval needs a reason.");
            WaveRun &w = run.waves[wave];
            const QStringList approvers = run.plan.waves.at(wave).approvers;
            if (!approvers.isEmpty() && !approvers.contains(who))
                return tr("%1 is not an approver of wave %2 (approvers: %3).")
                    .arg(who, w.name, approvers.join(u", "_s));
            if (w.state != WaveState::Pending && w.state != WaveState::Holding &&
                w.state != WaveState::AwaitingApproval)
                return tr("Wave %1 is %2: there is nothing to approve.").arg(w.name, toString(w.state));
            if (!run.isActive())
                return tr("The rollout is %1.").arg(toString(run.state));
            w.approvedBy = who;
            w.approvalReason = reason;
            w.approvedAt = QDateTime::currentDateTimeUtc();
            return QString();
        },
        who, wave, u"wave %1 approved"_s.arg(name), reason);
}

void RolloutRunner::signOff(const QString &id, int wave, const QString &reason)
{
    const QString who = m_actions->localUser();
    const auto found = m_runs.constFind(id);
    const QString name = found != m_runs.cend() ? found->waves.value(wave).name : QString();
    change(
        id,
        [=](RolloutRun &run) {
            if (wave < 0 || wave >= run.waves.size())
                return tr("The plan has no wave %1.").arg(wave + 1);
            WaveRun &w = run.waves[wave];
            if (w.state != WaveState::AwaitingSignOff)
                return tr("Wave %1 is %2, not awaiting sign-off.").arg(w.name, toString(w.state));
            w.signedOffBy = who;
            w.signedOffAt = QDateTime::currentDateTimeUtc();
            return QString();
        },
        who, wave, u"wave %1 signed off"_s.arg(name), reason);
}

void RolloutRunner::skip(const QString &id, const QString &appKey, const QString &reason)
{
    const QString who = m_actions->localUser();
    int waveIndex = -1;
    if (auto found = m_runs.find(id); found != m_runs.end())
        found->step(appKey, &waveIndex);
    change(
        id,
        [=](RolloutRun &run) {
            if (reason.trimmed().isEmpty())
                return tr("Skipping an app needs a reason.");
            AppStep *step = run.step(appKey);
            if (!step)
                return tr("%1 is not in the plan.").arg(appKey);
            if (step->state != AppStepState::Pending && step->state != AppStepState::Held)
                return tr("%1 is %2: only apps not released yet can be skipped.")
                    .arg(step->app.app.name, toString(step->state));
            step->state = AppStepState::Skipped;
            step->note = step->held ? tr("skipped: %1 (its auto-sync stays paused)").arg(reason)
                                    : tr("skipped: %1").arg(reason);
            return QString();
        },
        who, waveIndex, u"skipped %1"_s.arg(appName(appKey)), reason);
}

void RolloutRunner::abort(const QString &id, const QString &reason)
{
    const QString who = m_actions->localUser();
    change(
        id,
        [=](RolloutRun &run) {
            if (!run.isActive() && run.state != RunState::Halted)
                return tr("The rollout is already %1.").arg(toString(run.state));
            int held = 0;
            for (const WaveRun &wave : run.waves)
                for (const AppStep &step : wave.apps)
                    held += step.held ? 1 : 0;
            run.state = RunState::Stopped;
            run.stateReason = held > 0 ? tr("%1 (%2 apps of waves not released keep auto-sync paused: resume "
                                            "them from the pause banner when Git is safe)")
                                             .arg(reason)
                                             .arg(held)
                                       : reason;
            run.stateBy = who;
            run.finishedAt = QDateTime::currentDateTimeUtc();
            run.driver.clear();
            return QString();
        },
        who, -1, u"aborted"_s, reason);
}

// --- what the runner sends ------------------------------------------------------------

void RolloutRunner::hold(const QString &id, const QStringList &keys)
{
    const RolloutRun &run = m_runs[id];
    m_holding.insert(id);
    const quint64 request =
        m_actions->pause(ActionScope::ofSelection(keys),
                         tr("held by rollout %1 until its wave is released").arg(run.plan.name));
    m_requests.insert(request, Request{id, {}, keys, Request::Kind::Hold});
}

void RolloutRunner::releaseApp(const QString &id, const QString &key)
{
    const RolloutRun &run = m_runs[id];
    int w = -1;
    const AppStep *step = m_runs[id].step(key, &w);
    const Application *app = m_store->application(key);
    if (!step || w < 0)
        return;
    m_inFlight[id].insert(key);
    const WaveRun &wave = run.waves.at(w);
    if (app && syncedAt(*app, run.plan.revision)) {
        change(
            id,
            [key](RolloutRun &r) {
                if (AppStep *s = r.step(key); s && s->state == AppStepState::Releasing) {
                    s->state = AppStepState::Released;
                    s->note = tr("already Synced at the target: nothing to sync");
                }
                return QString();
            },
            u"runner"_s, w, {}, {}, [this, id, key] { m_inFlight[id].remove(key); });
        return;
    }
    // An operation under way (auto-sync, or someone else's sync): the release waits for it and
    // is decided again on a later step, rather than being refused.
    if (m_actions->checkGuardrails(key).operationRunning) {
        change(
            id,
            [key](RolloutRun &r) {
                if (AppStep *s = r.step(key); s && s->state == AppStepState::Releasing)
                    s->state = s->held ? AppStepState::Held : AppStepState::Pending;
                return QString();
            },
            u"runner"_s, w, {}, {}, [this, id, key] { m_inFlight[id].remove(key); });
        return;
    }
    SyncOptions options;
    // Argo CD refuses a sync to another revision while auto-sync is on; held apps are paused.
    if (!app || app->autoSync() != AutoSyncState::On)
        options.revision = run.plan.revision;
    Approval approval;
    approval.reason = wave.approvedBy.isEmpty()
                          ? tr("rollout %1, wave %2").arg(run.plan.name, wave.name)
                          : tr("rollout %1, wave %2 approved by %3: %4")
                                .arg(run.plan.name, wave.name, wave.approvedBy, wave.approvalReason);
    approval.typedName = step->app.app.name;
    approval.reviewedDiffSummary = tr("wave plan %1 (target %2), dry run reviewed at start")
                                       .arg(run.plan.name, run.plan.revision.left(7));
    // The app says where its release came from before it is synced; a failure to say so is
    // logged, not fatal (the run itself is in the local store).
    const RolloutNote note{run.plan.name,
                           run.id,
                           wave.name,
                           run.plan.revision,
                           m_actions->localUser(),
                           m_driverName,
                           QDateTime::currentDateTimeUtc()};
    m_actions->setAnnotation(
        key, rolloutNoteAnnotation(), encodeRolloutNote(note),
        [self = QPointer(this), id, key, options, approval](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                qCWarning(lcModel) << "rollout note not written on" << key << ":" << error;
            const quint64 request = self->m_actions->sync(key, options, approval);
            self->m_requests.insert(request, Request{id, key, {}, Request::Kind::Release});
        });
}

void RolloutRunner::liftHold(const QString &id, const QString &key)
{
    const RolloutRun &run = m_runs[id];
    m_inFlight[id].insert(key);
    const quint64 request =
        m_actions->resume(ActionScope::ofSelection({key}), tr("released by rollout %1").arg(run.plan.name));
    m_requests.insert(request, Request{id, key, {}, Request::Kind::Lift});
}

void RolloutRunner::onBatchFinished(const BatchOutcome &outcome)
{
    const auto found = m_requests.constFind(outcome.requestId);
    if (found == m_requests.cend())
        return;
    const Request request = *found;
    m_requests.erase(found);
    if (request.kind == Request::Kind::Hold) {
        m_holding.remove(request.runId);
        QStringList failed;
        for (const AppProblem &problem : outcome.failed)
            failed << u"%1 (%2)"_s.arg(problem.target.app, problem.message);
        QSet<QString> notHeld; // auto-sync off: nothing to hold
        for (const AppProblem &skipped : outcome.skipped)
            notHeld.insert(skipped.target.appKey);
        const QStringList keys = request.keys;
        const int heldCount = int(keys.size() - notHeld.size() - failed.size());
        change(
            request.runId,
            [=](RolloutRun &run) {
                for (const QString &key : keys)
                    if (AppStep *step = run.step(key); step && step->state == AppStepState::Pending) {
                        if (notHeld.contains(key))
                            step->held = false;
                        else
                            step->state = AppStepState::Held;
                    }
                if (!failed.isEmpty()) {
                    run.state = RunState::Halted;
                    run.stateReason = tr("could not hold %1: auto-sync would deploy them before their wave")
                                          .arg(failed.join(u", "_s));
                    run.stateBy = u"runner"_s;
                    return QString();
                }
                run.holdsPlaced = true;
                return QString();
            },
            u"runner"_s, -1,
            failed.isEmpty() ? tr("held %n app(s) of later waves", nullptr, heldCount) : tr("halted"),
            failed.isEmpty() ? tr("their auto-sync is paused through the pause ledger until their wave")
                             : tr("could not hold %1").arg(failed.join(u", "_s)));
        return;
    }
    if (request.kind == Request::Kind::Lift) {
        const bool ok = outcome.failed.isEmpty();
        const QString error = ok ? QString() : outcome.failed.first().message;
        const QString key = request.appKey;
        change(
            request.runId,
            [=](RolloutRun &run) {
                if (AppStep *step = run.step(key)) {
                    step->held = false;
                    if (!ok)
                        step->note =
                            tr("its auto-sync could not be restored (%1): resume it from the pause banner")
                                .arg(error);
                }
                return QString();
            },
            u"runner"_s, -1, ok ? QString() : tr("auto-sync of %1 not restored").arg(appName(key)), error,
            [this, request] { m_inFlight[request.runId].remove(request.appKey); });
    }
}

void RolloutRunner::onActionFinished(const ActionOutcome &outcome)
{
    const auto found = m_requests.constFind(outcome.requestId);
    if (found == m_requests.cend())
        return;
    const Request request = *found;
    m_requests.erase(found);
    if (request.kind == Request::Kind::Revert)
        return onRollbackCommitted(request.runId, request.wave, outcome);
    if (request.kind == Request::Kind::Restore)
        return onRollbackSynced(request.runId, request.appKey, outcome);
    const QString key = request.appKey;
    const QString name = appName(key);
    const bool alreadyRunning = outcome.message.contains(u"already in progress"_s, Qt::CaseInsensitive);
    const bool window = !outcome.ok && outcome.message.contains(u"sync window"_s, Qt::CaseInsensitive);
    const auto done = [this, request] { m_inFlight[request.runId].remove(request.appKey); };
    if (outcome.ok || alreadyRunning) {
        change(
            request.runId,
            [=](RolloutRun &run) {
                if (AppStep *step = run.step(key); step && step->state == AppStepState::Releasing) {
                    step->state = AppStepState::Released;
                    step->note =
                        alreadyRunning ? tr("an operation was already running") : tr("synced by the runner");
                }
                return QString();
            },
            u"runner"_s, -1, {}, {}, done);
        return;
    }
    // Refused because an operation started meanwhile (an auto-sync, someone's sync): the release
    // is decided again once it ends, as when the operation was seen before sending.
    // Back to waiting for its release, to be decided again on a later step.
    const Mutation requeue = [key](RolloutRun &run) {
        if (AppStep *step = run.step(key); step && step->state == AppStepState::Releasing)
            step->state = step->held ? AppStepState::Held : AppStepState::Pending;
        return QString();
    };
    if (!outcome.ok && m_actions->checkGuardrails(key).operationRunning) {
        change(request.runId, requeue, u"runner"_s, -1, {}, {}, done);
        return;
    }
    if (window) { // a window closed meanwhile: the app waits for it to open
        m_windowRefused.insert(
            key, {tr("the server refused: a sync window blocks it"), QDateTime::currentDateTimeUtc()});
        change(request.runId, requeue, u"runner"_s, -1, tr("%1 waits for its sync window").arg(name),
               outcome.message, done);
        return;
    }
    change(
        request.runId,
        [=](RolloutRun &run) {
            int w = -1;
            if (AppStep *step = run.step(key, &w); step && step->state == AppStepState::Releasing) {
                step->state = step->held ? AppStepState::Held : AppStepState::Pending;
                step->note = tr("sync refused: %1").arg(outcome.message);
                run.waves[w].state = WaveState::Failed;
            }
            if (run.state == RunState::Running || run.state == RunState::Paused) {
                run.state = RunState::Halted;
                run.stateReason = tr("the sync of %1 was refused: %2").arg(name, outcome.message);
                run.stateBy = u"runner"_s;
            }
            return QString();
        },
        u"runner"_s, -1, tr("halted"), tr("the sync of %1 was refused: %2").arg(name, outcome.message), done);
}

} // namespace sextant::rollout
