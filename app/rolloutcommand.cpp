#include "app/rolloutcommand.h"

#include "model/argocd/argocdbackend.h"
#include "model/git/gitlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace sextant {

using namespace Qt::StringLiterals;

namespace {

QJsonArray appsJson(const QList<rollout::ResolvedApp> &apps)
{
    QJsonArray items;
    for (const rollout::ResolvedApp &app : apps)
        items.append(QJsonObject{{u"instance"_s, app.app.instance},
                                 {u"namespace"_s, app.app.appNamespace},
                                 {u"name"_s, app.app.name},
                                 {u"cluster"_s, app.cluster}});
    return items;
}

QString at(const QDateTime &start, std::chrono::seconds offset)
{
    return start.addSecs(offset.count()).toUTC().toString(Qt::ISODate);
}

} // namespace

QByteArray formatPlanProblems(const QString &file, const QList<rollout::PlanProblem> &problems)
{
    QByteArray out;
    for (const rollout::PlanProblem &problem : problems)
        out += u"%1:%2:%3: %4\n"_s.arg(file)
                   .arg(problem.at.line)
                   .arg(problem.at.column)
                   .arg(problem.message)
                   .toUtf8();
    return out;
}

QByteArray formatPlanResolution(const rollout::WavePlan &plan, const rollout::PlanResolution &resolution,
                                const QDateTime &start, bool json)
{
    if (json) {
        QJsonArray waves;
        for (const rollout::ResolvedWave &wave : resolution.waves) {
            QJsonObject item{{u"name"_s, wave.name},
                             {u"apps"_s, appsJson(wave.apps)},
                             {u"gates"_s, QJsonArray::fromStringList(wave.gates)},
                             {u"held"_s, appsJson(wave.held)},
                             {u"maxParallel"_s, wave.maxParallel},
                             {u"earliestStart"_s, at(start, wave.earliestStart)},
                             {u"earliestFinish"_s, at(start, wave.earliestFinish)}};
            if (!wave.windowNote.isEmpty())
                item.insert(u"syncWindow"_s, wave.windowNote);
            waves.append(item);
        }
        const QJsonObject root{{u"plan"_s, plan.name},
                               {u"target"_s, plan.revision},
                               {u"waves"_s, waves},
                               {u"unselected"_s, appsJson(resolution.unselected)}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    QString out = u"Plan %1: target %2\n"_s.arg(plan.name, plan.revision.left(12));
    for (qsizetype i = 0; i < resolution.waves.size(); ++i) {
        const rollout::ResolvedWave &wave = resolution.waves[i];
        const QString count = wave.apps.size() == 1 ? u"1 app"_s : u"%1 apps"_s.arg(wave.apps.size());
        out += u"\nWave %1 %2: %3, %4 at a time, earliest %5 → %6\n"_s.arg(i + 1)
                   .arg(wave.name, count)
                   .arg(wave.maxParallel)
                   .arg(at(start, wave.earliestStart), at(start, wave.earliestFinish));
        out += u"  gates: %1\n"_s.arg(wave.gates.join(u"; "_s));
        for (const rollout::ResolvedApp &app : wave.apps)
            out +=
                u"  %1  %2  %3/%4\n"_s.arg(app.app.instance, app.cluster, app.app.appNamespace, app.app.name);
    }
    out += u"\nUnselected (covered by the selection, in no wave): %1\n"_s.arg(resolution.unselected.size());
    for (const rollout::ResolvedApp &app : resolution.unselected)
        out += u"  %1  %2  %3/%4\n"_s.arg(app.app.instance, app.cluster, app.app.appNamespace, app.app.name);
    return out.toUtf8();
}

int runRollout(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sextant"_s);
    git::GitLibrary library;
    // Scripts read stderr as problems, one per line; QT_LOGGING_RULES brings the log back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"sextant.*=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Dry-run a wave plan against the live fleet."_s);
    parser.addHelpOption();
    const QCommandLineOption context(u"context"_s, u"argocd CLI context (repeatable)."_s, u"name"_s);
    const QCommandLineOption server(u"server"_s, u"Argo CD server URL."_s, u"url"_s);
    const QCommandLineOption token(u"token"_s, u"Bearer token (else ARGOCD_AUTH_TOKEN)."_s, u"token"_s);
    const QCommandLineOption insecure(u"insecure"_s, u"Skip TLS certificate verification."_s);
    const QCommandLineOption plaintext(u"plaintext"_s, u"Use plain HTTP."_s);
    const QCommandLineOption format(u"format"_s, u"json or table."_s, u"format"_s, u"table"_s);
    parser.addOptions({context, server, token, insecure, plaintext, format});
    parser.addPositionalArgument(u"rollout"_s, u"rollout"_s);
    parser.addPositionalArgument(u"plan"_s, u"plan"_s);
    parser.addPositionalArgument(u"file"_s, u"the WavePlan YAML file"_s);
    parser.process(app);

    const auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "sextant rollout: %s\n", qPrintable(message));
        return code;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != "plan"_L1)
        return fail(u"use sextant rollout plan|start|status|pause|resume|approve|abort FILE"_s, 2);
    const QString fileName = positional.value(2);
    if (fileName.isEmpty())
        return fail(u"say which plan: sextant rollout plan FILE"_s, 2);
    const QString formatName = parser.value(format);
    if (formatName != "json"_L1 && formatName != "table"_L1)
        return fail(u"--format must be json or table"_s, 2);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(fileName, file.errorString()), 2);
    const rollout::ParsedPlan parsed = rollout::parseWavePlan(file.readAll());
    if (!parsed.plan) {
        const QByteArray lines = formatPlanProblems(fileName, parsed.problems);
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);
        return 2;
    }

    argocd::ConnectionOptions options;
    options.contexts = parser.values(context);
    options.server = parser.value(server);
    options.token = parser.value(token);
    options.insecure = parser.isSet(insecure);
    options.plainText = parser.isSet(plaintext);
    options.source = u"command line"_s;
    auto configs = argocd::instancesFromOptions(options, true);
    if (!configs)
        return fail(configs.errorMessage(), 2);
    if (configs->isEmpty())
        return fail(u"say which controllers: --context NAME (repeatable), or --server URL --token T"_s, 2);

    std::vector<std::unique_ptr<ControllerBackend>> backends;
    QList<Application> applications;
    QList<Cluster> clusters;
    QList<Project> projects;
    int waiting = int(configs->size());
    int exitCode = -1;
    const auto finish = [&](int code) {
        if (exitCode >= 0)
            return;
        exitCode = code;
        for (const auto &backend : backends)
            backend->stop();
        QCoreApplication::quit();
    };
    for (const argocd::InstanceConfig &config : std::as_const(*configs)) {
        backends.push_back(argocd::makeBackend(config));
        ControllerBackend *backend = backends.back().get();
        backend->setRetryDelays(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
        QObject::connect(
            backend, &ControllerBackend::snapshotLoaded, &app, [&, backend](const FleetSnapshot &snapshot) {
                if (exitCode >= 0)
                    return;
                for (Application application : snapshot.applications) {
                    application.instance = backend->instanceName();
                    applications.append(application);
                }
                for (Cluster cluster : snapshot.clusters) {
                    cluster.instance = backend->instanceName();
                    clusters.append(cluster);
                }
                for (Project project : snapshot.projects) {
                    project.instance = backend->instanceName();
                    projects.append(project);
                }
                if (--waiting > 0)
                    return;
                const QDateTime start = QDateTime::currentDateTimeUtc();
                const rollout::PlanResolution resolution =
                    rollout::resolvePlan(*parsed.plan, applications, clusters, {projects, start});
                if (!resolution.problems.isEmpty()) {
                    const QByteArray lines = formatPlanProblems(fileName, resolution.problems);
                    std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);
                    return finish(2);
                }
                const QByteArray out =
                    formatPlanResolution(*parsed.plan, resolution, start, formatName == "json"_L1);
                std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
                std::fflush(stdout);
                finish(0);
            });
        QObject::connect(backend, &ControllerBackend::stateChanged, &app,
                         [&, backend](ControllerBackend::State state, const QString &message) {
                             using State = ControllerBackend::State;
                             if (state != State::AuthFailed && state != State::Failed)
                                 return;
                             fail(u"%1: %2"_s.arg(backend->instanceName(), message), 0);
                             finish(state == State::AuthFailed ? 3 : 1);
                         });
        QTimer::singleShot(0, backend, [backend] { backend->start(); });
    }
    QCoreApplication::exec();
    return exitCode < 0 ? 1 : exitCode;
}

} // namespace sextant
