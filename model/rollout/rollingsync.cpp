#include "model/rollout/rollingsync.h"

#include "model/controller/controllerbackend.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"

#include <QPointer>

#include <algorithm>
#include <map>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

namespace {

AppProgress progressOf(const AppSetAppStatus &status, const Application *app)
{
    if (app && (app->health == HealthStatus::Degraded ||
                (app->operationState && app->operationState->phase == OperationPhase::Failed)))
        return AppProgress::Degraded;
    if (status.status == "Healthy"_L1)
        return AppProgress::Healthy;
    if (status.status == "Pending"_L1)
        return AppProgress::Syncing;
    if (status.status == "Progressing"_L1)
        return AppProgress::Progressing;
    if (status.status == "Waiting"_L1)
        return AppProgress::Waiting;
    return AppProgress::Unknown;
}

QString minutesSince(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = since.secsTo(now);
    return seconds < 60 ? QObject::tr("%1 s").arg(qMax<qint64>(0, seconds))
                        : QObject::tr("%1 min").arg(seconds / 60);
}

} // namespace

QList<RollingStepSummary> summarizeRollingSync(const ApplicationSetProgress &set, const FleetStore &store,
                                               const QDateTime &now)
{
    std::map<int, RollingStepSummary> byNumber;
    for (const RollingSyncStep &step : set.steps) {
        RollingStepSummary summary;
        summary.number = step.number;
        summary.label =
            QObject::tr("step %1: %2 · at most %3").arg(step.number).arg(step.selector, step.maxUpdate);
        byNumber[step.number] = summary;
    }
    for (const AppSetAppStatus &status : set.apps) {
        const int number = byNumber.count(status.step) ? status.step : -1;
        RollingStepSummary &summary = byNumber[number];
        if (number == -1) {
            summary.number = -1;
            summary.label = QObject::tr("in no step");
        }
        const AppRef ref{set.instance, set.appNamespace, status.application};
        const Application *app = store.application(ref.key());
        RollingStepSummary::App row{status, app ? ref.key() : QString(), progressOf(status, app), {}};
        QStringList detail{status.status};
        if (status.status != "Healthy"_L1 && status.since.isValid())
            detail.last() += u' ' + minutesSince(status.since, now);
        if (app && app->health != HealthStatus::Healthy)
            detail << toString(app->health);
        row.detail = detail.join(u" · "_s);
        ++summary.counts[size_t(row.progress)];
        summary.apps.append(row);
    }
    QList<RollingStepSummary> steps;
    int current = 0;
    for (auto &[number, summary] : byNumber) {
        const int total = int(summary.apps.size());
        const int healthy = summary.counts[size_t(AppProgress::Healthy)];
        if (number == -1) {
            summary.state = QObject::tr("never synced");
            summary.why =
                QObject::tr("%n app(s) match no step: the rollout never syncs them", nullptr, total);
        } else if (current != 0) {
            summary.state = QObject::tr("waiting");
            summary.why = QObject::tr("waits for step %1").arg(current);
        } else if (healthy == total) {
            summary.state = QObject::tr("healthy");
            summary.why = total == 0 ? QObject::tr("no app in this step")
                                     : QObject::tr("all %n app(s) Synced and Healthy", nullptr, total);
        } else {
            current = number;
            const bool stalled = summary.counts[size_t(AppProgress::Degraded)] > 0;
            summary.state = stalled ? QObject::tr("stalled") : QObject::tr("progressing");
            QStringList waiting;
            for (const RollingStepSummary::App &app : std::as_const(summary.apps))
                if (app.progress != AppProgress::Healthy)
                    waiting << u"%1 %2"_s.arg(app.status.application, app.detail);
            summary.why = QObject::tr("waiting on %1 of %2 apps: %3")
                              .arg(total - healthy)
                              .arg(total)
                              .arg(waiting.join(u", "_s));
            if (stalled)
                summary.why += QObject::tr(" — RollingSync never fails a step: later steps will not start "
                                           "until these apps are fixed");
        }
        steps.append(summary);
    }
    // The apps in no step last.
    std::stable_partition(steps.begin(), steps.end(),
                          [](const RollingStepSummary &s) { return s.number != -1; });
    return steps;
}

RollingSyncMonitor::RollingSyncMonitor(FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &RollingSyncMonitor::refresh);
}

void RollingSyncMonitor::setActive(bool active)
{
    if (active == m_timer.isActive())
        return;
    if (!active) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    refresh();
}

void RollingSyncMonitor::refresh()
{
    for (const QString &instance : m_connector->instanceNames()) {
        ControllerBackend *backend = m_connector->backend(instance);
        if (!backend || backend->state() != ControllerBackend::State::Live)
            continue;
        backend->applicationSets(
            [self = QPointer(this), instance](Result<QList<ApplicationSetProgress>> sets) {
                if (!self)
                    return;
                QList<ApplicationSetProgress> rolling;
                if (sets) {
                    for (const ApplicationSetProgress &set : std::as_const(*sets))
                        if (set.rollingSync)
                            rolling << set;
                    self->m_problems.remove(instance);
                } else if (sets.error().code != 404 && sets.error().code != 501) {
                    self->m_problems.insert(instance, sets.errorMessage());
                }
                self->m_byInstance.insert(instance, rolling);
                emit self->changed();
            });
    }
}

void RollingSyncMonitor::setServed(const QString &instance, const QList<ApplicationSetProgress> &sets)
{
    QList<ApplicationSetProgress> rolling;
    for (const ApplicationSetProgress &set : sets)
        if (set.rollingSync)
            rolling << set;
    m_problems.remove(instance);
    m_byInstance.insert(instance, rolling);
    emit changed();
}

QList<ApplicationSetProgress> RollingSyncMonitor::sets() const
{
    QList<ApplicationSetProgress> all;
    QStringList instances = m_byInstance.keys();
    instances.sort();
    for (const QString &instance : std::as_const(instances))
        all << m_byInstance.value(instance);
    return all;
}

std::optional<ApplicationSetProgress> RollingSyncMonitor::set(const QString &instance,
                                                              const QString &name) const
{
    for (const ApplicationSetProgress &candidate : m_byInstance.value(instance))
        if (candidate.name == name)
            return candidate;
    return std::nullopt;
}

} // namespace sextant::rollout
