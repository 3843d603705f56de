#pragma once

#include "model/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sextant::fleetsim {

// RFC 7386 JSON merge patch: null removes, objects merge, anything else replaces.
QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch);

// RFC 6902 JSON patch (add, remove, replace, move, copy, test).
Result<QJsonObject> jsonPatch(const QJsonObject &target, const QJsonArray &operations);

} // namespace sextant::fleetsim
