#include "model/rollout/rolloutrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace sextant::rollout {

using namespace Qt::StringLiterals;

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromWords(const QString &text, const std::array<Enum, N> &all)
{
    for (Enum value : all)
        if (toString(value) == text)
            return value;
    return std::nullopt;
}

constexpr std::array AllRunStates{RunState::Running, RunState::Paused, RunState::Halted, RunState::Stopped,
                                  RunState::Finished};
constexpr std::array AllWaveStates{
    WaveState::Pending,   WaveState::Holding, WaveState::AwaitingApproval, WaveState::Releasing,
    WaveState::Verifying, WaveState::Baking,  WaveState::AwaitingSignOff,  WaveState::Passed,
    WaveState::Halted,    WaveState::Failed,  WaveState::RolledBack};
constexpr std::array AllAppStates{AppStepState::Pending, AppStepState::Held, AppStepState::Releasing,
                                  AppStepState::Released, AppStepState::Skipped};

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject appJson(const ResolvedApp &app)
{
    return {{u"instance"_s, app.app.instance},
            {u"namespace"_s, app.app.appNamespace},
            {u"name"_s, app.app.name},
            {u"cluster"_s, app.cluster}};
}

ResolvedApp appFrom(const QJsonObject &o)
{
    return ResolvedApp{AppRef{o.value("instance"_L1).toString(), o.value("namespace"_L1).toString(),
                              o.value("name"_L1).toString()},
                       o.value("cluster"_L1).toString()};
}

QJsonObject stepJson(const AppStep &step)
{
    QJsonObject o = appJson(step.app);
    o.insert(u"state"_s, toString(step.state));
    o.insert(u"held"_s, step.held);
    o.insert(u"releasedAt"_s, timeJson(step.releasedAt));
    o.insert(u"note"_s, step.note);
    return o;
}

const char *const rollbackStates[] = {"", "reverting", "reverted", "failed"};

QJsonObject rollbackJson(const WaveRollback &rollback)
{
    if (rollback.state == WaveRollback::State::None)
        return {};
    return {{u"state"_s, QLatin1String(rollbackStates[int(rollback.state)])},
            {u"by"_s, rollback.by},
            {u"reason"_s, rollback.reason},
            {u"at"_s, timeJson(rollback.at)},
            {u"onto"_s, rollback.onto},
            {u"commit"_s, rollback.commit},
            {u"error"_s, rollback.error}};
}

WaveRollback rollbackFrom(const QJsonObject &o)
{
    WaveRollback rollback;
    const QString state = o.value("state"_L1).toString();
    for (int i = 1; i < 4; ++i)
        if (state == QLatin1String(rollbackStates[i]))
            rollback.state = WaveRollback::State(i);
    rollback.by = o.value("by"_L1).toString();
    rollback.reason = o.value("reason"_L1).toString();
    rollback.at = timeFrom(o.value("at"_L1));
    rollback.onto = o.value("onto"_L1).toString();
    rollback.commit = o.value("commit"_L1).toString();
    rollback.error = o.value("error"_L1).toString();
    return rollback;
}

QJsonObject waveJson(const WaveRun &wave)
{
    QJsonArray apps;
    for (const AppStep &step : wave.apps)
        apps.append(stepJson(step));
    QJsonArray samples;
    for (const HealthSample &sample : wave.samples)
        samples.append(QJsonArray{sample.at.toMSecsSinceEpoch(), sample.healthy, sample.released});
    return {{u"name"_s, wave.name},
            {u"state"_s, toString(wave.state)},
            {u"samples"_s, samples},
            {u"maxParallel"_s, wave.maxParallel},
            {u"apps"_s, apps},
            {u"releasedAt"_s, timeJson(wave.releasedAt)},
            {u"healthySince"_s, timeJson(wave.healthySince)},
            {u"bakeUntil"_s, timeJson(wave.bakeUntil)},
            {u"approvedBy"_s, wave.approvedBy},
            {u"approvalReason"_s, wave.approvalReason},
            {u"approvedAt"_s, timeJson(wave.approvedAt)},
            {u"signedOffBy"_s, wave.signedOffBy},
            {u"signedOffAt"_s, timeJson(wave.signedOffAt)},
            {u"rollback"_s, rollbackJson(wave.rollback)},
            {u"why"_s, wave.why}};
}

} // namespace

QString toString(RunState state)
{
    switch (state) {
    case RunState::Running: return u"running"_s;
    case RunState::Paused: return u"paused"_s;
    case RunState::Halted: return u"halted"_s;
    case RunState::Stopped: return u"stopped"_s;
    case RunState::Finished: break;
    }
    return u"finished"_s;
}

QString toString(WaveState state)
{
    switch (state) {
    case WaveState::Pending: return u"pending"_s;
    case WaveState::Holding: return u"holding"_s;
    case WaveState::AwaitingApproval: return u"awaiting approval"_s;
    case WaveState::Releasing: return u"releasing"_s;
    case WaveState::Verifying: return u"verifying"_s;
    case WaveState::Baking: return u"baking"_s;
    case WaveState::AwaitingSignOff: return u"awaiting sign-off"_s;
    case WaveState::Passed: return u"passed"_s;
    case WaveState::Halted: return u"halted"_s;
    case WaveState::Failed: return u"failed"_s;
    case WaveState::RolledBack: break;
    }
    return u"rolled back"_s;
}

QString toString(AppStepState state)
{
    switch (state) {
    case AppStepState::Pending: return u"pending"_s;
    case AppStepState::Held: return u"held"_s;
    case AppStepState::Releasing: return u"releasing"_s;
    case AppStepState::Released: return u"released"_s;
    case AppStepState::Skipped: break;
    }
    return u"skipped"_s;
}

std::optional<RunState> runStateFrom(const QString &text)
{
    return fromWords(text, AllRunStates);
}
std::optional<WaveState> waveStateFrom(const QString &text)
{
    return fromWords(text, AllWaveStates);
}
std::optional<AppStepState> appStepStateFrom(const QString &text)
{
    return fromWords(text, AllAppStates);
}

QString describeEvent(const RunEvent &event)
{
    return u"%1  %2%3%4"_s.arg(event.at.toLocalTime().toString(u"HH:mm:ss"_s), event.what,
                               event.why.isEmpty() ? QString() : u" — "_s + event.why,
                               event.who == "runner"_L1 ? QString() : u" (%1)"_s.arg(event.who));
}

int RolloutRun::currentWave() const
{
    int index = 0;
    while (index < waves.size() && waves.at(index).state == WaveState::Passed)
        ++index;
    return index;
}

void RolloutRun::record(const RunEvent &event)
{
    events.append(event);
    if (events.size() > 1000)
        events.remove(0, events.size() - 1000);
}

AppStep *RolloutRun::step(const QString &appKey, int *wave)
{
    for (int w = 0; w < waves.size(); ++w)
        for (AppStep &step : waves[w].apps)
            if (step.app.app.key() == appKey) {
                if (wave)
                    *wave = w;
                return &step;
            }
    return nullptr;
}

RolloutRun newRun(const WavePlan &plan, const QByteArray &yaml, const QString &file,
                  const PlanResolution &resolution, const QString &who, const QDateTime &now)
{
    RolloutRun run;
    run.id = u"%1-%2"_s.arg(plan.name, now.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    run.planFile = file;
    run.planYaml = yaml;
    run.plan = plan;
    run.unselected = resolution.unselected;
    run.startedBy = who;
    run.startedAt = now;
    // Every app of a later wave is held, not only those the dry run saw auto-syncing: the pause
    // asks the server, and skips an app whose auto-sync is off there.
    for (const ResolvedWave &resolved : resolution.waves) {
        const bool later = !run.waves.isEmpty();
        WaveRun wave;
        wave.name = resolved.name;
        wave.maxParallel = qMax(1, resolved.maxParallel);
        bool holds = false;
        for (const ResolvedApp &app : resolved.apps) {
            AppStep step;
            step.app = app;
            step.held = later;
            holds = holds || step.held;
            wave.apps.append(step);
        }
        wave.state = holds ? WaveState::Holding : WaveState::Pending;
        run.waves.append(wave);
    }
    run.holdsPlaced = std::none_of(run.waves.cbegin(), run.waves.cend(),
                                   [](const WaveRun &wave) { return wave.state == WaveState::Holding; });
    run.record(RunEvent{now, who, -1, u"started"_s,
                        u"target %1, %2 waves"_s.arg(plan.revision.left(7)).arg(run.waves.size())});
    return run;
}

QByteArray toDocument(const RolloutRun &run)
{
    QJsonArray waves;
    for (const WaveRun &wave : run.waves)
        waves.append(waveJson(wave));
    QJsonArray unselected;
    for (const ResolvedApp &app : run.unselected)
        unselected.append(appJson(app));
    QJsonArray events;
    for (const RunEvent &event : run.events)
        events.append(QJsonObject{{u"at"_s, timeJson(event.at)},
                                  {u"who"_s, event.who},
                                  {u"wave"_s, event.wave},
                                  {u"what"_s, event.what},
                                  {u"why"_s, event.why}});
    const QJsonObject o{{u"format"_s, 1},
                        {u"id"_s, run.id},
                        {u"planFile"_s, run.planFile},
                        {u"planYaml"_s, QString::fromUtf8(run.planYaml)},
                        {u"state"_s, toString(run.state)},
                        {u"stateReason"_s, run.stateReason},
                        {u"stateBy"_s, run.stateBy},
                        {u"holdsPlaced"_s, run.holdsPlaced},
                        {u"startedBy"_s, run.startedBy},
                        {u"startedAt"_s, timeJson(run.startedAt)},
                        {u"finishedAt"_s, timeJson(run.finishedAt)},
                        {u"driver"_s, run.driver},
                        {u"heartbeat"_s, timeJson(run.heartbeat)},
                        {u"waves"_s, waves},
                        {u"unselected"_s, unselected},
                        {u"events"_s, events}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<RolloutRun> runFromDocument(const QByteArray &document)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (!json.isObject())
        return Error{u"the stored rollout is not readable: %1"_s.arg(error.errorString())};
    const QJsonObject o = json.object();
    if (o.value("format"_L1).toInt() != 1)
        return Error{u"the stored rollout has a format this Sextant does not know"_s};
    RolloutRun run;
    run.id = o.value("id"_L1).toString();
    run.planFile = o.value("planFile"_L1).toString();
    run.planYaml = o.value("planYaml"_L1).toString().toUtf8();
    const ParsedPlan parsed = parseWavePlan(run.planYaml);
    if (!parsed.plan)
        return Error{u"the stored plan of rollout %1 no longer validates: %2"_s.arg(
            run.id, parsed.problems.value(0).message)};
    run.plan = *parsed.plan;
    const auto state = runStateFrom(o.value("state"_L1).toString());
    if (!state)
        return Error{u"the stored rollout %1 has an unknown state"_s.arg(run.id)};
    run.state = *state;
    run.stateReason = o.value("stateReason"_L1).toString();
    run.stateBy = o.value("stateBy"_L1).toString();
    run.holdsPlaced = o.value("holdsPlaced"_L1).toBool();
    run.startedBy = o.value("startedBy"_L1).toString();
    run.startedAt = timeFrom(o.value("startedAt"_L1));
    run.finishedAt = timeFrom(o.value("finishedAt"_L1));
    run.driver = o.value("driver"_L1).toString();
    run.heartbeat = timeFrom(o.value("heartbeat"_L1));
    for (const QJsonValue &value : o.value("waves"_L1).toArray()) {
        const QJsonObject w = value.toObject();
        WaveRun wave;
        wave.name = w.value("name"_L1).toString();
        wave.state = waveStateFrom(w.value("state"_L1).toString()).value_or(WaveState::Pending);
        wave.maxParallel = qMax(1, w.value("maxParallel"_L1).toInt());
        for (const QJsonValue &appValue : w.value("apps"_L1).toArray()) {
            const QJsonObject a = appValue.toObject();
            AppStep step;
            step.app = appFrom(a);
            step.state = appStepStateFrom(a.value("state"_L1).toString()).value_or(AppStepState::Pending);
            step.held = a.value("held"_L1).toBool();
            step.releasedAt = timeFrom(a.value("releasedAt"_L1));
            step.note = a.value("note"_L1).toString();
            wave.apps.append(step);
        }
        wave.releasedAt = timeFrom(w.value("releasedAt"_L1));
        wave.healthySince = timeFrom(w.value("healthySince"_L1));
        wave.bakeUntil = timeFrom(w.value("bakeUntil"_L1));
        wave.approvedBy = w.value("approvedBy"_L1).toString();
        wave.approvalReason = w.value("approvalReason"_L1).toString();
        wave.approvedAt = timeFrom(w.value("approvedAt"_L1));
        wave.signedOffBy = w.value("signedOffBy"_L1).toString();
        wave.signedOffAt = timeFrom(w.value("signedOffAt"_L1));
        wave.why = w.value("why"_L1).toString();
        wave.rollback = rollbackFrom(w.value("rollback"_L1).toObject());
        for (const QJsonValue &sample : w.value("samples"_L1).toArray()) {
            const QJsonArray values = sample.toArray();
            wave.samples.append(
                HealthSample{QDateTime::fromMSecsSinceEpoch(qint64(values.at(0).toDouble()), QTimeZone::UTC),
                             values.at(1).toInt(), values.at(2).toInt()});
        }
        run.waves.append(wave);
    }
    for (const QJsonValue &value : o.value("unselected"_L1).toArray())
        run.unselected.append(appFrom(value.toObject()));
    for (const QJsonValue &value : o.value("events"_L1).toArray()) {
        const QJsonObject e = value.toObject();
        run.events.append(RunEvent{timeFrom(e.value("at"_L1)), e.value("who"_L1).toString(),
                                   e.value("wave"_L1).toInt(-1), e.value("what"_L1).toString(),
                                   e.value("why"_L1).toString()});
    }
    if (run.waves.size() != run.plan.waves.size())
        return Error{u"the stored rollout %1 does not match its plan's waves"_s.arg(run.id)};
    return run;
}

} // namespace sextant::rollout
