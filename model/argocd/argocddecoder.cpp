#include "model/argocd/argocddecoder.h"

#include "model/argocd/jsonreader_p.h"
#include "model/argocd/listsplitter.h"

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

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

// The fields whose values tend to repeat from one object to the next: each gets a small cache
// of its own in front of the intern hash (see JsonReader::intern).
namespace slot {
enum : Slot {
    Namespace = kNoSlot + 1,
    Project,
    RepoUrl,
    Path,
    TargetRevision,
    Chart,
    Server,
    DestinationName,
    DestinationNamespace,
    Revision,
    Message,
    Username,
    Group,
    Version,
    Kind,
    ResourceNamespace,
    ResourceName,
    MapKey,
    MapValue,
    Count
};
static_assert(Count <= kMaxSlots);
} // namespace slot

// The reader plus the per-call buffers of JsonReader::list().
class Decoder : public JsonReader {
public:
    std::vector<ResourceStatus> resources;
    std::vector<HistoryEntry> history;
    std::vector<ApplicationSource> sources;
    std::vector<Condition> conditions;
};

// --- Application ----------------------------------------------------------------------------

ApplicationSource decodeSource(Decoder &r, od::value &value)
{
    ApplicationSource source;
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "repoURL"))
            source.repoUrl = r.word(field, slot::RepoUrl);
        else if (is(key, "path"))
            source.path = r.word(field, slot::Path);
        else if (is(key, "targetRevision"))
            source.targetRevision = r.word(field, slot::TargetRevision);
        else if (is(key, "chart"))
            source.chart = r.word(field, slot::Chart);
    });
    return source;
}

// initiatedBy: {username} or {automated: true}
void decodeInitiatedBy(Decoder &r, od::value &value, QString &username, bool &automated)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "username"))
            username = r.word(field, slot::Username);
        else if (is(key, "automated"))
            r.boolean(field, automated);
    });
}

void decodeMetadata(Decoder &r, od::value &value, Application &app)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "name"))
            app.name = r.text(field);
        else if (is(key, "namespace"))
            app.ns = r.word(field, slot::Namespace);
        else if (is(key, "uid"))
            app.uid = r.text(field);
        else if (is(key, "resourceVersion"))
            app.resourceVersion = r.numericString(field);
        else if (is(key, "creationTimestamp"))
            app.createdAt = r.time(field);
        else if (is(key, "deletionTimestamp"))
            app.deletionRequestedAt = r.time(field);
        else if (is(key, "labels"))
            app.labels = r.stringMap(field, slot::MapKey, slot::MapValue);
        else if (is(key, "annotations"))
            app.annotations = r.stringMap(field, slot::MapKey, slot::MapValue);
    });
}

void decodeSyncPolicy(Decoder &r, od::value &value, SyncPolicy &policy)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "automated")) {
            policy.automated = r.object(field, [&](std::string_view flag, od::value &setting) {
                if (is(flag, "prune"))
                    r.boolean(setting, policy.prune);
                else if (is(flag, "selfHeal"))
                    r.boolean(setting, policy.selfHeal);
                else if (is(flag, "allowEmpty"))
                    r.boolean(setting, policy.allowEmpty);
                else if (is(flag, "enabled"))
                    r.boolean(setting, policy.enabled);
            });
        } else if (is(key, "syncOptions")) {
            policy.syncOptions = r.words(field);
        }
    });
}

void decodeSpec(Decoder &r, od::value &value, Application &app)
{
    std::optional<ApplicationSource> single;
    QList<ApplicationSource> multiple;
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "project")) {
            app.project = r.word(field, slot::Project);
        } else if (is(key, "source")) {
            single = decodeSource(r, field);
        } else if (is(key, "sources")) {
            r.list(field, multiple, r.sources,
                   [&](od::value &item, ApplicationSource &source) { source = decodeSource(r, item); });
        } else if (is(key, "destination")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "server"))
                    app.destinationServer = r.word(item, slot::Server);
                else if (is(part, "name"))
                    app.destinationName = r.word(item, slot::DestinationName);
                else if (is(part, "namespace"))
                    app.destinationNamespace = r.word(item, slot::DestinationNamespace);
            });
        } else if (is(key, "syncPolicy")) {
            decodeSyncPolicy(r, field, app.syncPolicy);
        }
    });
    // Argo CD uses `sources` whenever it is non-empty (Spec.HasMultipleSources).
    if (!multiple.isEmpty()) {
        app.sources = std::move(multiple);
        app.multiSource = true;
    } else if (single) {
        app.sources = {std::move(*single)};
    }
}

void decodeResource(Decoder &r, od::value &value, ResourceStatus &resource)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        std::string_view word;
        if (is(key, "group")) {
            resource.group = r.word(field, slot::Group);
        } else if (is(key, "version")) {
            resource.version = r.word(field, slot::Version);
        } else if (is(key, "kind")) {
            resource.kind = r.word(field, slot::Kind);
        } else if (is(key, "namespace")) {
            resource.ns = r.word(field, slot::ResourceNamespace);
        } else if (is(key, "name")) {
            resource.name = r.word(field, slot::ResourceName);
        } else if (is(key, "status")) {
            if (r.string(field, word))
                resource.status = parseWord(word, parseSyncStatus, SyncStatus::Unknown);
        } else if (is(key, "health")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "status")) {
                    if (r.string(item, word))
                        resource.health = parseWord(word, parseHealthStatus, HealthStatus::Unknown);
                } else if (is(part, "message")) {
                    resource.healthMessage = r.word(item, slot::Message);
                }
            });
        } else if (is(key, "requiresPruning")) {
            r.boolean(field, resource.requiresPruning);
        }
    });
}

void decodeHistoryEntry(Decoder &r, od::value &value, HistoryEntry &entry)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        if (is(key, "id"))
            r.integer(field, entry.id);
        else if (is(key, "revision"))
            entry.revision = r.word(field, slot::Revision);
        else if (is(key, "revisions"))
            entry.revisions = r.words(field, slot::Revision);
        else if (is(key, "deployedAt"))
            entry.deployedAt = r.time(field);
        else if (is(key, "deployStartedAt"))
            entry.deployStartedAt = r.time(field);
        else if (is(key, "initiatedBy"))
            decodeInitiatedBy(r, field, entry.initiatedBy, entry.automated);
        else if (is(key, "source"))
            entry.source = decodeSource(r, field);
    });
}

// Returns false when there is none (null).
bool decodeOperationState(Decoder &r, od::value &value, OperationState &state)
{
    return r.object(value, [&](std::string_view key, od::value &field) {
        std::string_view word;
        if (is(key, "phase")) {
            if (r.string(field, word))
                state.phase = parseWord(word, parseOperationPhase, OperationPhase::None);
        } else if (is(key, "message")) {
            state.message = r.word(field, slot::Message);
        } else if (is(key, "startedAt")) {
            state.startedAt = r.time(field);
        } else if (is(key, "finishedAt")) {
            state.finishedAt = r.time(field);
        } else if (is(key, "operation")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "sync")) {
                    r.object(item, [&](std::string_view setting, od::value &sync) {
                        if (is(setting, "revision"))
                            state.revision = r.word(sync, slot::Revision);
                        else if (is(setting, "revisions"))
                            state.revisions = r.words(sync, slot::Revision);
                        else if (is(setting, "dryRun"))
                            r.boolean(sync, state.dryRun);
                    });
                } else if (is(part, "initiatedBy")) {
                    decodeInitiatedBy(r, item, state.initiatedBy, state.automated);
                }
            });
        }
    });
}

void decodeStatus(Decoder &r, od::value &value, Application &app)
{
    r.object(value, [&](std::string_view key, od::value &field) {
        std::string_view word;
        if (is(key, "sync")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "status")) {
                    if (r.string(item, word))
                        app.syncStatus = parseWord(word, parseSyncStatus, SyncStatus::Unknown);
                } else if (is(part, "revision")) {
                    app.syncRevision = r.word(item, slot::Revision);
                } else if (is(part, "revisions")) {
                    app.syncRevisions = r.words(item, slot::Revision);
                }
            });
        } else if (is(key, "health")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "status")) {
                    if (r.string(item, word))
                        app.health = parseWord(word, parseHealthStatus, HealthStatus::Unknown);
                } else if (is(part, "message")) {
                    app.healthMessage = r.word(item, slot::Message);
                }
            });
        } else if (is(key, "resources")) {
            r.list(field, app.resources, r.resources,
                   [&](od::value &item, ResourceStatus &resource) { decodeResource(r, item, resource); });
        } else if (is(key, "history")) {
            r.list(field, app.history, r.history,
                   [&](od::value &item, HistoryEntry &entry) { decodeHistoryEntry(r, item, entry); });
        } else if (is(key, "operationState")) {
            OperationState state;
            if (decodeOperationState(r, field, state))
                app.operationState = std::move(state);
        } else if (is(key, "conditions")) {
            r.list(field, app.conditions, r.conditions, [&](od::value &item, Condition &condition) {
                r.object(item, [&](std::string_view part, od::value &text) {
                    if (is(part, "type"))
                        condition.type = r.word(text);
                    else if (is(part, "message"))
                        condition.message = r.word(text, slot::Message);
                });
            });
        } else if (is(key, "reconciledAt")) {
            app.reconciledAt = r.time(field);
        } else if (is(key, "summary")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "images"))
                    app.images = r.words(item);
            });
        }
    });
}

void decodeApplicationFields(Decoder &r, od::object &object, Application &app)
{
    r.fields(object, [&](std::string_view key, od::value &field) {
        if (is(key, "metadata"))
            decodeMetadata(r, field, app);
        else if (is(key, "spec"))
            decodeSpec(r, field, app);
        else if (is(key, "status"))
            decodeStatus(r, field, app);
        else if (is(key, "operation"))
            app.operationInProgress = r.objectPresent(field);
    });
}

// An application inside a list or an event: must be an object (null is not an application).
void decodeApplicationValue(Decoder &r, od::value &value, Application &app)
{
    if (Decoder::peek(value) != '{')
        r.fail(QStringLiteral("expected an object"));
    od::object object;
    if (const error_code error = value.get_object().get(object))
        r.failJson(error, "an object");
    decodeApplicationFields(r, object, app);
}

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

// {"metadata":{"resourceVersion"},"items":[Application...]}
Result<ApplicationList> decodeListRoot(Decoder &r, od::object &root, qsizetype bodySize)
{
    ApplicationList list;
    r.fields(root, [&](std::string_view key, od::value &field) {
        if (is(key, "metadata")) {
            r.object(field, [&](std::string_view part, od::value &item) {
                if (is(part, "resourceVersion"))
                    list.resourceVersion = r.numericString(item);
            });
        } else if (is(key, "items")) {
            list.items.clear();
            // Real items take 2-50 KB; too small a guess only costs a regrowth or two.
            list.items.reserve(qMin<qsizetype>(bodySize / 4096 + 16, 1 << 20));
            r.array(field,
                    [&](od::value &item) { decodeApplicationValue(r, item, list.items.emplace_back()); });
        }
    });
    return list;
}

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

// --- a list as it arrives ---------------------------------------------------------------------

// One reader for the whole list, so strings and label maps are shared across batches as they are
// within one decodeApplicationList() call.
struct ApplicationListStream::State {
    ListSplitter splitter;
    Decoder reader;
    QList<Application> items;
    std::optional<Error> error;

    explicit State(qsizetype batchBytes)
        : splitter(batchBytes)
    {}

    void decode(const ListSplitter::Batch &batch)
    {
        const auto decoded =
            parseWith<bool>(reader, batch.json, batch.json.capacity(), [&](od::document &document) {
                reader.enter(std::string_view("items"));
                od::array array;
                if (const error_code failure = document.get_array().get(array))
                    reader.failJson(failure, "an array");
                reader.elements(
                    array,
                    [&](od::value &item) { decodeApplicationValue(reader, item, items.emplace_back()); },
                    batch.first);
                reader.leave();
                return Result<bool>(true);
            });
        if (!decoded)
            error = decoded.error();
    }
};

ApplicationListStream::ApplicationListStream(qsizetype expectedBytes, qsizetype batchBytes)
    : d(std::make_unique<State>(batchBytes))
{
    d->items.reserve(qMin<qsizetype>(expectedBytes / 4096 + 16, 1 << 20));
}

ApplicationListStream::~ApplicationListStream() = default;

void ApplicationListStream::feed(QByteArrayView bytes)
{
    if (d->error)
        return;
    d->splitter.feed(bytes);
    for (const ListSplitter::Batch &batch : d->splitter.takeBatches()) {
        d->decode(batch);
        if (d->error)
            return;
    }
}

Result<ApplicationList> ApplicationListStream::finish()
{
    if (d->error)
        return *d->error;
    if (d->splitter.emptyItem())
        return Error{u"$.items: "_s + Decoder::errorText(simdjson::TAPE_ERROR, nullptr)};
    // The rest holds the metadata, with "[]" for the items decoded already.
    const QByteArray rest = d->splitter.rest();
    Result<ApplicationList> list =
        decodeDocumentWith<ApplicationList>(d->reader, rest, rest.size(), [&](Decoder &r, od::object &root) {
            return decodeListRoot(r, root, rest.size());
        });
    if (!list || !d->splitter.itemsOpened() || d->splitter.itemsRepeated())
        return list;
    if (!d->splitter.itemsClosed())
        return Error{describe(simdjson::INCOMPLETE_ARRAY_OR_OBJECT)};
    list->items = std::move(d->items);
    return list;
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
