#pragma once

// Reverting commits in memory, and the message and identity of the commit that records it.

#include "model/git/gitrepository.h"
#include "model/git/gittypes.h"
#include "model/result.h"

#include <QList>
#include <QStringList>

namespace sextant::git {

struct RevertPreview {
    QString onto;              // the commit the revert applies to (a branch head), 40 hex digits
    QStringList reverted;      // the commits reverted, newest first, 40 hex digits
    QList<FileChange> changes; // onto → the resulting tree; empty when conflicts
    QStringList conflicts;     // conflicting paths, sorted; non-empty means refused
    QString treeId;            // the resulting tree (written to the object database); empty when conflicts
};

// Reverts `commits` (newest first, applied in that order) onto `onto` in memory, as
// `git revert` would, without touching refs, index or work tree. Merge commits revert
// against their first parent (mainline 1). Conflicts are listed, not resolved
// (GitFailure::Conflict is not an error here: the preview lists them).
Result<RevertPreview> previewRevert(GitRepository &repo, const QString &onto, const QStringList &commits);

// The message of the commit recording a revert of `reverted` (newest first):
//   Revert "<subject>"\n\nThis reverts commit <sha>.\n\nSextant-Revert-Of: <sha>\nSextant-Reason: <reason>
// Several commits: "Revert N commits since <short id of the oldest>", one "This reverts
// commit <sha>." line and one Sextant-Revert-Of trailer each. The reason is put on one line;
// no Sextant-Reason trailer when it is empty.
QString revertMessage(const QList<CommitSummary> &reverted, const QString &reason);

// `message` with author user.name / user.email from the repository's git config (local,
// global, system) and the time "now". Missing → GitFailure::Other with a message telling
// the operator to set user.name and user.email.
Result<CommitInfo> identityFromConfig(GitRepository &repo, const QString &message);

} // namespace sextant::git
