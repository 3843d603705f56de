#include "model/argocd/argocddecoder.h"

#include "model/argocd/applicationdecoder_p.h"
#include "model/argocd/jsondocument_p.h"

#include <limits>
#include <optional>
#include <string_view>

// How this stays fast (a 10,000-application list is ~57 MB):
// - simdjson's on-demand API walks the document once, in order; unknown fields are skipped
//   without being looked at, and nothing is built but the domain structs.
// - Strings are read from the input in place (only strings with escapes are unescaped), and
//   the ones that repeat across a list (projects, repo URLs, servers, namespaces, kinds,
//   revisions, messages) are converted to QString once per call and then shared: a small
//   cache per field catches runs (history entries repeat their source), a hash the rest;
//   identical label maps are shared too. Lists get exactly the capacity they need.
// - Status words become enums without a QString; timestamps are parsed by hand.
// - The path of the value being read is a small stack of views into the input, turned into
//   text only when something is wrong.

namespace sextant::argocd {

namespace {

namespace od = simdjson::ondemand;
using namespace Qt::StringLiterals;
using namespace detail;
using simdjson::error_code;

// --- clusters, projects, repositories -------------------------------------------------------

void decodeConnectionState(Decoder &r, od::value &value, QString &status, QString &message)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "status"))
            status = r.word(field);
        else if (is(key, "message"))
            message = r.word(field, slot::Message);
    });
}

void decodeCluster(Decoder &r, od::value &value, Cluster &cluster)
{
    // The top-level connectionState and serverVersion are deprecated copies of info's.
    QString legacyStatus, legacyMessage, legacyVersion;
    r.requiredObject(value, [&](std::string_view key, od::value &field) {
        if (is(key, "server")) {
            cluster.server = r.word(field, slot::Server);
        } else if (is(key, "name")) {
            cluster.name = r.word(field);
        } else if (is(key, "labels")) {
            cluster.labels = r.stringMap(field, slot::MapKey, slot::MapValue);
        } else if (is(key, "connectionState")) {
            decodeConnectionState(r, field, legacyStatus, legacyMessage);
        } else if (is(key, "serverVersion")) {
            legacyVersion = r.word(field);
        } else if (is(key, "info")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "connectionState")) {
                    decodeConnectionState(r, item, cluster.connectionStatus, cluster.connectionMessage);
                } else if (is(part, "serverVersion")) {
                    cluster.serverVersion = r.word(item);
                } else if (is(part, "applicationsCount")) {
                    qint64 count = 0;
                    r.integer(item, count);
                    if (count < 0 || count > std::numeric_limits<int>::max())
                        r.fail(QStringLiteral("expected a count"));
                    cluster.applicationsCount = int(count);
                }
            });
        }
    });
    if (cluster.connectionStatus.isEmpty() && cluster.connectionMessage.isEmpty()) {
        cluster.connectionStatus = legacyStatus;
        cluster.connectionMessage = legacyMessage;
    }
    if (cluster.serverVersion.isEmpty())
        cluster.serverVersion = legacyVersion;
}

void decodeSyncWindow(Decoder &r, od::value &value, SyncWindow &window)
{
    r.requiredObject(value, [&](std::string_view key, od::value &field) {
        if (is(key, "kind"))
            window.kind = r.word(field);
        else if (is(key, "schedule"))
            window.schedule = r.word(field);
        else if (is(key, "duration"))
            window.duration = r.word(field);
        else if (is(key, "applications"))
            window.applications = r.words(field);
        else if (is(key, "namespaces"))
            window.namespaces = r.words(field);
        else if (is(key, "clusters"))
            window.clusters = r.words(field);
        else if (is(key, "manualSync"))
            r.boolean(field, window.manualSync);
        else if (is(key, "timeZone"))
            window.timeZone = r.word(field);
        else if (is(key, "andOperator"))
            r.boolean(field, window.andOperator);
        else if (is(key, "description"))
            window.description = r.text(field);
        else if (is(key, "syncOverrun"))
            r.boolean(field, window.syncOverrun);
    });
}

void decodeProject(Decoder &r, od::value &value, Project &project)
{
    r.requiredObject(value, [&](std::string_view key, od::value &field) {
        if (is(key, "metadata")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "name"))
                    project.name = r.text(item);
                else if (is(part, "resourceVersion"))
                    project.resourceVersion = r.numericString(item);
            });
        } else if (is(key, "spec")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "description")) {
                    project.description = r.text(item);
                } else if (is(part, "syncWindows")) {
                    r.array(item, [&](od::value &window) {
                        decodeSyncWindow(r, window, project.syncWindows.emplace_back());
                    });
                }
            });
        }
    });
}

void decodeRepository(Decoder &r, od::value &value, Repository &repository)
{
    r.requiredObject(value, [&](std::string_view key, od::value &field) {
        if (is(key, "repo"))
            repository.url = r.word(field, slot::RepoUrl);
        else if (is(key, "type"))
            repository.type = r.word(field);
        else if (is(key, "name"))
            repository.name = r.word(field);
        else if (is(key, "project"))
            repository.project = r.word(field, slot::Project);
        else if (is(key, "connectionState"))
            decodeConnectionState(r, field, repository.connectionStatus, repository.connectionMessage);
    });
}

// {"metadata":{...},"items":[...]}: each item decoded by decodeItem(Decoder &, od::value &, T &).
template<typename T, typename DecodeItem>
Result<QList<T>> decodeItems(QByteArrayView json, DecodeItem decodeItem)
{
    return decodeDocument<QList<T>, Decoder>(
        json, json.size(), [&](Decoder &r, od::object &root) -> Result<QList<T>> {
            QList<T> items;
            r.fields(root, [&](std::string_view key, od::value &field) {
                if (is(key, "items")) {
                    items.clear();
                    r.array(field, [&](od::value &item) { decodeItem(r, item, items.emplace_back()); });
                }
            });
            return items;
        });
}

// --- documents --------------------------------------------------------------------------------

Result<Application> decodeApplicationRoot(Decoder &r, od::object &root)
{
    Application app;
    decodeApplicationFields(r, root, app);
    return app;
}

// {"result":{"type","application"}} or {"error":{"grpc_code","http_code","message","http_status"}}
Result<WatchEvent> decodeEventRoot(Decoder &r, od::object &root)
{
    WatchEvent event;
    bool haveResult = false;
    std::optional<Error> streamError;
    r.fields(root, [&](std::string_view key, od::value &field) {
        if (is(key, "result")) {
            haveResult = r.object(field, [&](std::string_view part, od::value &item) {
                std::string_view type;
                if (is(part, "type") && r.string(item, type)) {
                    if (is(type, "ADDED"))
                        event.type = WatchEvent::Type::Added;
                    else if (is(type, "MODIFIED"))
                        event.type = WatchEvent::Type::Modified;
                    else if (is(type, "DELETED"))
                        event.type = WatchEvent::Type::Deleted;
                    else
                        r.fail(u"unknown event type \""_s + fromUtf8(type.substr(0, 64)) + u'"');
                } else if (is(part, "application")) {
                    decodeApplicationValue(r, item, event.application);
                }
            });
        } else if (is(key, "error")) {
            Error error;
            QString status;
            r.object(field, [&](std::string_view part, od::value &item) {
                qint64 number = 0;
                if (is(part, "message")) {
                    error.message = r.text(item);
                } else if (is(part, "http_code")) {
                    r.integer(item, number);
                    error.code = int(number);
                } else if (is(part, "http_status")) {
                    status = r.text(item);
                }
            });
            if (error.message.isEmpty())
                error.message =
                    status.isEmpty() ? QStringLiteral("the watch stream reported an error") : status;
            streamError = std::move(error);
        }
    });
    if (streamError)
        return *streamError;
    if (!haveResult)
        r.fail(QStringLiteral("expected \"result\" or \"error\""));
    return event;
}

Result<QString> decodeVersionRoot(Decoder &r, od::object &root)
{
    QString version;
    r.fields(root, [&](std::string_view key, od::value &field) {
        if (is(key, "Version"))
            version = r.text(field);
    });
    if (version.isEmpty()) {
        r.enter(std::string_view("Version"));
        r.fail(QStringLiteral("missing"));
    }
    return version;
}

// {"error","code","message"} (unary) or {"error":{"message",...}} (stream): the message.
Result<QString> decodeErrorRoot(Decoder &r, od::object &root)
{
    QString message, error;
    r.fields(root, [&](std::string_view key, od::value &field) {
        if (is(key, "message")) {
            message = r.text(field);
        } else if (is(key, "error")) {
            if (Decoder::peek(field) == '"') {
                error = r.text(field);
            } else {
                r.object(field, [&](std::string_view part, od::value &item) {
                    if (is(part, "message"))
                        error = r.text(item);
                });
            }
        }
    });
    return message.isEmpty() ? error : message;
}

QString shortText(QByteArrayView body)
{
    constexpr qsizetype kMaxLength = 200;
    QString text = QString::fromUtf8(body.first(qMin(body.size(), 8 * kMaxLength))).simplified();
    if (text.size() > kMaxLength)
        text = text.left(kMaxLength - 1) + u'…';
    return text;
}

} // namespace

Result<ApplicationList> decodeApplicationList(QByteArrayView json)
{
    return decodeApplicationList(json, json.size());
}

Result<ApplicationList> decodeApplicationList(QByteArrayView json, qsizetype readable)
{
    return decodeDocument<ApplicationList, Decoder>(
        json, readable, [&](Decoder &r, od::object &root) { return decodeListRoot(r, root, json.size()); });
}

Result<Application> decodeApplication(QByteArrayView json)
{
    return decodeDocument<Application, Decoder>(json, json.size(), decodeApplicationRoot);
}

Result<WatchEvent> decodeWatchEvent(QByteArrayView line)
{
    line = line.trimmed();
    if (line.startsWith("data:"))
        line = line.sliced(5);
    return decodeDocument<WatchEvent, Decoder>(line, line.size(), decodeEventRoot);
}

Result<QList<Cluster>> decodeClusterList(QByteArrayView json)
{
    return decodeItems<Cluster>(json, decodeCluster);
}

Result<QList<Project>> decodeProjectList(QByteArrayView json)
{
    return decodeItems<Project>(json, decodeProject);
}

Result<QList<Repository>> decodeRepositoryList(QByteArrayView json)
{
    return decodeItems<Repository>(json, decodeRepository);
}

Result<QString> decodeVersion(QByteArrayView json)
{
    return decodeDocument<QString, Decoder>(json, json.size(), decodeVersionRoot);
}

void releaseCachedParser()
{
    largeParsers().clear();
}

QString decodeErrorMessage(QByteArrayView json)
{
    const Result<QString> message = decodeDocument<QString, Decoder>(json, json.size(), decodeErrorRoot);
    if (message.ok() && !message->isEmpty())
        return *message;
    return shortText(json);
}

} // namespace sextant::argocd
