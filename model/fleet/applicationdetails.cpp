#include "model/fleet/applicationdetails.h"

#include "model/controller/controllerbackend.h"
#include "model/fleet/fleetconnector.h"
#include "model/logging.h"
#include "model/support/jsontoyaml.h"

#include <QFuture>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sextant {

namespace {

using namespace Qt::StringLiterals;

// The order an operator expects to read an Application in (kubectl-like); keys not
// named here follow alphabetically.
QStringList manifestKeyOrder(const QJsonObject &, const QStringList &path)
{
    const QString where = path.join(u'/');
    if (where.isEmpty())
        return {u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"spec"_s};
    if (where == u"metadata")
        return {u"name"_s,       u"namespace"_s,         u"uid"_s,    u"resourceVersion"_s,
                u"generation"_s, u"creationTimestamp"_s, u"labels"_s, u"annotations"_s,
                u"finalizers"_s};
    if (where == u"spec")
        return {u"project"_s, u"source"_s, u"sources"_s, u"destination"_s, u"syncPolicy"_s};
    if (where == u"spec/source" || where == u"spec/sources/[]")
        return {u"repoURL"_s, u"path"_s, u"targetRevision"_s, u"chart"_s, u"ref"_s};
    if (where == u"spec/destination")
        return {u"name"_s, u"server"_s, u"namespace"_s};
    if (where == u"spec/syncPolicy")
        return {u"automated"_s, u"syncOptions"_s, u"retry"_s};
    if (where == u"spec/syncPolicy/automated")
        return {u"enabled"_s, u"prune"_s, u"selfHeal"_s, u"allowEmpty"_s};
    return {};
}

// Runs on the decode pool: the controller's object → its manifest as YAML, without
// status, operation and managedFields (server bookkeeping, not what was declared).
Result<QByteArray> manifestYaml(QJsonObject application)
{
    application.remove("status"_L1);
    application.remove("operation"_L1);
    QJsonObject metadata = application.value("metadata"_L1).toObject();
    metadata.remove("managedFields"_L1);
    application.insert("metadata"_L1, metadata);
    return toYaml(application, manifestKeyOrder);
}

} // namespace

ApplicationDetails::ApplicationDetails(FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
{
    qRegisterMetaType<sextant::ResourceTree>();
    qRegisterMetaType<QList<sextant::EventRecord>>();
    m_decodePool.setMaxThreadCount(1); // stream messages are decoded in the order they came
    m_streamRetry.setSingleShot(true);
    m_eventsAfterChange.setSingleShot(true);
    m_eventsAfterChange.setInterval(1000);
    connect(&m_streamRetry, &QTimer::timeout, this, [this] {
        // The tree may have changed while nobody listened: fetch it, and listen again.
        openStream();
        fetchTree();
    });
    connect(&m_eventsAfterChange, &QTimer::timeout, this, &ApplicationDetails::fetchEvents);
}

ApplicationDetails::~ApplicationDetails()
{
    ++m_selection;
    m_watch.reset();
    m_decodePool.clear();
    m_decodePool.waitForDone();
}

void ApplicationDetails::setStreamRetryDelays(int initialMs, int maximumMs)
{
    m_retryInitialMs = std::max(initialMs, 1);
    m_retryMaximumMs = std::max(maximumMs, m_retryInitialMs);
}

void ApplicationDetails::setApplication(const AppRef &app)
{
    const AppRef newApp = app.isNull() ? AppRef() : app;
    if (newApp == m_app)
        return;
    ++m_selection;
    closeStream();
    m_streamRetry.stop();
    m_eventsAfterChange.stop();
    m_streamFailures = 0;
    m_treeShown = m_ticket;
    m_app = newApp;
    refresh();
}

void ApplicationDetails::refresh()
{
    if (m_app.isNull())
        return;
    fetchTree();
    fetchEvents();
    fetchManifest();
}

QString ApplicationDetails::failureText(const Error &error) const
{
    return m_app.describeFailure(error).message;
}

void ApplicationDetails::failLater(QLatin1StringView what, const QString &message)
{
    QTimer::singleShot(0, this, [this, selection = m_selection, what, message] {
        if (selection == m_selection)
            emit failed(QString(what), message);
    });
}

ControllerBackend *ApplicationDetails::backendFor(QLatin1StringView what, const QString &part)
{
    ControllerBackend *backend = m_connector->backend(m_app.instance);
    if (!backend)
        failLater(what, tr("The instance %1 is not connected; %2 of %3 cannot be fetched.")
                            .arg(m_app.instance, part, m_app.displayName()));
    return backend;
}

void ApplicationDetails::fetchTree()
{
    ControllerBackend *backend = backendFor(TreePart, tr("the resource tree"));
    if (!backend)
        return;
    const quint64 selection = m_selection;
    const quint64 ticket = ++m_ticket;
    backend->resourceTree(m_app, [self = QPointer(this), selection, ticket](Result<ResourceTree> tree) {
        if (!self || selection != self->m_selection)
            return;
        if (!tree) {
            emit self->failed(QString(TreePart), self->failureText(tree.error()));
            return;
        }
        self->applyTree(ticket, *tree);
        // Like the Argo CD UI: the tree first, then its updates.
        if (!self->m_watch && !self->m_streamRetry.isActive())
            self->openStream();
    });
}

void ApplicationDetails::fetchEvents()
{
    ControllerBackend *backend = backendFor(EventsPart, tr("the events"));
    if (!backend)
        return;
    const quint64 selection = m_selection;
    const quint64 request = ++m_eventsRequest;
    backend->events(m_app, [self = QPointer(this), selection, request](Result<QList<EventRecord>> events) {
        if (!self || selection != self->m_selection || request != self->m_eventsRequest)
            return;
        if (!events)
            emit self->failed(QString(EventsPart), self->failureText(events.error()));
        else
            emit self->eventsChanged(*events);
    });
}

void ApplicationDetails::fetchManifest()
{
    ControllerBackend *backend = backendFor(ManifestPart, tr("the manifest"));
    if (!backend)
        return;
    const quint64 selection = m_selection;
    const quint64 request = ++m_manifestRequest;
    backend->applicationObject(
        m_app, [self = QPointer(this), selection, request](Result<QJsonObject> object) {
            if (!self || selection != self->m_selection || request != self->m_manifestRequest)
                return;
            if (!object) {
                emit self->failed(QString(ManifestPart), self->failureText(object.error()));
                return;
            }
            QtConcurrent::run(&self->m_decodePool, [application = std::move(object).value()] {
                return manifestYaml(application);
            }).then(self.data(), [self, selection, request](const Result<QByteArray> &yaml) {
                if (selection != self->m_selection || request != self->m_manifestRequest)
                    return;
                if (!yaml)
                    emit self->failed(QString(ManifestPart),
                                      tr("The application %1 cannot be shown as YAML: %2")
                                          .arg(self->m_app.displayName(), yaml.errorMessage()));
                else
                    emit self->manifestChanged(*yaml);
            });
        });
}

void ApplicationDetails::applyTree(quint64 ticket, const ResourceTree &tree)
{
    // A tree fetched before the last one shown is older than it.
    if (ticket < m_treeShown)
        return;
    m_treeShown = ticket;
    emit treeChanged(tree);
}

// --- the resource-tree stream ------------------------------------------------

void ApplicationDetails::openStream()
{
    ControllerBackend *backend = m_connector->backend(m_app.instance);
    if (!backend || m_app.isNull())
        return;
    m_watch = backend->watchResourceTree(m_app);
    if (!m_watch)
        return; // the controller has no live tree: the tree is fetched on refresh
    ResourceTreeWatch *watch = m_watch.get();
    connect(watch, &ResourceTreeWatch::opened, this, [this] {
        m_streamFailures = 0;
        setStreaming(true);
    });
    connect(watch, &ResourceTreeWatch::treeChanged, this, [this](const ResourceTree &tree) {
        applyTree(++m_ticket, tree);
        if (!m_eventsAfterChange.isActive())
            m_eventsAfterChange.start();
    });
    connect(watch, &ResourceTreeWatch::broken, this, [this](const QString &message, int code) {
        if (m_streamRetry.isActive()) {
            // The stream already ended (right after its error chunk): just say why.
            emit failed(QString(StreamPart), tr("Live updates stopped: %1").arg(message));
            return;
        }
        closeWatchLater();
        onStreamEnded(message, code);
    });
    connect(watch, &ResourceTreeWatch::ended, this, [this](const QString &message, int httpStatus) {
        closeWatchLater();
        onStreamEnded(message, httpStatus);
    });
}

void ApplicationDetails::closeStream()
{
    m_watch.reset();
    setStreaming(false);
}

// The watch emitted the signal being handled: it is deleted once that returns.
void ApplicationDetails::closeWatchLater()
{
    if (m_watch)
        m_watch.release()->deleteLater();
}

void ApplicationDetails::onStreamEnded(const QString &reason, int httpStatus)
{
    setStreaming(false);
    if (m_app.isNull())
        return;
    const QString message = httpStatus == 403 ? failureText(Error{reason, httpStatus}) : reason;
    const int delay =
        int(std::min<qint64>(qint64(m_retryInitialMs) << std::min(m_streamFailures, 20), m_retryMaximumMs));
    m_streamFailures = std::min(m_streamFailures + 1, 20);
    qCInfo(lcArgoCd) << m_app.key() << "resource-tree stream ended (" << httpStatus << "):" << message
                     << "- retrying in" << delay << "ms";
    m_streamRetry.start(delay);
    emit failed(QString(StreamPart), tr("Live updates stopped: %1 Trying again in %n second(s).", nullptr,
                                        std::max(1, (delay + 500) / 1000))
                                         .arg(message));
}

void ApplicationDetails::setStreaming(bool streaming)
{
    if (streaming == m_streaming)
        return;
    m_streaming = streaming;
    emit streamingChanged(streaming);
}

} // namespace sextant
