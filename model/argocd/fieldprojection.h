#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sextant {

// The `fields` query parameter of Argo CD's REST API: comma-separated dotted paths; a leading
// "-" on the whole value means "everything except these".
struct FieldsQuery {
    QStringList paths;
    bool exclude = false;

    bool isEmpty() const { return paths.isEmpty(); }
};

// Splits the parameter as the server does (argoproj/pkg newMarshaler): no trimming, empty
// pieces kept; an empty value gives an empty query (no projection). "-" alone is an exclude
// query with one empty path, which the server treats as a projection that removes nothing.
FieldsQuery parseFieldsQuery(const QString &commaSeparated);

// The generic projection the server applies to streams and most unary responses
// (argoproj/pkg grpc/http/forwarders.go, messageMarshaler.processItem). Paths are dotted keys;
// arrays are transparent, so "items.metadata.name" keeps the name of every item.
// - include: a key is kept when its path is listed (with everything under it) or is a prefix
//   of a listed path (then it is filtered recursively). A kept parent may end up empty ({}),
//   and a scalar where a listed path goes deeper is kept, both as on the server.
// - exclude: a key is removed when its path is listed; parents stay, possibly empty.
// - no paths: the object is returned unchanged.
// One deliberate difference: the server tests "is a prefix of a listed path" on the raw
// string, so listing "spec.sources" also keeps "spec.source" (emptied to {}); here prefixes
// are whole path segments.
QJsonObject projectFields(const QJsonObject &object, const QStringList &paths, bool exclude);

// The paths an ApplicationList item can carry under a `fields` projection (Argo CD's appFields
// in pkg/apiclient/application/forwarder_overwrite.go), without the "items." prefix.
QStringList applicationListFields();

// GET /api/v1/applications with `fields` (the non-SSE path): items are rebuilt from the
// appFields allow-list only. A listed path that is not on the list is silently dropped, in
// include and in exclude mode (so items.status.history and items.metadata.resourceVersion can
// never be selected, and "-items.status.history" returns every allow-listed field); the list's
// `metadata` is always written whole and `kind`/`apiVersion` are dropped. An ancestor on the
// list covers its descendants (excluding items.spec.project alone changes nothing, since
// items.spec is still selected). "items.status.operationState.operation.sync" takes its value
// from status.operationState.syncResult, as the server does.
// Difference: the server writes Go zero values for some allow-listed fields an app does not
// have ("namespace":"", "annotations":null, "status":{"sync":{"status":""},"health":{}}, …);
// here a field absent from the input stays absent. An empty query returns `list` unchanged.
QJsonObject projectApplicationList(const QJsonObject &list, const FieldsQuery &query);

} // namespace sextant
