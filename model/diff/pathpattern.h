#pragma once

#include "model/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sextant::diff {

// Paths into a JSON document that may match many places ("every container named app,
// its image"), and deleting what they match. Built from the three ways Argo CD's
// ignoreDifferences name fields: JSON pointers, jq path expressions and the fieldsV1 of
// metadata.managedFields. Pure: any thread.

// Keeps an element only if the value at `fieldPath` (object keys from the element; empty:
// the element itself) equals `value` (or differs from it, when `negate`).
struct PathFilter {
    QStringList fieldPath;
    QJsonValue value;
    bool negate = false;
    bool operator==(const PathFilter &) const = default;
};

struct PathStep {
    enum class Kind {
        Key,        // an object member
        Index,      // an array element (negative: from the end)
        Each,       // every element of an array or member of an object
        KeyOrIndex, // a JSON pointer token: a member of an object, or an element of an array
    };
    Kind kind = Kind::Key;
    QString key;
    int index = 0;
    QList<PathFilter> filters; // applied to what this step selects
    bool operator==(const PathStep &) const = default;
};

using PathPattern = QList<PathStep>;

// A jq path expression of the subset named in normalize.h → a pattern; an Error names
// what is not supported ("'.spec | keys': the function 'keys' is not supported").
Result<PathPattern> parseJqPath(const QString &expression);

// The paths listed by one managedFields entry's fieldsV1 ("f:spec": {"f:replicas": {}},
// "k:{\"name\":\"app\"}" list items by key, "v:…" set items by value, "i:N" by index).
QList<PathPattern> managedFieldsPatterns(const QJsonObject &fieldsV1);

// `document` without what any of the patterns match (the whole document cannot be
// deleted: a pattern without steps matches nothing).
QJsonValue deleteMatching(const QJsonValue &document, const QList<PathPattern> &patterns);

} // namespace sextant::diff
