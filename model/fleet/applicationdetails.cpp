#include "model/fleet/applicationdetails.h"

#include "model/argocd/argocdclient.h"
#include "model/argocd/detaildecoder.h"
#include "model/argocd/streamreader.h"
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

// Runs on the decode pool: the Application body → its manifest as YAML, without
// status, operation and managedFields (server bookkeeping, not what was declared).
Result<QByteArray> manifestYaml(const QByteArray &body)
{
    Result<QJsonObject> decoded = argocd::decodeApplicationObject(body);
    if (!decoded)
        return decoded.error();
    QJsonObject application = std::move(decoded).value();
    application.remove("status"_L1);
    application.remove("operation"_L1);
    QJsonObject metadata = application.value("metadata"_L1).toObject();
    metadata.remove("managedFields"_L1);
    application.insert("metadata"_L1, metadata);
    // GET omits them; a manifest reads better with them.
    if (!application.contains("apiVersion"_L1))
        application.insert("apiVersion"_L1, u"argoproj.io/v1alpha1"_s);
    if (!application.contains("kind"_L1))
        application.insert("kind"_L1, u"Application"_s);
    return toYaml(application, manifestKeyOrder);
}

} // namespace

ApplicationDetails::ApplicationDetails(FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
    , m_stream(new argocd::StreamReader(this))
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
    connect(m_stream, &argocd::StreamReader::opened, this, [this] {
        m_streamFailures = 0;
        setStreaming(true);
    });
    connect(m_stream, &argocd::StreamReader::lineReceived, this, &ApplicationDetails::onStreamLine);
    connect(m_stream, &argocd::StreamReader::ended, this, &ApplicationDetails::onStreamEnded);
}

ApplicationDetails::~ApplicationDetails()
{
    ++m_selection;
    m_stream->close();
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

void ApplicationDetails::fetchTree()
{
    argocd::ArgoCdClient *client = m_connector->client(m_app.instance);
    if (!client) {
        failLater(TreePart, tr("The instance %1 is not connected; the resource tree of %2 cannot be fetched.")
                                .arg(m_app.instance, m_app.displayName()));
        return;
    }
    const quint64 selection = m_selection;
    const quint64 ticket = ++m_ticket;
    client->request("GET", m_app.apiPath(u"/resource-tree"), {},
                    [self = QPointer(this), selection, ticket](Result<QByteArray> body) {
                        if (!self || selection != self->m_selection)
                            return;
                        if (!body) {
                            emit self->failed(QString(TreePart), self->failureText(body.error()));
                            return;
                        }
                        QtConcurrent::run(&self->m_decodePool, [bytes = std::move(body).value()] {
                            return argocd::decodeResourceTree(bytes);
                        }).then(self.data(), [self, selection, ticket](const Result<ResourceTree> &tree) {
                            if (selection != self->m_selection)
                                return;
                            if (!tree) {
                                emit self->failed(
                                    QString(TreePart),
                                    tr("The Argo CD server sent a resource tree that cannot be read: %1")
                                        .arg(tree.errorMessage()));
                                return;
                            }
                            self->applyTree(ticket, *tree);
                            // Like the Argo CD UI: the tree first, then its updates.
                            if (!self->m_stream->isOpen() && !self->m_streamRetry.isActive())
                                self->openStream();
                        });
                    });
}

void ApplicationDetails::fetchEvents()
{
    argocd::ArgoCdClient *client = m_connector->client(m_app.instance);
    if (!client) {
        failLater(EventsPart, tr("The instance %1 is not connected; the events of %2 cannot be fetched.")
                                  .arg(m_app.instance, m_app.displayName()));
        return;
    }
    const quint64 selection = m_selection;
    const quint64 request = ++m_eventsRequest;
    client->request(
        "GET", m_app.apiPath(u"/events"), {},
        [self = QPointer(this), selection, request](Result<QByteArray> body) {
            if (!self || selection != self->m_selection || request != self->m_eventsRequest)
                return;
            if (!body) {
                emit self->failed(QString(EventsPart), self->failureText(body.error()));
                return;
            }
            QtConcurrent::run(&self->m_decodePool, [bytes = std::move(body).value()] {
                return argocd::decodeEvents(bytes);
            }).then(self.data(), [self, selection, request](const Result<QList<EventRecord>> &events) {
                if (selection != self->m_selection || request != self->m_eventsRequest)
                    return;
                if (!events)
                    emit self->failed(QString(EventsPart),
                                      tr("The Argo CD server sent events that cannot be read: %1")
                                          .arg(events.errorMessage()));
                else
                    emit self->eventsChanged(*events);
            });
        });
}

void ApplicationDetails::fetchManifest()
{
    argocd::ArgoCdClient *client = m_connector->client(m_app.instance);
    if (!client) {
        failLater(ManifestPart, tr("The instance %1 is not connected; the manifest of %2 cannot be fetched.")
                                    .arg(m_app.instance, m_app.displayName()));
        return;
    }
    const quint64 selection = m_selection;
    const quint64 request = ++m_manifestRequest;
    client->request(
        "GET", m_app.apiPath(), {}, [self = QPointer(this), selection, request](Result<QByteArray> body) {
            if (!self || selection != self->m_selection || request != self->m_manifestRequest)
                return;
            if (!body) {
                emit self->failed(QString(ManifestPart), self->failureText(body.error()));
                return;
            }
            QtConcurrent::run(&self->m_decodePool, [bytes = std::move(body).value()] {
                return manifestYaml(bytes);
            }).then(self.data(), [self, selection, request](const Result<QByteArray> &yaml) {
                if (selection != self->m_selection || request != self->m_manifestRequest)
                    return;
                if (!yaml)
                    emit self->failed(QString(ManifestPart),
                                      tr("The Argo CD server sent an application that cannot be read: %1")
                                          .arg(yaml.errorMessage()));
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
    argocd::ArgoCdClient *client = m_connector->client(m_app.instance);
    if (!client || m_app.isNull())
        return;
    m_stream->open(*client, m_app.resourceTreeStreamPath());
}

void ApplicationDetails::closeStream()
{
    m_stream->close();
    setStreaming(false);
}

void ApplicationDetails::onStreamLine(const QByteArray &line)
{
    const quint64 selection = m_selection;
    const quint64 ticket = ++m_ticket;
    QtConcurrent::run(&m_decodePool, [line] {
        return argocd::decodeResourceTree(line);
    }).then(this, [this, selection, ticket](const Result<ResourceTree> &tree) {
        if (selection != m_selection)
            return;
        if (!tree) {
            // The server's {"error":…} chunk, or a line that is not a tree: start over.
            const QString message =
                tree.error().code != 0
                    ? tree.errorMessage()
                    : tr("The Argo CD server sent a resource tree update that cannot be read (%1).")
                          .arg(tree.errorMessage());
            if (m_streamRetry.isActive()) {
                // The stream already ended (right after its error chunk): just say why.
                emit failed(QString(StreamPart), tr("Live updates stopped: %1").arg(message));
                return;
            }
            m_stream->close();
            onStreamEnded(message, tree.error().code);
            return;
        }
        applyTree(ticket, *tree);
        if (!m_eventsAfterChange.isActive())
            m_eventsAfterChange.start();
    });
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
