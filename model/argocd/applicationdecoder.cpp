#include "model/argocd/applicationdecoder_p.h"

#include <optional>
#include <string_view>

// How the decoding stays fast: argocddecoder.cpp.

namespace sextant::argocd::detail {

namespace {

using namespace Qt::StringLiterals;

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

} // namespace

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

void decodeApplicationValue(Decoder &r, od::value &value, Application &app)
{
    if (Decoder::peek(value) != '{')
        r.fail(QStringLiteral("expected an object"));
    od::object object;
    if (const error_code error = value.get_object().get(object))
        r.failJson(error, "an object");
    decodeApplicationFields(r, object, app);
}

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

} // namespace sextant::argocd::detail
