#pragma once

#include "model/domain/syncwindow.h"

#include <QJsonObject>

namespace sextant::fleetsim {

class FleetState;

QList<SyncWindow> projectWindows(const QJsonObject &project);
SyncWindow syncWindowFromJson(const QJsonObject &json);
QJsonObject syncWindowToJson(const SyncWindow &window); // omitempty, as proto3 does
SyncWindowTarget windowTarget(const QString &appName, const QJsonObject &destination, FleetState &state);

} // namespace sextant::fleetsim
