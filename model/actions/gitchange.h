#pragma once

#include "model/actions/actiontypes.h"
#include "model/fleet/applicationgitsource.h"
#include "model/fleet/gitchangeloader.h"
#include "model/git/gittypes.h"

#include <QMetaType>

namespace sextant {

// A change to an application's repository, previewed and waiting for the operator: what
// it reverts, the files as they would change, and where it would go.
struct GitChangeProposal {
    quint64 requestId = 0;
    ActionKind kind = ActionKind::GitRevert;
    ActionTarget target;
    QString repoUrl;
    QStringList paths;     // the app's paths in the repository
    QString trackedBranch; // the branch the app deploys from; empty for a tag or a commit
    QString onto;          // the commit the change applies to: that branch's head at preview time
    QString treeId;        // the tree the commit would have
    QList<git::CommitSummary> reverted; // newest first
    QList<GitFileDiff> files;
    QStringList conflicts; // non-empty: the change is refused
    QString error;         // the preview failed: why
    QString newBranch;     // the branch suggested for the commit: sextant/revert/<app>-<short>
    // Promotions (and reverts limited to some apps' paths): the commit message before the reason
    // trailer, the other apps concerned, and what to look at before committing (mutable image
    // references, files left as they are).
    QString message;
    QList<ActionTarget> promotedTo;
    QStringList warnings;
    // Adoptions: the resource whose live values go into Git, the fields that cannot go in place
    // ("spec.replicas: why"), and a manifest with those fields to add by hand.
    QString resourceIdentity;
    QStringList unadopted;
    QString yamlToAdd;

    bool canCommit() const { return error.isEmpty() && conflicts.isEmpty() && !treeId.isEmpty(); }
};

// Where the commit goes: a new branch (for a pull request) or the tracked branch itself.
struct GitCommitChoice {
    QString reason; // required; becomes the Sextant-Reason trailer
    bool onTrackedBranch = false;
    QString branch; // the new branch's name when not on the tracked branch
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::GitChangeProposal)
Q_DECLARE_METATYPE(sextant::PendingChange)
