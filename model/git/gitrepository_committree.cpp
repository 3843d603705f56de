// GitRepository::commitTree: a commit of a ready tree, with a compare-and-swap branch update.
#include "model/git/gitrepository.h"

#include "model/git/gitremote.h"
#include "model/git/gitrepository_p.h"
#include "model/logging.h"

namespace sextant::git {

Result<QString> GitRepository::commitTree(const QString &branch, const QString &parent, const QString &treeId,
                                          const CommitInfo &info)
{
    git_repository *repository = m_repository.get();
    const QByteArray refName = "refs/heads/" + branch.toUtf8();
    int valid = 0;
    if (branch.isEmpty() || git_reference_name_is_valid(&valid, refName.constData()) < 0 || !valid)
        return gitError(GitFailure::Other, QStringLiteral("Invalid branch name '%1'").arg(branch));
    if (info.message.trimmed().isEmpty())
        return gitError(GitFailure::Other,
                        QStringLiteral("Cannot commit to '%1': the commit message is empty").arg(branch));

    git_oid treeOid;
    if (git_oid_fromstr(&treeOid, treeId.toLatin1().constData()) < 0 || treeId.size() != GIT_OID_SHA1_HEXSIZE)
        return gitError(GitFailure::Other, QStringLiteral("Invalid tree id '%1'").arg(treeId));
    git_tree *foundTree = nullptr;
    if (git_tree_lookup(&foundTree, repository, &treeOid) < 0)
        return gitError(GitFailure::NotFound, QStringLiteral("Tree %1 not found in %2").arg(treeId, path()));
    const TreeHandle tree(foundTree);

    CommitHandle parentCommit;
    if (!parent.isEmpty()) {
        auto found = findCommit(repository, parent);
        if (!found)
            return found.error();
        parentCommit = std::move(found).value();
    }

    // The branch must be missing or at the parent; checked again when moving it.
    git_reference *existing = nullptr;
    const int lookup = git_reference_lookup(&existing, repository, refName.constData());
    const ReferenceHandle existingReference(existing);
    if (lookup == 0) {
        git_object *tip = nullptr;
        if (git_reference_peel(&tip, existingReference.get(), GIT_OBJECT_COMMIT) < 0)
            return lastFailure(QStringLiteral("Cannot resolve branch '%1' in %2").arg(branch, path()));
        const ObjectHandle tipObject(tip);
        if (!parentCommit ||
            !git_oid_equal(git_object_id(tipObject.get()), git_commit_id(parentCommit.get())))
            return gitError(GitFailure::Conflict,
                            QStringLiteral("Branch '%1' in %2 is at %3, not at %4: nothing was committed; "
                                           "refresh and try again")
                                .arg(branch, path(), oidToHex(git_object_id(tipObject.get())),
                                     parent.isEmpty() ? QStringLiteral("(none)") : parent));
    } else if (lookup != GIT_ENOTFOUND) {
        return lastFailure(QStringLiteral("Cannot read branch '%1' in %2").arg(branch, path()));
    }

    const QDateTime when = info.when.isValid() ? info.when : QDateTime::currentDateTime();
    git_signature *newSignature = nullptr;
    if (git_signature_new(&newSignature, info.authorName.toUtf8().constData(),
                          info.authorEmail.toUtf8().constData(), when.toSecsSinceEpoch(),
                          when.offsetFromUtc() / 60) < 0)
        return gitError(
            GitFailure::Other,
            lastGitError(QStringLiteral("Invalid author '%1 <%2>'").arg(info.authorName, info.authorEmail))
                .message);
    const SignatureHandle signature(newSignature);

    GitBuffer message;
    if (git_message_prettify(message.get(), info.message.toUtf8().constData(), 0, '#') < 0)
        return lastFailure(QStringLiteral("Invalid commit message"));

    git_oid commitId;
    const git_commit *parents[] = {parentCommit.get()};
    if (git_commit_create(&commitId, repository, nullptr, signature.get(), signature.get(), nullptr,
                          message.get()->ptr, tree.get(), parentCommit ? 1 : 0, parents) < 0)
        return lastFailure(QStringLiteral("Cannot create a commit on branch '%1'").arg(branch));

    const QByteArray reflog = "commit: " + info.message.trimmed().section(QLatin1Char('\n'), 0, 0).toUtf8();
    git_reference *updated = nullptr;
    const int rc =
        lookup == 0 ? git_reference_create_matching(&updated, repository, refName.constData(), &commitId, 1,
                                                    git_commit_id(parentCommit.get()), reflog.constData())
                    : git_reference_create(&updated, repository, refName.constData(), &commitId, 0,
                                           reflog.constData());
    const ReferenceHandle updatedReference(updated);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return gitError(
            GitFailure::Conflict,
            QStringLiteral("Branch '%1' in %2 changed while committing; nothing was committed, try again")
                .arg(branch, path()));
    if (rc < 0)
        return lastFailure(QStringLiteral("Cannot update branch '%1' in %2").arg(branch, path()));

    if (git_repository_head_unborn(repository) == 1)
        git_repository_set_head(repository, refName.constData());

    const QString id = oidToHex(&commitId);
    qCDebug(lcGit).noquote() << "committed tree" << treeId << "as" << id << "on" << branch << "in" << path();
    return id;
}

} // namespace sextant::git
