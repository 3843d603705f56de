#pragma once

#include "fleetsim/kube.h"

#include <optional>

namespace sextant::fleetsim {

struct Health {
    QString status; // Healthy, Progressing, Degraded, Suspended, Missing, Unknown
    QString message;
};

// Health of a live object by kind, as Argo CD's built-in checks judge it.
// A workload is Progressing for `progressingMs` after a change, then Healthy,
// or Degraded when an image cannot run (its tag contains "broken").
// Kinds without a health check (ConfigMap, Secret, custom resources) have none.
std::optional<Health> healthOf(const LiveObject &object, const QDateTime &now, qint64 progressingMs);

// Argo CD's ordering: a worse status wins when rolling up.
bool isWorse(const QString &status, const QString &than);

// The status subresource a real cluster would report for the object now.
QJsonObject simulatedStatus(const LiveObject &object, const QDateTime &now, qint64 progressingMs);

} // namespace sextant::fleetsim
