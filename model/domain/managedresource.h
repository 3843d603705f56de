#pragma once

#include "model/domain/resourcetree.h"

#include <QJsonValue>
#include <QString>

namespace sextant {

// One item of GET /api/v1/applications/{name}/managed-resources (the four
// states arrive as strings holding JSON; the literal "null" means the side is absent).
// The states are kept as parsed JSON (null when absent) because the diff model
// normalizes and renders them; nothing here is masked yet (see model/diff/secretmask.h).
struct ManagedResource {
    QString group; // "" for the core group
    QString kind;
    QString ns;
    QString name;
    QJsonValue liveState;           // the object as it runs; null: does not exist (to be created)
    QJsonValue targetState;         // rendered from Git; null: not in Git (to be pruned)
    QJsonValue normalizedLiveState; // liveState with the app's ignoreDifferences applied
    QJsonValue predictedLiveState;  // what live would look like after a sync
    bool hook = false;
    bool requiresPruning = false;

    QString identity() const { return resourceIdentity(group, kind, ns, name); }
    // Live as the diff shows it: normalizedLiveState, else liveState.
    QJsonValue liveForDiff() const { return normalizedLiveState.isNull() ? liveState : normalizedLiveState; }
    // Desired as the diff shows it: predictedLiveState, else targetState.
    QJsonValue desiredForDiff() const
    {
        return predictedLiveState.isNull() ? targetState : predictedLiveState;
    }
    bool operator==(const ManagedResource &) const = default;
};

} // namespace sextant
