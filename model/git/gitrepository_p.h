#pragma once

// For model/git/ only: the libgit2 handle behind a GitRepository, and helpers shared by
// the files that implement it.

#include "model/git/githandle.h"
#include "model/git/gitrepository.h"
#include "model/git/gittypes.h"

#include <QStringList>

namespace sextant::git {

struct GitRepositoryAccess {
    static git_repository *handle(const GitRepository &repository) { return repository.m_repository.get(); }
};

QString oidToHex(const git_oid *id);
CommitSummary summarizeCommit(const git_commit *commit);

// The commit `revision` names in `repository` ("" = HEAD); a missing one is
// GitFailure::NotFound, other errors GitFailure::Other.
Result<CommitHandle> findCommit(git_repository *repository, const QString &revision);
// An Error with GitFailure::Other (DiskFull when the system says so) for the libgit2 call
// that just failed: "context: libgit2's message".
Error lastFailure(const QString &context);
// The files that differ between two trees (null: the empty tree), limited to `paths`, with contents.
Result<QList<FileChange>> treeChanges(git_repository *repository, git_tree *from, git_tree *to,
                                      const QStringList &paths);

} // namespace sextant::git
