#include "model/git/gitrevert.h"

#include "model/git/gitremote.h"
#include "model/git/gitrepository_p.h"
#include "model/logging.h"

#include <QSet>

#include <algorithm>

namespace sextant::git {

namespace {

QStringList conflictPaths(git_index *index)
{
    QSet<QString> paths;
    git_index_conflict_iterator *newIterator = nullptr;
    if (git_index_conflict_iterator_new(&newIterator, index) < 0)
        return {};
    const IndexConflictIteratorHandle iterator(newIterator);
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    while (git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get()) == 0) {
        for (const git_index_entry *entry : {ancestor, ours, theirs}) {
            if (entry)
                paths.insert(QString::fromUtf8(entry->path));
        }
    }
    QStringList sorted(paths.cbegin(), paths.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// A commit no ref points at, holding the tree of one step, so the next revert can apply onto it.
Result<CommitHandle> intermediateCommit(git_repository *repository, const git_oid &treeId,
                                        const git_commit *parent)
{
    git_tree *found = nullptr;
    if (git_tree_lookup(&found, repository, &treeId) < 0)
        return lastFailure(QStringLiteral("Cannot read an intermediate tree of the revert"));
    const TreeHandle tree(found);
    git_signature *newSignature = nullptr;
    if (git_signature_new(&newSignature, "Sextant", "sextant@localhost", 0, 0) < 0)
        return lastFailure(QStringLiteral("Cannot create a signature"));
    const SignatureHandle signature(newSignature);
    git_oid id;
    const git_commit *parents[] = {parent};
    if (git_commit_create(&id, repository, nullptr, signature.get(), signature.get(), nullptr,
                          "Sextant revert preview step\n", tree.get(), 1, parents) < 0)
        return lastFailure(QStringLiteral("Cannot store an intermediate step of the revert"));
    git_commit *created = nullptr;
    if (git_commit_lookup(&created, repository, &id) < 0)
        return lastFailure(QStringLiteral("Cannot read an intermediate step of the revert"));
    return CommitHandle(created);
}

} // namespace

Result<RevertPreview> previewRevert(GitRepository &repo, const QString &onto, const QStringList &commits)
{
    git_repository *repository = GitRepositoryAccess::handle(repo);
    if (commits.isEmpty())
        return gitError(GitFailure::Other, QStringLiteral("Nothing to revert: no commit given"));
    auto ontoCommit = findCommit(repository, onto);
    if (!ontoCommit)
        return ontoCommit.error();

    RevertPreview preview;
    preview.onto = oidToHex(git_commit_id(ontoCommit->get()));
    CommitHandle ours;
    git_oid treeId;
    git_oid_cpy(&treeId, git_commit_tree_id(ontoCommit->get()));

    for (qsizetype i = 0; i < commits.size(); ++i) {
        auto reverted = findCommit(repository, commits.at(i));
        if (!reverted)
            return reverted.error();
        preview.reverted.append(oidToHex(git_commit_id(reverted->get())));
        git_commit *base = ours ? ours.get() : ontoCommit->get();
        const unsigned int mainline = git_commit_parentcount(reverted->get()) > 1 ? 1 : 0;
        if (git_commit_parentcount(reverted->get()) == 0)
            return gitError(GitFailure::Other,
                            QStringLiteral("Cannot revert %1: it is the first commit of the "
                                           "repository")
                                .arg(preview.reverted.last()));
        git_merge_options options = GIT_MERGE_OPTIONS_INIT;
        git_index *newIndex = nullptr;
        if (git_revert_commit(&newIndex, repository, reverted->get(), base, mainline, &options) < 0)
            return lastFailure(QStringLiteral("Cannot revert %1").arg(preview.reverted.last()));
        const IndexHandle index(newIndex);
        if (git_index_has_conflicts(index.get())) {
            preview.conflicts = conflictPaths(index.get());
            qCDebug(lcGit).noquote() << "reverting" << preview.reverted.last() << "onto" << preview.onto
                                     << "conflicts at" << preview.conflicts.join(QStringLiteral(", "));
            return preview;
        }
        if (git_index_write_tree_to(&treeId, index.get(), repository) < 0)
            return lastFailure(QStringLiteral("Cannot store the tree of the revert"));
        if (i + 1 < commits.size()) {
            auto step = intermediateCommit(repository, treeId, base);
            if (!step)
                return step.error();
            ours = std::move(step).value();
        }
    }

    git_tree *resultTree = nullptr;
    if (git_tree_lookup(&resultTree, repository, &treeId) < 0)
        return lastFailure(QStringLiteral("Cannot read the tree of the revert"));
    const TreeHandle result(resultTree);
    git_tree *baseTree = nullptr;
    if (git_commit_tree(&baseTree, ontoCommit->get()) < 0)
        return lastFailure(QStringLiteral("Cannot read the tree of %1").arg(preview.onto));
    const TreeHandle before(baseTree);
    auto changes = treeChanges(repository, before.get(), result.get(), {});
    if (!changes)
        return changes.error();
    preview.changes = std::move(changes).value();
    preview.treeId = oidToHex(&treeId);
    return preview;
}

QString revertMessage(const QList<CommitSummary> &reverted, const QString &reason)
{
    QString message;
    if (reverted.size() == 1)
        message = QStringLiteral("Revert \"%1\"").arg(reverted.first().summary);
    else
        message = QStringLiteral("Revert %1 commits since %2")
                      .arg(reverted.size())
                      .arg(reverted.isEmpty() ? QString() : reverted.last().id.left(7));
    message += QStringLiteral("\n\n");
    for (const CommitSummary &commit : reverted)
        message += QStringLiteral("This reverts commit %1.\n").arg(commit.id);
    message += QLatin1Char('\n');
    for (const CommitSummary &commit : reverted)
        message += QStringLiteral("Sextant-Revert-Of: %1\n").arg(commit.id);
    const QString oneLine = reason.simplified();
    if (!oneLine.isEmpty())
        message += QStringLiteral("Sextant-Reason: %1\n").arg(oneLine);
    return message;
}

Result<CommitInfo> identityFromConfig(GitRepository &repo, const QString &message)
{
    git_signature *found = nullptr;
    const int rc = git_signature_default(&found, GitRepositoryAccess::handle(repo));
    const SignatureHandle signature(found);
    if (rc == GIT_ENOTFOUND || (rc == 0 && (!*signature->name || !*signature->email)))
        return gitError(
            GitFailure::Other,
            QStringLiteral("No Git identity configured: set user.name and user.email, for example "
                           "`git config --global user.name \"Your Name\"` and `git config --global "
                           "user.email you@example.org`"));
    if (rc < 0)
        return lastFailure(QStringLiteral("Cannot read user.name and user.email from the Git configuration"));
    return CommitInfo{message, QString::fromUtf8(signature->name), QString::fromUtf8(signature->email), {}};
}

} // namespace sextant::git
