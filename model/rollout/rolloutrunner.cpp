// RolloutRunner: loading, storing and moving runs on. The operator's steering and the
// results of the actions it sends are in rolloutrunner_steering.cpp.
#include "model/rollout/rolloutrunner.h"

#include "model/actions/actionservice.h"
#include "model/actions/actionstoreworker.h"
#include "model/fleet/fleetstore.h"
#include "model/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

namespace {

constexpr int HeartbeatSeconds = 5;
constexpr int DriverGoneSeconds = 30;

JournalEntry journalRow(const RolloutRun &run, const RunEvent &event, const QString &localUser)
{
    JournalEntry row;
    row.startedAt = event.at;
    row.finishedAt = event.at;
    row.localUser = event.who == "runner"_L1 ? localUser : event.who;
    row.action = u"rollout"_s;
    row.app = run.plan.name;
    QJsonObject parameters{{u"run"_s, run.id}, {u"event"_s, event.what}};
    if (event.wave >= 0 && event.wave < run.waves.size())
        parameters.insert(u"wave"_s, run.waves.at(event.wave).name);
    if (event.who == "runner"_L1)
        parameters.insert(u"by"_s, u"runner"_s);
    row.parametersJson = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    row.reason = event.why.isEmpty() ? event.what : u"%1: %2"_s.arg(event.what, event.why);
    row.result = JournalEntry::Result::Succeeded;
    row.batchId = run.id;
    return row;
}

bool sameDisplay(const RolloutRun &a, const RolloutRun &b)
{
    if (a.waves.size() != b.waves.size())
        return false;
    for (qsizetype i = 0; i < a.waves.size(); ++i)
        if (a.waves.at(i).why != b.waves.at(i).why || a.waves.at(i).counts != b.waves.at(i).counts ||
            a.waves.at(i).samples.size() != b.waves.at(i).samples.size())
            return false;
    return true;
}

} // namespace

QString RolloutRunner::appName(const QString &key)
{
    const std::optional<AppRef> ref = AppRef::fromKey(key);
    return ref ? ref->name : key;
}

QSet<QString> reachableInstances(const FleetStore &store, const QDateTime &now)
{
    using Connection = InstanceStatus::Connection;
    QSet<QString> reachable;
    for (const InstanceStatus &instance : store.instances()) {
        const bool reconnecting =
            instance.connection == Connection::Reconnecting || instance.connection == Connection::Connecting;
        // A stream that reconnects is not an outage until the data is stale.
        if (instance.connection == Connection::Live || (reconnecting && !store.isStale(instance.name, now)))
            reachable.insert(instance.name);
    }
    return reachable;
}

RolloutRunner::RolloutRunner(FleetStore *store, ActionService *actions, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actions(actions)
    , m_worker(std::make_unique<actions::ActionStoreWorker>(std::move(databasePath)))
    , m_driverName(u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()))
{
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &RolloutRunner::tick);
    m_fleetTimer.setSingleShot(true);
    m_fleetTimer.setInterval(0);
    connect(&m_fleetTimer, &QTimer::timeout, this, &RolloutRunner::onFleetChanged);
    connect(m_store, &FleetStore::applicationsChanged, this, [this] { m_fleetTimer.start(); });
    connect(m_store, &FleetStore::instancesChanged, this, [this] { m_fleetTimer.start(); });
    connect(m_actions, &ActionService::batchFinished, this, &RolloutRunner::onBatchFinished);
    connect(m_actions, &ActionService::actionFinished, this, &RolloutRunner::onActionFinished);
    connect(m_actions, &ActionService::gitChangePreviewReady, this, &RolloutRunner::onPreviewReady);
}

RolloutRunner::~RolloutRunner()
{
    m_closing = true;
    m_worker.reset(); // runs the queued writes first
}

void RolloutRunner::setTickInterval(std::chrono::milliseconds interval)
{
    m_tickTimer.setInterval(int(interval.count()));
}

QList<RolloutRun> RolloutRunner::runs() const
{
    QList<RolloutRun> list = m_runs.values();
    std::sort(list.begin(), list.end(),
              [](const RolloutRun &a, const RolloutRun &b) { return a.startedAt > b.startedAt; });
    return list;
}

std::optional<RolloutRun> RolloutRunner::run(const QString &id) const
{
    const auto found = m_runs.constFind(id);
    if (found == m_runs.cend())
        return std::nullopt;
    return *found;
}

std::optional<RolloutRun> RolloutRunner::latestRunOf(const QString &planName) const
{
    for (const RolloutRun &candidate : runs())
        if (candidate.plan.name == planName)
            return candidate;
    return std::nullopt;
}

bool RolloutRunner::drives(const QString &id) const
{
    const auto found = m_runs.constFind(id);
    return found != m_runs.cend() && found->driver == m_driverName && found->isActive();
}

bool RolloutRunner::driverGone(const RolloutRun &run) const
{
    if (run.driver.isEmpty())
        return true;
    if (run.driver == m_driverName)
        return false;
    const qsizetype colon = run.driver.lastIndexOf(u':');
    if (colon > 0 && run.driver.left(colon) == QSysInfo::machineHostName()) {
        // On this machine the process table answers at once (nothing is signalled).
        const QString pid = run.driver.mid(colon + 1);
        if (QFileInfo::exists(u"/proc/self"_s))
            return !QFileInfo::exists(u"/proc/"_s + pid);
    }
    return !run.heartbeat.isValid() ||
           run.heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > DriverGoneSeconds;
}

void RolloutRunner::load()
{
    m_worker
        ->run<QList<RolloutRun>>([](LocalStore &store) -> Result<QList<RolloutRun>> {
            auto stored = store.rollouts();
            if (!stored)
                return stored.error();
            QList<RolloutRun> runs;
            for (const StoredRollout &row : std::as_const(*stored)) {
                auto run = runFromDocument(row.document);
                if (!run) {
                    qCWarning(lcModel) << "rollout" << row.id << "skipped:" << run.errorMessage();
                    continue;
                }
                run->version = row.version;
                runs << *run;
            }
            return runs;
        })
        .then(this, [this](const Result<QList<RolloutRun>> &loaded) {
            if (!loaded) {
                emit problem({}, tr("The rollouts cannot be read: %1").arg(loaded.errorMessage()));
                return;
            }
            for (const RolloutRun &run : *loaded)
                m_runs.insert(run.id, run);
            m_loaded = true;
            // Runs whose driver is gone are paused first; runsLoaded once those are written.
            auto waiting = std::make_shared<int>(1);
            const auto oneDone = [this, waiting] {
                if (--*waiting == 0) {
                    m_tickTimer.start();
                    emit runsLoaded();
                }
            };
            for (const RolloutRun &run : *loaded) {
                if (run.state != RunState::Running || !driverGone(run))
                    continue;
                const QString gone = run.driver.isEmpty() ? tr("no runner") : run.driver;
                ++*waiting;
                change(
                    run.id,
                    [gone](RolloutRun &r) {
                        if (r.state != RunState::Running)
                            return QString();
                        r.state = RunState::Paused;
                        r.stateReason = tr("paused: its runner (%1) stopped without pausing it").arg(gone);
                        r.stateBy = u"runner"_s;
                        r.driver.clear();
                        return QString();
                    },
                    u"runner"_s, -1, u"paused"_s, tr("its runner (%1) is gone").arg(gone), oneDone);
            }
            oneDone();
        });
}

void RolloutRunner::save(RolloutRun run, QList<RunEvent> events, std::function<void(bool)> then)
{
    const QString id = run.id;
    m_saving.insert(id);
    const QString localUser = m_actions->localUser();
    StoredRollout row{
        run.id,         run.plan.name, toString(run.state), run.version, QDateTime::currentDateTimeUtc(),
        toDocument(run)};
    const qint64 expected = run.version;
    QList<JournalEntry> journal;
    for (const RunEvent &event : std::as_const(events))
        journal << journalRow(run, event, localUser);
    auto future = m_worker->run<qint64>([row, expected, journal](LocalStore &store) -> Result<qint64> {
        auto version = store.saveRollout(row, expected);
        if (!version)
            return version;
        for (const JournalEntry &entry : journal)
            if (auto written = store.addJournalEntry(entry); !written)
                qCWarning(lcModel) << "rollout journal row not written:" << written.errorMessage();
        return version;
    });
    if (m_closing)
        return;
    future.then(this, [this, run = std::move(run), then = std::move(then),
                       journaled = !journal.isEmpty()](const Result<qint64> &version) mutable {
        m_saving.remove(run.id);
        if (!version) {
            qCWarning(lcModel) << "rollout" << run.id << "not stored:" << version.errorMessage();
            emit problem(run.id, version.errorMessage());
            if (then)
                then(false);
            return;
        }
        run.version = *version;
        m_runs.insert(run.id, run);
        if (journaled)
            emit journalChanged();
        emit runChanged(run.id);
        if (then)
            then(true);
    });
}

void RolloutRunner::pauseStored(const QString &id, const QString &why)
{
    // Applied to the run as stored once every write queued before it is done (the worker runs
    // them in order), so a step being written as the console closes cannot make it miss.
    const QString me = m_driverName;
    const QString who = m_actions->localUser();
    m_worker->run<qint64>([id, why, who, me](LocalStore &store) -> Result<qint64> {
        auto row = store.rollout(id);
        if (!row)
            return row.error();
        if (!*row)
            return qint64(0);
        auto run = runFromDocument((*row)->document);
        if (!run)
            return run.error();
        if (run->state != RunState::Running || run->driver != me)
            return (*row)->version;
        run->state = RunState::Paused;
        run->stateReason = why;
        run->stateBy = who;
        run->driver.clear();
        const RunEvent event{QDateTime::currentDateTimeUtc(), who, -1, u"paused"_s, why};
        run->record(event);
        auto version = store.saveRollout(
            {run->id, run->plan.name, toString(run->state), (*row)->version, event.at, toDocument(*run)},
            (*row)->version);
        if (version)
            if (auto written = store.addJournalEntry(journalRow(*run, event, who)); !written)
                qCWarning(lcModel) << "rollout journal row not written:" << written.errorMessage();
        return version;
    });
}

void RolloutRunner::reload(const QString &id, std::function<void(bool newer)> then)
{
    m_worker->run<std::optional<StoredRollout>>([id](LocalStore &store) { return store.rollout(id); })
        .then(this, [this, id, then = std::move(then)](const Result<std::optional<StoredRollout>> &row) {
            bool newer = false;
            if (row && *row && (*row)->version != m_runs.value(id).version) {
                if (m_saving.contains(id)) {
                    newer = true; // a write of this process is under way: it supersedes what was read
                } else if (auto run = runFromDocument((*row)->document)) {
                    run->version = (*row)->version;
                    m_runs.insert(id, *run);
                    newer = true;
                    emit runChanged(id);
                }
            }
            if (then)
                then(newer);
        });
}

// `then` runs once the change is stored, or once it is given up (refused, or not writable).
void RolloutRunner::change(const QString &id, const Mutation &mutation, const QString &who, int wave,
                           const QString &what, const QString &why, std::function<void()> then)
{
    const auto found = m_runs.constFind(id);
    if (found == m_runs.cend()) {
        emit problem(id, tr("There is no rollout %1.").arg(id));
        if (then)
            then();
        return;
    }
    if (m_saving.contains(id)) { // one write at a time per run: try again after the one under way
        QTimer::singleShot(20, this, [=, this] { change(id, mutation, who, wave, what, why, then); });
        return;
    }
    RolloutRun next = *found;
    if (const QString refused = mutation(next); !refused.isEmpty()) {
        emit problem(id, refused);
        if (then)
            then();
        return;
    }
    QList<RunEvent> events;
    if (!what.isEmpty()) {
        const RunEvent event{QDateTime::currentDateTimeUtc(), who, wave, what, why};
        next.record(event);
        events << event;
    }
    save(next, events, [=, this](bool ok) {
        if (ok) {
            if (then)
                then();
            QTimer::singleShot(0, this, [this, id] { tickRun(id); });
            return;
        }
        // Changed elsewhere: read it again and apply the change to what is stored now. Nothing
        // newer means the write failed for another reason (already reported).
        reload(id, [=, this](bool newer) {
            if (newer)
                change(id, mutation, who, wave, what, why, then);
            else if (then)
                then();
        });
    });
}

void RolloutRunner::onFleetChanged()
{
    for (const QString &id : m_runs.keys())
        if (drives(id))
            tickRun(id);
}

void RolloutRunner::tick()
{
    // Reads the driven runs again first, so steering from another process (an approval
    // given with `sextant rollout approve`) is seen.
    for (const QString &id : m_runs.keys()) {
        if (!drives(id) || m_saving.contains(id))
            continue;
        reload(id, [this, id](bool) { tickRun(id); });
    }
}

FleetNow RolloutRunner::fleetNow(const RolloutRun &run) const
{
    FleetNow now;
    now.now = QDateTime::currentDateTimeUtc();
    for (const WaveRun &wave : run.waves)
        for (const AppStep &step : wave.apps)
            if (const Application *app = m_store->application(step.app.app.key()))
                now.apps.insert(step.app.app.key(), app);
    now.liveInstances = reachableInstances(*m_store, now.now);
    return now;
}

StepFacts RolloutRunner::facts(const RolloutRun &run) const
{
    StepFacts facts;
    facts.inFlight = m_inFlight.value(run.id);
    // Every wave from the current one: a wave that passes lets the next start in the same step.
    for (int w = run.currentWave(); w < run.waves.size(); ++w) {
        for (const AppStep &step : run.waves.at(w).apps) {
            if (step.state != AppStepState::Pending && step.state != AppStepState::Held)
                continue;
            const QString key = step.app.app.key();
            const GuardrailCheck check = m_actions->checkGuardrails(key);
            if (check.protectedTarget)
                facts.protectedApps.insert(key);
            if (check.operationRunning)
                facts.operationRunning.insert(key);
            if (check.window.known && !check.window.canSync)
                facts.windowClosed.insert(key, check.window.description);
            else if (const auto refused = m_windowRefused.constFind(key);
                     refused != m_windowRefused.cend() &&
                     refused->second.secsTo(QDateTime::currentDateTimeUtc()) < m_windowRetry.count())
                facts.windowClosed.insert(key, refused->first);
        }
    }
    return facts;
}

void RolloutRunner::tickRun(const QString &id)
{
    if (m_closing || !drives(id) || m_saving.contains(id))
        return;
    RolloutRun &cached = m_runs[id];
    RolloutStep step = advanceRun(cached, fleetNow(cached), facts(cached));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool heartbeatDue = !cached.heartbeat.isValid() || cached.heartbeat.secsTo(now) >= HeartbeatSeconds;
    if (!step.changed && !heartbeatDue) {
        if (!sameDisplay(cached, step.run)) {
            for (qsizetype i = 0; i < cached.waves.size(); ++i) {
                cached.waves[i].why = step.run.waves.at(i).why;
                cached.waves[i].counts = step.run.waves.at(i).counts;
                cached.waves[i].standings = step.run.waves.at(i).standings;
                cached.waves[i].samples = step.run.waves.at(i).samples; // stored with the next heartbeat
            }
            emit runChanged(id);
        }
        act(id, step);
        return;
    }
    step.run.heartbeat = now;
    const QList<RunEvent> events = step.events;
    const bool halts = cached.state == RunState::Running && step.run.state == RunState::Halted &&
                       step.run.plan.onFailure == FailurePolicy::RevertWave;
    save(step.run, events, [this, id, step, halts](bool ok) {
        if (!ok)
            return reload(id);
        act(id, step);
        if (halts)
            rollBackOnFailure(id, step.run.currentWave());
    });
}

void RolloutRunner::act(const QString &id, const RolloutStep &step)
{
    if (!step.hold.isEmpty() && !m_holding.contains(id))
        hold(id, step.hold);
    for (const QString &key : step.release)
        releaseApp(id, key);
    // Released apps still held: their auto-sync comes back as it was.
    const RolloutRun &run = m_runs[id];
    for (const WaveRun &wave : run.waves)
        for (const AppStep &app : wave.apps)
            if (app.held && app.state == AppStepState::Released &&
                !m_inFlight.value(id).contains(app.app.app.key()))
                liftHold(id, app.app.app.key());
}

} // namespace sextant::rollout
