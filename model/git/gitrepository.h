#pragma once

#include "model/git/gittypes.h"
#include "model/result.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

struct git_repository;

namespace sextant::git {

// One open Git repository (bare or with a work tree). Revisions are anything
// git rev-parse understands; commit ids come back as 40 hex digits. Like the
// libgit2 handle it owns, an instance must be used by one thread at a time:
// open one per worker. Requires a live GitLibrary. A moved-from instance may
// only be assigned to or destroyed.
class GitRepository {
public:
    // Opens exactly `path` (a bare repository or a work tree), never a parent.
    static Result<GitRepository> open(const QString &path);
    // Creates a new bare repository (and missing parent directories); fails
    // unless `path` is missing or an empty directory.
    static Result<GitRepository> initBare(const QString &path);
    static Result<GitRepository> openOrInitBare(const QString &path);

    GitRepository(GitRepository &&) noexcept = default;
    GitRepository &operator=(GitRepository &&) noexcept = default;
    ~GitRepository();

    // The work tree, or the repository directory when bare; no trailing slash.
    QString path() const;
    bool isBare() const;

    // "" and "HEAD" mean HEAD; tags are peeled to the commit they name.
    Result<QString> resolveCommit(const QString &revision) const;

    // Commits `changes` on refs/heads/<branch> (created from an empty tree if
    // new): a value writes the file at that slash-separated path, nullopt
    // deletes the file or directory; like git, a file replaces a directory at
    // its path and vice versa. Touches neither index nor work tree.
    // Points an unborn HEAD at `branch`. Returns the new commit id.
    Result<QString> commitFiles(const QString &branch,
                                const QMap<QString, std::optional<QByteArray>> &changes,
                                const CommitInfo &info);

    // The tree of `baseCommit` with `changes` applied (as commitFiles applies them), written
    // to the object database without a commit or a ref; returns its id (for commitTree).
    Result<QString> writeTree(const QString &baseCommit,
                              const QMap<QString, std::optional<QByteArray>> &changes);

    // Files in `directory` ("" or "." is the root) at `commit`, or anywhere
    // below it when recursive; sorted by path. Symlinks and submodules are left out.
    Result<QList<TreeFile>> readFiles(const QString &commit, const QString &directory, bool recursive) const;
    Result<QByteArray> readFile(const QString &commit, const QString &path) const;

    // Local branch name → commit id; poll it to notice new commits.
    Result<QMap<QString, QString>> branchHeads() const;

    Result<CommitSummary> commitSummary(const QString &revision) const;
    // Newest first; maxCount <= 0 means no limit.
    Result<QList<CommitSummary>> log(const QString &revision, int maxCount) const;

    // History queries (gitrepository_history.cpp). Their errors carry a GitFailure code
    // (model/git/gitremote.h); a missing revision is GitFailure::NotFound. `paths` are files
    // or directories, slash-separated; an empty list or "" means the whole repository.

    // Commits reachable from `toInclusive` and not from `fromExclusive` ("" = none) that
    // changed any of `paths`, newest first: `git log from..to -- paths`.
    Result<QList<CommitSummary>> commitsBetween(const QString &fromExclusive, const QString &toInclusive,
                                                const QStringList &paths) const;
    // The files that differ between the trees of two commits, limited to `paths`, sorted
    // by path; `fromCommit` "" means the empty tree.
    Result<QList<FileChange>> changes(const QString &fromCommit, const QString &toCommit,
                                      const QStringList &paths) const;
    // What `commit` changed against its first parent (everything, for a root commit).
    Result<QList<FileChange>> commitChanges(const QString &commit, const QStringList &paths) const;
    // Whether `ancestor` is `descendant` or one of its ancestors.
    Result<bool> isAncestor(const QString &ancestor, const QString &descendant) const;
    // Whether the commit (any revision) exists in the repository; false rather than an error
    // when it does not.
    Result<bool> contains(const QString &commit) const;

    // Creates a commit of tree `treeId` with parent `parent` ("" = a root commit) and
    // points refs/heads/<branch> at it: an existing branch must point at `parent` (compare
    // and swap, else GitFailure::Conflict); a missing branch is created. The message is
    // cleaned up like git commit does. Returns the new commit id.
    Result<QString> commitTree(const QString &branch, const QString &parent, const QString &treeId,
                               const CommitInfo &info);

private:
    friend struct GitRepositoryAccess;

    struct Free {
        void operator()(git_repository *repository) const noexcept;
    };

    explicit GitRepository(git_repository *repository);

    std::unique_ptr<git_repository, Free> m_repository;
};

} // namespace sextant::git
