#pragma once

#include <QJsonValue>

#include <optional>
#include <string>
#include <string_view>

namespace sextant {

// How a plain (unquoted, untagged) YAML scalar is typed under the YAML 1.2 core schema, the
// way Kubernetes reads manifests. The rules in full: yamltojson.h. Pure functions.

// null, Null, NULL, ~ and the empty text.
bool isYamlNull(std::string_view text);
// true/True/TRUE, false/False/FALSE.
std::optional<bool> yamlBool(std::string_view text);
// [-+]?[0-9]+, 0o17, 0x1F as an exact qint64; beyond qint64 a double; beyond double nothing.
std::optional<QJsonValue> yamlInteger(std::string_view text);
// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?; an overflow is nothing, an underflow 0.
std::optional<double> yamlFloat(std::string_view text);
// The JSON value of a plain scalar: null, bool, integer, float, else the text as a string.
QJsonValue resolveYamlPlain(const std::string &text);

} // namespace sextant
