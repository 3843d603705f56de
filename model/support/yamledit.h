#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sextant {

// A path into a YAML document: mapping keys, "[N]" sequence indexes, or "[key=value]" picking the
// mapping in a sequence whose `key` scalar equals value (e.g. {"images", "[name=registry.example.org/web]",
// "newTag"}).
struct YamlScalarEdit {
    QStringList path;
    QString value;
    // The value is a typed YAML literal (a number, true, false or null) and is written plain as
    // given, so that it reads back as that type; otherwise it is a string.
    bool literal = false;
};

// Applies the edits to `document` (one YAML document, UTF-8) by replacing only the bytes of each target
// scalar, so comments, order, indentation, line endings and other scalars stay byte for byte. When the last
// key is missing from an existing mapping, inserts `key: value` into it (block mapping: a new line after the
// mapping's last entry at its indentation; flow mapping: ", key: value" before the closing brace); an empty
// value (`key:`) is filled in after the colon. Values are written plain when that reads back as the same
// string (also for YAML 1.1 readers), else double-quoted with escapes; quoted originals keep their quote
// style. Fails with a sentence naming the path when the path does not exist (except that last key), crosses a
// non-mapping, is ambiguous, or ends at a collection, a block scalar (| or >), an anchored scalar (its
// aliases would change too) or a multi-line plain scalar; when two edits target the same scalar; and when
// the document does not parse. Never re-emits the whole file.
Result<QByteArray> editYamlScalars(const QByteArray &document, const QList<YamlScalarEdit> &edits);

// The path as the error messages spell it: keys joined by '.', brackets attached ("images[name=web].newTag").
QString yamlPathText(const QStringList &path);

} // namespace sextant
