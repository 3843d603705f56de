#include "model/git/gitrepository.h"

#include "model/git/githandle.h"
#include "model/git/gitremote.h"
#include "model/git/gitrepository_p.h"
#include "model/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <git2.h>

#include <algorithm>

namespace sextant::git {

namespace {

QString toHex(const git_oid *id)
{
    char hex[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(hex, sizeof hex, id);
    return QString::fromLatin1(hex);
}

QDateTime toDateTime(const git_time &time)
{
    return QDateTime::fromSecsSinceEpoch(time.time, QTimeZone::fromSecondsAheadOfUtc(time.offset * 60));
}

// libgit2 reports its directories with a trailing slash.
QString repositoryPath(git_repository *repository)
{
    const char *dir = git_repository_is_bare(repository) ? git_repository_path(repository)
                                                         : git_repository_workdir(repository);
    QString path = QString::fromUtf8(dir);
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// Messages name HEAD rather than an empty revision.
QString revisionName(const QString &revision)
{
    return revision.isEmpty() ? QStringLiteral("HEAD") : revision;
}

Error invalidInput(const QString &message)
{
    return Error{message, GIT_ERROR_INVALID};
}

// Paths we write must be plain and repository-relative: no "", ".", ".."
// or ".git" component, which Git itself would refuse to check out.
bool isValidFilePath(const QString &path)
{
    if (path.isEmpty() || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
               part.compare(QLatin1String(".git"), Qt::CaseInsensitive) == 0;
    });
}

Result<CommitHandle> lookupCommit(git_repository *repository, const git_oid *id)
{
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repository, id) < 0)
        return lastGitError(
            QStringLiteral("cannot read commit %1 in %2").arg(toHex(id), repositoryPath(repository)));
    return CommitHandle(commit);
}

Result<CommitHandle> peelToCommit(git_repository *repository, const QString &revision)
{
    const QString spec = revisionName(revision);
    const QString where = repositoryPath(repository);
    git_object *found = nullptr;
    const int rc = git_revparse_single(&found, repository, spec.toUtf8().constData());
    ObjectHandle object(found);
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC) {
        Error error = lastGitError(QString());
        if (spec == QLatin1String("HEAD") && git_repository_head_unborn(repository) == 1)
            error.message = QStringLiteral("%1 has no commits yet").arg(where);
        else
            error.message = QStringLiteral("revision '%1' not found in %2").arg(spec, where);
        return error;
    }
    if (rc == GIT_EAMBIGUOUS) {
        Error error = lastGitError(QString());
        error.message = QStringLiteral("revision '%1' is ambiguous in %2").arg(spec, where);
        return error;
    }
    if (rc < 0)
        return lastGitError(QStringLiteral("cannot resolve revision '%1' in %2").arg(spec, where));

    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) < 0)
        return lastGitError(QStringLiteral("revision '%1' in %2 is not a commit").arg(spec, where));
    const ObjectHandle commit(peeled);
    return lookupCommit(repository, git_object_id(commit.get()));
}

Result<TreeHandle> treeOfCommit(const git_commit *commit)
{
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) < 0)
        return lastGitError(
            QStringLiteral("cannot read the tree of commit %1").arg(toHex(git_commit_id(commit))));
    return TreeHandle(tree);
}

// The entry at `path` below `root`, or an error naming path and revision.
Result<TreeEntryHandle> entryAt(git_repository *repository, const git_tree *root, const QString &path,
                                const QString &revision)
{
    git_tree_entry *entry = nullptr;
    const int rc = git_tree_entry_bypath(&entry, root, path.toUtf8().constData());
    if (rc == GIT_ENOTFOUND) {
        return gitError(GitFailure::NotFound, QStringLiteral("'%1' not found at revision '%2' in %3")
                                                  .arg(path, revision, repositoryPath(repository)));
    }
    if (rc < 0)
        return lastGitError(QStringLiteral("cannot look up '%1' at revision '%2'").arg(path, revision));
    return TreeEntryHandle(entry);
}

Result<QByteArray> blobContent(git_repository *repository, const git_oid *id, const QString &path)
{
    git_blob *found = nullptr;
    if (git_blob_lookup(&found, repository, id) < 0)
        return lastGitError(QStringLiteral("cannot read '%1'").arg(path));
    const BlobHandle blob(found);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

// Appends the regular files of `tree` (and of its subtrees when recursive),
// named `prefix` + their path inside `tree`.
Status collectFiles(git_repository *repository, const git_tree *tree, const QString &prefix, bool recursive,
                    QList<TreeFile> &files)
{
    const size_t count = git_tree_entrycount(tree);
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(tree, i);
        const QString path = prefix + QString::fromUtf8(git_tree_entry_name(entry));
        switch (git_tree_entry_filemode(entry)) {
        case GIT_FILEMODE_BLOB:
        case GIT_FILEMODE_BLOB_EXECUTABLE: {
            auto content = blobContent(repository, git_tree_entry_id(entry), path);
            if (!content)
                return content.error();
            files.append(TreeFile{path, std::move(content).value()});
            break;
        }
        case GIT_FILEMODE_TREE: {
            if (!recursive)
                break;
            git_tree *found = nullptr;
            if (git_tree_lookup(&found, repository, git_tree_entry_id(entry)) < 0)
                return lastGitError(QStringLiteral("cannot read directory '%1'").arg(path));
            const TreeHandle subtree(found);
            if (Status status = collectFiles(repository, subtree.get(), path + QLatin1Char('/'), true, files);
                !status)
                return status;
            break;
        }
        default: // symlinks and submodules carry no file content
            break;
        }
    }
    return success();
}

CommitSummary summarize(const git_commit *commit)
{
    CommitSummary summary;
    summary.id = toHex(git_commit_id(commit));
    // git_commit_summary caches its result inside the commit, hence non-const.
    summary.summary = QString::fromUtf8(git_commit_summary(const_cast<git_commit *>(commit)));
    summary.message = QString::fromUtf8(git_commit_message(commit));
    while (summary.message.endsWith(QLatin1Char('\n')))
        summary.message.chop(1);
    const git_signature *author = git_commit_author(commit);
    summary.authorName = QString::fromUtf8(author->name);
    summary.authorEmail = QString::fromUtf8(author->email);
    summary.time = toDateTime(author->when);
    return summary;
}

// Applies one change to the in-memory index that will become the new tree.
Status applyChange(git_repository *repository, git_index *index, const QString &path,
                   const std::optional<QByteArray> &content, const QString &branch)
{
    const QByteArray utf8Path = path.toUtf8();
    if (content) {
        git_index_entry entry = {};
        if (git_blob_create_from_buffer(&entry.id, repository, content->constData(),
                                        size_t(content->size())) < 0)
            return lastGitError(QStringLiteral("cannot store '%1'").arg(path));
        entry.mode = GIT_FILEMODE_BLOB;
        entry.file_size = quint32(content->size());
        entry.path = utf8Path.constData();
        // Replaces a file or a directory already at that path, as git does.
        if (git_index_add(index, &entry) < 0)
            return lastGitError(QStringLiteral("cannot write '%1'").arg(path));
        return success();
    }
    if (git_index_get_bypath(index, utf8Path.constData(), 0)) {
        if (git_index_remove(index, utf8Path.constData(), 0) < 0)
            return lastGitError(QStringLiteral("cannot delete '%1'").arg(path));
        return success();
    }
    const size_t before = git_index_entrycount(index);
    if (git_index_remove_directory(index, utf8Path.constData(), 0) < 0)
        return lastGitError(QStringLiteral("cannot delete directory '%1'").arg(path));
    if (git_index_entrycount(index) == before) // a typo must not pass as a successful delete
        return Error{
            QStringLiteral("cannot delete '%1': no such file or directory on branch '%2'").arg(path, branch),
            GIT_ERROR_INDEX};
    return success();
}

// The tree of `parent` (an empty tree when null) with `changes` applied, written to the
// object database. An in-memory index builds it without a work tree (bare repositories).
Result<git_oid> writeChangedTree(git_repository *repository, const git_commit *parent,
                                 const QMap<QString, std::optional<QByteArray>> &changes,
                                 const QString &branch)
{
    git_index *newIndex = nullptr;
    if (git_index_new(&newIndex) < 0)
        return lastGitError(QStringLiteral("cannot create an index"));
    const IndexHandle index(newIndex);
    if (parent) {
        const auto tree = treeOfCommit(parent);
        if (!tree)
            return tree.error();
        if (git_index_read_tree(index.get(), tree->get()) < 0)
            return lastGitError(QStringLiteral("cannot read the tree of branch '%1'").arg(branch));
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (Status status = applyChange(repository, index.get(), it.key(), it.value(), branch); !status)
            return status.error();
    }
    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index.get(), repository) < 0)
        return lastGitError(QStringLiteral("cannot write the new tree of branch '%1'").arg(branch));
    return treeId;
}

} // namespace

void GitRepository::Free::operator()(git_repository *repository) const noexcept
{
    git_repository_free(repository);
}

GitRepository::GitRepository(git_repository *repository)
    : m_repository(repository)
{}

GitRepository::~GitRepository() = default;

Result<GitRepository> GitRepository::open(const QString &path)
{
    if (path.isEmpty())
        return invalidInput(QStringLiteral("cannot open a Git repository: no path given"));
    git_repository *repository = nullptr;
    // NO_SEARCH: a directory inside some other repository must not open that one.
    if (git_repository_open_ext(&repository, path.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr) < 0)
        return lastGitError(QStringLiteral("cannot open Git repository at '%1'").arg(path));
    qCDebug(lcGit) << "opened" << path;
    return GitRepository(repository);
}

Result<GitRepository> GitRepository::initBare(const QString &path)
{
    if (path.isEmpty())
        return invalidInput(QStringLiteral("cannot create a Git repository: no path given"));
    // Never scatter repository files into a directory that holds something else.
    const QFileInfo info(path);
    if (info.exists() && (!info.isDir() || !QDir(path).isEmpty()))
        return invalidInput(
            QStringLiteral(
                "cannot create a bare Git repository at '%1': it exists and is not an empty directory")
                .arg(path));
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    git_repository *repository = nullptr;
    if (git_repository_init_ext(&repository, path.toUtf8().constData(), &options) < 0)
        return lastGitError(QStringLiteral("cannot create a bare Git repository at '%1'").arg(path));
    qCDebug(lcGit) << "created bare repository" << path;
    return GitRepository(repository);
}

Result<GitRepository> GitRepository::openOrInitBare(const QString &path)
{
    const QFileInfo info(path);
    if (!path.isEmpty() && (!info.exists() || (info.isDir() && QDir(path).isEmpty())))
        return initBare(path);
    return open(path);
}

QString GitRepository::path() const
{
    return repositoryPath(m_repository.get());
}

bool GitRepository::isBare() const
{
    return git_repository_is_bare(m_repository.get()) == 1;
}

Result<QString> GitRepository::resolveCommit(const QString &revision) const
{
    const auto commit = peelToCommit(m_repository.get(), revision);
    if (!commit)
        return commit.error();
    return toHex(git_commit_id(commit->get()));
}

Result<QString> GitRepository::commitFiles(const QString &branch,
                                           const QMap<QString, std::optional<QByteArray>> &changes,
                                           const CommitInfo &info)
{
    git_repository *repository = m_repository.get();
    const QByteArray refName = "refs/heads/" + branch.toUtf8();
    int valid = 0;
    if (branch.isEmpty() || git_reference_name_is_valid(&valid, refName.constData()) < 0 || !valid)
        return invalidInput(QStringLiteral("invalid branch name '%1'").arg(branch));
    if (info.message.trimmed().isEmpty())
        return invalidInput(QStringLiteral("cannot commit to '%1': the commit message is empty").arg(branch));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!isValidFilePath(it.key()))
            return invalidInput(QStringLiteral("invalid path '%1': paths are relative and slash-separated, "
                                               "without empty, '.', '..' or '.git' parts")
                                    .arg(it.key()));
    }

    // The parent is the branch tip; a new branch starts from an empty tree.
    CommitHandle parent;
    git_reference *found = nullptr;
    const int lookup = git_reference_lookup(&found, repository, refName.constData());
    const ReferenceHandle reference(found);
    if (lookup == 0) {
        git_object *tip = nullptr;
        if (git_reference_peel(&tip, reference.get(), GIT_OBJECT_COMMIT) < 0)
            return lastGitError(QStringLiteral("cannot resolve branch '%1' in %2").arg(branch, path()));
        const ObjectHandle tipObject(tip);
        auto tipCommit = lookupCommit(repository, git_object_id(tipObject.get()));
        if (!tipCommit)
            return tipCommit.error();
        parent = std::move(tipCommit).value();
    } else if (lookup != GIT_ENOTFOUND) {
        return lastGitError(QStringLiteral("cannot read branch '%1' in %2").arg(branch, path()));
    }

    const auto written = writeChangedTree(repository, parent.get(), changes, branch);
    if (!written)
        return written.error();
    const git_oid treeId = *written;
    git_tree *newTree = nullptr;
    if (git_tree_lookup(&newTree, repository, &treeId) < 0)
        return lastGitError(QStringLiteral("cannot read the new tree of branch '%1'").arg(branch));
    const TreeHandle tree(newTree);

    const QDateTime when = info.when.isValid() ? info.when : QDateTime::currentDateTime();
    git_signature *newSignature = nullptr;
    if (git_signature_new(&newSignature, info.authorName.toUtf8().constData(),
                          info.authorEmail.toUtf8().constData(), when.toSecsSinceEpoch(),
                          when.offsetFromUtc() / 60) < 0)
        return lastGitError(
            QStringLiteral("invalid author '%1 <%2>'").arg(info.authorName, info.authorEmail));
    const SignatureHandle signature(newSignature);

    // Normalises whitespace and ends the message with a newline, as git commit does.
    GitBuffer message;
    if (git_message_prettify(message.get(), info.message.toUtf8().constData(), 0, '#') < 0)
        return lastGitError(QStringLiteral("invalid commit message"));

    git_oid commitId;
    const git_commit *parents[] = {parent.get()};
    if (git_commit_create(&commitId, repository, nullptr, signature.get(), signature.get(), nullptr,
                          message.get()->ptr, tree.get(), parent ? 1 : 0, parents) < 0)
        return lastGitError(QStringLiteral("cannot create a commit on branch '%1'").arg(branch));

    // Move the branch only if nobody else moved it meanwhile (compare-and-swap).
    const QByteArray reflog = "commit: " + info.message.trimmed().section(QLatin1Char('\n'), 0, 0).toUtf8();
    git_reference *updated = nullptr;
    const int rc = parent
                       ? git_reference_create_matching(&updated, repository, refName.constData(), &commitId,
                                                       1, git_commit_id(parent.get()), reflog.constData())
                       : git_reference_create(&updated, repository, refName.constData(), &commitId, 0,
                                              reflog.constData());
    const ReferenceHandle updatedReference(updated);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS) {
        Error error = lastGitError(QString());
        error.message =
            QStringLiteral("branch '%1' in %2 changed while committing; nothing was committed, try again")
                .arg(branch, path());
        return error;
    }
    if (rc < 0)
        return lastGitError(QStringLiteral("cannot update branch '%1' in %2").arg(branch, path()));

    if (git_repository_head_unborn(repository) == 1 &&
        git_repository_set_head(repository, refName.constData()) < 0)
        return lastGitError(QStringLiteral("cannot point HEAD of %1 at branch '%2'").arg(path(), branch));

    const QString id = toHex(&commitId);
    qCDebug(lcGit).noquote() << "committed" << id << "on" << branch << "in" << path();
    return id;
}

Result<QList<TreeFile>> GitRepository::readFiles(const QString &commit, const QString &directory,
                                                 bool recursive) const
{
    git_repository *repository = m_repository.get();
    const auto found = peelToCommit(repository, commit);
    if (!found)
        return found.error();
    auto root = treeOfCommit(found->get());
    if (!root)
        return root.error();

    QString dir = directory;
    while (dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    if (dir == QLatin1String("."))
        dir.clear();

    TreeHandle tree = std::move(root).value();
    if (!dir.isEmpty()) {
        const auto entry = entryAt(repository, tree.get(), dir, revisionName(commit));
        if (!entry)
            return Error{QStringLiteral("directory '%1' not found at revision '%2' in %3")
                             .arg(dir, revisionName(commit), path()),
                         entry.error().code};
        if (git_tree_entry_type(entry->get()) != GIT_OBJECT_TREE)
            return invalidInput(QStringLiteral("'%1' is not a directory at revision '%2' in %3")
                                    .arg(dir, revisionName(commit), path()));
        git_tree *subtree = nullptr;
        if (git_tree_lookup(&subtree, repository, git_tree_entry_id(entry->get())) < 0)
            return lastGitError(QStringLiteral("cannot read directory '%1'").arg(dir));
        tree.reset(subtree);
    }

    QList<TreeFile> files;
    if (Status status = collectFiles(repository, tree.get(),
                                     dir.isEmpty() ? QString() : dir + QLatin1Char('/'), recursive, files);
        !status)
        return status.error();
    std::sort(files.begin(), files.end(),
              [](const TreeFile &a, const TreeFile &b) { return a.path < b.path; });
    return files;
}

Result<QByteArray> GitRepository::readFile(const QString &commit, const QString &path) const
{
    git_repository *repository = m_repository.get();
    const auto found = peelToCommit(repository, commit);
    if (!found)
        return found.error();
    const auto root = treeOfCommit(found->get());
    if (!root)
        return root.error();
    const auto entry = entryAt(repository, root->get(), path, revisionName(commit));
    if (!entry)
        return entry.error();
    if (git_tree_entry_type(entry->get()) != GIT_OBJECT_BLOB)
        return invalidInput(QStringLiteral("'%1' is not a file at revision '%2' in %3")
                                .arg(path, revisionName(commit), this->path()));
    return blobContent(repository, git_tree_entry_id(entry->get()), path);
}

Result<QMap<QString, QString>> GitRepository::branchHeads() const
{
    git_repository *repository = m_repository.get();
    git_branch_iterator *newIterator = nullptr;
    if (git_branch_iterator_new(&newIterator, repository, GIT_BRANCH_LOCAL) < 0)
        return lastGitError(QStringLiteral("cannot list the branches of %1").arg(path()));
    const BranchIteratorHandle iterator(newIterator);

    QMap<QString, QString> heads;
    git_reference *next = nullptr;
    git_branch_t type;
    int rc = 0;
    while ((rc = git_branch_next(&next, &type, iterator.get())) == 0) {
        const ReferenceHandle reference(next);
        const char *name = nullptr;
        if (git_branch_name(&name, reference.get()) < 0)
            return lastGitError(QStringLiteral("cannot read a branch name in %1").arg(path()));
        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT) < 0)
            return lastGitError(
                QStringLiteral("cannot resolve branch '%1' in %2").arg(QString::fromUtf8(name), path()));
        const ObjectHandle commit(peeled);
        heads.insert(QString::fromUtf8(name), toHex(git_object_id(commit.get())));
    }
    if (rc != GIT_ITEROVER)
        return lastGitError(QStringLiteral("cannot list the branches of %1").arg(path()));
    return heads;
}

Result<CommitSummary> GitRepository::commitSummary(const QString &revision) const
{
    const auto commit = peelToCommit(m_repository.get(), revision);
    if (!commit)
        return commit.error();
    return summarize(commit->get());
}

Result<QList<CommitSummary>> GitRepository::log(const QString &revision, int maxCount) const
{
    git_repository *repository = m_repository.get();
    const auto start = peelToCommit(repository, revision);
    if (!start)
        return start.error();
    git_revwalk *newWalk = nullptr;
    if (git_revwalk_new(&newWalk, repository) < 0)
        return lastGitError(QStringLiteral("cannot walk the history of %1").arg(path()));
    const RevwalkHandle walk(newWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push(walk.get(), git_commit_id(start->get())) < 0)
        return lastGitError(QStringLiteral("cannot walk the history of '%1' in %2").arg(revision, path()));

    QList<CommitSummary> commits;
    git_oid id;
    int rc = 0;
    while ((maxCount <= 0 || commits.size() < maxCount) && (rc = git_revwalk_next(&id, walk.get())) == 0) {
        const auto commit = lookupCommit(repository, &id);
        if (!commit)
            return commit.error();
        commits.append(summarize(commit->get()));
    }
    if (rc < 0 && rc != GIT_ITEROVER)
        return lastGitError(QStringLiteral("cannot walk the history of '%1' in %2").arg(revision, path()));
    return commits;
}

QString oidToHex(const git_oid *id)
{
    return toHex(id);
}

CommitSummary summarizeCommit(const git_commit *commit)
{
    return summarize(commit);
}

} // namespace sextant::git

namespace sextant::git {

Result<QString> GitRepository::writeTree(const QString &baseCommit,
                                         const QMap<QString, std::optional<QByteArray>> &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!isValidFilePath(it.key()))
            return invalidInput(QStringLiteral("invalid path '%1'").arg(it.key()));
    }
    auto base = resolveCommit(baseCommit);
    if (!base)
        return base.error();
    git_oid id;
    if (git_oid_fromstr(&id, base->toLatin1().constData()) < 0)
        return lastGitError(QStringLiteral("invalid commit id %1").arg(*base));
    auto parent = lookupCommit(m_repository.get(), &id);
    if (!parent)
        return parent.error();
    const auto tree = writeChangedTree(m_repository.get(), parent->get(), changes, baseCommit);
    if (!tree)
        return tree.error();
    return toHex(&*tree);
}

} // namespace sextant::git
