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

} // namespace sextant::git
