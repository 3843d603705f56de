#include "model/git/gitmirror.h"

#include "model/git/gitrepository_p.h"
#include "model/git/remoteoperation_p.h"
#include "model/logging.h"

namespace sextant::git {

namespace {

const char *const kRemote = "origin";
// Remote branches land in refs/remotes/origin/* and are copied to refs/heads/* from there,
// except Sextant's own (sextant/*): a fetch never moves or deletes those.
const char *const kFetchRefspecs[] = {"+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"};
const QByteArray kTracking = QByteArrayLiteral("refs/remotes/origin/");
const QByteArray kHeads = QByteArrayLiteral("refs/heads/");
const QByteArray kSextant = QByteArrayLiteral("sextant/");

Result<RemoteHandle> lookupRemote(git_repository *repository, const QString &url)
{
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, repository, kRemote) < 0)
        return gitError(GitFailure::Other, lastGitError(QStringLiteral("The mirror of %1 has no remote '%2'")
                                                            .arg(displayUrl(url), QLatin1String(kRemote)))
                                               .message);
    return RemoteHandle(remote);
}

// Branch name → commit of the references under `prefix` (direct ones; symbolic ones are skipped).
Result<QMap<QByteArray, git_oid>> referencesUnder(git_repository *repository, const QByteArray &prefix)
{
    git_reference_iterator *newIterator = nullptr;
    if (git_reference_iterator_glob_new(&newIterator, repository, (prefix + '*').constData()) < 0)
        return lastFailure(QStringLiteral("Cannot list the references of the mirror"));
    const ReferenceIteratorHandle iterator(newIterator);
    QMap<QByteArray, git_oid> references;
    git_reference *next = nullptr;
    int rc = 0;
    while ((rc = git_reference_next(&next, iterator.get())) == 0) {
        const ReferenceHandle reference(next);
        if (git_reference_type(reference.get()) != GIT_REFERENCE_DIRECT)
            continue;
        references.insert(QByteArray(git_reference_name(reference.get())).mid(prefix.size()),
                          *git_reference_target(reference.get()));
    }
    if (rc != GIT_ITEROVER)
        return lastFailure(QStringLiteral("Cannot list the references of the mirror"));
    return references;
}

// Makes refs/heads/* equal to the remote's branches (refs/remotes/origin/*), leaving sextant/* alone.
Status syncBranches(git_repository *repository, const QString &url)
{
    const auto remote = referencesUnder(repository, kTracking);
    if (!remote)
        return remote.error();
    const auto local = referencesUnder(repository, kHeads);
    if (!local)
        return local.error();
    for (auto it = remote->cbegin(); it != remote->cend(); ++it) {
        if (it.key().startsWith(kSextant) || it.key() == "HEAD")
            continue;
        const auto current = local->constFind(it.key());
        if (current != local->cend() && git_oid_equal(&*current, &it.value()))
            continue;
        git_reference *updated = nullptr;
        const int rc = git_reference_create(&updated, repository, (kHeads + it.key()).constData(),
                                            &it.value(), 1, "sextant: mirror");
        const ReferenceHandle updatedReference(updated);
        if (rc < 0)
            return lastFailure(QStringLiteral("Cannot update branch %1 of the mirror of %2")
                                   .arg(QString::fromUtf8(it.key()), displayUrl(url)));
    }
    for (auto it = local->cbegin(); it != local->cend(); ++it) {
        if (it.key().startsWith(kSextant) || remote->contains(it.key()))
            continue;
        qCDebug(lcGit).noquote() << "pruning branch" << it.key() << "of the mirror of" << displayUrl(url);
        if (git_reference_remove(repository, (kHeads + it.key()).constData()) < 0)
            return lastFailure(QStringLiteral("Cannot delete the stale branch %1 of the mirror of %2")
                                   .arg(QString::fromUtf8(it.key()), displayUrl(url)));
    }
    return success();
}

// Points HEAD at the remote's default branch, so "HEAD" means what it means on the server.
void followRemoteHead(git_repository *repository, git_remote *remote)
{
    GitBuffer branch;
    if (git_remote_default_branch(branch.get(), remote) < 0)
        return; // an empty remote, or a server that does not say
    const QByteArray name = branch.toByteArray();
    if (!name.startsWith(kHeads) || name.mid(kHeads.size()).startsWith(kSextant))
        return;
    git_reference *found = nullptr;
    if (git_reference_lookup(&found, repository, name.constData()) == 0) {
        const ReferenceHandle reference(found);
        git_repository_set_head(repository, name.constData());
    }
}

} // namespace

GitMirror::GitMirror(GitRepository repository, QString url)
    : m_repository(std::move(repository))
    , m_url(std::move(url))
{}

Result<GitMirror> GitMirror::openOrCreate(const QString &directory, const QString &url)
{
    if (url.isEmpty())
        return gitError(GitFailure::Other, QStringLiteral("Cannot mirror a repository without a URL"));
    auto opened = GitRepository::openOrInitBare(directory);
    if (!opened)
        return gitError(failureOf(opened.error()) == GitFailure::Other &&
                                opened.error().message.contains(QLatin1String("No space left"))
                            ? GitFailure::DiskFull
                            : GitFailure::Other,
                        opened.error().message);
    GitRepository repository = std::move(opened).value();
    git_repository *handle = GitRepositoryAccess::handle(repository);
    const QByteArray utf8Url = url.toUtf8();

    git_remote *found = nullptr;
    const int lookup = git_remote_lookup(&found, handle, kRemote);
    RemoteHandle remote(found);
    if (lookup == GIT_ENOTFOUND) {
        git_remote_create_options options = GIT_REMOTE_CREATE_OPTIONS_INIT;
        options.repository = handle;
        options.name = kRemote;
        options.flags = GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC;
        git_remote *created = nullptr;
        if (git_remote_create_with_opts(&created, utf8Url.constData(), &options) < 0)
            return gitError(
                GitFailure::Other,
                lastGitError(
                    QStringLiteral("Cannot set up the mirror of %1 in %2").arg(displayUrl(url), directory))
                    .message);
        remote.reset(created);
        for (const char *refspec : kFetchRefspecs) {
            if (git_remote_add_fetch(handle, kRemote, refspec) < 0)
                return gitError(
                    GitFailure::Other,
                    lastGitError(QStringLiteral("Cannot configure the mirror of %1").arg(displayUrl(url)))
                        .message);
        }
        qCDebug(lcGit).noquote() << "created the mirror of" << displayUrl(url) << "in" << directory;
    } else if (lookup < 0) {
        return gitError(GitFailure::Other,
                        lastGitError(QStringLiteral("Cannot read the mirror in %1").arg(directory)).message);
    } else if (QString::fromUtf8(git_remote_url(remote.get())) != url) {
        if (git_remote_set_url(handle, kRemote, utf8Url.constData()) < 0)
            return gitError(
                GitFailure::Other,
                lastGitError(
                    QStringLiteral("Cannot point the mirror in %1 at %2").arg(directory, displayUrl(url)))
                    .message);
    }
    return GitMirror(std::move(repository), url);
}

QString GitMirror::url() const
{
    return m_url;
}

Status GitMirror::fetch(CredentialChain &credentials, const ProgressCallback &progress)
{
    git_repository *handle = GitRepositoryAccess::handle(m_repository);
    auto remote = lookupRemote(handle, m_url);
    if (!remote)
        return remote.error();

    RemoteOperation operation(m_url, QStringLiteral("fetch from"), credentials, progress);
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = operation.callbacks();
    options.prune = GIT_FETCH_PRUNE; // of refs/remotes/origin/*; syncBranches() spares sextant/*
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    options.update_fetchhead = 0;
    const char *refspecs[std::size(kFetchRefspecs)];
    std::copy(std::begin(kFetchRefspecs), std::end(kFetchRefspecs), refspecs);
    const git_strarray refspecArray = {const_cast<char **>(refspecs), std::size(refspecs)};
    if (const int rc = git_remote_fetch(remote->get(), &refspecArray, &options, "sextant: fetch"); rc < 0)
        return operation.failure(rc);
    operation.succeeded();

    if (Status synced = syncBranches(handle, m_url); !synced)
        return synced;
    followRemoteHead(handle, remote->get());
    qCDebug(lcGit).noquote() << "fetched" << displayUrl(m_url);
    return success();
}

Status GitMirror::push(const QString &localBranch, const QString &remoteBranch, CredentialChain &credentials,
                       const ProgressCallback &progress)
{
    git_repository *handle = GitRepositoryAccess::handle(m_repository);
    const QByteArray refspec = "refs/heads/" + localBranch.toUtf8() + ":refs/heads/" + remoteBranch.toUtf8();
    int valid = 0;
    if (localBranch.isEmpty() || remoteBranch.isEmpty() ||
        git_reference_name_is_valid(&valid, ("refs/heads/" + localBranch.toUtf8()).constData()) < 0 ||
        !valid ||
        git_reference_name_is_valid(&valid, ("refs/heads/" + remoteBranch.toUtf8()).constData()) < 0 ||
        !valid)
        return gitError(
            GitFailure::Other,
            QStringLiteral("Cannot push '%1' to '%2': invalid branch name").arg(localBranch, remoteBranch));
    if (!m_repository.resolveCommit(QStringLiteral("refs/heads/") + localBranch))
        return gitError(GitFailure::NotFound,
                        QStringLiteral("Cannot push to %1: the mirror has no branch '%2'")
                            .arg(displayUrl(m_url), localBranch));
    auto remote = lookupRemote(handle, m_url);
    if (!remote)
        return remote.error();

    RemoteOperation operation(m_url, QStringLiteral("push to"), credentials, progress);
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = operation.callbacks();
    char *refspecs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray refspecArray = {refspecs, 1};
    if (const int rc = git_remote_push(remote->get(), &refspecArray, &options); rc < 0) {
        Error error = operation.failure(rc);
        // libgit2 finds a non-fast-forward itself, before asking the server.
        if (failureOf(error) == GitFailure::Rejected)
            error.message =
                QStringLiteral("%1 rejected the push of '%2' to '%3': not a fast-forward, '%3' has "
                               "commits the mirror does not know yet; fetch and try again")
                    .arg(displayUrl(m_url), localBranch, remoteBranch);
        return error;
    }
    if (!operation.rejections().isEmpty()) {
        QString message = QStringLiteral("%1 rejected the push of '%2' to '%3': %4")
                              .arg(displayUrl(m_url), localBranch, remoteBranch,
                                   operation.rejections().join(QStringLiteral("; ")));
        const QStringList server = operation.serverMessages();
        if (!server.isEmpty())
            message += QStringLiteral(". The server said: ") + server.join(QLatin1Char(' '));
        qCInfo(lcGit).noquote() << message;
        // The credential worked: only the update was declined.
        operation.succeeded();
        Error error = gitError(GitFailure::Rejected, message);
        error.serverMessage = operation.rejections().join(QLatin1Char('\n'));
        return error;
    }
    operation.succeeded();
    // libgit2 moved refs/remotes/origin/<remoteBranch>; the mirror's branch follows.
    if (Status synced = syncBranches(handle, m_url); !synced)
        return synced;
    qCDebug(lcGit).noquote() << "pushed" << localBranch << "to" << remoteBranch << "of" << displayUrl(m_url);
    return success();
}

} // namespace sextant::git
