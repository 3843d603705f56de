#include "model/rollout/rolloutstepper.h"

namespace sextant::rollout {

using namespace Qt::StringLiterals;

namespace {

bool releasedEvidence(const Application &app, const AppStep &step, const QString &target)
{
    if (app.operationInProgress)
        return true;
    if (app.operationState && app.operationState->startedAt.isValid() && step.releasedAt.isValid() &&
        app.operationState->startedAt >= step.releasedAt.addSecs(-5))
        return true;
    return syncedAt(app, target);
}

QString seconds(qint64 s)
{
    if (s >= 3600)
        return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return u"%1 min"_s.arg((s + 59) / 60);
    return u"%1 s"_s.arg(s);
}

QString names(const QStringList &list, int limit = 5)
{
    QString text = list.mid(0, limit).join(u", "_s);
    if (list.size() > limit)
        text += u" and %1 more"_s.arg(list.size() - limit);
    return text;
}

bool unreleased(const AppStep &step)
{
    return step.state == AppStepState::Pending || step.state == AppStepState::Held;
}

class Stepper {
public:
    Stepper(const RolloutRun &run, const FleetNow &fleet, const StepFacts &facts)
        : m_out{run, {}, {}, {}, false}
        , m_fleet(fleet)
        , m_facts(facts)
    {}

    RolloutStep take() && { return std::move(m_out); }

    void advance()
    {
        RolloutRun &run = m_out.run;
        if (run.state != RunState::Running) {
            if (run.currentWave() < run.waves.size())
                evaluate(run.currentWave());
            return;
        }
        if (!run.holdsPlaced) {
            for (const WaveRun &wave : std::as_const(run.waves))
                for (const AppStep &step : wave.apps)
                    if (step.held && step.state == AppStepState::Pending)
                        m_out.hold << step.app.app.key();
            if (m_out.hold.isEmpty()) {
                run.holdsPlaced = true;
                m_out.changed = true;
            }
            return;
        }
        // A wave that passes lets the next one start in the same step.
        for (int guard = 0; guard <= run.waves.size(); ++guard) {
            const int w = run.currentWave();
            if (w == run.waves.size()) {
                run.state = RunState::Finished;
                run.finishedAt = m_fleet.now;
                event(-1, u"finished"_s, u"every wave passed"_s);
                return;
            }
            recoverReleases(w);
            if (!stepWave(w) || run.state != RunState::Running)
                return;
        }
    }

private:
    void event(int wave, const QString &what, const QString &why)
    {
        const RunEvent e{m_fleet.now, u"runner"_s, wave, what, why};
        m_out.run.record(e);
        m_out.events << e;
        m_out.changed = true;
    }

    QString waveName(int w) const { return m_out.run.waves.at(w).name; }

    // An app written down as Releasing that nobody waits for: released if the fleet shows it,
    // else its sync was never accepted and it is sent again.
    void recoverReleases(int w)
    {
        WaveRun &wave = m_out.run.waves[w];
        QStringList again;
        for (AppStep &step : wave.apps) {
            const QString key = step.app.app.key();
            if (step.state != AppStepState::Releasing || m_facts.inFlight.contains(key))
                continue;
            const Application *app = m_fleet.apps.value(key);
            if (!m_fleet.liveInstances.contains(step.app.app.instance))
                continue; // cannot tell yet
            if (app && releasedEvidence(*app, step, m_out.run.plan.revision)) {
                step.state = AppStepState::Released;
                step.note = u"released (its operation was found after a restart)"_s;
                m_out.changed = true;
                continue;
            }
            step.releasedAt = m_fleet.now;
            m_out.release << key;
            again << step.app.app.name;
        }
        if (!again.isEmpty())
            event(w, u"released again: %1"_s.arg(names(again)),
                  u"their syncs were not accepted before the runner stopped"_s);
    }

    WaveVerdict evaluate(int w)
    {
        WaveRun &wave = m_out.run.waves[w];
        const WaveVerdict verdict = evaluateWave(releasedPart(wave), m_out.run.plan.revision,
                                                 m_out.run.plan.stopWhen, m_fleet, wave.releasedAt);
        wave.counts = verdict.counts;
        wave.standings = verdict.apps;
        wave.why = verdict.why;
        const int released = int(verdict.apps.size());
        const int healthy = verdict.counts[size_t(AppProgress::Healthy)];
        if (released > 0 && (wave.samples.isEmpty() || wave.samples.constLast().healthy != healthy ||
                             wave.samples.constLast().released != released)) {
            wave.samples.append(HealthSample{m_fleet.now, healthy, released});
            if (wave.samples.size() > 240)
                wave.samples.remove(0, wave.samples.size() - 240);
        }
        return verdict;
    }

    bool needsApproval(int w) const
    {
        if (!m_out.run.plan.waves.at(w).approvers.isEmpty())
            return true;
        for (const AppStep &step : m_out.run.waves.at(w).apps)
            if (step.state != AppStepState::Skipped && m_facts.protectedApps.contains(step.app.app.key()))
                return true;
        return false;
    }

    // One wave's step; true when it passed (so the next may start now).
    bool stepWave(int w)
    {
        RolloutRun &run = m_out.run;
        WaveRun &wave = run.waves[w];
        const Wave &spec = run.plan.waves.at(w);
        if (wave.state == WaveState::Pending || wave.state == WaveState::Holding) {
            if (needsApproval(w) && wave.approvedBy.isEmpty()) {
                wave.state = WaveState::AwaitingApproval;
                wave.why = approvalWhy(spec);
                event(w, u"wave %1 awaits approval"_s.arg(wave.name), wave.why);
                return false;
            }
            wave.state = WaveState::Releasing;
            event(w, u"wave %1 started"_s.arg(wave.name),
                  u"%1 apps, %2 at a time"_s.arg(wave.apps.size()).arg(wave.maxParallel));
        }
        if (wave.state == WaveState::AwaitingApproval) {
            if (wave.approvedBy.isEmpty()) {
                wave.why = approvalWhy(spec);
                return false;
            }
            wave.state = WaveState::Releasing;
            event(w, u"wave %1 started"_s.arg(wave.name), u"approved by %1"_s.arg(wave.approvedBy));
        }
        const WaveVerdict verdict = evaluate(w);
        if (verdict.state == WaveVerdict::State::Failed) {
            wave.state = WaveState::Halted;
            run.state = RunState::Halted;
            run.stateReason = u"wave %1 %2"_s.arg(wave.name, verdict.why);
            run.stateBy = u"runner"_s;
            event(w, u"halted in wave %1"_s.arg(wave.name), verdict.why);
            return false;
        }
        if (wave.state == WaveState::Releasing)
            release(w, verdict);
        if (wave.state == WaveState::Verifying)
            verify(w, verdict, spec);
        if (wave.state == WaveState::Baking) {
            const qint64 left = m_fleet.now.secsTo(wave.bakeUntil);
            if (left > 0 || verdict.state != WaveVerdict::State::Passed) {
                wave.why = left > 0 ? u"baking: %1 left; %2"_s.arg(seconds(left), verdict.why)
                                    : u"baked; %1"_s.arg(verdict.why);
                return false;
            }
            if (spec.signOff) {
                wave.state = WaveState::AwaitingSignOff;
                event(w, u"wave %1 awaits sign-off"_s.arg(wave.name), u"baked; an operator signs it off"_s);
            } else {
                wave.state = WaveState::Passed;
                event(w, u"wave %1 passed"_s.arg(wave.name), verdict.why);
                return true;
            }
        }
        if (wave.state == WaveState::AwaitingSignOff) {
            if (wave.signedOffBy.isEmpty()) {
                wave.why = u"waiting for an operator to sign off; %1"_s.arg(verdict.why);
                return false;
            }
            wave.state = WaveState::Passed;
            event(w, u"wave %1 passed"_s.arg(wave.name), u"signed off by %1"_s.arg(wave.signedOffBy));
            return true;
        }
        return false;
    }

    static QString approvalWhy(const Wave &spec)
    {
        return spec.approvers.isEmpty()
                   ? u"waiting for approval: it deploys to protected targets"_s
                   : u"waiting for approval by one of: %1"_s.arg(spec.approvers.join(u", "_s));
    }

    void release(int w, const WaveVerdict &verdict)
    {
        WaveRun &wave = m_out.run.waves[w];
        int notHealthy = 0;
        for (const AppStanding &standing : verdict.apps)
            notHealthy += standing.progress == AppProgress::Healthy ? 0 : 1;
        QStringList released;
        QStringList windowWaits;
        QStringList unreachable;
        QStringList busy;
        for (AppStep &step : wave.apps) {
            if (!unreleased(step))
                continue;
            if (notHealthy >= wave.maxParallel)
                break;
            const QString key = step.app.app.key();
            if (const auto window = m_facts.windowClosed.constFind(key);
                window != m_facts.windowClosed.cend()) {
                windowWaits << u"%1 (%2)"_s.arg(step.app.app.name, *window);
                continue;
            }
            if (!m_fleet.liveInstances.contains(step.app.app.instance)) {
                unreachable << step.app.app.name;
                continue;
            }
            if (m_facts.operationRunning.contains(key)) {
                busy << step.app.app.name;
                continue;
            }
            step.state = AppStepState::Releasing;
            step.releasedAt = m_fleet.now;
            if (!wave.releasedAt.isValid())
                wave.releasedAt = m_fleet.now;
            m_out.release << key;
            released << step.app.app.name;
            ++notHealthy;
        }
        if (!released.isEmpty())
            event(w, u"released %1"_s.arg(names(released)), u"wave %1"_s.arg(wave.name));
        const bool anyLeft = std::any_of(wave.apps.cbegin(), wave.apps.cend(), [](const AppStep &step) {
            return unreleased(step) || step.state == AppStepState::Releasing;
        });
        if (!anyLeft) {
            wave.state = WaveState::Verifying;
            event(w, u"wave %1 released"_s.arg(wave.name), u"every app released; verifying"_s);
        } else if (!windowWaits.isEmpty()) {
            wave.why = u"waiting for a sync window: %1; %2"_s.arg(names(windowWaits, 3), verdict.why);
        } else if (!unreachable.isEmpty()) {
            wave.why = u"waiting for their instance to be reachable: %1"_s.arg(names(unreachable, 3));
        } else if (!busy.isEmpty() && released.isEmpty()) {
            wave.why = u"waiting for a running operation to end: %1; %2"_s.arg(names(busy, 3), verdict.why);
        }
    }

    void verify(int w, const WaveVerdict &verdict, const Wave &spec)
    {
        WaveRun &wave = m_out.run.waves[w];
        if (verdict.state != WaveVerdict::State::Passed) {
            if (wave.healthySince.isValid()) {
                wave.healthySince = {};
                event(w, u"wave %1 settle restarted"_s.arg(wave.name), verdict.why);
            }
            return;
        }
        if (!wave.healthySince.isValid()) {
            wave.healthySince = m_fleet.now;
            m_out.changed = true;
        }
        const qint64 settled = wave.healthySince.secsTo(m_fleet.now);
        if (settled < spec.settle.count()) {
            wave.why = u"settling: %1 left; %2"_s.arg(seconds(spec.settle.count() - settled), verdict.why);
            return;
        }
        wave.state = WaveState::Baking;
        wave.bakeUntil = m_fleet.now.addSecs(spec.bake.count());
        event(w, u"wave %1 verified"_s.arg(wave.name),
              spec.bake.count() > 0 ? u"%1; baking %2"_s.arg(verdict.why, seconds(spec.bake.count()))
                                    : verdict.why);
    }

    RolloutStep m_out;
    const FleetNow &m_fleet;
    const StepFacts &m_facts;
};

} // namespace

ResolvedWave releasedPart(const WaveRun &wave)
{
    ResolvedWave part;
    part.name = wave.name;
    part.maxParallel = wave.maxParallel;
    for (const AppStep &step : wave.apps)
        if (step.state == AppStepState::Releasing || step.state == AppStepState::Released)
            part.apps.append(step.app);
    return part;
}

RolloutStep advanceRun(const RolloutRun &run, const FleetNow &fleet, const StepFacts &facts)
{
    Stepper stepper(run, fleet, facts);
    stepper.advance();
    return std::move(stepper).take();
}

} // namespace sextant::rollout
