#pragma once

#include "model/git/gitremote.h"
#include "model/git/gitrepository.h"
#include "model/result.h"

#include <QString>

namespace sextant::git {

// A bare mirror of one remote, in its own directory. Remote branches land in refs/heads/*
// of the mirror and tags in refs/tags/*, so GitRepository::branchHeads() lists the remote's
// branches. Branches Sextant creates locally live under refs/heads/sextant/*: a fetch never
// deletes or moves them (the remote's sextant/* branches are fetched to
// refs/remotes/origin/sextant/* instead). Like GitRepository, one thread at a time.
class GitMirror {
public:
    // Opens the bare repository at `directory`, or creates it when missing or empty, with
    // the remote "origin" = `url` (an existing origin is pointed at `url`). Does not touch
    // the network.
    static Result<GitMirror> openOrCreate(const QString &directory, const QString &url);

    QString url() const;

    // Fetches all branches and tags (force), then deletes local branches the remote no
    // longer has, except refs/heads/sextant/*.
    Status fetch(CredentialChain &credentials, const ProgressCallback &progress = {});
    // Pushes local refs/heads/<localBranch> to refs/heads/<remoteBranch> (never forced). A
    // declined update (non-fast-forward, protected branch, hook) → GitFailure::Rejected
    // with the server's reason in the message.
    Status push(const QString &localBranch, const QString &remoteBranch, CredentialChain &credentials,
                const ProgressCallback &progress = {});

    GitRepository &repository() { return m_repository; }
    const GitRepository &repository() const { return m_repository; }

private:
    GitMirror(GitRepository repository, QString url);

    GitRepository m_repository;
    QString m_url;
};

} // namespace sextant::git
