#pragma once

#include "model/result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace sextant {

// YAML -> JSON, typed the way Kubernetes reads manifests (YAML 1.2 core schema):
// - plain scalars: null/Null/NULL/~/empty -> null; true/True/TRUE/false/False/FALSE -> bool;
//   [-+]?[0-9]+, 0o17, 0x1F -> integer (qint64, exact); 1.5, .5, 1e3, -2. -> double;
//   an integer beyond qint64 becomes a double; .inf/.nan (not representable in JSON) stay strings;
//   anything else is a string.
// - quoted ('…', "…") and block (|, >) scalars are always strings.
// - explicit tags !!str, !!int, !!float, !!bool, !!null are honoured; other tags keep the text.
// - mapping keys must be scalars and are used as text; duplicate keys are an error;
//   merge keys (<<: *anchor) are applied, explicit keys winning over merged ones.
// Errors read "line L, column C: <message>" (1-based). Nothing here throws.

// Parses one YAML document. Empty input gives null. More than one non-empty document is an error.
Result<QJsonValue> parseYaml(QByteArrayView text);

// Parses a multi-document stream (documents separated by ---). Empty and null documents are
// skipped; every other document must be a mapping, else the error names the document by its
// position in the stream, counting from 1 ("document 2 is a sequence, expected a mapping").
Result<QList<QJsonObject>> parseYamlDocuments(QByteArrayView text);

} // namespace sextant
