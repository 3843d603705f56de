#include "model/fleet/applicationdiffloader.h"

#include "model/argocd/argocdclient.h"
#include "model/argocd/detaildecoder.h"
#include "model/fleet/fleetconnector.h"
#include "model/logging.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace sextant {

using namespace Qt::StringLiterals;

struct ApplicationDiffLoader::Fetched {
    QList<ManagedResource> resources;
    QJsonObject application;
    QString resourceVersion;
    diff::ApplicationDiff diff;
};

namespace {

// The two answers of one fetch, gathered on the owner's thread.
struct PendingFetch {
    QByteArray resources;
    QByteArray application;
    std::optional<Error> error;
    int outstanding = 2;
};

// Runs `work` on `pool`, then `apply(result)` on `owner`'s thread, always through its event
// loop: QFuture::then(context, …) runs the continuation at once when the work has already
// finished, which would emit signals from inside setApplication() or setOptions(). The
// owner waits for the pool in its destructor; a call queued for a deleted owner is dropped.
template<typename Work, typename Apply>
void runThenApply(QThreadPool &pool, QObject *owner, Work work, Apply apply)
{
    pool.start([owner, work, apply] {
        auto result = work();
        QMetaObject::invokeMethod(
            owner, [apply, result] { apply(result); }, Qt::QueuedConnection);
    });
}

} // namespace

ApplicationDiffLoader::ApplicationDiffLoader(FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
{
    qRegisterMetaType<sextant::diff::ApplicationDiff>();
    // One diff at a time: only the newest selection's result is ever shown.
    m_pool.setMaxThreadCount(1);
}

ApplicationDiffLoader::~ApplicationDiffLoader()
{
    ++m_selection;
    ++m_computation;
    m_pool.clear();
    m_pool.waitForDone();
}

QString ApplicationDiffLoader::key() const
{
    return m_app.key();
}

void ApplicationDiffLoader::setCacheCapacity(int applications)
{
    m_cacheCapacity = std::max(applications, 1);
    while (int(m_cache.size()) > m_cacheCapacity)
        m_cache.pop_back();
}

ApplicationDiffLoader::CacheEntry *ApplicationDiffLoader::findCached(const QString &key,
                                                                     const QString &resourceVersion)
{
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        if (it->key != key || (!resourceVersion.isEmpty() && it->resourceVersion != resourceVersion))
            continue;
        m_cache.splice(m_cache.begin(), m_cache, it); // most recently used first
        return &m_cache.front();
    }
    return nullptr;
}

void ApplicationDiffLoader::store(CacheEntry entry)
{
    // One entry per application: a newer resourceVersion replaces the older one.
    m_cache.remove_if([&](const CacheEntry &cached) { return cached.key == entry.key; });
    m_cache.push_front(std::move(entry));
    while (int(m_cache.size()) > m_cacheCapacity)
        m_cache.pop_back();
}

void ApplicationDiffLoader::setApplication(const AppRef &app, const QString &resourceVersion)
{
    const AppRef newApp = app.isNull() ? AppRef() : app;
    if (newApp == m_app && (resourceVersion.isEmpty() || resourceVersion == m_resourceVersion))
        return;
    ++m_selection;
    ++m_computation;
    m_pool.clear(); // computations for the previous selection that did not start
    m_fetching = false;
    m_app = newApp;
    m_resourceVersion = resourceVersion;
    if (m_app.isNull()) {
        setLoading(false);
        return;
    }
    if (!resourceVersion.isEmpty()) {
        if (CacheEntry *entry = findCached(key(), resourceVersion)) {
            if (entry->options == m_options) {
                setLoading(false);
                emitLater(entry->diff);
            } else {
                recompute(*entry);
            }
            return;
        }
    }
    fetch();
}

void ApplicationDiffLoader::refresh()
{
    if (m_app.isNull())
        return;
    ++m_selection;
    ++m_computation;
    fetch();
}

void ApplicationDiffLoader::setOptions(const diff::DiffOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    if (m_app.isNull())
        return;
    // A fetch under way computes with the new options when its answers arrive.
    if (m_fetching)
        return;
    if (CacheEntry *entry = findCached(key()))
        recompute(*entry);
}

void ApplicationDiffLoader::emitLater(const diff::ApplicationDiff &diff)
{
    // Never from inside setApplication(): the caller may not be ready for the signal yet.
    QTimer::singleShot(0, this, [this, selection = m_selection, computation = m_computation, diff] {
        if (selection == m_selection && computation == m_computation)
            emit diffReady(diff);
    });
}

void ApplicationDiffLoader::fail(quint64 selection, const QString &message)
{
    QTimer::singleShot(0, this, [this, selection, message] {
        if (selection != m_selection)
            return;
        m_fetching = false;
        setLoading(false);
        emit failed(message);
    });
}

void ApplicationDiffLoader::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ApplicationDiffLoader::fetch()
{
    const quint64 selection = m_selection;
    argocd::ArgoCdClient *client = m_connector->client(m_app.instance);
    if (!client) {
        fail(selection, tr("The instance %1 is not connected; the diff of %2 cannot be fetched.")
                            .arg(m_app.instance, m_app.displayName()));
        return;
    }
    m_fetching = true;
    setLoading(true);
    auto pending = std::make_shared<PendingFetch>();
    const auto answered = [self = QPointer(this), selection, pending](
                              QByteArray PendingFetch::*slot, const QString &what, Result<QByteArray> body) {
        if (!self || selection != self->m_selection)
            return;
        if (!body && !pending->error) {
            const Error error = self->m_app.describeFailure(body.error());
            pending->error = Error{
                tr("%1 of %2 could not be fetched: %3").arg(what, self->m_app.displayName(), error.message),
                error.code};
        } else if (body)
            (*pending).*slot = std::move(body).value();
        if (--pending->outstanding > 0)
            return;
        if (pending->error) {
            self->fail(selection, pending->error->message);
            return;
        }
        self->decodeAndDiff(selection, pending->resources, pending->application);
    };
    client->request("GET", m_app.apiPath(u"/managed-resources"), {}, [answered](Result<QByteArray> body) {
        answered(&PendingFetch::resources, tr("The managed resources"), std::move(body));
    });
    client->request("GET", m_app.apiPath(), {}, [answered](Result<QByteArray> body) {
        answered(&PendingFetch::application, tr("The application"), std::move(body));
    });
}

void ApplicationDiffLoader::decodeAndDiff(quint64 selection, const QByteArray &resourcesBody,
                                          const QByteArray &applicationBody)
{
    const quint64 computation = ++m_computation;
    const diff::DiffOptions options = m_options;
    const QString name = m_app.displayName();
    runThenApply(
        m_pool, this,
        [resourcesBody, applicationBody, options, name]() -> Result<Fetched> {
            Result<QList<ManagedResource>> resources = argocd::decodeManagedResources(resourcesBody);
            if (!resources)
                return Error{tr("The Argo CD server sent managed resources of %1 that cannot be read: %2")
                                 .arg(name, resources.errorMessage())};
            Result<QJsonObject> application = argocd::decodeApplicationObject(applicationBody);
            if (!application)
                return Error{tr("The Argo CD server sent an application %1 that cannot be read: %2")
                                 .arg(name, application.errorMessage())};
            QElapsedTimer timer;
            timer.start();
            Fetched fetched;
            fetched.resources = std::move(resources).value();
            fetched.application = std::move(application).value();
            fetched.resourceVersion =
                fetched.application.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
            fetched.diff = diff::diffApplication(fetched.resources, fetched.application, options);
            qCDebug(lcModel) << "diff of" << name << ":" << fetched.resources.size() << "resources in"
                             << timer.elapsed() << "ms";
            return fetched;
        },
        [this, selection, computation, options](const Result<Fetched> &result) {
            if (selection != m_selection)
                return;
            m_fetching = false;
            if (!result) {
                if (computation == m_computation) {
                    setLoading(false);
                    emit failed(result.errorMessage());
                }
                return;
            }
            store(CacheEntry{key(), result->resourceVersion, result->resources, result->application, options,
                             result->diff});
            if (computation != m_computation)
                return; // a newer computation (options changed) follows
            if (options != m_options) {
                recompute(m_cache.front());
                return;
            }
            setLoading(false);
            emit diffReady(result->diff);
        });
}

void ApplicationDiffLoader::recompute(const CacheEntry &entry)
{
    setLoading(true);
    const quint64 selection = m_selection;
    const quint64 computation = ++m_computation;
    const diff::DiffOptions options = m_options;
    const QString cacheKey = entry.key;
    const QString resourceVersion = entry.resourceVersion;
    runThenApply(
        m_pool, this,
        [resources = entry.resources, application = entry.application, options] {
            return diff::diffApplication(resources, application, options);
        },
        [this, selection, computation, options, cacheKey,
         resourceVersion](const diff::ApplicationDiff &diff) {
            if (CacheEntry *cached = findCached(cacheKey, resourceVersion)) {
                cached->options = options;
                cached->diff = diff;
            }
            if (selection != m_selection || computation != m_computation)
                return;
            setLoading(false);
            emit diffReady(diff);
        });
}

} // namespace sextant
