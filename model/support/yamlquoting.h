#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sextant {

// How toYaml (jsontoyaml.h) spells one scalar so that parseYaml (yamltojson.h) reads it back
// unchanged, and so that YAML 1.1 readers (kubectl, sigs.k8s.io/yaml) read a string as a string.

// A string plain when that is safe, else single-quoted, else double-quoted with escapes.
QByteArray yamlStringText(const QString &text);
// A string single-quoted; only for strings without line breaks, tabs or characters that need escapes.
QByteArray yamlSingleQuotedText(const QString &text);
// A string double-quoted, with escapes for line breaks, tabs and non-printable characters.
QByteArray yamlDoubleQuotedText(const QString &text);
// A JSON number: an integer as itself, a double in its shortest form with a ".0" or exponent.
QByteArray yamlNumberText(const QJsonValue &number);
// Whether a literal block (|) can carry the string exactly: a multi-line string without
// characters that need escapes. `allowIndentIndicator`: whether the first content line may
// start with a space or tab (it then needs an indentation indicator).
bool yamlLiteralSafe(const QString &text, bool allowIndentIndicator);

} // namespace sextant
