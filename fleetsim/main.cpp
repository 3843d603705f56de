// sextant-fleetsim: an Argo CD-compatible API server over real Git
// repositories. Prints one JSON line on stdout when ready, then logs to stderr.
#include "fleetsim/fleetsim.h"
#include "model/git/gitlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

using namespace sextant::fleetsim;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "sextant-fleetsim: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sextant-fleetsim"));
    sextant::git::GitLibrary git;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("An Argo CD-compatible API server over real Git repositories."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (127.0.0.1:0)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Fleet seed YAML."),
                                  QStringLiteral("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the Git repositories live."),
                                     QStringLiteral("dir"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Scenario YAML, or 'none'."),
                                      QStringLiteral("file"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Share of REST calls failing 500/503."),
                                       QStringLiteral("fraction"), QStringLiteral("0"));
    const QCommandLineOption dropStreams(QStringLiteral("drop-streams-every"),
                                         QStringLiteral("Drop every watch stream every S seconds."),
                                         QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption malformed(QStringLiteral("malformed-rate"),
                                       QStringLiteral("Share of stream messages cut short."),
                                       QStringLiteral("fraction"), QStringLiteral("0"));
    const QCommandLineOption truncatedLists(QStringLiteral("truncated-list-rate"),
                                            QStringLiteral("Share of application lists cut in half."),
                                            QStringLiteral("fraction"), QStringLiteral("0"));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      QStringLiteral("A synthetic fleet: clusters=N,apps=N[,outofsync=N]."),
                                      QStringLiteral("spec"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (HTTPS)."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key."),
                                    QStringLiteral("file"));
    const QCommandLineOption password(QStringLiteral("admin-password"),
                                      QStringLiteral("Password of user admin."), QStringLiteral("password"),
                                      QStringLiteral("password"));
    const QCommandLineOption gitPoll(QStringLiteral("git-poll-seconds"),
                                     QStringLiteral("How often to look for commits."),
                                     QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption progressing(QStringLiteral("progressing-seconds"),
                                         QStringLiteral("How long a changed workload is Progressing."),
                                         QStringLiteral("seconds"), QStringLiteral("8"));
    const QCommandLineOption operation(QStringLiteral("operation-ms"),
                                       QStringLiteral("How long a sync runs."), QStringLiteral("ms"),
                                       QStringLiteral("1000"));
    const QCommandLineOption keepAlive(QStringLiteral("sse-keepalive-ms"),
                                       QStringLiteral("SSE keep-alive interval."), QStringLiteral("ms"),
                                       QStringLiteral("15000"));
    const QCommandLineOption serverNamespace(
        QStringLiteral("namespace"),
        QStringLiteral("The namespace Argo CD runs in (argocd); apps may live in others."),
        QStringLiteral("name"), QStringLiteral("argocd"));
    const QCommandLineOption session(QStringLiteral("session-seconds"),
                                     QStringLiteral("Lifetime of login tokens."), QStringLiteral("seconds"),
                                     QStringLiteral("86400"));
    const QCommandLineOption kustomize(QStringLiteral("kustomize"),
                                       QStringLiteral("The kustomize program (kustomize, on PATH)."),
                                       QStringLiteral("program"), QStringLiteral("kustomize"));
    parser.addOptions({listen,    seed,        dataDir,   scenario,        latency,
                       errorRate, dropStreams, malformed, truncatedLists,  generate,
                       tlsCert,   tlsKey,      password,  gitPoll,         progressing,
                       operation, keepAlive,   session,   serverNamespace, kustomize});
    parser.process(app);

    FleetSimConfig config;
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(u':');
    bool portOk = false;
    config.listenAddress = address.left(colon).remove(u'[').remove(u']');
    config.port = quint16(address.mid(colon + 1).toUInt(&portOk));
    if (colon < 0 || !portOk)
        fail(QStringLiteral("--listen wants host:port, got '%1'").arg(address));
    config.seedPath = parser.value(seed);
    config.generate = parser.value(generate);
    if (config.seedPath.isEmpty() && config.generate.isEmpty())
        fail(QStringLiteral("give --seed FILE or --generate clusters=N,apps=N"));
    config.dataDir = parser.value(dataDir);
    if (config.dataDir.isEmpty())
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    config.scenarioPath = parser.value(scenario);
    config.tlsCertificate = parser.value(tlsCert);
    config.tlsKey = parser.value(tlsKey);
    config.adminPassword = parser.value(password);
    config.serverNamespace = parser.value(serverNamespace);
    config.kustomize = parser.value(kustomize);
    config.sessionSeconds = parser.value(session).toLongLong();
    config.api.latencyMs = parser.value(latency).toInt();
    config.api.errorRate = parser.value(errorRate).toDouble();
    config.api.dropStreamsEverySeconds = parser.value(dropStreams).toInt();
    config.api.malformedRate = parser.value(malformed).toDouble();
    config.api.truncatedListRate = parser.value(truncatedLists).toDouble();
    config.api.sseKeepAliveMs = std::max(50, parser.value(keepAlive).toInt());
    config.controller.gitPollMs = std::max(100, int(parser.value(gitPoll).toDouble() * 1000));
    config.controller.progressingMs = qint64(parser.value(progressing).toDouble() * 1000);
    config.controller.operationDelayMs = parser.value(operation).toInt();

    FleetSim sim(config);
    auto endpoint = sim.start();
    if (!endpoint)
        fail(endpoint.errorMessage());
    std::fprintf(stdout, "%s\n", endpoint->readyLine().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
