#include "app/workspace.h"

#include "model/argocd/argocdbackend.h"
#include "model/git/credentialsources.h"

#include <QDir>
#include <QFileInfo>

#include <QSettings>

namespace sextant {

Workspace::Workspace(const QString &databasePath, const QString &mirrorsDirectory, QObject *parent)
    : QObject(parent)
    , m_connector(&m_store)
    , m_cache(&m_store, databasePath)
    , m_details(&m_connector)
    , m_drift(&m_store, &m_connector)
    , m_diffLoader(&m_connector)
    , m_actions(&m_store, &m_connector, databasePath)
    , m_gitCredentials(std::make_shared<GitKeychainCredentials>(&m_credentials))
    , m_mirrors(mirrorsDirectory.isEmpty() ? QFileInfo(databasePath).dir().filePath(QStringLiteral("mirrors"))
                                           : mirrorsDirectory,
                gitCredentialSources())
    , m_pending(&m_store, &m_mirrors)
    , m_rollouts(&m_store, &m_actions, databasePath)
    , m_rollingSync(&m_connector)
{
    m_actions.setRepositoryMirrors(&m_mirrors);
    m_gitCredentials->loadRemembered();
    QSettings settings;
    m_actions.setProtectionRules(ProtectionRules::load(settings));
    connect(&m_actions, &ActionService::storeFailed, this, [this](const QString &why) {
        emit problem(tr("Action journal"),
                     tr("The action journal and pause ledger could not be opened: %1\nActions are refused "
                        "until this is fixed, because nothing could be recorded.")
                         .arg(why));
    });
    // Rollouts are read once the database is open (migrated) for the actions.
    connect(&m_actions, &ActionService::ready, &m_rollouts, &rollout::RolloutRunner::load);
    m_actions.start();
    connect(&m_credentials, &CredentialStore::keychainUnavailable, this, [this](const QString &reason) {
        emit message(tr("No system keychain (%1): tokens are kept for this session only.").arg(reason));
    });
    connect(&m_cache, &FleetCache::failed, this, [this](const QString &why) {
        emit message(tr("The fleet cache could not be used: %1").arg(why));
    });
}

Workspace::~Workspace() = default;

RepositoryMirrors::CredentialSources Workspace::gitCredentialSources() const
{
    // The order an operator expects: what was entered in Sextant (keychain), the user's
    // own git credential helpers, the SSH agent and keys, then a token given to a script.
    return {m_gitCredentials, std::make_shared<git::GitCredentialHelperSource>(),
            std::make_shared<git::SshAgentSource>(), std::make_shared<git::SshKeySource>(),
            std::make_shared<git::EnvironmentTokenSource>()};
}

void Workspace::loadCache()
{
    m_cache.load();
}

void Workspace::watchBackend(ControllerBackend *backend, bool rememberIt)
{
    const QString name = backend->instanceName();
    connect(backend, &ControllerBackend::tokenRenewed, this, [this, name, rememberIt](const QString &token) {
        if (rememberIt)
            m_credentials.save(name, token);
    });
    connect(backend, &ControllerBackend::loggedIn, this, [this, backend, name, rememberIt] {
        if (rememberIt)
            m_credentials.save(name, backend->token());
        emit message(tr("Logged in to %1.").arg(name));
    });
    connect(backend, &ControllerBackend::loginFailed, this,
            [this, name](const QString &why) { emit problem(tr("Log in to %1").arg(name), why); });
}

void Workspace::attach(const argocd::InstanceConfig &config, bool keepTokens)
{
    watchBackend(m_connector.addBackend(argocd::makeBackend(config)), keepTokens);
}

void Workspace::connectInstance(const argocd::InstanceConfig &config, bool rememberIt)
{
    attach(config, rememberIt);
    if (rememberIt) {
        remember(config);
        if (!config.token.isEmpty())
            m_credentials.save(config.name, config.token);
    }
}

void Workspace::connectWith(const views::ConnectDialog::Request &request)
{
    connectInstance(request.config, true);
    if (!request.username.isEmpty())
        login(request.config.name, request.username, request.password);
}

void Workspace::login(const QString &instance, const QString &username, const QString &password)
{
    if (ControllerBackend *backend = m_connector.backend(instance))
        backend->login(username, password);
}

void Workspace::setToken(const QString &instance, const QString &token)
{
    if (ControllerBackend *backend = m_connector.backend(instance)) {
        backend->setToken(token);
        if (rememberedInstances().contains(instance))
            m_credentials.save(instance, token);
    }
}

void Workspace::remember(const argocd::InstanceConfig &config)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("instances/") +
                        QString::fromLatin1(config.name.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
    settings.setValue(QStringLiteral("name"), config.name);
    settings.setValue(QStringLiteral("server"), config.server.toString());
    settings.setValue(QStringLiteral("caFile"), config.caFile);
    settings.setValue(QStringLiteral("insecure"), config.insecure);
    settings.setValue(QStringLiteral("plainText"), config.plainText);
}

QStringList Workspace::rememberedInstances() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("instances"));
    QStringList names;
    for (const QString &group : settings.childGroups())
        names << settings.value(group + QStringLiteral("/name")).toString();
    return names;
}

void Workspace::forget(const QString &instance)
{
    QSettings settings;
    settings.remove(QStringLiteral("instances/") +
                    QString::fromLatin1(instance.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
    m_credentials.forget(instance);
    m_connector.removeInstance(instance);
}

void Workspace::restoreRemembered()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("instances"));
    for (const QString &group : settings.childGroups()) {
        argocd::InstanceConfig config;
        config.name = settings.value(group + QStringLiteral("/name")).toString();
        config.server = QUrl(settings.value(group + QStringLiteral("/server")).toString());
        config.caFile = settings.value(group + QStringLiteral("/caFile")).toString();
        config.insecure = settings.value(group + QStringLiteral("/insecure")).toBool();
        config.plainText = settings.value(group + QStringLiteral("/plainText")).toBool();
        config.source = tr("remembered");
        m_credentials.load(config.name, [this, config](const QString &token) mutable {
            config.token = token;
            attach(config, true);
        });
    }
}

void Workspace::setGitCredential(const QString &prefix, const QString &username, const QString &secret,
                                 bool remember)
{
    m_gitCredentials->set(prefix, username, secret, remember);
    for (const QString &url : m_mirrors.trackedUrls()) {
        if (url.startsWith(prefix))
            m_mirrors.fetch(url);
    }
}

void Workspace::startDemo()
{
    emit message(tr("Starting the demo fleet…"));
    // The demo fleet is new at every start: pauses recorded against the last one are over.
    const QString name = QStringLiteral("demo");
    m_actions.closePausesOf(name, tr("the demo fleet started afresh"));
    m_demo.start(this, [this, name](const Result<fleetsim::FleetSimEndpoint> &endpoint) {
        if (!endpoint) {
            emit problem(tr("Demo fleet"),
                         tr("The demo fleet could not start:\n%1").arg(endpoint.errorMessage()));
            return;
        }
        argocd::InstanceConfig config;
        config.name = name;
        config.server = QUrl(endpoint->url);
        config.token = endpoint->token;
        config.plainText = true;
        config.source = tr("built-in demo (sextant-fleetsim)");
        connectInstance(config, false);
        // Its repositories take the same token over Git's smart HTTP.
        m_gitCredentials->set(endpoint->url + QStringLiteral("/git/"), QStringLiteral("sextant"),
                              endpoint->token, false);
        emit message(tr("Demo fleet: sextant-fleetsim at %1").arg(endpoint->url));
    });
}

} // namespace sextant
