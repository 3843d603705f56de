#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sextant::diff {

// What the diff hides before comparing live with desired. Pure functions: any thread.

// Each toggle removes noise the operator did not declare; all on by default.
struct NormalizeOptions {
    bool hideStatus = true;         // the top-level status
    bool hideManagedFields = true;  // metadata.managedFields
    bool hideServerMetadata = true; // metadata resourceVersion, uid, creationTimestamp, generation, selfLink
    bool hideLastAppliedAnnotation = true; // kubectl.kubernetes.io/last-applied-configuration
    bool applyIgnoreDifferences = true;    // the application's spec.ignoreDifferences
    bool operator==(const NormalizeOptions &) const = default;
};

// One entry of an Application's spec.ignoreDifferences, matched as Argo CD does: group
// and kind are globs ("*" matches any; an empty group is the core group only), an empty
// name or namespace matches any.
struct IgnoreDifferenceRule {
    QString group;
    QString kind;
    QString name;
    QString ns;
    QStringList jsonPointers;          // RFC 6901 ("/spec/replicas", "~1" for '/', "~0" for '~')
    QStringList jqPathExpressions;     // a subset of jq, see applyIgnoreDifferences
    QStringList managedFieldsManagers; // fields owned by these managers in the live object

    bool matches(const QString &group, const QString &kind, const QString &ns, const QString &name) const;
    // "Deployment apps/web" or "every Deployment", for notes.
    QString describe() const;
    bool operator==(const IgnoreDifferenceRule &) const = default;
};

// spec.ignoreDifferences of an Application object (GET /api/v1/applications/{name});
// tolerant of missing fields and wrong types (an entry that is not an object is skipped).
QList<IgnoreDifferenceRule> decodeIgnoreDifferences(const QJsonObject &application);

// Removes what the toggles hide from one object (null stays null). The ignoreDifferences
// toggle is not read here: rules need both sides (see applyIgnoreDifferences).
QJsonValue normalizeObject(const QJsonValue &object, const NormalizeOptions &options);

// Live and desired of one resource after the ignore rules; null means that side is absent.
struct IgnoredPair {
    QJsonValue live;
    QJsonValue desired;
    // One line per rule (or expression) that could not be applied, naming it, e.g.
    // "ignoreDifferences of every Deployment: jq expression '.spec | keys' is not supported; not applied".
    QStringList notes;
};

// Applies the rules that match (group, kind, ns, name) to both sides, as Argo CD does:
// jsonPointers, jqPathExpressions and managedFieldsManagers name fields that are deleted
// from both sides, so they cannot differ. The fields of managedFieldsManagers are read
// from the live metadata.managedFields (fieldsV1), so call this before normalizeObject
// hides them. Supported jq (pathpattern.h): paths of .key, ."key", .["key"], [N], [] and
// `select(.f == "v")` / `select(.f != "v")` steps joined by `|` or juxtaposed (for example
// `.spec.template.spec.containers[] | select(.name == "app") | .image`); anything else is
// named in `notes` and left alone. A pointer or path that names nothing is not an error.
// `managedFieldsFrom` is the object whose metadata.managedFields are read (default: `live`;
// the raw liveState when the normalized one comes without them).
IgnoredPair applyIgnoreDifferences(const QJsonValue &live, const QJsonValue &desired, const QString &group,
                                   const QString &kind, const QString &ns, const QString &name,
                                   const QList<IgnoreDifferenceRule> &rules,
                                   const QJsonValue &managedFieldsFrom = QJsonValue(QJsonValue::Undefined));

// RFC 6901: "/a/b~1c" → tokens {"a", "b/c"}; "" is the whole document (no tokens).
// `ok` is false for text that is not a pointer (no leading '/', or '~' not followed by 0 or 1).
struct JsonPointer {
    QStringList tokens;
    bool ok = false;
};
JsonPointer parseJsonPointer(const QString &pointer);

} // namespace sextant::diff
