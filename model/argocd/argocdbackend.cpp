#include "model/argocd/argocdbackend.h"
#include "model/argocd/apipaths.h"
#include "model/argocd/applicationsetdecoder.h"

#include "model/argocd/argocdbackend_p.h"

#include "model/argocd/argocdclient.h"
#include "model/argocd/argocdtreewatch.h"
#include "model/argocd/detaildecoder.h"

#include <QPointer>

namespace sextant::argocd {

namespace {

ControllerBackend::State stateOf(ArgoCdClient::State state)
{
    using From = ArgoCdClient::State;
    using To = ControllerBackend::State;
    switch (state) {
    case From::Idle: return To::Idle;
    case From::Connecting: return To::Connecting;
    case From::Live: return To::Live;
    case From::Reconnecting: return To::Reconnecting;
    case From::AuthFailed: return To::AuthFailed;
    case From::Failed: return To::Failed;
    }
    return To::Idle;
}

// A decode error, worded for the operator.
template<typename T> Result<T> unreadable(const Result<T> &decoded, const QString &what)
{
    if (decoded)
        return decoded;
    return Error{ArgoCdBackend::tr("The Argo CD server sent %1 that cannot be read: %2")
                     .arg(what, decoded.errorMessage()),
                 UnreadableAnswer};
}

} // namespace

ArgoCdBackend::ArgoCdBackend(InstanceConfig config, QObject *parent)
    : ControllerBackend(parent)
    , m_client(std::make_unique<ArgoCdClient>(std::move(config)))
{
    qRegisterMetaType<sextant::ResourceTree>();
    qRegisterMetaType<QList<sextant::EventRecord>>();
    m_decodePool.setMaxThreadCount(2);
    connect(m_client.get(), &ArgoCdClient::stateChanged, this,
            [this](ArgoCdClient::State state, const QString &message) {
                emit stateChanged(stateOf(state), message);
            });
    connect(m_client.get(), &ArgoCdClient::snapshotLoaded, this, &ArgoCdBackend::snapshotLoaded);
    connect(m_client.get(), &ArgoCdClient::eventsReceived, this, &ArgoCdBackend::eventsReceived);
    connect(m_client.get(), &ArgoCdClient::tokenRenewed, this, &ArgoCdBackend::tokenRenewed);
    connect(m_client.get(), &ArgoCdClient::loggedIn, this, &ArgoCdBackend::loggedIn);
    connect(m_client.get(), &ArgoCdClient::loginFailed, this, &ArgoCdBackend::loginFailed);
}

ArgoCdBackend::~ArgoCdBackend()
{
    m_client.reset(); // no request answers after this point
    m_decodePool.clear();
    m_decodePool.waitForDone();
}

const InstanceConfig &ArgoCdBackend::config() const
{
    return m_client->config();
}

QString ArgoCdBackend::instanceName() const
{
    return m_client->instanceName();
}

QUrl ArgoCdBackend::server() const
{
    return m_client->config().server;
}

BackendCapabilities ArgoCdBackend::capabilities() const
{
    BackendCapabilities can;
    can.login = true;
    can.syncPreview = true;
    can.historyRollback = true;
    can.terminate = true;
    can.syncWindows = true;
    can.freezeWindows = true;
    can.resourceTreeStream = true;
    can.selectiveSync = true;
    return can;
}

void ArgoCdBackend::start()
{
    m_client->start();
}

void ArgoCdBackend::stop()
{
    m_client->stop();
}

ControllerBackend::State ArgoCdBackend::state() const
{
    return stateOf(m_client->state());
}

QString ArgoCdBackend::lastError() const
{
    return m_client->lastError();
}

QDateTime ArgoCdBackend::lastHeard() const
{
    return m_client->lastHeard();
}

QDateTime ArgoCdBackend::nextRetry() const
{
    return m_client->nextRetry();
}

QString ArgoCdBackend::serverVersion() const
{
    return m_client->serverVersion();
}

void ArgoCdBackend::setRetryDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_client->setRetryDelays(initial, maximum);
}

QString ArgoCdBackend::token() const
{
    return m_client->token();
}

void ArgoCdBackend::setToken(const QString &token)
{
    m_client->setToken(token);
}

void ArgoCdBackend::login(const QString &username, const QString &password)
{
    m_client->login(username, password);
}

void ArgoCdBackend::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         Callback<Done> done)
{
    m_client->request(method, path, body, [done](Result<QByteArray> answer) {
        if (!answer)
            return done(answer.error());
        done(Done{});
    });
}

// --- one app's details -----------------------------------------------------------------

void ArgoCdBackend::resourceTree(const AppRef &app, Callback<ResourceTree> done)
{
    fetch<ResourceTree>(
        "GET", appPath(app, u"/resource-tree"), {},
        [](const QByteArray &bytes) { return unreadable(decodeResourceTree(bytes), tr("a resource tree")); },
        std::move(done));
}

std::unique_ptr<ResourceTreeWatch> ArgoCdBackend::watchResourceTree(const AppRef &app)
{
    return std::make_unique<ArgoCdTreeWatch>(*m_client, appTreeStreamPath(app));
}

void ArgoCdBackend::events(const AppRef &app, Callback<QList<EventRecord>> done)
{
    fetch<QList<EventRecord>>(
        "GET", appPath(app, u"/events"), {},
        [](const QByteArray &bytes) { return unreadable(decodeEvents(bytes), tr("events")); },
        std::move(done));
}

void ArgoCdBackend::managedResources(const AppRef &app, Callback<QList<ManagedResource>> done)
{
    fetch<QList<ManagedResource>>(
        "GET", appPath(app, u"/managed-resources"), {},
        [name = app.displayName()](const QByteArray &bytes) { return readManagedResources(bytes, name); },
        std::move(done));
}

void ArgoCdBackend::applicationSets(Callback<QList<ApplicationSetProgress>> done)
{
    fetch<QList<ApplicationSetProgress>>(
        "GET", QStringLiteral("/api/v1/applicationsets"), {},
        [instance = instanceName()](const QByteArray &bytes) {
            return unreadable(decodeApplicationSets(bytes, instance), tr("ApplicationSets"));
        },
        std::move(done));
}

void ArgoCdBackend::applicationObject(const AppRef &app, Callback<QJsonObject> done)
{
    fetch<QJsonObject>(
        "GET", appPath(app), {},
        [name = app.displayName()](const QByteArray &bytes) -> Result<QJsonObject> {
            auto object = unreadable(decodeApplicationObject(bytes), tr("an application %1").arg(name));
            if (!object)
                return object;
            // GET omits them; the object reads as a manifest with them.
            if (!object->contains(QStringLiteral("apiVersion")))
                object->insert(QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1"));
            if (!object->contains(QStringLiteral("kind")))
                object->insert(QStringLiteral("kind"), QStringLiteral("Application"));
            return object;
        },
        std::move(done));
}

Result<QList<ManagedResource>> readManagedResources(QByteArrayView json, const QString &appName)
{
    return unreadable(decodeManagedResources(json),
                      ArgoCdBackend::tr("managed resources of %1").arg(appName));
}

std::unique_ptr<ControllerBackend> makeBackend(const InstanceConfig &config)
{
    return std::make_unique<ArgoCdBackend>(config);
}

} // namespace sextant::argocd
