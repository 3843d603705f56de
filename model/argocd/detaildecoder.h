#pragma once

#include "model/domain/managedresource.h"
#include "model/domain/resourcetree.h"
#include "model/result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace sextant::argocd {

// The wire format of the per-application detail endpoints (managed resources, events,
// resource tree), read the same way as argocddecoder.h: tolerant of omitted zero values, unknown
// fields and JSON nulls; malformed input is an Error whose message names the JSON
// path ("$.nodes[3].health.status: expected a string"). Pure functions: any thread.

// GET /api/v1/applications/{name}/resource-tree, or one line of
// /api/v1/stream/applications/{name}/resource-tree ({"result":{…tree…}}, an SSE
// "data: " prefix accepted). A stream error ({"error":{…}}) is an Error with the
// server's message and its http_code as the code. orphanedNodes are not read.
Result<ResourceTree> decodeResourceTree(QByteArrayView json);

// GET /api/v1/applications/{name}/events: the items, in the server's order.
Result<QList<EventRecord>> decodeEvents(QByteArrayView json);

// GET /api/v1/applications/{applicationName}/managed-resources: the items in the
// server's order, each state parsed from its embedded JSON string ("null" → null).
// A state string that is not a JSON object is an Error naming the item and state.
Result<QList<ManagedResource>> decodeManagedResources(QByteArrayView json);

// GET /api/v1/applications/{name} as a JSON object, unchanged (for showing the
// manifest); an Error when the body is not a JSON object.
Result<QJsonObject> decodeApplicationObject(QByteArrayView json);

} // namespace sextant::argocd
