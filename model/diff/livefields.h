#pragma once

#include "model/diff/driftclassifier.h"
#include "model/domain/managedresource.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sextant::diff {

// One field that a person changed live, with the value it has there.
struct LiveField {
    JsonPath path;
    QJsonValue value; // undefined when the person removed the field
    QString manager;  // the tool, e.g. kubectl-edit
    QDateTime changedAt;
};

// The fields of an out-of-sync resource that classifyDrift attributes to a human edit, with
// their live values (as the diff shows live). Pure: any thread.
QList<LiveField> humanEditedFields(const ManagedResource &resource);

// The value at `path` in `root`; undefined when it is not there.
QJsonValue valueAt(const QJsonValue &root, const JsonPath &path);

// The path as model/support/yamledit.h addresses it: keys, and per array step "[name=<n>]" when
// the live element is a mapping with a string `name` (the lists Kubernetes merges by name:
// containers, env, ports, volumes …), else "[N]".
QStringList yamlPath(const JsonPath &path, const QJsonValue &live);

} // namespace sextant::diff
