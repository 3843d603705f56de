// GitRepository: the history queries and commitTree.
#include "model/git/gitrepository.h"

#include "model/git/githistory_p.h"
#include "model/git/gitremote.h"
#include "model/git/gitrepository_p.h"
#include "model/logging.h"

#include <QSet>

namespace sextant::git {

Error lastFailure(const QString &context)
{
    Error error = lastGitError(context);
    const bool diskFull = error.message.contains(QLatin1String("No space left"), Qt::CaseInsensitive);
    error.code = int(diskFull ? GitFailure::DiskFull : GitFailure::Other);
    return error;
}

Result<CommitHandle> findCommit(git_repository *repository, const QString &revision)
{
    const QString spec = revision.isEmpty() ? QStringLiteral("HEAD") : revision;
    const char *where = git_repository_is_bare(repository) ? git_repository_path(repository)
                                                           : git_repository_workdir(repository);
    git_object *found = nullptr;
    const int rc = git_revparse_single(&found, repository, spec.toUtf8().constData());
    const ObjectHandle object(found);
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC || rc == GIT_EUNBORNBRANCH)
        return gitError(GitFailure::NotFound,
                        QStringLiteral("Revision '%1' not found in %2").arg(spec, QString::fromUtf8(where)));
    if (rc < 0)
        return lastFailure(
            QStringLiteral("Cannot resolve revision '%1' in %2").arg(spec, QString::fromUtf8(where)));
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) < 0)
        return gitError(
            GitFailure::NotFound,
            QStringLiteral("Revision '%1' in %2 is not a commit").arg(spec, QString::fromUtf8(where)));
    return CommitHandle(reinterpret_cast<git_commit *>(peeled));
}

namespace {

Result<TreeHandle> treeOf(const git_commit *commit)
{
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) < 0)
        return lastFailure(
            QStringLiteral("Cannot read the tree of commit %1").arg(oidToHex(git_commit_id(commit))));
    return TreeHandle(tree);
}

Result<QByteArray> blobBytes(git_repository *repository, const git_diff_file &file)
{
    if (!(file.flags & GIT_DIFF_FLAG_EXISTS) || git_oid_is_zero(&file.id) || file.mode == GIT_FILEMODE_COMMIT)
        return QByteArray();
    git_blob *found = nullptr;
    if (git_blob_lookup(&found, repository, &file.id) < 0)
        return lastFailure(QStringLiteral("Cannot read '%1'").arg(QString::fromUtf8(file.path)));
    const BlobHandle blob(found);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

} // namespace

// The files that differ between two trees (either may be null: the empty tree), limited to paths.
Result<QList<FileChange>> treeChanges(git_repository *repository, git_tree *from, git_tree *to,
                                      const QStringList &paths)
{
    const QList<QByteArray> normalized = normalizedPaths(paths);
    std::vector<char *> pathspec;
    for (const QByteArray &path : normalized) {
        if (!path.isEmpty())
            pathspec.push_back(const_cast<char *>(path.constData()));
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    options.pathspec = {pathspec.data(), pathspec.size()};
    git_diff *newDiff = nullptr;
    if (git_diff_tree_to_tree(&newDiff, repository, from, to, &options) < 0)
        return lastFailure(QStringLiteral("Cannot compare two trees"));
    const DiffHandle diff(newDiff);

    QList<FileChange> changes;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        FileChange change;
        switch (delta->status) {
        case GIT_DELTA_ADDED: change.kind = FileChange::Kind::Added; break;
        case GIT_DELTA_DELETED: change.kind = FileChange::Kind::Deleted; break;
        default: change.kind = FileChange::Kind::Modified; break;
        }
        change.path = QString::fromUtf8(change.kind == FileChange::Kind::Deleted ? delta->old_file.path
                                                                                 : delta->new_file.path);
        auto before = blobBytes(repository, delta->old_file);
        if (!before)
            return before.error();
        auto after = blobBytes(repository, delta->new_file);
        if (!after)
            return after.error();
        change.before = std::move(before).value();
        change.after = std::move(after).value();
        changes.append(std::move(change));
    }
    return changes;
}

Result<QList<CommitSummary>> GitRepository::commitsBetween(const QString &fromExclusive,
                                                           const QString &toInclusive,
                                                           const QStringList &paths) const
{
    git_repository *repository = m_repository.get();
    const auto to = findCommit(repository, toInclusive);
    if (!to)
        return to.error();
    PathWalk walk(repository, normalizedPaths(paths));
    if (!fromExclusive.isEmpty()) {
        const auto from = findCommit(repository, fromExclusive);
        if (!from)
            return from.error();
        // The range first (libgit2 stops where everything left is hidden), then the path walk inside it.
        git_revwalk *newWalk = nullptr;
        if (git_revwalk_new(&newWalk, repository) < 0)
            return lastFailure(QStringLiteral("Cannot walk the history of %1").arg(path()));
        const RevwalkHandle range(newWalk);
        if (git_revwalk_push(range.get(), git_commit_id(to->get())) < 0 ||
            git_revwalk_hide(range.get(), git_commit_id(from->get())) < 0)
            return lastFailure(QStringLiteral("Cannot walk %1..%2").arg(fromExclusive, toInclusive));
        QSet<QByteArray> inRange;
        git_oid id;
        int rc = 0;
        while ((rc = git_revwalk_next(&id, range.get())) == 0)
            inRange.insert(oidKey(id));
        if (rc != GIT_ITEROVER)
            return lastFailure(QStringLiteral("Cannot walk %1..%2").arg(fromExclusive, toInclusive));
        walk.limitTo(std::move(inRange));
    }
    walk.push(*git_commit_id(to->get()));
    QList<CommitSummary> commits;
    for (;;) {
        std::optional<Error> error;
        const std::optional<CommitHandle> commit = walk.next(error);
        if (error)
            return *error;
        if (!commit)
            break;
        commits.append(summarizeCommit(commit->get()));
    }
    return commits;
}

Result<QList<FileChange>> GitRepository::changes(const QString &fromCommit, const QString &toCommit,
                                                 const QStringList &paths) const
{
    git_repository *repository = m_repository.get();
    TreeHandle fromTree;
    if (!fromCommit.isEmpty()) {
        const auto from = findCommit(repository, fromCommit);
        if (!from)
            return from.error();
        auto tree = treeOf(from->get());
        if (!tree)
            return tree.error();
        fromTree = std::move(tree).value();
    }
    const auto to = findCommit(repository, toCommit);
    if (!to)
        return to.error();
    auto toTree = treeOf(to->get());
    if (!toTree)
        return toTree.error();
    return treeChanges(repository, fromTree.get(), toTree->get(), paths);
}

Result<QList<FileChange>> GitRepository::commitChanges(const QString &commit, const QStringList &paths) const
{
    git_repository *repository = m_repository.get();
    const auto found = findCommit(repository, commit);
    if (!found)
        return found.error();
    auto tree = treeOf(found->get());
    if (!tree)
        return tree.error();
    TreeHandle parentTree;
    if (git_commit_parentcount(found->get()) > 0) {
        git_commit *parent = nullptr;
        if (git_commit_parent(&parent, found->get(), 0) < 0)
            return lastFailure(QStringLiteral("Cannot read the parent of commit %1").arg(commit));
        const CommitHandle parentCommit(parent);
        auto parentTreeResult = treeOf(parentCommit.get());
        if (!parentTreeResult)
            return parentTreeResult.error();
        parentTree = std::move(parentTreeResult).value();
    }
    return treeChanges(repository, parentTree.get(), tree->get(), paths);
}

Result<bool> GitRepository::isAncestor(const QString &ancestor, const QString &descendant) const
{
    git_repository *repository = m_repository.get();
    const auto older = findCommit(repository, ancestor);
    if (!older)
        return older.error();
    const auto newer = findCommit(repository, descendant);
    if (!newer)
        return newer.error();
    if (git_oid_equal(git_commit_id(older->get()), git_commit_id(newer->get())))
        return true;
    const int rc =
        git_graph_descendant_of(repository, git_commit_id(newer->get()), git_commit_id(older->get()));
    if (rc < 0)
        return lastFailure(QStringLiteral("Cannot compare %1 with %2").arg(ancestor, descendant));
    return rc == 1;
}

Result<bool> GitRepository::contains(const QString &commit) const
{
    const auto found = findCommit(m_repository.get(), commit);
    if (found)
        return true;
    if (failureOf(found.error()) == GitFailure::NotFound)
        return false;
    return found.error();
}

} // namespace sextant::git
