#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace sextant {

// The order in which toYaml writes the keys of one object. `path` locates the object: the keys
// leading to it from the root, with "[]" for a step into an array element (for example
// {"spec", "template", "spec", "containers", "[]"}). The returned keys come first, in that
// order; keys of the object it leaves out follow alphabetically; names not in the object are
// ignored. Without a callback every object is written alphabetically (QJsonObject order).
using YamlKeyOrder = std::function<QStringList(const QJsonObject &object, const QStringList &path)>;

// Writes `value` as block-style YAML: 2-space indentation, sequences as "- " items (under a
// mapping key at the key's own column, as kubectl writes them), multi-line strings as literal
// blocks (|, |-, |+), other strings plain unless quoting is needed for parseYaml (yamltojson.h)
// to give the same string back (so "true", "123", "", "a: b", "- x" are quoted). Strings that
// YAML 1.1 tools would read differently (yes, off, 0777, 1_000, 2024-01-01) are quoted too.
// parseYaml(toYaml(v)) == v for objects, arrays, strings, numbers, bools and null.
QByteArray toYaml(const QJsonValue &value, const YamlKeyOrder &keyOrder = {});

} // namespace sextant
