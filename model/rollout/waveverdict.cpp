#include "model/rollout/waveverdict.h"

#include <functional>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

QString toString(AppProgress progress)
{
    switch (progress) {
    case AppProgress::Waiting: return u"waiting"_s;
    case AppProgress::Syncing: return u"syncing"_s;
    case AppProgress::Progressing: return u"progressing"_s;
    case AppProgress::Healthy: return u"healthy"_s;
    case AppProgress::Degraded: return u"degraded"_s;
    case AppProgress::Unknown: break;
    }
    return u"unknown"_s;
}

namespace {

QString minutesSince(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return {};
    return u" %1 min"_s.arg(qMax<qint64>(0, then.secsTo(now) / 60));
}

AppStanding stand(const ResolvedApp &resolved, const QString &target, const FleetNow &fleet, bool *syncFailed)
{
    AppStanding standing{resolved, AppProgress::Unknown, {}};
    const Application *app = fleet.apps.value(resolved.app.key());
    if (!app) {
        standing.detail = u"not in the fleet"_s;
        return standing;
    }
    if (!fleet.liveInstances.contains(app->instance)) {
        standing.detail = u"instance %1 unreachable"_s.arg(app->instance);
        return standing;
    }
    const std::optional<OperationState> &operation = app->operationState;
    const bool running =
        app->operationInProgress || (operation && (operation->phase == OperationPhase::Running ||
                                                   operation->phase == OperationPhase::Terminating));
    if (running) {
        standing.progress = AppProgress::Syncing;
        standing.detail =
            u"syncing%1"_s.arg(operation ? minutesSince(operation->startedAt, fleet.now) : QString());
        return standing;
    }
    const bool failedAtTarget =
        operation &&
        (operation->phase == OperationPhase::Failed || operation->phase == OperationPhase::Error) &&
        (operation->revision == target || operation->revisions.contains(target));
    if (failedAtTarget) {
        *syncFailed = true;
        standing.progress = AppProgress::Degraded;
        standing.detail = u"sync failed: %1"_s.arg(operation->message);
        return standing;
    }
    if (app->health == HealthStatus::Degraded) {
        standing.progress = AppProgress::Degraded;
        standing.detail =
            app->healthMessage.isEmpty() ? u"Degraded"_s : u"Degraded: %1"_s.arg(app->healthMessage);
        return standing;
    }
    if (!syncedAt(*app, target)) {
        standing.progress = AppProgress::Waiting;
        standing.detail = u"%1 at %2"_s.arg(toString(app->syncStatus), app->syncRevision.left(7));
        return standing;
    }
    if (app->health == HealthStatus::Unknown) {
        standing.detail = u"health unknown"_s;
        return standing;
    }
    const QDateTime finished = operation ? operation->finishedAt : QDateTime();
    const bool comparedAfterSync =
        !finished.isValid() ||
        (app->reconciledAt.isValid() && app->reconciledAt >= finished); // both in whole seconds
    if (app->health == HealthStatus::Healthy && comparedAfterSync) {
        standing.progress = AppProgress::Healthy;
        return standing;
    }
    standing.progress = AppProgress::Progressing;
    standing.detail = app->health == HealthStatus::Healthy
                          ? u"Healthy, not compared since its sync"_s
                          : toString(app->health) + minutesSince(finished, fleet.now);
    return standing;
}

} // namespace

bool syncedAt(const Application &app, const QString &revision)
{
    return (app.syncRevision == revision || app.syncRevisions.contains(revision)) &&
           app.syncStatus == SyncStatus::Synced;
}

WaveVerdict evaluateWave(const ResolvedWave &wave, const QString &targetRevision, const StopConditions &stop,
                         const FleetNow &fleet, const QDateTime &releasedAt)
{
    WaveVerdict verdict;
    bool syncFailed = false;
    QStringList unreachable;
    for (const ResolvedApp &app : wave.apps) {
        bool failed = false;
        AppStanding standing = stand(app, targetRevision, fleet, &failed);
        syncFailed |= failed;
        if (standing.progress == AppProgress::Unknown && !fleet.liveInstances.contains(app.app.instance) &&
            !unreachable.contains(app.app.instance))
            unreachable << app.app.instance;
        ++verdict.counts[size_t(standing.progress)];
        verdict.apps.append(standing);
    }
    const int total = int(wave.apps.size());
    const auto count = [&](AppProgress progress) { return verdict.counts[size_t(progress)]; };
    const auto named = [&](const std::function<bool(const AppStanding &)> &which, int limit) {
        QStringList names;
        for (const AppStanding &standing : std::as_const(verdict.apps))
            if (which(standing) && names.size() < limit)
                names << u"%1 %2"_s.arg(standing.app.app.name, standing.detail).trimmed();
        return names.join(u", "_s);
    };

    QString stopped;
    if (stop.syncFailed && syncFailed)
        stopped = named([](const AppStanding &s) { return s.detail.startsWith(u"sync failed"_s); }, 3);
    else if (stop.degraded && count(AppProgress::Degraded) > 0)
        stopped = named([](const AppStanding &s) { return s.progress == AppProgress::Degraded; }, 3);
    else if (stop.instanceUnreachable && !unreachable.isEmpty())
        stopped = u"instance %1 unreachable"_s.arg(unreachable.join(u", "_s));
    else if (stop.unhealthyPercent >= 0 && total > 0 &&
             (count(AppProgress::Degraded) + count(AppProgress::Unknown)) * 100 >
                 stop.unhealthyPercent * total)
        stopped = u"%1 of %2 apps not healthy, over %3%"_s
                      .arg(count(AppProgress::Degraded) + count(AppProgress::Unknown))
                      .arg(total)
                      .arg(stop.unhealthyPercent);
    else if (stop.waveTimeout.count() > 0 && releasedAt.isValid() && count(AppProgress::Healthy) < total &&
             releasedAt.secsTo(fleet.now) > stop.waveTimeout.count())
        stopped = u"the wave has run longer than %1 min"_s.arg(stop.waveTimeout.count() / 60);
    if (!stopped.isEmpty()) {
        verdict.state = WaveVerdict::State::Failed;
        verdict.why = u"stopped: %1"_s.arg(stopped);
        return verdict;
    }
    if (count(AppProgress::Healthy) == total) {
        verdict.state = WaveVerdict::State::Passed;
        verdict.why = u"passed: %1 Synced at %2 and Healthy"_s.arg(
            total == 1 ? u"1 app"_s : u"%1 apps"_s.arg(total), targetRevision.left(7));
        return verdict;
    }
    const int pending = total - count(AppProgress::Healthy);
    verdict.why = u"waiting on %1 of %2 apps: %3"_s.arg(pending).arg(total).arg(
        named([](const AppStanding &s) { return s.progress != AppProgress::Healthy; }, 5));
    if (pending > 5)
        verdict.why += u" and %1 more"_s.arg(pending - 5);
    return verdict;
}

} // namespace sextant::rollout
