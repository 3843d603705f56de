#pragma once

// Undoing one commit in some directories only: a wave of a rollout is rolled back by reverting
// the release commit in the overlays that wave deploys, leaving the other environments as they are.

#include "model/git/promotion.h"
#include "model/result.h"

#include <QList>
#include <QStringList>

namespace sextant::git {

class GitRepository;

struct PathRevert {
    QList<PromotedFile> files; // the files as the revert leaves them at `onto` (before → after)
    QStringList conflicts;     // files in the paths changed again since the commit; non-empty: refused
    QStringList outside;       // files the commit changed outside the paths, left as they are
    QStringList undone;        // files in the paths whose change `onto` already undoes
};

// Reverts what `commit` changed (against its first parent) in the files under `paths` (files or
// directories; "" or "." is everything), onto `onto`: a file still as the commit left it gets its
// content before the commit back (an added file is deleted, a deleted one restored); a file
// already as before is left alone; a file changed otherwise since is a conflict. Reads only.
Result<PathRevert> revertInPaths(const GitRepository &repository, const QString &onto, const QString &commit,
                                 const QStringList &paths);

// Whether `path` is one of `paths` or lies under one of them ("" or "." covers everything).
bool pathIsUnder(const QString &path, const QStringList &paths);

} // namespace sextant::git
