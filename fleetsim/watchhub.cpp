#include "fleetsim/watchhub.h"

#include "fleetsim/apierror.h"
#include "fleetsim/controller.h"
#include "fleetsim/fleetstate.h"
#include "model/logging.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace sextant::fleetsim {

namespace {

// A reader this far behind is cut off, as Argo CD drops a full buffer.
constexpr qint64 MaxPendingBytes = 256 * 1024 * 1024;

// argoproj/pkg NewStreamForwarder: SSE only for exactly this Accept value;
// anything else, even a list that names it, gets NDJSON.
bool wantsSse(const HttpRequest &request)
{
    return request.header("accept") == "text/event-stream";
}

QByteArray eventMessage(const QString &type, const QByteArray &application)
{
    return R"({"result":{"type":")" + type.toLatin1() + R"(","application":)" + application + "}}";
}

} // namespace

WatchHub::WatchHub(FleetState &state, Controller &controller, int keepAliveMs, double malformedRate,
                   QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_controller(controller)
    , m_malformedRate(malformedRate)
{
    connect(&m_state, &FleetState::appEvent, this, &WatchHub::onAppEvent);
    connect(&m_state, &FleetState::resourceTreeChanged, this, &WatchHub::onTreeChanged);
    connect(&m_keepAlive, &QTimer::timeout, this, &WatchHub::keepAlive);
    m_keepAlive.start(keepAliveMs);
}

void WatchHub::begin(HttpConnection *connection, bool sse)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (sse) {
        headers = {{"Content-Type", "text/event-stream"}, {"X-Content-Type-Options", "nosniff"}};
    } else {
        headers = {{"Content-Type", "application/json"}};
    }
    connection->beginStream(200, headers);
    connect(connection, &HttpConnection::closed, this, [this, connection] { forget(connection); });
}

void WatchHub::forget(HttpConnection *connection)
{
    m_appWatches.remove_if(
        [connection](const AppWatch &w) { return !w.connection || w.connection == connection; });
    m_treeWatches.remove_if(
        [connection](const TreeWatch &w) { return !w.connection || w.connection == connection; });
}

bool WatchHub::send(HttpConnection *connection, bool sse, const QByteArray &message)
{
    if (!connection)
        return false;
    if (connection->pendingBytes() > MaxPendingBytes) {
        qCWarning(lcFleetsim) << "dropping a stream whose reader fell behind:" << connection->peer();
        connection->abort();
        return false;
    }
    QByteArray payload = message;
    if (m_malformedRate > 0 && QRandomGenerator::global()->generateDouble() < m_malformedRate)
        payload = payload.left(payload.size() / 2); // a fault knob: a line that is not JSON
    connection->writeChunk(sse ? "data: " + payload + " \n\n\n" : payload + '\n');
    return true;
}

void WatchHub::rejectStream(HttpConnection *connection, const HttpRequest &request, int grpcCode,
                            const QString &message)
{
    const bool sse = wantsSse(request);
    // The SSE headers are set before the first receive, so an early error
    // keeps them. grpc-gateway v1 writes the error chunk without the
    // delimiter: no newline in NDJSON, only the marshaler's framing in SSE.
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (sse)
        headers = {{"Content-Type", "text/event-stream"}, {"X-Content-Type-Options", "nosniff"}};
    connection->beginStream(grpc::httpStatus(grpcCode), headers);
    const QByteArray chunk = streamErrorChunk(grpcCode, message);
    connection->writeChunk(sse ? "data: " + chunk + " \n\n" : chunk);
    connection->endStream();
}

void WatchHub::watchApplications(HttpConnection *connection, const HttpRequest &request, AppFilter filter)
{
    const bool sse = wantsSse(request);
    begin(connection, sse);
    AppWatch &watch = m_appWatches.emplace_back(AppWatch{connection, sse, std::move(filter), {}});
    if (!watch.filter.snapshot)
        return;
    // The initial snapshot, every namespace.
    for (const auto &[key, app] : m_state.apps)
        deliver(watch, QStringLiteral("ADDED"), key, app.json());
}

void WatchHub::onAppEvent(const QString &type, const QString &key, const QByteArray &lastJson)
{
    if (m_appWatches.empty())
        return;
    QByteArray json = lastJson;
    if (json.isEmpty()) {
        const SimApp *app = m_state.app(key);
        if (!app)
            return;
        json = app->json();
    }
    for (AppWatch &watch : m_appWatches)
        if (watch.connection)
            deliver(watch, type, key, json);
}

void WatchHub::deliver(AppWatch &watch, const QString &type, const QString &key, const QByteArray &json)
{
    const AppFilter &f = watch.filter;
    // The key is "<namespace>_<name>" outside the server's namespace.
    const qsizetype split = key.indexOf(u'_');
    const QString name = split < 0 ? key : key.mid(split + 1);
    if (!f.name.isEmpty() && f.name != name)
        return;
    if (!f.appNamespace.isEmpty() &&
        f.appNamespace != (split < 0 ? m_state.serverNamespace : key.left(split)))
        return;
    if (f.minVersion > 0 || !f.projects.isEmpty() || (f.selector && !f.selector->isEmpty())) {
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        if (metadata.value(QStringLiteral("resourceVersion")).toString().toLongLong() < f.minVersion)
            return;
        if (!f.projects.isEmpty() &&
            !f.projects.contains(
                object.value(QStringLiteral("spec")).toObject().value(QStringLiteral("project")).toString()))
            return;
        if (f.selector && !f.selector->isEmpty()) {
            QMap<QString, QString> labels;
            const QJsonObject l = metadata.value(QStringLiteral("labels")).toObject();
            for (auto it = l.begin(); it != l.end(); ++it)
                labels.insert(it.key(), it.value().toString());
            if (!f.selector->matches(labels))
                return;
        }
    }
    QByteArray message = eventMessage(type, json);
    if (!f.fields.isEmpty())
        message = QJsonDocument(projectFields(QJsonDocument::fromJson(message).object(), f.fields.paths,
                                              f.fields.exclude))
                      .toJson(QJsonDocument::Compact);
    // The forwarder skips a message identical to the last one for this app.
    if (watch.lastSent.value(key) == message)
        return;
    watch.lastSent.insert(key, message);
    send(watch.connection, watch.sse, message);
}

void WatchHub::watchResourceTree(HttpConnection *connection, const HttpRequest &request,
                                 const QString &appKey)
{
    const bool sse = wantsSse(request);
    begin(connection, sse);
    m_treeWatches.push_back(TreeWatch{connection, sse, appKey});
}

void WatchHub::onTreeChanged(const QString &key)
{
    SimApp *app = m_state.app(key);
    if (!app)
        return;
    QByteArray message;
    for (TreeWatch &watch : m_treeWatches) {
        if (!watch.connection || watch.app != key)
            continue;
        if (message.isEmpty())
            message = R"({"result":)" +
                      QJsonDocument(m_controller.resourceTree(*app)).toJson(QJsonDocument::Compact) + '}';
        send(watch.connection, watch.sse, message);
    }
}

void WatchHub::keepAlive()
{
    for (AppWatch &watch : m_appWatches)
        if (watch.sse && watch.connection)
            watch.connection->writeChunk(":\n");
    for (TreeWatch &watch : m_treeWatches)
        if (watch.sse && watch.connection)
            watch.connection->writeChunk(":\n");
}

} // namespace sextant::fleetsim
