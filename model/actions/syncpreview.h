#pragma once

#include "model/actions/actiontypes.h"
#include "model/controller/operations.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace sextant {

// What a sync would do: the dry run's resources plus the image changes.
struct SyncPreview {
    quint64 requestId = 0;
    ActionTarget target;
    SyncOptions options;
    QString revision; // what the dry run resolved
    QList<ResourceChange> resources;
    QList<ImageChange> images;
    QString error; // non-empty when the dry run could not run or failed
    int count(ResourceChange::Change change) const;
    // "2 to update, 1 to create, 1 to prune, 3 unchanged; images web 1.0.0 → 1.1.0"
    QString summary() const;
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::SyncPreview)
