#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sextant::diff {

// The key order kubectl prints a Kubernetes object in, as a toYaml YamlKeyOrder
// (model/support/jsontoyaml.h): apiVersion, kind, metadata, spec, then the rest (data,
// stringData, status...) alphabetically; inside metadata name, generateName, namespace,
// labels, annotations first; inside containers name, image first; inside list items
// that are keyed (ports, env, volumes...) their name first. Pure: any thread.
QStringList kubectlKeyOrder(const QJsonObject &object, const QStringList &path);

} // namespace sextant::diff
