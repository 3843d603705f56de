#pragma once

#include "model/argocd/argocddecoder.h"
#include "model/controller/fleetsnapshot.h"
#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sextant::argocd {

using sextant::FleetSnapshot; // model/controller/fleetsnapshot.h

// What ArgoCdClient receives, decoded on its decode pool. Every object decoded carries
// `instance`. Pure functions: any thread.

// The application list (decoded as it arrived) and the three other list bodies -> one
// snapshot, whole or not at all.
Result<FleetSnapshot> decodeSnapshot(const QString &instance, ApplicationListStream &applications,
                                     const QByteArray &clusters, const QByteArray &projects,
                                     const QByteArray &repositories);

// The events of whole NDJSON lines of the application watch stream.
struct WatchBatch {
    QList<WatchEvent> events;
    std::optional<Error> error; // the first bad line; later lines are not read
};
WatchBatch decodeWatchLines(const QByteArray &lines, const QString &instance);

} // namespace sextant::argocd
