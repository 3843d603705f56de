#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/result.h"

#include <QByteArrayView>
#include <QList>

namespace sextant::argocd {

// The one place the Argo CD wire format is read. Tolerant of what real
// servers send (omitted zero values, unknown fields, int64 as numbers,
// missing status parts, absent kind/apiVersion); malformed input is an Error
// whose message names the JSON path ("$.items[3].status.sync.status: ...").
// A list either decodes whole or not at all: never half an update.

struct ApplicationList {
    qint64 resourceVersion = 0; // metadata.resourceVersion: where a watch resumes
    QList<Application> items;
};

struct WatchEvent {
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Modified;
    Application application;
};

Result<ApplicationList> decodeApplicationList(QByteArrayView json);
Result<Application> decodeApplication(QByteArrayView json);
// One NDJSON line of /api/v1/stream/applications. A stream error
// ({"error":{...}}) is an Error whose code is the error's http_code.
Result<WatchEvent> decodeWatchEvent(QByteArrayView line);

Result<QList<Cluster>> decodeClusterList(QByteArrayView json);
Result<QList<Project>> decodeProjectList(QByteArrayView json);
Result<QList<Repository>> decodeRepositoryList(QByteArrayView json);

// GET /api/version → "v3.5.1+abc"; {"error","code","message"} bodies → their message.
Result<QString> decodeVersion(QByteArrayView json);
QString decodeErrorMessage(QByteArrayView json);

} // namespace sextant::argocd
