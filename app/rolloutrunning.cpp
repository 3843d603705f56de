#include "app/rolloutrunning.h"

#include "app/commandsupport.h"
#include "model/actions/actionservice.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/git/gitlibrary.h"
#include "model/rollout/rolloutrunner.h"
#include "model/storage/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sextant {

using namespace cli;
using namespace rollout;

namespace {

enum ExitCode {
    ExitOk = 0,
    ExitUnreachable = 1,
    ExitUsage = 2,
    ExitAuth = 3,
    ExitHalted = 4,
    ExitStopped = 5,
    ExitWaiting = 10,
    ExitInterrupted = 130
};

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

QJsonObject statusJson(const RolloutRun &run)
{
    QJsonArray waves;
    for (const WaveRun &wave : run.waves) {
        QJsonArray apps;
        for (const AppStep &step : wave.apps)
            apps.append(QJsonObject{{u"instance"_s, step.app.app.instance},
                                    {u"namespace"_s, step.app.app.appNamespace},
                                    {u"name"_s, step.app.app.name},
                                    {u"cluster"_s, step.app.cluster},
                                    {u"state"_s, toString(step.state)},
                                    {u"note"_s, step.note}});
        waves.append(QJsonObject{{u"name"_s, wave.name},
                                 {u"state"_s, toString(wave.state)},
                                 {u"why"_s, wave.why},
                                 {u"approvedBy"_s, wave.approvedBy},
                                 {u"signedOffBy"_s, wave.signedOffBy},
                                 {u"apps"_s, apps}});
    }
    QJsonArray events;
    for (const RunEvent &event : run.events)
        events.append(QJsonObject{{u"at"_s, event.at.toString(Qt::ISODate)},
                                  {u"who"_s, event.who},
                                  {u"what"_s, event.what},
                                  {u"why"_s, event.why}});
    return {{u"id"_s, run.id},
            {u"plan"_s, run.plan.name},
            {u"target"_s, run.plan.revision},
            {u"state"_s, toString(run.state)},
            {u"reason"_s, run.stateReason},
            {u"startedBy"_s, run.startedBy},
            {u"startedAt"_s, run.startedAt.toString(Qt::ISODate)},
            {u"driver"_s, run.driver},
            {u"holdsPlaced"_s, run.holdsPlaced},
            {u"waves"_s, waves},
            {u"events"_s, events}};
}

void printStatus(const RolloutRun &run)
{
    printTo(stdout, u"%1  %2  target %3  started by %4 at %5"_s.arg(
                        run.plan.name, toString(run.state), run.plan.revision.left(7), run.startedBy,
                        run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    if (!run.stateReason.isEmpty())
        printTo(stdout, u"  %1"_s.arg(run.stateReason));
    for (const WaveRun &wave : run.waves) {
        int released = 0;
        for (const AppStep &step : wave.apps)
            released += step.state == AppStepState::Released ? 1 : 0;
        printTo(stdout, u"  %1  %2  %3/%4 released%5"_s
                            .arg(wave.name.leftJustified(14), toString(wave.state).leftJustified(18))
                            .arg(released)
                            .arg(wave.apps.size())
                            .arg(wave.why.isEmpty() ? QString() : u"  "_s + wave.why));
    }
}

// The wave waiting for a person (approval or sign-off), or -1.
int waveAwaitingPerson(const RolloutRun &run)
{
    const int w = run.currentWave();
    if (w >= run.waves.size())
        return -1;
    const WaveRun &wave = run.waves.at(w);
    const bool waiting = (wave.state == WaveState::AwaitingApproval && wave.approvedBy.isEmpty()) ||
                         (wave.state == WaveState::AwaitingSignOff && wave.signedOffBy.isEmpty());
    return waiting ? w : -1;
}

} // namespace

int runRolloutRun(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the window, so the same database (journal, ledger and runs).
    QCoreApplication::setOrganizationName(u"Sextant"_s);
    QCoreApplication::setApplicationName(u"Sextant"_s);
    git::GitLibrary library;
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"sextant.*=false"_s);
    const QString command = QString::fromLocal8Bit(argv[2]);
    const auto fail = [&](const QString &message, int code) {
        printTo(stderr, u"sextant rollout %1: %2"_s.arg(command, message));
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run a wave plan: start, status, pause, resume, approve or abort."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"context"_s, u"argocd CLI context (repeatable)."_s, u"name"_s},
        {u"server"_s, u"Argo CD server URL."_s, u"url"_s},
        {u"token"_s, u"Bearer token (else ARGOCD_AUTH_TOKEN)."_s, u"token"_s},
        {u"insecure"_s, u"Skip TLS certificate verification."_s},
        {u"plaintext"_s, u"Use plain HTTP."_s},
        {u"store"_s, u"The local database (default: Sextant's own)."_s, u"path"_s},
        {u"reason"_s, u"Why (journaled)."_s, u"text"_s},
        {u"wave"_s, u"approve: the wave (default: the one waiting)."_s, u"name"_s},
        {u"format"_s, u"status: table or json."_s, u"format"_s, u"table"_s},
        {u"yes"_s, u"start: do not ask for confirmation."_s},
    });
    parser.addPositionalArgument(u"rollout"_s, u"rollout"_s);
    parser.addPositionalArgument(u"command"_s, u"start, status, pause, resume, approve or abort"_s);
    parser.addPositionalArgument(u"file"_s, u"the WavePlan YAML file"_s);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(u"help"_s)) {
        printTo(stdout, parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString fileName = positional.value(2);
    if (fileName.isEmpty() || positional.size() > 3)
        return fail(u"usage: sextant rollout %1 FILE"_s.arg(command), ExitUsage);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(fileName, file.errorString()), ExitUsage);
    const QByteArray yaml = file.readAll();
    const ParsedPlan parsed = parseWavePlan(yaml);
    if (!parsed.plan) {
        for (const PlanProblem &problem : parsed.problems)
            printTo(stderr, u"%1:%2:%3: %4"_s.arg(fileName)
                                .arg(problem.at.line)
                                .arg(problem.at.column)
                                .arg(problem.message));
        return ExitUsage;
    }
    const QString reason = parser.value(u"reason"_s).trimmed();
    if ((command == "pause"_L1 || command == "abort"_L1 || command == "approve"_L1) && reason.isEmpty())
        return fail(u"say why: --reason TEXT (it is journaled)"_s, ExitUsage);
    const bool drive = command == "start"_L1 || command == "resume"_L1;
    if (drive && command == "start"_L1 && !parser.isSet(u"yes"_s) && !isatty(STDIN_FILENO))
        return fail(u"refusing to start without confirmation: there is no terminal to ask on. Pass --yes to "
                    "confirm in a script."_s,
                    ExitUsage);

    FleetStore store;
    FleetConnector connector(&store);
    if (drive) {
        QString error;
        const auto configs = instancesFrom(parser, &error);
        if (!configs)
            return fail(error, ExitUsage);
        if (auto connected = connectAll(connector, *configs); !connected) {
            const bool auth = connected.errorMessage().contains(u"401"_s) ||
                              connected.errorMessage().contains(u"token"_s, Qt::CaseInsensitive);
            return fail(connected.errorMessage(), auth ? ExitAuth : ExitUnreachable);
        }
        store.flush();
    }
    const QString storePath = parser.isSet(u"store"_s) ? parser.value(u"store"_s) : LocalStore::defaultPath();
    ActionService service(&store, &connector, storePath);
    if (const std::optional<QString> storeError = startActionService(service))
        return fail(u"the local database %1 cannot be used: %2"_s.arg(storePath, *storeError), ExitUsage);

    RolloutRunner runner(&store, &service, storePath);
    {
        QEventLoop loaded;
        QObject::connect(&runner, &RolloutRunner::runsLoaded, &loaded, &QEventLoop::quit);
        QObject::connect(&runner, &RolloutRunner::problem, &loaded,
                         [&](const QString &, const QString &message) {
                             printTo(stderr, message);
                             loaded.quit();
                         });
        runner.load();
        loaded.exec();
    }
    const std::optional<RolloutRun> latest = runner.latestRunOf(parsed.plan->name);
    if (command == "status"_L1) {
        if (!latest)
            return fail(u"the plan %1 has not been started here"_s.arg(parsed.plan->name), ExitUsage);
        if (parser.value(u"format"_s) == "json"_L1)
            printTo(stdout,
                    QString::fromUtf8(QJsonDocument(statusJson(*latest)).toJson(QJsonDocument::Indented)));
        else
            printStatus(*latest);
        return ExitOk;
    }
    if (command != "start"_L1 && !latest)
        return fail(u"the plan %1 has not been started here"_s.arg(parsed.plan->name), ExitUsage);

    // Steering: one change, stored, then done.
    std::optional<QString> problem;
    QString id = latest ? latest->id : QString();
    const auto steer = [&](const std::function<void()> &action) {
        QEventLoop loop;
        QObject::connect(&runner, &RolloutRunner::runChanged, &loop, &QEventLoop::quit);
        QObject::connect(&runner, &RolloutRunner::problem, &loop,
                         [&](const QString &, const QString &message) {
                             problem = message;
                             loop.quit();
                         });
        action();
        loop.exec();
    };
    if (command == "pause"_L1 || command == "abort"_L1 || command == "approve"_L1) {
        if (command == "pause"_L1)
            steer([&] { runner.pause(id, reason); });
        else if (command == "abort"_L1)
            steer([&] { runner.abort(id, reason); });
        else {
            int wave = waveAwaitingPerson(*latest);
            if (parser.isSet(u"wave"_s)) {
                wave = -1;
                for (int w = 0; w < latest->waves.size(); ++w)
                    if (latest->waves.at(w).name == parser.value(u"wave"_s))
                        wave = w;
                if (wave < 0)
                    return fail(u"the plan has no wave %1"_s.arg(parser.value(u"wave"_s)), ExitUsage);
            }
            if (wave < 0)
                return fail(u"no wave is waiting for an approval or a sign-off; name one with --wave"_s,
                            ExitUsage);
            if (latest->waves.at(wave).state == WaveState::AwaitingSignOff)
                steer([&] { runner.signOff(id, wave, reason); });
            else
                steer([&] { runner.approve(id, wave, reason); });
        }
        if (problem)
            return fail(*problem, ExitUsage);
        printStatus(*runner.run(id));
        return ExitOk;
    }
    if (command != "start"_L1 && command != "resume"_L1)
        return fail(u"unknown command; use start, status, pause, resume, approve or abort"_s, ExitUsage);

    if (command == "start"_L1) {
        QList<const Application *> apps;
        for (const Application &application : store.applications())
            apps << &application;
        const PlanResolution resolution = resolvePlan(*parsed.plan, apps, store.clusters(),
                                                      {store.projects(), QDateTime::currentDateTimeUtc()});
        for (const PlanProblem &planProblem : resolution.problems)
            printTo(stderr, u"%1:%2:%3: %4"_s.arg(fileName)
                                .arg(planProblem.at.line)
                                .arg(planProblem.at.column)
                                .arg(planProblem.message));
        if (!resolution.problems.isEmpty())
            return ExitUsage;
        int total = 0;
        for (const ResolvedWave &wave : resolution.waves)
            total += int(wave.apps.size());
        printTo(stderr, u"%1: %2 waves, %3 apps, target %4"_s.arg(parsed.plan->name)
                            .arg(resolution.waves.size())
                            .arg(total)
                            .arg(parsed.plan->revision.left(7)));
        if (!parser.isSet(u"yes"_s) && !confirm(u"Start the rollout %1?"_s.arg(parsed.plan->name)))
            return fail(u"cancelled"_s, ExitUsage);
        QEventLoop loop;
        QObject::connect(&runner, &RolloutRunner::runStarted, &loop, [&](const QString &started) {
            id = started;
            loop.quit();
        });
        QObject::connect(&runner, &RolloutRunner::problem, &loop,
                         [&](const QString &, const QString &message) {
                             problem = message;
                             loop.quit();
                         });
        runner.start(*parsed.plan, yaml, fileName, resolution);
        loop.exec();
    } else {
        steer([&] { runner.resume(id, reason.isEmpty() ? u"resumed from the command line"_s : reason); });
    }
    if (problem)
        return fail(*problem, ExitUsage);

    // Drive until it ends, halts or waits for a person.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    int exitCode = -1;
    qsizetype printed = 0;
    QEventLoop driving;
    const auto look = [&] {
        const std::optional<RolloutRun> run = runner.run(id);
        if (!run || exitCode >= 0)
            return;
        for (; printed < run->events.size(); ++printed)
            printTo(stdout, describeEvent(run->events.at(printed)));
        if (g_interrupted) {
            runner.pauseForClose(u"console closed (interrupted)"_s);
            exitCode = ExitInterrupted;
        } else if (run->state == RunState::Finished) {
            exitCode = ExitOk;
        } else if (run->state == RunState::Halted) {
            printTo(stderr, u"halted: %1"_s.arg(run->stateReason));
            exitCode = ExitHalted;
        } else if (run->state == RunState::Stopped ||
                   (run->state == RunState::Paused && !runner.drives(id))) {
            printTo(stderr, u"%1 by %2: %3"_s.arg(toString(run->state), run->stateBy, run->stateReason));
            exitCode = ExitStopped;
        } else if (const int w = waveAwaitingPerson(*run); w >= 0) {
            const WaveRun &wave = run->waves.at(w);
            runner.pauseForClose(u"console closed: wave %1 is %2"_s.arg(wave.name, toString(wave.state)));
            printTo(stderr,
                    u"wave %1 is %2 (%3). Run: sextant rollout approve %4 --reason TEXT, then sextant "
                    "rollout resume %4"_s.arg(wave.name, toString(wave.state), wave.why, fileName));
            exitCode = ExitWaiting;
        }
        if (exitCode >= 0)
            driving.quit();
    };
    QObject::connect(&runner, &RolloutRunner::runChanged, &driving, look);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &driving, look);
    poll.start(100);
    look();
    if (exitCode < 0)
        driving.exec();
    return exitCode;
}

} // namespace sextant
