#pragma once

#include "fleetsim/fleetstate.h"

namespace sextant::fleetsim {

// The application's resource tree as the controller's cache would report it:
// managed objects, the ReplicaSets and Pods their workloads own, and nodes
// without uid for managed objects that do not exist yet.
QJsonObject buildResourceTree(const QString &appName, const SimCluster *cluster,
                              const QMap<QString, QJsonObject> &desired, const QDateTime &now,
                              qint64 progressingMs);

} // namespace sextant::fleetsim
