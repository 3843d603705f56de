#include "model/fleet/applicationdiffloader.h"

#include "model/controller/controllerbackend.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/runthenapply.h"
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
    QList<ManagedResource> resources;
    QJsonObject application;
    std::optional<Error> error;
    int outstanding = 2;
};

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
    ControllerBackend *backend = m_connector->backend(m_app.instance);
    if (!backend) {
        fail(selection, tr("The instance %1 is not connected; the diff of %2 cannot be fetched.")
                            .arg(m_app.instance, m_app.displayName()));
        return;
    }
    m_fetching = true;
    setLoading(true);
    auto pending = std::make_shared<PendingFetch>();
    // Called with each answer; the last one starts the diff.
    const auto answered = [self = QPointer(this), selection, pending](const QString &what,
                                                                      const std::optional<Error> &error) {
        if (!self || selection != self->m_selection)
            return;
        if (error && !pending->error) {
            const Error described = self->m_app.describeFailure(*error);
            pending->error = described.code == UnreadableAnswer
                                 ? described
                                 : Error{tr("%1 of %2 could not be fetched: %3")
                                             .arg(what, self->m_app.displayName(), described.message),
                                         described.code};
        }
        if (--pending->outstanding > 0)
            return;
        if (pending->error) {
            self->fail(selection, pending->error->message);
            return;
        }
        self->diffFetched(selection, pending->resources, pending->application);
    };
    backend->managedResources(m_app, [answered, pending](Result<QList<ManagedResource>> resources) {
        if (resources)
            pending->resources = std::move(resources).value();
        answered(tr("The managed resources"), resources ? std::nullopt : std::optional(resources.error()));
    });
    backend->applicationObject(m_app, [answered, pending](Result<QJsonObject> application) {
        if (application)
            pending->application = std::move(application).value();
        answered(tr("The application"), application ? std::nullopt : std::optional(application.error()));
    });
}

void ApplicationDiffLoader::diffFetched(quint64 selection, const QList<ManagedResource> &resources,
                                        const QJsonObject &application)
{
    const quint64 computation = ++m_computation;
    const diff::DiffOptions options = m_options;
    const QString name = m_app.displayName();
    runThenApply(
        m_pool, this,
        [resources, application, options, name]() -> Result<Fetched> {
            QElapsedTimer timer;
            timer.start();
            Fetched fetched;
            fetched.resources = resources;
            fetched.application = application;
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
