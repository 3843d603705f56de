// RolloutRunner: rolling a wave back through Git (an operator's choice, or onFailure:
// revertWave), and syncing its apps to the revert.
#include "model/rollout/rolloutrunner.h"

#include "model/actions/actionservice.h"
#include "model/fleet/fleetstore.h"
#include "model/logging.h"

namespace sextant::rollout {

using namespace Qt::StringLiterals;

namespace {

// The wave's apps that deployed (or may have deployed) the target.
QStringList releasedKeys(const WaveRun &wave)
{
    QStringList keys;
    for (const AppStep &step : wave.apps)
        if (step.state == AppStepState::Released || step.state == AppStepState::Releasing)
            keys << step.app.app.key();
    return keys;
}

} // namespace

void RolloutRunner::previewRollback(const QString &id, int wave)
{
    const auto found = m_runs.constFind(id);
    const auto refuse = [&](const QString &why) {
        GitChangeProposal refused;
        refused.kind = ActionKind::GitRevert;
        refused.error = why;
        QTimer::singleShot(0, this,
                           [this, id, wave, refused] { emit rollbackPreviewReady(id, wave, refused); });
    };
    if (found == m_runs.cend())
        return refuse(tr("There is no rollout %1.").arg(id));
    if (wave < 0 || wave >= found->waves.size())
        return refuse(tr("The rollout has no wave %1.").arg(wave + 1));
    const WaveRun &w = found->waves.at(wave);
    if (w.rollback.state == WaveRollback::State::Reverting ||
        w.rollback.state == WaveRollback::State::Reverted)
        return refuse(
            tr("Wave %1 is rolled back already (%2).")
                .arg(w.name, w.rollback.commit.isEmpty() ? tr("under way") : w.rollback.commit.left(7)));
    const QStringList keys = releasedKeys(w);
    if (keys.isEmpty())
        return refuse(tr("Nothing of wave %1 was released: there is nothing to roll back.").arg(w.name));
    const quint64 request =
        m_actions->previewPathRevert(keys, found->plan.revision, tr("wave %1").arg(w.name));
    m_previews.insert(request, PendingPreview{id, wave, false});
}

void RolloutRunner::onPreviewReady(const GitChangeProposal &proposal)
{
    const auto found = m_previews.constFind(proposal.requestId);
    if (found == m_previews.cend())
        return;
    const PendingPreview pending = *found;
    m_previews.erase(found);
    if (!pending.automatic) {
        emit rollbackPreviewReady(pending.runId, pending.wave, proposal);
        return;
    }
    const RolloutRun run = m_runs.value(pending.runId);
    const QString name = run.waves.value(pending.wave).name;
    if (!proposal.canCommit()) {
        const QString why = !proposal.error.isEmpty()
                                ? proposal.error
                                : tr("conflicts in %1").arg(proposal.conflicts.join(u", "_s));
        change(
            pending.runId, [](RolloutRun &) { return QString(); }, u"runner"_s, pending.wave,
            tr("wave %1 not rolled back").arg(name),
            tr("onFailure: revertWave cannot revert it: %1").arg(why));
        return;
    }
    rollBackAs(u"runner"_s, pending.runId, pending.wave, proposal,
               tr("onFailure: revertWave (%1)").arg(run.stateReason));
}

void RolloutRunner::rollBackOnFailure(const QString &id, int wave)
{
    const RolloutRun run = m_runs.value(id);
    const QStringList keys =
        wave >= 0 && wave < run.waves.size() ? releasedKeys(run.waves.at(wave)) : QStringList();
    if (keys.isEmpty())
        return;
    const quint64 request =
        m_actions->previewPathRevert(keys, run.plan.revision, tr("wave %1").arg(run.waves.at(wave).name));
    m_previews.insert(request, PendingPreview{id, wave, true});
}

void RolloutRunner::rollBack(const QString &id, int wave, const GitChangeProposal &proposal,
                             const QString &reason)
{
    rollBackAs(m_actions->localUser(), id, wave, proposal, reason);
}

void RolloutRunner::rollBackAs(const QString &who, const QString &id, int wave,
                               const GitChangeProposal &proposal, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        emit problem(id, tr("A reason is required: it goes into the revert commit and the journal."));
        return;
    }
    if (!proposal.canCommit()) {
        emit problem(id, proposal.error.isEmpty() ? tr("The revert has conflicts and cannot be committed.")
                                                  : proposal.error);
        return;
    }
    const QString name = m_runs.value(id).waves.value(wave).name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Written down before anything is pushed; the run halts, so nothing more is released.
    change(
        id,
        [=](RolloutRun &run) {
            if (wave < 0 || wave >= run.waves.size())
                return tr("The rollout has no wave %1.").arg(wave + 1);
            WaveRollback &rollback = run.waves[wave].rollback;
            if (rollback.state == WaveRollback::State::Reverting ||
                rollback.state == WaveRollback::State::Reverted)
                return tr("Wave %1 is rolled back already.").arg(run.waves[wave].name);
            rollback = WaveRollback{WaveRollback::State::Reverting, who, reason, now, proposal.onto, {}, {}};
            if (run.state == RunState::Running || run.state == RunState::Paused) {
                run.state = RunState::Halted;
                run.stateReason = tr("rolling back wave %1: %2").arg(run.waves[wave].name, reason);
                run.stateBy = who;
            }
            return QString();
        },
        who, wave, tr("rolling back wave %1").arg(name), reason,
        [=, this] {
            const RolloutRun run = m_runs.value(id);
            if (run.waves.value(wave).rollback.state != WaveRollback::State::Reverting ||
                run.waves.value(wave).rollback.at != now)
                return; // refused, or not written
            GitCommitChoice choice;
            choice.reason = tr("rollout %1, wave %2 rolled back: %3").arg(run.plan.name, name, reason);
            choice.onTrackedBranch = true;
            const quint64 request = m_actions->commitGitChange(proposal, choice);
            m_requests.insert(request, Request{id, {}, {}, Request::Kind::Revert, wave});
        });
}

void RolloutRunner::onRollbackCommitted(const QString &id, int wave, const ActionOutcome &outcome)
{
    const QString name = m_runs.value(id).waves.value(wave).name;
    if (!outcome.ok) {
        change(
            id,
            [=](RolloutRun &run) {
                WaveRollback &rollback = run.waves[wave].rollback;
                rollback.state = WaveRollback::State::Failed;
                rollback.error = outcome.message;
                run.stateReason = tr("the rollback of wave %1 failed: %2").arg(name, outcome.message);
                return QString();
            },
            u"runner"_s, wave, tr("rollback of wave %1 failed").arg(name), outcome.message);
        return;
    }
    change(
        id,
        [=](RolloutRun &run) {
            WaveRun &w = run.waves[wave];
            w.rollback.state = WaveRollback::State::Reverted;
            w.rollback.commit = outcome.commit;
            w.state = WaveState::RolledBack;
            if (run.state != RunState::Stopped) {
                run.state = RunState::Halted;
                run.stateReason = tr("wave %1 rolled back by commit %2: %3")
                                      .arg(name, outcome.commit.left(7), w.rollback.reason);
            }
            return QString();
        },
        u"runner"_s, wave, tr("wave %1 rolled back").arg(name), outcome.message,
        [=, this] { syncToRollback(id, wave, outcome.commit); });
}

void RolloutRunner::syncToRollback(const QString &id, int wave, const QString &commit)
{
    const RolloutRun run = m_runs.value(id);
    const WaveRun &w = run.waves.value(wave);
    for (const QString &key : releasedKeys(w)) {
        const Application *app = m_store->application(key);
        SyncOptions options;
        // Argo CD refuses a sync to another revision while auto-sync is on; then the branch
        // head is the revert already.
        if (!app || app->autoSync() != AutoSyncState::On)
            options.revision = commit;
        Approval approval;
        approval.reason =
            tr("rollout %1, wave %2 rolled back: %3").arg(run.plan.name, w.name, w.rollback.reason);
        approval.typedName = appName(key);
        approval.reviewedDiffSummary = tr("revert %1 of the target %2 in the wave's paths, previewed")
                                           .arg(commit.left(7), run.plan.revision.left(7));
        const quint64 request = m_actions->sync(key, options, approval);
        m_requests.insert(request, Request{id, key, {}, Request::Kind::Restore, wave});
    }
}

void RolloutRunner::onRollbackSynced(const QString &id, const QString &key, const ActionOutcome &outcome)
{
    const QString name = appName(key);
    change(
        id,
        [=](RolloutRun &run) {
            if (AppStep *step = run.step(key))
                step->note = outcome.ok ? tr("synced to the rollback")
                                        : tr("not synced to the rollback: %1").arg(outcome.message);
            return QString();
        },
        u"runner"_s, -1,
        outcome.ok ? tr("%1 synced to the rollback").arg(name)
                   : tr("%1 not synced to the rollback").arg(name),
        outcome.ok ? QString() : outcome.message);
}

} // namespace sextant::rollout
