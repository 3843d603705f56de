#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace sextant::support {

// A JSON object or array as compact text; anything else as "null".
QByteArray compactJson(const QJsonValue &value);
// Compact JSON text back to its object or array; "null" and anything unreadable give null.
QJsonValue parseJsonValue(const QByteArray &json);

} // namespace sextant::support
