#include "model/git/gitmirror.h"

#include "model/git/gitrepository_p.h"
#include "model/git/remoteoperation_p.h"
#include "model/logging.h"

#include <QSet>

namespace sextant::git {

namespace {

const char *const kRemote = "origin";
// Remote branches and tags overwrite their local copies; Sextant's own branches
// (refs/heads/sextant/*) are left out, so a fetch never moves or deletes them.
const char *const kFetchRefspecs[] = {"+refs/heads/*:refs/heads/*", "^refs/heads/sextant/*",
                                      "+refs/tags/*:refs/tags/*"};
const QLatin1String kSextantBranches("refs/heads/sextant/");

Result<RemoteHandle> lookupRemote(git_repository *repository, const QString &url)
{
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, repository, kRemote) < 0)
        return gitError(GitFailure::Other, lastGitError(QStringLiteral("The mirror of %1 has no remote '%2'")
                                                            .arg(displayUrl(url), QLatin1String(kRemote)))
                                               .message);
    return RemoteHandle(remote);
}

// Deletes the local branches that `remote` (just fetched) no longer has, except Sextant's.
Status pruneBranches(git_repository *repository, git_remote *remote, const QString &url)
{
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if (git_remote_ls(&heads, &count, remote) < 0)
        return gitError(
            GitFailure::Other,
            lastGitError(QStringLiteral("Cannot list the branches of %1").arg(displayUrl(url))).message);
    QSet<QByteArray> remoteRefs;
    for (size_t i = 0; i < count; ++i)
        remoteRefs.insert(QByteArray(heads[i]->name));

    git_reference_iterator *newIterator = nullptr;
    if (git_reference_iterator_glob_new(&newIterator, repository, "refs/heads/*") < 0)
        return gitError(GitFailure::Other,
                        lastGitError(QStringLiteral("Cannot list the mirror's branches")).message);
    const ReferenceIteratorHandle iterator(newIterator);
    QList<QByteArray> stale;
    const char *name = nullptr;
    while (git_reference_next_name(&name, iterator.get()) == 0) {
        const QByteArray refName(name);
        if (!refName.startsWith(kSextantBranches.latin1()) && !remoteRefs.contains(refName))
            stale.append(refName);
    }
    for (const QByteArray &refName : stale) {
        qCDebug(lcGit).noquote() << "pruning" << refName << "of the mirror of" << displayUrl(url);
        if (git_reference_remove(repository, refName.constData()) < 0)
            return gitError(
                GitFailure::Other,
                lastGitError(QStringLiteral("Cannot delete the stale branch %1 of the mirror of %2")
                                 .arg(QString::fromUtf8(refName), displayUrl(url)))
                    .message);
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
    if (name.startsWith(kSextantBranches.latin1()))
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
    options.prune = GIT_FETCH_NO_PRUNE; // pruneBranches() spares Sextant's branches
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    options.update_fetchhead = 0;
    const char *refspecs[std::size(kFetchRefspecs)];
    std::copy(std::begin(kFetchRefspecs), std::end(kFetchRefspecs), refspecs);
    const git_strarray refspecArray = {const_cast<char **>(refspecs), std::size(refspecs)};
    if (const int rc = git_remote_fetch(remote->get(), &refspecArray, &options, "sextant: fetch"); rc < 0)
        return operation.failure(rc);
    operation.succeeded();

    if (Status pruned = pruneBranches(handle, remote->get(), m_url); !pruned)
        return pruned;
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
        // libgit2 reports some declines (non-fast-forward found locally) as a failed call.
        if (failureOf(error) == GitFailure::Other &&
            error.message.contains(QLatin1String("fast-forward"), Qt::CaseInsensitive))
            error.code = int(GitFailure::Rejected);
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
    qCDebug(lcGit).noquote() << "pushed" << localBranch << "to" << remoteBranch << "of" << displayUrl(m_url);
    return success();
}

} // namespace sextant::git
