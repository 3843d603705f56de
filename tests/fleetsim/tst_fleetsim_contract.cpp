// The contract of sextant-fleetsim with the real Argo CD API, checked over
// loopback HTTP: every body against the swagger, the stream wire format byte
// for byte, Argo CD's error rules and its Secret masking.
//
// No raw string literals in this file (Qt 6.8 moc, see the lead's notes).
#include "fleetsim/fleetstate.h"
#include "tests/support/fleetsimfixture.h"
#include "tests/support/swaggervalidator.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sextant::testing;
using sextant::fleetsim::FleetSim;
using sextant::fleetsim::FleetSimConfig;
using sextant::testsupport::SwaggerValidator;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A JSON string literal as Go writes a plain message (quotes included).
QByteArray jsonString(const QString &text)
{
    const QByteArray array = compact(QJsonArray{text});
    return array.mid(1, array.size() - 2);
}

// The unary error body of grpc-gateway v1 (internal.Error, Go field order).
QByteArray unaryError(int code, const QString &message)
{
    return "{\"error\":" + jsonString(message) + ",\"code\":" + QByteArray::number(code) +
           ",\"message\":" + jsonString(message) + '}';
}

// The stream error chunk (internal.StreamError, Go field order).
QByteArray streamError(int grpcCode, int httpCode, const QString &message, const QByteArray &httpStatus)
{
    return "{\"error\":{\"grpc_code\":" + QByteArray::number(grpcCode) +
           ",\"http_code\":" + QByteArray::number(httpCode) + ",\"message\":" + jsonString(message) +
           ",\"http_status\":\"" + httpStatus + "\"}}";
}

QByteArray mergePatchBody(const QString &app, const QJsonObject &patch)
{
    return compact(QJsonObject{
        {u"name"_s, app}, {u"patchType"_s, u"merge"_s}, {u"patch"_s, QString::fromUtf8(compact(patch))}});
}

QJsonObject labelsPatch(const QJsonObject &labels)
{
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, labels}}}};
}

// A header of a raw stream answer (case-insensitive name); null when absent.
QByteArray streamHeader(const RawStream &stream, const QByteArray &name)
{
    const QList<QByteArray> lines = stream.head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// A stream body taken apart by its framing. Everything that does not follow
// the framing exactly is reported in `error`.
struct Frames {
    QList<QByteArray> raw;   // the JSON of each message, as sent
    QList<QJsonObject> json; // the same, parsed
    int keepAlives = 0;      // ":\n" comments
    QString error;

    QStringList names(const QString &type = {}) const
    {
        QStringList out;
        for (const QJsonObject &m : json) {
            const QJsonObject result = m.value(u"result"_s).toObject();
            if (type.isEmpty() || result.value(u"type"_s).toString() == type)
                out << at(result, u"application.metadata.name"_s).toString();
        }
        return out;
    }
};

bool addMessage(Frames &frames, const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isObject()) {
        frames.error =
            u"not a JSON object (%1): %2"_s.arg(parseError.errorString(), QString::fromUtf8(text.left(200)));
        return false;
    }
    frames.raw << text;
    frames.json << document.object();
    return true;
}

// NDJSON: one JSON object per line, each line ending in "\n"; no keep-alives.
Frames ndjsonFrames(const RawStream &stream)
{
    Frames frames;
    const QByteArray body = stream.chunks.join();
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype end = body.indexOf('\n', pos);
        if (end < 0) {
            frames.error = u"a message without its newline: "_s + QString::fromUtf8(body.mid(pos, 200));
            return frames;
        }
        const QByteArray line = body.mid(pos, end - pos);
        pos = end + 1;
        if (line == ":") {
            ++frames.keepAlives;
            continue;
        }
        if (!addMessage(frames, line))
            return frames;
    }
    return frames;
}

// SSE as argoproj/pkg writes it: "data: <json> \n\n" plus the "\n" delimiter,
// and ":\n" keep-alive comments between messages.
Frames sseFrames(const RawStream &stream)
{
    static const QByteArray prefix = "data: ";
    static const QByteArray suffix = " \n\n\n";
    Frames frames;
    const QByteArray body = stream.chunks.join();
    qsizetype pos = 0;
    while (pos < body.size()) {
        if (body.mid(pos, 2) == ":\n") {
            ++frames.keepAlives;
            pos += 2;
            continue;
        }
        if (body.mid(pos, prefix.size()) != prefix) {
            frames.error =
                u"neither a keep-alive nor a data frame: "_s + QString::fromUtf8(body.mid(pos, 200));
            return frames;
        }
        const qsizetype end = body.indexOf(suffix, pos);
        if (end < 0) {
            frames.error =
                u"a data frame not ended by \" \\n\\n\\n\": "_s + QString::fromUtf8(body.mid(pos, 200));
            return frames;
        }
        const QByteArray json = body.mid(pos + prefix.size(), end - pos - prefix.size());
        if (json.contains('\n')) {
            frames.error = u"a data frame with a line break inside"_s;
            return frames;
        }
        if (!addMessage(frames, json))
            return frames;
        pos = end + suffix.size();
    }
    return frames;
}

Frames framesOf(const RawStream &stream, bool sse)
{
    return sse ? sseFrames(stream) : ndjsonFrames(stream);
}

QString messageType(const QJsonObject &message)
{
    return at(message, u"result.type"_s).toString();
}
QString messageApp(const QJsonObject &message)
{
    return at(message, u"result.application.metadata.name"_s).toString();
}

// The identities of a tree's nodes, for comparing two trees.
QStringList nodeIds(const QJsonObject &tree)
{
    QStringList ids;
    for (const QJsonValue &n : tree.value(u"nodes"_s).toArray()) {
        const QJsonObject node = n.toObject();
        ids << QStringList{node.value(u"group"_s).toString(), node.value(u"kind"_s).toString(),
                           node.value(u"namespace"_s).toString(), node.value(u"name"_s).toString()}
                   .join(u'/');
    }
    ids.sort();
    return ids;
}

QJsonObject managedItem(const QJsonObject &body, const QString &kind)
{
    for (const QJsonValue &item : body.value(u"items"_s).toArray())
        if (item.toObject().value(u"kind"_s).toString() == kind)
            return item.toObject();
    return {};
}

// What a swagger row needs done before its request.
enum Prepare {
    NoPreparation,
    SyncFirst,          // POST sync of manual-prod-1 (operations never finish here)
    CurrentApplication, // the body is the current manual-prod-1 with a new label
    CurrentProject,     // the body is {"project": current team project, new description}
    StaleProject,       // the team project is updated first; the body keeps the old resourceVersion
};

} // namespace

class FleetsimContractTest : public QObject {
    Q_OBJECT

    std::optional<SwaggerValidator> m_swagger;
    std::unique_ptr<FleetsimFixture> m_sim;

    bool start(const FleetSimConfig &config = FleetsimFixture::testConfig())
    {
        m_sim = std::make_unique<FleetsimFixture>(config);
        if (m_sim->start())
            return true;
        qWarning("fleetsim did not start: %s", qPrintable(m_sim->errorString()));
        return false;
    }

    // Waits until the controller has nothing left to do (no app to compare,
    // recheck or operate), so that resourceVersions stand still.
    bool settle()
    {
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            bool quiet = true;
            m_sim->invoke([&quiet](FleetSim &sim) {
                for (const auto &[name, app] : sim.state().apps)
                    quiet = quiet && !app.dirty && !app.recheckAt.isValid() && !app.hasOperation();
            });
            if (quiet)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    QString resourceVersionOf(const QJsonObject &object)
    {
        return at(object, u"metadata.resourceVersion"_s).toString();
    }

    // Reads a stream; `action` runs once, as soon as the answer's head is in
    // (the subscription exists by then), and the read ends when `enough` holds.
    RawStream readStream(const QString &path, const QByteArray &accept, const std::function<void()> &action,
                         const std::function<bool(const RawStream &)> &enough, int timeoutMs = 10000,
                         const QString &token = u"admin"_s)
    {
        bool acted = false;
        return m_sim->readStream(
            path, accept, timeoutMs,
            [&](const RawStream &stream) {
                if (!acted) {
                    acted = true;
                    if (action)
                        action();
                    return false;
                }
                return enough && enough(stream);
            },
            token);
    }

    void checkSwagger(const QString &method, const QString &pathTemplate, int status, const QJsonValue &body)
    {
        if (!m_swagger)
            return; // the document is not available (said once at the start)
        const QStringList violations = m_swagger->validateResponse(method, pathTemplate, status, body);
        QVERIFY2(violations.isEmpty(),
                 qPrintable(u"%1 %2 %3:\n"_s.arg(method, pathTemplate).arg(status) + violations.join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        // Without the Argo CD API document the shape checks are skipped; every other
        // assertion of these tests runs.
        if (const QString reason = SwaggerValidator::unavailableReason(); !reason.isEmpty()) {
            qInfo().noquote() << reason;
            return;
        }
        QString error;
        m_swagger = SwaggerValidator::load(SwaggerValidator::defaultSwaggerPath(), &error);
        QVERIFY2(m_swagger, qPrintable(error));
    }

    void cleanup() { m_sim.reset(); }

    // 1. Every route answers in the shape of its swagger operation.
    void unaryAnswersMatchTheSwagger_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("prepare");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("operation");

        const QString admin = u"admin"_s;
        const QString anonymous;
        const auto row = [](const char *name, const QByteArray &method, const QString &path,
                            const QByteArray &body, const QString &token, int prepare, int status,
                            const QString &operation) {
            QTest::newRow(name) << method << path << body << token << prepare << status << operation;
        };
        const QByteArray login =
            compact(QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, u"password"_s}});
        const QByteArray wrongLogin =
            compact(QJsonObject{{u"username"_s, u"admin"_s}, {u"password"_s, u"nope"_s}});

        row("version, anonymous", "GET", u"/api/version"_s, {}, anonymous, NoPreparation, 200,
            u"/api/version"_s);
        row("version, logged in", "GET", u"/api/version"_s, {}, admin, NoPreparation, 200, u"/api/version"_s);
        row("login", "POST", u"/api/v1/session"_s, login, anonymous, NoPreparation, 200,
            u"/api/v1/session"_s);
        row("login, wrong password", "POST", u"/api/v1/session"_s, wrongLogin, anonymous, NoPreparation, 401,
            u"/api/v1/session"_s);
        row("logout", "DELETE", u"/api/v1/session"_s, {}, admin, NoPreparation, 200, u"/api/v1/session"_s);
        row("userinfo", "GET", u"/api/v1/session/userinfo"_s, {}, admin, NoPreparation, 200,
            u"/api/v1/session/userinfo"_s);
        row("settings, anonymous", "GET", u"/api/v1/settings"_s, {}, anonymous, NoPreparation, 200,
            u"/api/v1/settings"_s);
        row("settings, logged in", "GET", u"/api/v1/settings"_s, {}, admin, NoPreparation, 200,
            u"/api/v1/settings"_s);
        row("can-i", "GET", u"/api/v1/account/can-i/applications/sync/team%2Fmanual-prod-1"_s, {}, admin,
            NoPreparation, 200, u"/api/v1/account/can-i/{resource}/{action}/{subresource}"_s);
        row("can-i, read-only", "GET", u"/api/v1/account/can-i/applications/update/*"_s, {}, u"readonly"_s,
            NoPreparation, 200, u"/api/v1/account/can-i/{resource}/{action}/{subresource}"_s);
        row("clusters", "GET", u"/api/v1/clusters"_s, {}, admin, NoPreparation, 200, u"/api/v1/clusters"_s);
        row("cluster by server", "GET", u"/api/v1/clusters/https%3A%2F%2Fdev-1.test%3A6443"_s, {}, admin,
            NoPreparation, 200, u"/api/v1/clusters/{id.value}"_s);
        row("cluster by name", "GET", u"/api/v1/clusters/prod-1?id.type=name"_s, {}, admin, NoPreparation,
            200, u"/api/v1/clusters/{id.value}"_s);
        row("cluster unknown", "GET", u"/api/v1/clusters/nowhere?id.type=name"_s, {}, admin, NoPreparation,
            403, u"/api/v1/clusters/{id.value}"_s);
        row("repositories", "GET", u"/api/v1/repositories"_s, {}, admin, NoPreparation, 200,
            u"/api/v1/repositories"_s);
        row("projects", "GET", u"/api/v1/projects"_s, {}, admin, NoPreparation, 200, u"/api/v1/projects"_s);
        row("project", "GET", u"/api/v1/projects/frozen"_s, {}, admin, NoPreparation, 200,
            u"/api/v1/projects/{name}"_s);
        row("project unknown", "GET", u"/api/v1/projects/nope"_s, {}, admin, NoPreparation, 404,
            u"/api/v1/projects/{name}"_s);
        row("project update", "PUT", u"/api/v1/projects/team"_s, {}, admin, CurrentProject, 200,
            u"/api/v1/projects/{project.metadata.name}"_s);
        row("project update, stale", "PUT", u"/api/v1/projects/team"_s, {}, admin, StaleProject, 409,
            u"/api/v1/projects/{project.metadata.name}"_s);
        row("project windows, one active", "GET", u"/api/v1/projects/frozen/syncwindows"_s, {}, admin,
            NoPreparation, 200, u"/api/v1/projects/{name}/syncwindows"_s);
        row("project windows, none", "GET", u"/api/v1/projects/team/syncwindows"_s, {}, admin, NoPreparation,
            200, u"/api/v1/projects/{name}/syncwindows"_s);
        row("applications", "GET", u"/api/v1/applications"_s, {}, admin, NoPreparation, 200,
            u"/api/v1/applications"_s);
        row("applications, UI fields", "GET",
            u"/api/v1/"
            u"applications?fields=metadata.resourceVersion,items.metadata.name,items.metadata.namespace,"
            "items.metadata.annotations,items.metadata.labels,items.metadata.creationTimestamp,"
            "items.metadata.deletionTimestamp,items.spec.destination,items.spec.project,items.spec.source,"
            "items.spec.sources,items.spec.sourceHydrator,items.spec.syncPolicy,items.operation.sync,"
            "items.status.sourceHydrator,items.status.summary,items.status.sync.status,items.status.sync."
            "revision,"
            "items.status.health,items.status.operationState.phase,items.status.operationState.startedAt,"
            "items.status.operationState.finishedAt"_s,
            {}, admin, NoPreparation, 200, u"/api/v1/applications"_s);
        row("applications, selector", "GET", u"/api/v1/applications?selector=env%3Dprod&projects=team"_s, {},
            admin, NoPreparation, 200, u"/api/v1/applications"_s);
        row("application", "GET", u"/api/v1/applications/web-dev-1"_s, {}, admin, NoPreparation, 200,
            u"/api/v1/applications/{name}"_s);
        row("application, refresh", "GET", u"/api/v1/applications/manual-prod-1?refresh=normal"_s, {}, admin,
            NoPreparation, 200, u"/api/v1/applications/{name}"_s);
        row("application unknown", "GET", u"/api/v1/applications/nope"_s, {}, admin, NoPreparation, 403,
            u"/api/v1/applications/{name}"_s);
        row("application unknown in a project", "GET", u"/api/v1/applications/nope?project=team"_s, {}, admin,
            NoPreparation, 404, u"/api/v1/applications/{name}"_s);
        row("application update", "PUT", u"/api/v1/applications/manual-prod-1"_s, {}, admin,
            CurrentApplication, 200, u"/api/v1/applications/{application.metadata.name}"_s);
        row("application merge patch", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            mergePatchBody(
                u"web-dev-1"_s,
                QJsonObject{{u"spec"_s, QJsonObject{{u"syncPolicy"_s,
                                                     QJsonObject{{u"automated"_s,
                                                                  QJsonObject{{u"enabled"_s, false}}}}}}}}),
            admin, NoPreparation, 200, u"/api/v1/applications/{name}"_s);
        row("application json patch", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(QJsonObject{{u"name"_s, u"web-dev-1"_s},
                                {u"patchType"_s, u"json"_s},
                                {u"patch"_s, QString::fromUtf8(compact(QJsonArray{
                                                 QJsonObject{{u"op"_s, u"add"_s},
                                                             {u"path"_s, u"/metadata/labels/tier"_s},
                                                             {u"value"_s, u"web"_s}}}))}}),
            admin, NoPreparation, 200, u"/api/v1/applications/{name}"_s);
        row("application patch, unknown type", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(QJsonObject{
                {u"name"_s, u"web-dev-1"_s}, {u"patchType"_s, u"strategic"_s}, {u"patch"_s, u"{}"_s}}),
            admin, NoPreparation, 400, u"/api/v1/applications/{name}"_s);
        row("sync", "POST", u"/api/v1/applications/manual-prod-1/sync"_s,
            compact(QJsonObject{{u"prune"_s, true},
                                {u"dryRun"_s, false},
                                {u"strategy"_s, QJsonObject{{u"hook"_s, QJsonObject{{u"force"_s, false}}}}}}),
            admin, NoPreparation, 200, u"/api/v1/applications/{name}/sync"_s);
        row("sync, blocked by a window", "POST", u"/api/v1/applications/frozen-app/sync"_s, "{}", admin,
            NoPreparation, 403, u"/api/v1/applications/{name}/sync"_s);
        row("sync, operation running", "POST", u"/api/v1/applications/manual-prod-1/sync"_s, "{}", admin,
            SyncFirst, 400, u"/api/v1/applications/{name}/sync"_s);
        row("rollback", "POST", u"/api/v1/applications/manual-prod-1/rollback"_s,
            compact(QJsonObject{{u"id"_s, 0}}), admin, NoPreparation, 200,
            u"/api/v1/applications/{name}/rollback"_s);
        row("rollback, auto-sync on", "POST", u"/api/v1/applications/web-dev-1/rollback"_s,
            compact(QJsonObject{{u"id"_s, 0}}), admin, NoPreparation, 400,
            u"/api/v1/applications/{name}/rollback"_s);
        row("managed resources", "GET", u"/api/v1/applications/manual-prod-1/managed-resources"_s, {}, admin,
            NoPreparation, 200, u"/api/v1/applications/{applicationName}/managed-resources"_s);
        row("managed resources, UI fields", "GET",
            u"/api/v1/applications/manual-prod-1/managed-resources?fields=items.normalizedLiveState,"
            "items.predictedLiveState,items.group,items.kind,items.namespace,items.name"_s,
            {}, admin, NoPreparation, 200, u"/api/v1/applications/{applicationName}/managed-resources"_s);
        row("resource tree", "GET", u"/api/v1/applications/manual-prod-1/resource-tree"_s, {}, admin,
            NoPreparation, 200, u"/api/v1/applications/{applicationName}/resource-tree"_s);
        row("events", "GET", u"/api/v1/applications/manual-prod-1/events"_s, {}, admin, SyncFirst, 200,
            u"/api/v1/applications/{name}/events"_s);
        row("application windows, blocked", "GET", u"/api/v1/applications/frozen-app/syncwindows"_s, {},
            admin, NoPreparation, 200, u"/api/v1/applications/{name}/syncwindows"_s);
        row("application windows, open", "GET", u"/api/v1/applications/manual-prod-1/syncwindows"_s, {},
            admin, NoPreparation, 200, u"/api/v1/applications/{name}/syncwindows"_s);
        row("terminate", "DELETE", u"/api/v1/applications/manual-prod-1/operation"_s, {}, admin, SyncFirst,
            200, u"/api/v1/applications/{name}/operation"_s);
        row("terminate, nothing running", "DELETE", u"/api/v1/applications/manual-prod-1/operation"_s, {},
            admin, NoPreparation, 400, u"/api/v1/applications/{name}/operation"_s);
        row("delete application", "DELETE", u"/api/v1/applications/manual-prod-1"_s, {}, admin, NoPreparation,
            200, u"/api/v1/applications/{name}"_s);
    }

    void unaryAnswersMatchTheSwagger()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(int, prepare);
        QFETCH(int, status);
        QFETCH(QString, operation);

        auto config = FleetsimFixture::testConfig();
        config.controller.operationDelayMs = 600000; // a started operation stays Running
        QVERIFY(start(config));

        switch (prepare) {
        case SyncFirst:
            QCOMPARE(m_sim->post(u"/api/v1/applications/manual-prod-1/sync"_s, {}).status, 200);
            break;
        case CurrentApplication: {
            QJsonObject app = m_sim->app(u"manual-prod-1"_s);
            QJsonObject metadata = app.value(u"metadata"_s).toObject();
            QJsonObject labels = metadata.value(u"labels"_s).toObject();
            labels.insert(u"reviewed"_s, u"yes"_s);
            metadata.insert(u"labels"_s, labels);
            app.insert(u"metadata"_s, metadata);
            body = compact(app);
            break;
        }
        case CurrentProject:
        case StaleProject: {
            QJsonObject project = m_sim->get(u"/api/v1/projects/team"_s).json();
            QVERIFY(!resourceVersionOf(project).isEmpty());
            QJsonObject spec = project.value(u"spec"_s).toObject();
            spec.insert(u"description"_s, u"changed by the contract test"_s);
            project.insert(u"spec"_s, spec);
            body = compact(QJsonObject{{u"project"_s, project}});
            if (prepare == StaleProject)
                QCOMPARE(m_sim->request("PUT", u"/api/v1/projects/team"_s, body).status, 200);
            break;
        }
        default: break;
        }

        const HttpReply reply = m_sim->request(method, path, body, token);
        QVERIFY2(reply.networkError.isEmpty(), qPrintable(reply.networkError));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        QVERIFY2(document.isObject(),
                 qPrintable(parseError.errorString() + u": "_s + QString::fromUtf8(reply.body)));
        checkSwagger(QString::fromLatin1(method), operation, status, document.object());
        if (status >= 400) {
            // grpc-gateway's unary error: error and message are the same text.
            const QJsonObject error = document.object();
            QCOMPARE(error.value(u"error"_s), error.value(u"message"_s));
            QCOMPARE(reply.body,
                     unaryError(error.value(u"code"_s).toInt(), error.value(u"message"_s).toString()));
        }
    }

    // What depends on being logged in (proto3 drops the rest).
    void anonymousCallersGetLess()
    {
        QVERIFY(start());
        QCOMPARE(m_sim->get(u"/api/version"_s, QString()).json().keys(), QStringList{u"Version"_s});
        const QJsonObject version = m_sim->get(u"/api/version"_s).json();
        for (const QString &key :
             {u"Version"_s, u"BuildDate"_s, u"GitCommit"_s, u"GoVersion"_s, u"Platform"_s,
              u"KubectlVersion"_s, u"HelmVersion"_s, u"KustomizeVersion"_s})
            QVERIFY2(version.value(key).isString(), qPrintable(key));
        QVERIFY(!m_sim->get(u"/api/v1/settings"_s, QString()).json().contains(u"controllerNamespace"_s));
        QVERIFY(m_sim->get(u"/api/v1/settings"_s).json().contains(u"controllerNamespace"_s));
        const QJsonObject info = m_sim->get(u"/api/v1/session/userinfo"_s).json();
        QCOMPARE(info.value(u"loggedIn"_s).toBool(), true);
        QCOMPARE(info.value(u"username"_s).toString(), u"admin"_s);
        QCOMPARE(m_sim->get(u"/api/v1/projects/team/syncwindows"_s).body, QByteArray("{}"));
    }

    // 1b. List's `fields`: a fixed allow-list; metadata always written.
    void listFieldsUseTheAllowList_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QStringList>("present"); // in every item
        QTest::addColumn<QStringList>("absent");  // in no item

        QTest::newRow("include, beyond the list")
            << u"metadata.resourceVersion,items.metadata.name,items.metadata.resourceVersion,items.status."
               u"history,"
               "items.status.sync.status"_s
            << QStringList{u"metadata.name"_s, u"status.sync.status"_s}
            << QStringList{u"metadata.resourceVersion"_s, u"status.history"_s, u"spec"_s, u"status.health"_s,
                           u"metadata.namespace"_s};
        QTest::newRow("include, no list metadata asked")
            << u"items.metadata.name,items.spec.project"_s
            << QStringList{u"metadata.name"_s, u"spec.project"_s}
            << QStringList{u"metadata.resourceVersion"_s, u"spec.destination"_s, u"status"_s};
        QTest::newRow("exclude history")
            << u"-items.status.history"_s
            << QStringList{u"metadata.name"_s, u"spec.project"_s, u"spec.destination"_s,
                           u"status.sync.status"_s, u"status.health.status"_s}
            << QStringList{u"metadata.resourceVersion"_s, u"status.history"_s, u"status.reconciledAt"_s,
                           u"metadata.uid"_s};
        QTest::newRow("exclude resourceVersion")
            << u"-items.metadata.resourceVersion"_s
            << QStringList{u"metadata.name"_s, u"spec.source"_s, u"status.sync.status"_s}
            << QStringList{u"metadata.resourceVersion"_s, u"status.history"_s};
    }

    void listFieldsUseTheAllowList()
    {
        QFETCH(QString, fields);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QVERIFY(start());
        const HttpReply full = m_sim->get(u"/api/v1/applications"_s);
        const HttpReply reply = m_sim->get(u"/api/v1/applications?fields="_s + fields);
        QCOMPARE(reply.status, 200);
        const QJsonObject list = reply.json();
        checkSwagger(u"GET"_s, u"/api/v1/applications"_s, 200, list);
        // On the non-SSE path the list's metadata is always written.
        QVERIFY(!at(list, u"metadata.resourceVersion"_s).toString().isEmpty());
        const QJsonArray items = list.value(u"items"_s).toArray();
        QCOMPARE(items.size(), full.json().value(u"items"_s).toArray().size());
        QStringList names;
        for (const QJsonValue &item : items) {
            names << at(item, u"metadata.name"_s).toString();
            for (const QString &path : present)
                QVERIFY2(!at(item, path).isUndefined(), qPrintable(names.last() + u": no "_s + path));
            for (const QString &path : absent)
                QVERIFY2(at(item, path).isUndefined(), qPrintable(names.last() + u": has "_s + path));
        }
        QCOMPARE(names, (QStringList{u"frozen-app"_s, u"manual-prod-1"_s, u"web-dev-1"_s}));
    }

    // 2. NDJSON: one JSON line per message, chunked, no keep-alives.
    void ndjsonStreamIsOneLinePerMessage()
    {
        QVERIFY(start());
        QVERIFY(settle());
        // Longer than two SSE keep-alive periods, to show NDJSON has none.
        const RawStream stream = m_sim->readStream(u"/api/v1/stream/applications"_s, QByteArray(), 900);
        QCOMPARE(stream.status, 200);
        QVERIFY(stream.head.startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(streamHeader(stream, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(streamHeader(stream, "Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(streamHeader(stream, "Content-Length").isNull());
        QVERIFY(streamHeader(stream, "Content-Encoding").isNull());
        QVERIFY(!stream.ended);

        const Frames frames = ndjsonFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QCOMPARE(frames.keepAlives, 0);
        QCOMPARE(frames.names(), (QStringList{u"frozen-app"_s, u"manual-prod-1"_s, u"web-dev-1"_s}));
        for (qsizetype i = 0; i < frames.raw.size(); ++i) {
            // {"result":{"type":…,"application":…}}: type first, as Go writes the struct.
            const QByteArray &raw = frames.raw[i];
            QVERIFY2(raw.startsWith("{\"result\":{\"type\":\"ADDED\",\"application\":{"),
                     raw.left(60).constData());
            QVERIFY(raw.endsWith("}}}"));
            QCOMPARE(frames.json[i].keys(), QStringList{u"result"_s});
            QCOMPARE(frames.json[i].value(u"result"_s).toObject().keys(),
                     (QStringList{u"application"_s, u"type"_s}));
            checkSwagger(u"GET"_s, u"/api/v1/stream/applications"_s, 200, frames.json[i]);
        }
        // The snapshot carries the same full object as GET.
        const QJsonObject web = m_sim->app(u"web-dev-1"_s);
        QCOMPARE(at(frames.json.last(), u"result.application"_s).toObject(), web);
        // Each line is its own chunk, ending in its newline.
        for (const QByteArray &chunk : stream.chunks)
            QVERIFY(chunk.endsWith("}}}\n"));
    }

    // 2. SSE: "data: <json> \n\n\n" frames and ":\n" keep-alives, never compressed.
    void sseStreamIsFramedAsArgoCdFramesIt()
    {
        QVERIFY(start());
        QVERIFY(settle());
        const RawStream stream = m_sim->readStream(
            u"/api/v1/stream/applications"_s, "text/event-stream", 10000, [](const RawStream &s) {
                const Frames frames = sseFrames(s);
                return !frames.error.isEmpty() || (frames.json.size() >= 3 && frames.keepAlives >= 2);
            });
        QCOMPARE(stream.status, 200);
        QCOMPARE(streamHeader(stream, "Content-Type"), QByteArray("text/event-stream"));
        QCOMPARE(streamHeader(stream, "X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(streamHeader(stream, "Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(streamHeader(stream, "Content-Encoding").isNull());

        const Frames frames = sseFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QVERIFY(frames.keepAlives >= 2);
        QCOMPARE(frames.names(u"ADDED"_s),
                 (QStringList{u"frozen-app"_s, u"manual-prod-1"_s, u"web-dev-1"_s}));
        for (qsizetype i = 0; i < frames.raw.size(); ++i) {
            QVERIFY(frames.raw[i].startsWith("{\"result\":{\"type\":\"ADDED\",\"application\":{"));
            checkSwagger(u"GET"_s, u"/api/v1/stream/applications"_s, 200, frames.json[i]);
        }
        // Byte for byte, the first frame is exactly the message between its framing.
        QCOMPARE(stream.chunks.first(), "data: " + frames.raw.first() + " \n\n\n");
        // The snapshot comes before the first keep-alive.
        QVERIFY(stream.chunks.indexOf(":\n") > 2);
    }

    // SSE only for exactly "Accept: text/event-stream" (argoproj/pkg compares the whole value).
    void otherAcceptValuesGetNdjson_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::newRow("application/json") << QByteArray("application/json");
        QTest::newRow("a list naming event-stream") << QByteArray("text/event-stream, application/json");
        QTest::newRow("wildcard") << QByteArray("*/*");
    }

    void otherAcceptValuesGetNdjson()
    {
        QFETCH(QByteArray, accept);
        QVERIFY(start());
        const RawStream stream = m_sim->readStream(u"/api/v1/stream/applications"_s, accept, 10000,
                                                   [](const RawStream &s) { return s.chunks.size() >= 3; });
        QCOMPARE(stream.status, 200);
        QCOMPARE(streamHeader(stream, "Content-Type"), QByteArray("application/json"));
        const Frames frames = ndjsonFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QCOMPARE(frames.names(u"ADDED"_s),
                 (QStringList{u"frozen-app"_s, u"manual-prod-1"_s, u"web-dev-1"_s}));
    }

    // 2. The initial ADDED snapshot: only without resourceVersion, or with name;
    // sorted; filtered like every event. A marker change to an app the row
    // lets through ends each read, so "no snapshot" is seen, not waited for.
    void snapshotRules_data()
    {
        QTest::addColumn<QString>("query"); // {list}: the list's resourceVersion; {app}: manual-prod-1's
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QStringList>("snapshot");
        QTest::addColumn<QStringList>("allowed"); // every message is about one of these

        const QStringList all{u"frozen-app"_s, u"manual-prod-1"_s, u"web-dev-1"_s};
        QTest::newRow("no resourceVersion") << QString() << u"manual-prod-1"_s << all << all;
        QTest::newRow("resourceVersion of the list")
            << u"resourceVersion={list}"_s << u"manual-prod-1"_s << QStringList() << all;
        QTest::newRow("name and the app's resourceVersion")
            << u"name=manual-prod-1&resourceVersion={app}"_s << u"manual-prod-1"_s
            << QStringList{u"manual-prod-1"_s} << QStringList{u"manual-prod-1"_s};
        QTest::newRow("name and a newer resourceVersion")
            << u"name=manual-prod-1&resourceVersion={app+1}"_s << u"manual-prod-1"_s << QStringList()
            << QStringList{u"manual-prod-1"_s};
        QTest::newRow("name only") << u"name=frozen-app"_s << u"frozen-app"_s << QStringList{u"frozen-app"_s}
                                   << QStringList{u"frozen-app"_s};
        QTest::newRow("projects") << u"projects=team"_s << u"web-dev-1"_s
                                  << QStringList{u"manual-prod-1"_s, u"web-dev-1"_s}
                                  << QStringList{u"manual-prod-1"_s, u"web-dev-1"_s};
        QTest::newRow("legacy project") << u"project=frozen"_s << u"frozen-app"_s
                                        << QStringList{u"frozen-app"_s} << QStringList{u"frozen-app"_s};
        QTest::newRow("selector") << u"selector=env%3Dprod"_s << u"frozen-app"_s
                                  << QStringList{u"frozen-app"_s, u"manual-prod-1"_s}
                                  << QStringList{u"frozen-app"_s, u"manual-prod-1"_s};
        QTest::newRow("selector and resourceVersion")
            << u"selector=env%3Dprod&resourceVersion={list}"_s << u"manual-prod-1"_s << QStringList()
            << QStringList{u"frozen-app"_s, u"manual-prod-1"_s};
    }

    void snapshotRules()
    {
        QFETCH(QString, query);
        QFETCH(QString, marker);
        QFETCH(QStringList, snapshot);
        QFETCH(QStringList, allowed);
        QVERIFY(start());
        QVERIFY(settle());
        const QString listVersion =
            at(m_sim->get(u"/api/v1/applications"_s).json(), u"metadata.resourceVersion"_s).toString();
        const qint64 appVersion = resourceVersionOf(m_sim->app(u"manual-prod-1"_s)).toLongLong();
        query.replace(u"{list}"_s, listVersion)
            .replace(u"{app+1}"_s, QString::number(appVersion + 1))
            .replace(u"{app}"_s, QString::number(appVersion));

        const auto markerArrived = [&](const RawStream &s) {
            const Frames frames = ndjsonFrames(s);
            if (!frames.error.isEmpty())
                return true;
            for (const QJsonObject &m : frames.json)
                if (messageApp(m) == marker &&
                    at(m, u"result.application.metadata.labels.marker"_s).toString() == u"1"_s)
                    return true;
            return false;
        };
        const RawStream stream = readStream(
            u"/api/v1/stream/applications?"_s + query, QByteArray(),
            [&] {
                QCOMPARE(m_sim
                             ->request("PATCH", u"/api/v1/applications/"_s + marker,
                                       mergePatchBody(marker, labelsPatch({{u"marker"_s, u"1"_s}})))
                             .status,
                         200);
            },
            markerArrived);
        QCOMPARE(stream.status, 200);
        const Frames frames = ndjsonFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QVERIFY2(markerArrived(stream), "the marker change never arrived");
        QCOMPARE(frames.names(u"ADDED"_s), snapshot);
        // The snapshot comes first, then only MODIFIED events.
        for (qsizetype i = 0; i < frames.json.size(); ++i) {
            QCOMPARE(messageType(frames.json[i]), i < snapshot.size() ? u"ADDED"_s : u"MODIFIED"_s);
            QVERIFY2(allowed.contains(messageApp(frames.json[i])), qPrintable(messageApp(frames.json[i])));
            checkSwagger(u"GET"_s, u"/api/v1/stream/applications"_s, 200, frames.json[i]);
        }
        const QJsonObject last = frames.json.last();
        QCOMPARE(messageApp(last), marker);
        if (!listVersion.isEmpty() && query.contains(u"resourceVersion"_s))
            QVERIFY(resourceVersionOf(at(last, u"result.application"_s).toObject()).toLongLong() >
                    listVersion.toLongLong());
    }

    // 2. Events for apps below the given resourceVersion are dropped, changes included.
    void resourceVersionFiltersEvents()
    {
        QVERIFY(start());
        QVERIFY(settle());
        const qint64 listVersion =
            at(m_sim->get(u"/api/v1/applications"_s).json(), u"metadata.resourceVersion"_s)
                .toString()
                .toLongLong();
        const qint64 floor = listVersion + 500;
        const auto patchMarker = [&](const QString &value) {
            return m_sim->request("PATCH", u"/api/v1/applications/manual-prod-1"_s,
                                  mergePatchBody(u"manual-prod-1"_s, labelsPatch({{u"marker"_s, value}})));
        };
        const auto sawSecond = [](const RawStream &s) {
            const Frames frames = ndjsonFrames(s);
            if (!frames.error.isEmpty())
                return true;
            for (const QJsonObject &m : frames.json)
                if (at(m, u"result.application.metadata.labels.marker"_s).toString() == u"2"_s)
                    return true;
            return false;
        };
        const RawStream stream = readStream(
            u"/api/v1/stream/applications?resourceVersion="_s + QString::number(floor), QByteArray(),
            [&] {
                // Below the floor: dropped.
                const HttpReply first = patchMarker(u"1"_s);
                QCOMPARE(first.status, 200);
                QVERIFY(resourceVersionOf(first.json()).toLongLong() < floor);
                // Other objects move etcd's counter on; the next change is above the floor.
                m_sim->invoke([](FleetSim &sim) {
                    for (int i = 0; i < 1000; ++i)
                        sim.state().nextVersion();
                });
                const HttpReply second = patchMarker(u"2"_s);
                QCOMPARE(second.status, 200);
                QVERIFY(resourceVersionOf(second.json()).toLongLong() >= floor);
            },
            sawSecond);
        const Frames frames = ndjsonFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QVERIFY(sawSecond(stream));
        QCOMPARE(frames.names(u"ADDED"_s), QStringList());
        for (const QJsonObject &m : frames.json) {
            QVERIFY(resourceVersionOf(at(m, u"result.application"_s).toObject()).toLongLong() >= floor);
            QVERIFY(at(m, u"result.application.metadata.labels.marker"_s).toString() != u"1"_s);
        }
    }

    // 2. De-duplication: a no-op update sends nothing.
    void noOpUpdateSendsNoEvent()
    {
        QVERIFY(start());
        QVERIFY(settle());
        const QJsonObject before = m_sim->app(u"frozen-app"_s);
        const RawStream stream = readStream(
            u"/api/v1/stream/applications?name=frozen-app"_s, QByteArray(),
            [&] {
                // The labels it already has: Kubernetes skips the write.
                const HttpReply same =
                    m_sim->request("PATCH", u"/api/v1/applications/frozen-app"_s,
                                   mergePatchBody(u"frozen-app"_s,
                                                  labelsPatch(at(before, u"metadata.labels"_s).toObject())));
                QCOMPARE(same.status, 200);
                QCOMPARE(resourceVersionOf(same.json()), resourceVersionOf(before));
                // The whole object back, unchanged, through PUT.
                QCOMPARE(m_sim->request("PUT", u"/api/v1/applications/frozen-app"_s, compact(before)).status,
                         200);
                QCOMPARE(m_sim
                             ->request("PATCH", u"/api/v1/applications/frozen-app"_s,
                                       mergePatchBody(u"frozen-app"_s, labelsPatch({{u"marker"_s, u"1"_s}})))
                             .status,
                         200);
            },
            [](const RawStream &s) { return ndjsonFrames(s).json.size() >= 2; });
        const Frames frames = ndjsonFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QCOMPARE(frames.json.size(), 2);
        QCOMPARE(messageType(frames.json[0]), u"ADDED"_s);
        QCOMPARE(at(frames.json[0], u"result.application"_s).toObject(), before);
        QCOMPARE(messageType(frames.json[1]), u"MODIFIED"_s);
        QCOMPARE(at(frames.json[1], u"result.application.metadata.labels.marker"_s).toString(), u"1"_s);
        QCOMPARE(resourceVersionOf(m_sim->app(u"frozen-app"_s)),
                 resourceVersionOf(at(frames.json[1], u"result.application"_s).toObject()));
    }

    // 2. De-duplication compares after the fields projection.
    void projectedStreamSkipsIdenticalMessages()
    {
        QVERIFY(start());
        QVERIFY(settle());
        const auto patch = [&](const QJsonObject &p) {
            QCOMPARE(m_sim
                         ->request("PATCH", u"/api/v1/applications/frozen-app"_s,
                                   mergePatchBody(u"frozen-app"_s, p))
                         .status,
                     200);
        };
        const RawStream stream = readStream(
            u"/api/v1/stream/"
            u"applications?name=frozen-app&fields=result.type,result.application.metadata.name,"
            "result.application.metadata.labels"_s,
            QByteArray(),
            [&] {
                patch(labelsPatch({{u"marker"_s, u"1"_s}}));
                // Outside the projection: the same bytes as the previous message.
                patch(QJsonObject{
                    {u"metadata"_s, QJsonObject{{u"annotations"_s, QJsonObject{{u"note"_s, u"x"_s}}}}}});
                patch(labelsPatch({{u"marker"_s, u"2"_s}}));
            },
            [](const RawStream &s) {
                const Frames frames = ndjsonFrames(s);
                return !frames.error.isEmpty() ||
                       (!frames.json.isEmpty() &&
                        at(frames.json.last(), u"result.application.metadata.labels.marker"_s).toString() ==
                            u"2"_s);
            });
        const Frames frames = ndjsonFrames(stream);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QCOMPARE(frames.json.size(), 3);
        QStringList markers;
        for (const QJsonObject &m : frames.json) {
            markers << messageType(m) + u':' +
                           at(m, u"result.application.metadata.labels.marker"_s).toString();
            // Only the projected paths.
            QCOMPARE(at(m, u"result.application"_s).toObject().keys(), QStringList{u"metadata"_s});
            QCOMPARE(at(m, u"result.application.metadata"_s).toObject().keys(),
                     (QStringList{u"labels"_s, u"name"_s}));
        }
        QCOMPARE(markers, (QStringList{u"ADDED:"_s, u"MODIFIED:1"_s, u"MODIFIED:2"_s}));
    }

    // 2. The resource-tree stream: no initial message, then the whole tree per change.
    void resourceTreeStreamSendsWholeTreesAfterChanges_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::newRow("ndjson") << QByteArray();
        QTest::newRow("sse") << QByteArray("text/event-stream");
    }

    void resourceTreeStreamSendsWholeTreesAfterChanges()
    {
        QFETCH(QByteArray, accept);
        const bool sse = !accept.isEmpty();
        QVERIFY(start());
        QVERIFY(settle());
        const QJsonObject before = m_sim->get(u"/api/v1/applications/manual-prod-1/resource-tree"_s).json();
        const RawStream stream = readStream(
            u"/api/v1/stream/applications/manual-prod-1/resource-tree"_s, accept,
            [&] { QCOMPARE(m_sim->post(u"/api/v1/applications/manual-prod-1/sync"_s, {}).status, 200); },
            [&](const RawStream &s) {
                const Frames frames = framesOf(s, sse);
                return !frames.error.isEmpty() || (!frames.json.isEmpty() && (!sse || frames.keepAlives > 0));
            });
        QCOMPARE(stream.status, 200);
        QCOMPARE(streamHeader(stream, "Content-Type"),
                 sse ? QByteArray("text/event-stream") : QByteArray("application/json"));
        QCOMPARE(streamHeader(stream, "Transfer-Encoding"), QByteArray("chunked"));
        const Frames frames = framesOf(stream, sse);
        QVERIFY2(frames.error.isEmpty(), qPrintable(frames.error));
        QVERIFY(!frames.json.isEmpty());
        for (qsizetype i = 0; i < frames.json.size(); ++i) {
            QVERIFY(frames.raw[i].startsWith("{\"result\":{"));
            QCOMPARE(frames.json[i].keys(), QStringList{u"result"_s});
            checkSwagger(u"GET"_s, u"/api/v1/stream/applications/{applicationName}/resource-tree"_s, 200,
                         frames.json[i]);
        }
        // The first message already shows the sync's result: nothing was sent on subscribing.
        const QJsonObject first = frames.json.first().value(u"result"_s).toObject();
        bool configMapLive = false;
        for (const QJsonValue &n : first.value(u"nodes"_s).toArray())
            if (n.toObject().value(u"kind"_s).toString() == u"ConfigMap"_s)
                configMapLive = n.toObject().contains(u"uid"_s);
        QVERIFY2(configMapLive, "the first tree message predates the change");
        for (const QJsonValue &n : before.value(u"nodes"_s).toArray())
            if (n.toObject().value(u"kind"_s).toString() == u"ConfigMap"_s)
                QVERIFY(!n.toObject().contains(u"uid"_s));
        // The whole tree, not a delta.
        QVERIFY(settle());
        const QJsonObject after = m_sim->get(u"/api/v1/applications/manual-prod-1/resource-tree"_s).json();
        QCOMPARE(nodeIds(first), nodeIds(after));
        QVERIFY(nodeIds(first).size() > 3);
    }

    // 2. Errors before any data: the status from the gRPC code, one error chunk.
    void streamErrorsBeforeData_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("grpcCode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("statusText");
        QTest::addColumn<QString>("message"); // a prefix when it ends in "…"

        const QString apps = u"/api/v1/stream/applications"_s;
        const QString tree = u"/api/v1/stream/applications/%1/resource-tree"_s;
        for (const QByteArray &accept : {QByteArray(), QByteArray("text/event-stream")}) {
            const QByteArray mode = accept.isEmpty() ? "ndjson" : "sse";
            QTest::addRow("%s, no token", mode.constData())
                << apps << accept << QString() << 16 << 401 << QByteArray("Unauthorized")
                << u"no session information"_s;
            QTest::addRow("%s, bad token", mode.constData())
                << apps << accept << u"not-a-jwt"_s << 16 << 401 << QByteArray("Unauthorized")
                << u"invalid session: …"_s;
            QTest::addRow("%s, tree, no token", mode.constData())
                << tree.arg(u"web-dev-1"_s) << accept << QString() << 16 << 401 << QByteArray("Unauthorized")
                << u"no session information"_s;
            QTest::addRow("%s, tree of an unknown app", mode.constData())
                << tree.arg(u"nope"_s) << accept << u"admin"_s << 7 << 403 << QByteArray("Forbidden")
                << u"permission denied"_s;
            QTest::addRow("%s, tree of an unknown app in a project", mode.constData())
                << tree.arg(u"nope"_s) + u"?project=team"_s << accept << u"admin"_s << 5 << 404
                << QByteArray("Not Found") << u"applications.argoproj.io \"nope\" not found"_s;
        }
    }

    void streamErrorsBeforeData()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, accept);
        QFETCH(QString, token);
        QFETCH(int, grpcCode);
        QFETCH(int, status);
        QFETCH(QByteArray, statusText);
        QFETCH(QString, message);
        const bool sse = !accept.isEmpty();
        QVERIFY(start());
        const RawStream stream = m_sim->readStream(path, accept, 10000, {}, token);
        QCOMPARE(stream.status, status);
        QVERIFY(stream.head.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText + "\r\n"));
        QCOMPARE(streamHeader(stream, "Content-Type"),
                 sse ? QByteArray("text/event-stream") : QByteArray("application/json"));
        if (sse)
            QCOMPARE(streamHeader(stream, "X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(stream.ended);
        QCOMPARE(stream.chunks.size(), 1);

        QByteArray json = stream.chunks.first();
        if (sse) {
            // The marshaler's framing only; no delimiter follows an error.
            QVERIFY2(json.startsWith("data: ") && json.endsWith(" \n\n") && !json.endsWith(" \n\n\n"),
                     json.constData());
            json = json.mid(6, json.size() - 9);
        }
        const QJsonObject error = QJsonDocument::fromJson(json).object();
        checkSwagger(u"GET"_s, path.section(u'?', 0, 0), status, error);
        QString sent = at(error, u"error.message"_s).toString();
        if (message.endsWith(u'…'))
            QVERIFY2(sent.startsWith(message.chopped(1)), qPrintable(sent));
        else
            QCOMPARE(sent, message);
        // Byte for byte, in Go's field order, and without a trailing newline.
        QCOMPARE(json, streamError(grpcCode, status, sent, statusText));
    }

    // 3. Non-GET requests need exactly Content-Type: application/json (any case).
    void contentTypeIsEnforced_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");

        const QString sync = u"/api/v1/applications/manual-prod-1/sync"_s;
        QTest::newRow("POST without") << QByteArray("POST") << sync << QByteArray() << 415;
        QTest::newRow("POST with charset")
            << QByteArray("POST") << sync << QByteArray("application/json; charset=utf-8") << 415;
        QTest::newRow("POST text/plain") << QByteArray("POST") << sync << QByteArray("text/plain") << 415;
        QTest::newRow("POST form") << QByteArray("POST") << sync
                                   << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("POST other case")
            << QByteArray("POST") << sync << QByteArray("Application/JSON") << 200;
        QTest::newRow("DELETE without")
            << QByteArray("DELETE") << u"/api/v1/applications/manual-prod-1/operation"_s << QByteArray()
            << 415;
        QTest::newRow("DELETE app with charset")
            << QByteArray("DELETE") << u"/api/v1/applications/manual-prod-1"_s
            << QByteArray("application/json;charset=utf-8") << 415;
        QTest::newRow("PUT project without")
            << QByteArray("PUT") << u"/api/v1/projects/team"_s << QByteArray() << 415;
        QTest::newRow("PATCH with charset") << QByteArray("PATCH") << u"/api/v1/applications/manual-prod-1"_s
                                            << QByteArray("application/json; charset=utf-8") << 415;
        QTest::newRow("login without") << QByteArray("POST") << u"/api/v1/session"_s << QByteArray() << 415;
        QTest::newRow("unknown route without")
            << QByteArray("POST") << u"/api/v1/nothing"_s << QByteArray() << 415;
    }

    void contentTypeIsEnforced()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QVERIFY(start());
        const HttpReply reply = m_sim->request(method, path, "{}", u"admin"_s, {}, contentType);
        QCOMPARE(reply.status, status);
        if (status == 415) {
            // Go's http.Error: plain text ending in a newline.
            QCOMPARE(reply.body, QByteArray("Invalid content type\n"));
            QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
            QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
            // Refused before anything ran.
            const QJsonObject app = m_sim->app(u"manual-prod-1"_s);
            QVERIFY(!app.isEmpty());
            QVERIFY(!app.contains(u"operation"_s));
        }
    }

    // 3. The unary error rules: gRPC codes, messages and HTTP statuses as Argo CD sends them.
    void errorRules_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // a prefix when it ends in "…"

        const QString admin = u"admin"_s;
        const auto row = [](const char *name, const QByteArray &method, const QString &path,
                            const QByteArray &body, const QString &token, int status, int code,
                            const QString &message) {
            QTest::newRow(name) << method << path << body << token << status << code << message;
        };
        row("no token", "GET", u"/api/v1/applications"_s, {}, QString(), 401, 16,
            u"no session information"_s);
        row("no token, write", "POST", u"/api/v1/applications/manual-prod-1/sync"_s, "{}", QString(), 401, 16,
            u"no session information"_s);
        row("not a JWT", "GET", u"/api/v1/applications"_s, {}, u"garbage"_s, 401, 16,
            u"invalid session: …"_s);
        row("forged JWT", "GET", u"/api/v1/clusters"_s, {},
            u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbjpsb2dpbiJ9.c2lnbmF0dXJl"_s, 401, 16,
            u"invalid session: …"_s);

        const QByteArray syncBody = "{}";
        const QByteArray patchBody = mergePatchBody(u"nope"_s, labelsPatch({{u"a"_s, u"b"_s}}));
        row("unknown app: get", "GET", u"/api/v1/applications/nope"_s, {}, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app: managed resources", "GET", u"/api/v1/applications/nope/managed-resources"_s, {},
            admin, 403, 7, u"permission denied"_s);
        row("unknown app: resource tree", "GET", u"/api/v1/applications/nope/resource-tree"_s, {}, admin, 403,
            7, u"permission denied"_s);
        row("unknown app: events", "GET", u"/api/v1/applications/nope/events"_s, {}, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app: windows", "GET", u"/api/v1/applications/nope/syncwindows"_s, {}, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app: sync", "POST", u"/api/v1/applications/nope/sync"_s, syncBody, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app: rollback", "POST", u"/api/v1/applications/nope/rollback"_s,
            compact(QJsonObject{{u"id"_s, 0}}), admin, 403, 7, u"permission denied"_s);
        row("unknown app: patch", "PATCH", u"/api/v1/applications/nope"_s, patchBody, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app: terminate", "DELETE", u"/api/v1/applications/nope/operation"_s, {}, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app: delete", "DELETE", u"/api/v1/applications/nope"_s, {}, admin, 403, 7,
            u"permission denied"_s);
        row("unknown app in a project", "GET", u"/api/v1/applications/nope?project=team"_s, {}, admin, 404, 5,
            u"applications.argoproj.io \"nope\" not found"_s);
        row("app in another project", "GET", u"/api/v1/applications/web-dev-1?project=frozen"_s, {}, admin,
            404, 5, u"applications.argoproj.io \"web-dev-1\" not found"_s);
        row("unknown app in a project: sync", "POST", u"/api/v1/applications/nope/sync?project=team"_s,
            syncBody, admin, 404, 5, u"applications.argoproj.io \"nope\" not found"_s);

        row("patch type unknown", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(QJsonObject{
                {u"name"_s, u"web-dev-1"_s}, {u"patchType"_s, u"strategic"_s}, {u"patch"_s, u"{}"_s}}),
            admin, 400, 3, u"Patch type 'strategic' is not supported"_s);
        row("json patch not JSON", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(
                QJsonObject{{u"name"_s, u"web-dev-1"_s}, {u"patchType"_s, u"json"_s}, {u"patch"_s, u"[{"_s}}),
            admin, 500, 2, u"…"_s);
        row("default patch type is json", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(QJsonObject{{u"name"_s, u"web-dev-1"_s}, {u"patch"_s, u"{\"spec\":{}}"_s}}), admin, 500,
            2, u"…"_s);
        row("merge patch not JSON", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(QJsonObject{
                {u"name"_s, u"web-dev-1"_s}, {u"patchType"_s, u"merge"_s}, {u"patch"_s, u"{\"spec\""_s}}),
            admin, 500, 2, u"…"_s);
        row("json patch on a missing path", "PATCH", u"/api/v1/applications/web-dev-1"_s,
            compact(QJsonObject{
                {u"name"_s, u"web-dev-1"_s},
                {u"patchType"_s, u"json"_s},
                {u"patch"_s,
                 QString::fromUtf8(compact(QJsonArray{QJsonObject{
                     {u"op"_s, u"replace"_s}, {u"path"_s, u"/spec/nothing/here"_s}, {u"value"_s, 1}}}))}}),
            admin, 500, 2, u"…"_s);
        row("rollback id as a string", "POST", u"/api/v1/applications/manual-prod-1/rollback"_s,
            compact(QJsonObject{{u"id"_s, u"0"_s}}), admin, 400, 3, u"…"_s);
    }

    void errorRules()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(start());
        const QJsonObject before = m_sim->app(u"web-dev-1"_s);
        const HttpReply reply = m_sim->request(method, path, body, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject error = reply.json();
        QCOMPARE(error.value(u"code"_s).toInt(), code);
        const QString sent = error.value(u"message"_s).toString();
        if (message.endsWith(u'…'))
            QVERIFY2(sent.startsWith(message.chopped(1)) && !sent.isEmpty(), qPrintable(sent));
        else
            QCOMPARE(sent, message);
        QCOMPARE(reply.body, unaryError(code, sent));
        checkSwagger(QString::fromLatin1(method), path.section(u'?', 0, 0), status, error);
        // A refused patch leaves the app as it was.
        QCOMPARE(resourceVersionOf(m_sim->app(u"web-dev-1"_s)), resourceVersionOf(before));
    }

    // 3. Project PUT is conflict-checked; the current resourceVersion wins.
    void projectUpdateChecksResourceVersion()
    {
        QVERIFY(start());
        const QJsonObject original = m_sim->get(u"/api/v1/projects/frozen"_s).json();
        const QString firstVersion = resourceVersionOf(original);
        QVERIFY(!firstVersion.isEmpty());
        const auto put = [&](QJsonObject project, const QString &description) {
            QJsonObject spec = project.value(u"spec"_s).toObject();
            spec.insert(u"description"_s, description);
            project.insert(u"spec"_s, spec);
            return m_sim->request("PUT", u"/api/v1/projects/frozen"_s,
                                  compact(QJsonObject{{u"project"_s, project}}));
        };
        HttpReply reply = put(original, u"first"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject updated = reply.json();
        QVERIFY(resourceVersionOf(updated).toLongLong() > firstVersion.toLongLong());
        QCOMPARE(at(updated, u"spec.description"_s).toString(), u"first"_s);

        reply = put(original, u"stale"_s);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(u"code"_s).toInt(), 10);
        QVERIFY(reply.json().value(u"message"_s).toString().contains(u"the object has been modified"_s));
        checkSwagger(u"PUT"_s, u"/api/v1/projects/{project.metadata.name}"_s, 409, reply.json());
        QCOMPARE(at(m_sim->get(u"/api/v1/projects/frozen"_s).json(), u"spec.description"_s).toString(),
                 u"first"_s);

        reply = put(updated, u"second"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(at(m_sim->get(u"/api/v1/projects/frozen"_s).json(), u"spec.description"_s).toString(),
                 u"second"_s);
    }

    // 3. grpc-gateway's routing errors are plain text too.
    void unknownRoutesAreNotFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::newRow("unknown v1 path") << QByteArray("GET") << u"/api/v1/nothing"_s << u"admin"_s;
        QTest::newRow("unknown version") << QByteArray("GET") << u"/api/v2/applications"_s << u"admin"_s;
        QTest::newRow("version under v1") << QByteArray("GET") << u"/api/v1/version"_s << QString();
        QTest::newRow("too deep") << QByteArray("GET") << u"/api/v1/applications/web-dev-1/sync/now"_s
                                  << u"admin"_s;
        QTest::newRow("unknown POST") << QByteArray("POST") << u"/api/v1/nothing"_s << u"admin"_s;
    }

    void unknownRoutesAreNotFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, token);
        QVERIFY(start());
        const HttpReply reply = m_sim->request(method, path, method == "GET" ? QByteArray() : "{}", token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray("Not Found\n"));
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    }

    // 4. managed-resources: the states are strings holding JSON, Secrets masked.
    void managedResourcesMaskSecrets()
    {
        QVERIFY(start());
        QVERIFY(settle());
        const HttpReply reply = m_sim->get(u"/api/v1/applications/manual-prod-1/managed-resources"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        checkSwagger(u"GET"_s, u"/api/v1/applications/{applicationName}/managed-resources"_s, 200, body);

        const QStringList stateKeys{u"targetState"_s, u"liveState"_s, u"normalizedLiveState"_s,
                                    u"predictedLiveState"_s};
        QStringList kinds;
        for (const QJsonValue &v : body.value(u"items"_s).toArray()) {
            const QJsonObject item = v.toObject();
            kinds << item.value(u"kind"_s).toString();
            for (const QString &key : stateKeys) {
                const QJsonValue state = item.value(key);
                QVERIFY2(state.isString(), qPrintable(kinds.last() + u'.' + key));
                const QByteArray text = state.toString().toUtf8();
                QVERIFY2(text == "null" || QJsonDocument::fromJson(text).isObject(),
                         qPrintable(kinds.last() + u'.' + key + u": "_s + state.toString().left(80)));
            }
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{u"ConfigMap"_s, u"Deployment"_s, u"Secret"_s}));

        // Deployed one commit behind: the ConfigMap is still to be created.
        const QJsonObject configMap = managedItem(body, u"ConfigMap"_s);
        QCOMPARE(configMap.value(u"liveState"_s).toString(), u"null"_s);
        QCOMPARE(configMap.value(u"normalizedLiveState"_s).toString(), u"null"_s);
        QCOMPARE(configMap.value(u"predictedLiveState"_s).toString(),
                 configMap.value(u"targetState"_s).toString());
        QCOMPARE(configMap.value(u"modified"_s).toBool(), true);

        // The Secret: the password differs between live and target, the user does not.
        const QJsonObject secret = managedItem(body, u"Secret"_s);
        QCOMPARE(secret.value(u"modified"_s).toBool(), true);
        QHash<QString, QJsonObject> data;
        for (const QString &key : stateKeys) {
            const QJsonObject state = QJsonDocument::fromJson(secret.value(key).toString().toUtf8()).object();
            QVERIFY2(!state.contains(u"stringData"_s), qPrintable(key));
            data.insert(key, state.value(u"data"_s).toObject());
            QCOMPARE(data[key].keys(), (QStringList{u"password"_s, u"user"_s}));
        }
        static const QRegularExpression mask(u"^(\\+{4}){2,}$"_s);
        for (const QString &key : stateKeys)
            for (const QString &field : {u"password"_s, u"user"_s})
                QVERIFY2(mask.match(data[key].value(field).toString()).hasMatch(),
                         qPrintable(key + u'.' + field + u": "_s + data[key].value(field).toString()));
        // Equal values share a mask; the first value seen (the target's) gets
        // eight, the changed live password the next length.
        const QString eight(8, u'+'), twelve(12, u'+');
        QCOMPARE(data[u"targetState"_s].value(u"password"_s).toString(), eight);
        QCOMPARE(data[u"predictedLiveState"_s].value(u"password"_s).toString(), eight);
        QCOMPARE(data[u"liveState"_s].value(u"password"_s).toString(), twelve);
        QCOMPARE(data[u"normalizedLiveState"_s].value(u"password"_s).toString(), twelve);
        for (const QString &key : stateKeys)
            QCOMPARE(data[key].value(u"user"_s).toString(), eight);

        // Neither value, nor its base64, anywhere in the answer.
        for (const QByteArray &secretValue : {QByteArray("first-prod"), QByteArray("second-prod")}) {
            QVERIFY2(!reply.body.contains(secretValue), secretValue.constData());
            QVERIFY2(!reply.body.contains(secretValue.toBase64()), secretValue.constData());
            QVERIFY2(!reply.body.contains(secretValue.toBase64(QByteArray::OmitTrailingEquals)),
                     secretValue.constData());
        }
        QVERIFY(!reply.body.contains(QByteArray("web").toBase64()));

        // Filtered to the Secret alone, still masked.
        const HttpReply one = m_sim->get(
            u"/api/v1/applications/manual-prod-1/managed-resources?kind=Secret&name=web-db&namespace=manual"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(u"items"_s).toArray().size(), 1);
        QVERIFY(!one.body.contains("second-prod"));
        QVERIFY(!one.body.contains(QByteArray("second-prod").toBase64()));
    }
};

QTEST_GUILESS_MAIN(FleetsimContractTest)
#include "tst_fleetsim_contract.moc"
