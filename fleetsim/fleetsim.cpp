#include "fleetsim/fleetsim.h"

#include "fleetsim/fleetstate.h"
#include "fleetsim/generator.h"
#include "fleetsim/githttpbackend.h"
#include "fleetsim/gitstore.h"
#include "fleetsim/rollingsync.h"
#include "fleetsim/scenario.h"
#include "model/argocd/actionwire.h"
#include "model/logging.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace sextant::fleetsim {

QByteArray FleetSimEndpoint::readyLine() const
{
    // Written by hand so the keys keep the documented order.
    const auto quoted = [](const QString &s) {
        return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    };
    return "{\"url\":" + quoted(url) + ",\"token\":" + quoted(token) +
           ",\"readonlyToken\":" + quoted(readonlyToken) + '}';
}

FleetSim::FleetSim(FleetSimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

FleetSim::~FleetSim() = default;

namespace {

QJsonObject newMetadata(const QString &name, const QString &ns, const QDateTime &created)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("namespace"), ns},
                       {QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("generation"), 1},
                       {QStringLiteral("creationTimestamp"), isoTime(created)}};
}

QJsonObject projectObject(const SeedProject &seed, const QString &ns, const QDateTime &created)
{
    QJsonObject spec{{QStringLiteral("sourceRepos"), seed.sourceRepos},
                     {QStringLiteral("destinations"),
                      seed.destinations.isEmpty()
                          ? QJsonArray{QJsonObject{{QStringLiteral("server"), QStringLiteral("*")},
                                                   {QStringLiteral("namespace"), QStringLiteral("*")}}}
                          : seed.destinations},
                     {QStringLiteral("clusterResourceWhitelist"),
                      QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("*")},
                                             {QStringLiteral("kind"), QStringLiteral("*")}}}}};
    if (!seed.description.isEmpty())
        spec.insert(QStringLiteral("description"), seed.description);
    if (!seed.syncWindows.isEmpty())
        spec.insert(QStringLiteral("syncWindows"), seed.syncWindows);
    return QJsonObject{{QStringLiteral("metadata"), newMetadata(seed.name, ns, created)},
                       {QStringLiteral("spec"), spec},
                       {QStringLiteral("status"), QJsonObject()}};
}

QJsonObject labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject json;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace

Status FleetSim::build(const FleetSeed &seed, int historyEntries)
{
    if (auto seeded = m_git->seed(seed.repositories); !seeded)
        return seeded;
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-30);
    for (const SeedCluster &c : seed.clusters)
        m_state->clusters[c.name] = SimCluster{c.name, c.server, c.labels, true, {}};
    const QString serverNamespace = m_state->serverNamespace;
    m_state->projects[QStringLiteral("default")] =
        SimProject{projectObject({QStringLiteral("default"), {}, {QStringLiteral("*")}, {}, {}},
                                 serverNamespace, created),
                   m_state->nextVersion()};
    for (const SeedProject &p : seed.projects)
        m_state->projects[p.name] =
            SimProject{projectObject(p, serverNamespace, created), m_state->nextVersion()};

    for (const SeedApplication &a : seed.applications) {
        const SimCluster &cluster = m_state->clusters.at(a.cluster);
        const QString repoUrl = m_git->urlFor(a.repository);
        const QString appNamespace = a.appNamespace.isEmpty() ? serverNamespace : a.appNamespace;
        QJsonObject metadata = newMetadata(a.name, appNamespace, created);
        if (!a.labels.isEmpty())
            metadata.insert(QStringLiteral("labels"), labelsJson(a.labels));
        QJsonObject spec{
            {QStringLiteral("project"), a.project},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("repoURL"), repoUrl},
                                                   {QStringLiteral("path"), a.path},
                                                   {QStringLiteral("targetRevision"), a.targetRevision}}},
            {QStringLiteral("destination"),
             QJsonObject{{QStringLiteral("server"), cluster.server},
                         {QStringLiteral("namespace"), a.destinationNamespace}}}};
        if (!a.syncPolicy.isEmpty())
            spec.insert(QStringLiteral("syncPolicy"), a.syncPolicy);
        if (!a.ignoreDifferences.isEmpty())
            spec.insert(QStringLiteral("ignoreDifferences"), a.ignoreDifferences);
        SimApp app;
        app.key = m_state->keyOf(appNamespace, a.name); // the tracking id's owner, before the first apply
        app.object =
            QJsonObject{{QStringLiteral("metadata"), metadata},
                        {QStringLiteral("spec"), spec},
                        {QStringLiteral("status"),
                         QJsonObject{{QStringLiteral("sync"),
                                      QJsonObject{{QStringLiteral("status"), QStringLiteral("Unknown")}}},
                                     {QStringLiteral("health"),
                                      QJsonObject{{QStringLiteral("status"), QStringLiteral("Unknown")}}}}}};
        auto target = m_git->resolve(repoUrl, a.targetRevision);
        if (!target)
            return Error{QStringLiteral("application %1: %2").arg(a.name, target.errorMessage())};
        auto deployed =
            a.deployedCommitsBehind > 0 ? m_git->ancestor(repoUrl, *target, a.deployedCommitsBehind) : target;
        m_controller->deployInitially(app, deployed ? *deployed : *target, historyEntries);
        m_state->addApp(std::move(app));
    }
    for (const SeedApplicationSet &a : seed.applicationSets) {
        SimAppSet set;
        QJsonObject spec{
            {QStringLiteral("generators"), QJsonArray{QJsonObject{{QStringLiteral("list"), QJsonObject()}}}},
            {QStringLiteral("template"),
             QJsonObject{{QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("{{name}}")}}},
                         {QStringLiteral("spec"), QJsonObject{{QStringLiteral("project"), a.project}}}}},
            {QStringLiteral("strategy"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("RollingSync")},
                         {QStringLiteral("rollingSync"), QJsonObject{{QStringLiteral("steps"), a.steps}}}}}};
        set.object = QJsonObject{{QStringLiteral("metadata"), newMetadata(a.name, serverNamespace, created)},
                                 {QStringLiteral("spec"), spec}};
        set.resourceVersion = m_state->nextVersion();
        for (auto &[key, app] : m_state->apps) {
            const QJsonObject labels = app.object.value(QStringLiteral("metadata"))
                                           .toObject()
                                           .value(QStringLiteral("labels"))
                                           .toObject();
            bool matches = true;
            for (auto it = a.appLabels.cbegin(); it != a.appLabels.cend(); ++it)
                matches = matches && labels.value(it.key()).toString() == it.value();
            if (!matches)
                continue;
            set.appKeys << key;
            // RollingSync turns auto-sync off on the apps it generates: it syncs them itself.
            QJsonObject spec = app.spec();
            QJsonObject policy = spec.value(QStringLiteral("syncPolicy")).toObject();
            policy.remove(QStringLiteral("automated"));
            spec.insert(QStringLiteral("syncPolicy"), policy);
            app.object.insert(QStringLiteral("spec"), spec);
        }
        m_state->appSets[a.name] = std::move(set);
    }
    // First comparison before anyone can ask, so the first list is complete.
    for (auto &[name, app] : m_state->apps)
        m_controller->reconcileNow(app);
    // Serialize once now, so the first list is as fast as the next.
    for (const auto &[name, app] : m_state->apps)
        app.listItemJson();
    return success();
}

Result<FleetSimEndpoint> FleetSim::start()
{
    FleetSeed seed;
    int historyEntries = 3;
    if (!m_config.generate.isEmpty()) {
        auto generated = generateSeed(m_config.generate);
        if (!generated)
            return generated.error();
        seed = *generated;
        historyEntries = 10;
    } else {
        auto loaded = loadSeed(m_config.seedPath);
        if (!loaded)
            return loaded.error();
        seed = *loaded;
    }
    if (m_config.dataDir.isEmpty())
        return Error{QStringLiteral("a data directory is required (--data-dir)")};

    m_state = std::make_unique<FleetState>();
    if (!m_config.serverNamespace.isEmpty())
        m_state->serverNamespace = m_config.serverNamespace;
    // Older servers (before v3.2) keep auto-syncing with automated.enabled=false.
    const argocd::ServerVersion version = argocd::parseServerVersion(m_config.api.version);
    m_state->honoursAutomatedEnabled = !version.known() || version.honoursAutomatedEnabled();
    m_git = std::make_unique<GitStore>(m_config.dataDir, KustomizeRenderer(m_config.kustomize));
    m_auth = std::make_unique<Auth>(m_config.sessionSeconds);
    m_auth->addUser(QStringLiteral("admin"), m_config.adminPassword, QStringLiteral("admin"));
    m_auth->addUser(QStringLiteral("readonly"), QStringLiteral("readonly"), QStringLiteral("readonly"));
    m_controller = std::make_unique<Controller>(*m_state, *m_git, m_config.controller);

    std::optional<QSslConfiguration> tls;
    if (!m_config.tlsCertificate.isEmpty() || !m_config.tlsKey.isEmpty()) {
        QFile certFile(m_config.tlsCertificate), keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read the TLS certificate or key")};
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return Error{QStringLiteral("the TLS certificate or key is not valid PEM")};
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = configuration;
    }
    // Listening first tells the port the repository URLs carry. Nothing is served before
    // this function returns to the event loop.
    m_api = std::make_unique<ApiServer>(*m_state, *m_controller, *m_git, *m_auth, m_config.api);
    if (auto listening = m_api->listen(QHostAddress(m_config.listenAddress), m_config.port, tls); !listening)
        return listening.error();
    connect(&m_api->gitHttp(), &GitHttpBackend::pushed, m_controller.get(), &Controller::pollGit);
    const QString host =
        m_config.listenAddress.contains(u':') ? u'[' + m_config.listenAddress + u']' : m_config.listenAddress;
    const QString url = QStringLiteral("%1://%2:%3")
                            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                            .arg(m_api->port());
    m_git->setBaseUrl(url + QStringLiteral("/git"));
    if (auto built = build(seed, historyEntries); !built)
        return built.error();
    m_controller->start();
    m_rollingSync =
        std::make_unique<RollingSyncController>(*m_state, *m_controller, m_config.controller.tickMs);
    m_rollingSync->start();

    const QString scenarioPath = m_config.scenarioPath.isEmpty() ? seed.scenarioPath : m_config.scenarioPath;
    if (!scenarioPath.isEmpty() && scenarioPath != QStringLiteral("none")) {
        auto scenario = Scenario::load(scenarioPath);
        if (!scenario)
            return scenario.error();
        m_scenario = std::make_unique<Scenario>(std::move(scenario).value());
        m_scenario->start(*this);
    }

    return FleetSimEndpoint{url, m_auth->apiKey(QStringLiteral("admin")),
                            m_auth->apiKey(QStringLiteral("readonly"))};
}

EmbeddedFleetSim::EmbeddedFleetSim(FleetSimConfig config)
    : m_config(std::move(config))
{}

EmbeddedFleetSim::~EmbeddedFleetSim()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
}

Result<FleetSimEndpoint> EmbeddedFleetSim::start()
{
    Result<FleetSimEndpoint> result = Error{QStringLiteral("fleetsim did not start")};
    QEventLoop loop;
    auto *context = new QObject;
    startAsync(context, [&](const Result<FleetSimEndpoint> &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    delete context;
    return result;
}

void EmbeddedFleetSim::startAsync(QObject *context,
                                  std::function<void(const Result<FleetSimEndpoint> &)> done)
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("fleetsim"));
    m_thread->start();
    auto *starter = new QObject;
    starter->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(starter, [this, starter, context = QPointer<QObject>(context), done] {
        m_sim = new FleetSim(m_config);
        QObject::connect(QThread::currentThread(), &QThread::finished, m_sim, &QObject::deleteLater);
        const Result<FleetSimEndpoint> result = m_sim->start();
        delete starter;
        if (context)
            QMetaObject::invokeMethod(context, [done, result] { done(result); });
    });
}

void EmbeddedFleetSim::invoke(const std::function<void(FleetSim &)> &work)
{
    QMetaObject::invokeMethod(
        m_sim, [this, &work] { work(*m_sim); }, Qt::BlockingQueuedConnection);
}

} // namespace sextant::fleetsim
