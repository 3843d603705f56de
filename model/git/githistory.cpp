#include "model/git/githistory.h"

#include "model/git/githistory_p.h"
#include "model/git/gitrepository.h"
#include "model/git/gitrepository_p.h"

#include <algorithm>

namespace sextant::git {

QList<QByteArray> normalizedPaths(const QStringList &paths)
{
    QList<QByteArray> normalized;
    for (const QString &path : paths) {
        QByteArray utf8 = path.toUtf8();
        while (utf8.startsWith('/'))
            utf8.remove(0, 1);
        while (utf8.endsWith('/'))
            utf8.chop(1);
        if (utf8.isEmpty() || utf8 == ".")
            return {QByteArray()};
        if (!normalized.contains(utf8))
            normalized.append(utf8);
    }
    if (normalized.isEmpty())
        normalized.append(QByteArray());
    return normalized;
}

PathWalk::PathWalk(git_repository *repository, QList<QByteArray> paths)
    : m_repository(repository)
    , m_paths(std::move(paths))
{}

void PathWalk::push(const git_oid &start)
{
    git_commit *found = nullptr;
    if (git_commit_lookup(&found, m_repository, &start) < 0)
        return;
    const CommitHandle commit(found);
    enqueue(start, git_commit_time(commit.get()));
}

void PathWalk::enqueue(const git_oid &id, qint64 time)
{
    const QByteArray key = oidKey(id);
    if (m_seen.contains(key) || (m_allowed && !m_allowed->contains(key)))
        return;
    m_seen.insert(key);
    m_queue.push(Queued{time, m_order++, id});
}

Result<PathWalk::PathIds> PathWalk::pathIds(const git_commit *commit)
{
    const git_oid *treeId = git_commit_tree_id(commit);
    const QByteArray key = oidKey(*treeId);
    if (const auto cached = m_idsByTree.constFind(key); cached != m_idsByTree.cend())
        return *cached;
    git_tree *found = nullptr;
    if (git_tree_lookup(&found, m_repository, treeId) < 0)
        return lastFailure(
            QStringLiteral("Cannot read the tree of commit %1").arg(oidToHex(git_commit_id(commit))));
    const TreeHandle tree(found);
    PathIds ids;
    ids.reserve(size_t(m_paths.size()));
    for (const QByteArray &path : m_paths) {
        PathEntry entry = {};
        if (path.isEmpty()) {
            git_oid_cpy(&entry.id, treeId);
            entry.mode = GIT_FILEMODE_TREE;
        } else {
            git_tree_entry *treeEntry = nullptr;
            const int rc = git_tree_entry_bypath(&treeEntry, tree.get(), path.constData());
            const TreeEntryHandle owned(treeEntry);
            if (rc == 0) {
                git_oid_cpy(&entry.id, git_tree_entry_id(owned.get()));
                entry.mode = quint32(git_tree_entry_filemode(owned.get()));
            } else if (rc != GIT_ENOTFOUND) {
                return lastFailure(QStringLiteral("Cannot look up '%1' in commit %2")
                                       .arg(QString::fromUtf8(path), oidToHex(git_commit_id(commit))));
            }
        }
        ids.push_back(entry);
    }
    // Trees repeat along a history; a bounded cache keeps long walks lean.
    if (m_idsByTree.size() > 4096)
        m_idsByTree.clear();
    m_idsByTree.insert(key, ids);
    return ids;
}

std::optional<CommitHandle> PathWalk::next(std::optional<Error> &error)
{
    while (!m_queue.empty()) {
        const Queued top = m_queue.top();
        m_queue.pop();
        git_commit *found = nullptr;
        if (git_commit_lookup(&found, m_repository, &top.id) < 0) {
            error = lastFailure(QStringLiteral("Cannot read commit %1").arg(oidToHex(&top.id)));
            return std::nullopt;
        }
        CommitHandle commit(found);
        auto ids = pathIds(commit.get());
        if (!ids) {
            error = ids.error();
            return std::nullopt;
        }

        const unsigned int parentCount = git_commit_parentcount(commit.get());
        bool shown = false;
        if (parentCount == 0) {
            // A root commit is compared with the empty tree.
            shown = std::any_of(ids->cbegin(), ids->cend(),
                                [](const PathEntry &entry) { return entry.mode != 0; });
        } else {
            std::vector<CommitHandle> parents;
            parents.reserve(parentCount);
            int relevantParents = 0;
            bool relevantChange = false;
            bool irrelevantChange = false;
            int followOnly = -1;
            for (unsigned int i = 0; i < parentCount; ++i) {
                git_commit *parent = nullptr;
                if (git_commit_parent(&parent, commit.get(), i) < 0) {
                    error = lastFailure(QStringLiteral("Cannot read a parent of commit %1")
                                            .arg(oidToHex(git_commit_id(commit.get()))));
                    return std::nullopt;
                }
                parents.emplace_back(parent);
                const bool interesting = !m_allowed || m_allowed->contains(oidKey(*git_commit_id(parent)));
                auto parentIds = pathIds(parent);
                if (!parentIds) {
                    error = parentIds.error();
                    return std::nullopt;
                }
                const bool same = *parentIds == *ids;
                if (interesting)
                    ++relevantParents;
                if (same && interesting) {
                    // Like git: follow only the first parent the commit equals at the paths.
                    followOnly = int(i);
                    break;
                }
                if (!same)
                    (interesting ? relevantChange : irrelevantChange) = true;
            }
            if (followOnly >= 0) {
                const git_commit *parent = parents[size_t(followOnly)].get();
                enqueue(*git_commit_id(parent), git_commit_time(parent));
            } else {
                shown = relevantParents > 0 ? relevantChange : irrelevantChange;
                for (const CommitHandle &parent : parents)
                    enqueue(*git_commit_id(parent.get()), git_commit_time(parent.get()));
            }
        }
        if (shown)
            return commit;
    }
    return std::nullopt;
}

struct PathHistory::State {
    GitRepository repository;
    PathWalk walk;
    bool end = false;
};

PathHistory::PathHistory(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

PathHistory::PathHistory(PathHistory &&) noexcept = default;
PathHistory &PathHistory::operator=(PathHistory &&) noexcept = default;
PathHistory::~PathHistory() = default;

Result<PathHistory> PathHistory::open(const QString &repositoryPath, const QString &head,
                                      const QStringList &paths)
{
    auto opened = GitRepository::open(repositoryPath);
    if (!opened)
        return gitError(GitFailure::NotFound, opened.error().message);
    git_repository *handle = GitRepositoryAccess::handle(*opened);
    auto start = findCommit(handle, head);
    if (!start)
        return start.error();
    auto state = std::unique_ptr<State>(
        new State{std::move(opened).value(), PathWalk(handle, normalizedPaths(paths)), false});
    state->walk.push(*git_commit_id(start->get()));
    return PathHistory(std::move(state));
}

Result<QList<CommitSummary>> PathHistory::next(int count)
{
    QList<CommitSummary> commits;
    while (!m_state->end && commits.size() < count) {
        std::optional<Error> error;
        const std::optional<CommitHandle> commit = m_state->walk.next(error);
        if (error)
            return *error;
        if (!commit) {
            m_state->end = true;
            break;
        }
        commits.append(summarizeCommit(commit->get()));
    }
    if (m_state->walk.atEnd())
        m_state->end = true;
    return commits;
}

bool PathHistory::atEnd() const
{
    return m_state->end;
}

} // namespace sextant::git
