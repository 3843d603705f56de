#include "model/git/githistory.h"

#include "model/git/changedpathindex.h"
#include "model/git/githistory_p.h"
#include "model/git/gitrepository.h"
#include "model/git/gitrepository_p.h"

#include <algorithm>
#include <cstring>
#include <unordered_set>

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

namespace {

// PathWalk's order and history simplification over a ChangedPathIndex: no commit or tree is
// read until a commit is shown.
class IndexedWalk {
public:
    IndexedWalk(std::shared_ptr<const ChangedPathIndex> index, const QList<QByteArray> &paths, quint32 head)
        : m_index(std::move(index))
        , m_matches(m_index->paths().size(), false)
    {
        const std::vector<QByteArray> &all = m_index->paths();
        for (size_t i = 0; i < all.size(); ++i)
            for (const QByteArray &path : paths)
                if (path.isEmpty() || all[i] == path ||
                    (all[i].size() > path.size() && all[i].startsWith(path) && all[i].at(path.size()) == '/'))
                    m_matches[i] = true;
        enqueue(head);
    }

    bool atEnd() const { return m_queue.empty(); }

    // The next commit shown, as an index into the commits; nullopt at the end, or (with
    // `incomplete` set) when a parent is missing from the index.
    std::optional<quint32> next(bool &incomplete)
    {
        const auto &commits = m_index->commits();
        while (!m_queue.empty()) {
            const quint32 at = m_queue.top().commit;
            m_queue.pop();
            const ChangedPathIndex::Commit &commit = commits[at];
            bool shown = false;
            if (commit.parents.empty()) {
                shown = touches(commit.changed.front());
            } else {
                int followOnly = -1;
                for (size_t i = 0; i < commit.parents.size(); ++i) {
                    if (commit.parents[i] == ChangedPathIndex::NotIndexed) {
                        incomplete = true;
                        return std::nullopt;
                    }
                    if (!touches(commit.changed[i])) {
                        followOnly = int(i); // like git: only the first parent it equals
                        break;
                    }
                }
                if (followOnly >= 0) {
                    enqueue(commit.parents[size_t(followOnly)]);
                } else {
                    shown = true;
                    for (quint32 parent : commit.parents)
                        enqueue(parent);
                }
            }
            if (shown)
                return at;
        }
        return std::nullopt;
    }

    const ChangedPathIndex &index() const { return *m_index; }

private:
    struct Queued {
        qint64 time;
        quint64 order;
        quint32 commit;
        bool operator<(const Queued &other) const
        {
            return time != other.time ? time < other.time : order > other.order;
        }
    };

    bool touches(const std::vector<quint32> &changed) const
    {
        return std::any_of(changed.cbegin(), changed.cend(),
                           [this](quint32 path) { return m_matches[path]; });
    }
    void enqueue(quint32 commit)
    {
        if (!m_seen.insert(commit).second)
            return;
        m_queue.push(Queued{m_index->commits()[commit].time, m_order++, commit});
    }

    std::shared_ptr<const ChangedPathIndex> m_index;
    std::vector<bool> m_matches; // by path id
    std::priority_queue<Queued> m_queue;
    std::unordered_set<quint32> m_seen;
    quint64 m_order = 0;
};

} // namespace

struct PathHistory::State {
    GitRepository repository;
    PathWalk walk;
    bool end = false;
    std::optional<IndexedWalk> indexed; // while the index answers
    int shown = 0;                      // commits returned so far
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
    const QList<QByteArray> normalized = normalizedPaths(paths);
    auto state = std::unique_ptr<State>(
        new State{std::move(opened).value(), PathWalk(handle, normalized), false, std::nullopt, 0});
    state->walk.push(*git_commit_id(start->get()));
    // The changed-path index answers when it holds the head (it is updated after each fetch).
    if (auto index = ChangedPathIndex::load(QString::fromUtf8(git_repository_path(handle)))) {
        if (const auto head = index->find(oidKey(*git_commit_id(start->get()))))
            state->indexed.emplace(std::move(index), normalized, *head);
    }
    return PathHistory(std::move(state));
}

Result<QList<CommitSummary>> PathHistory::next(int count)
{
    QList<CommitSummary> commits;
    git_repository *handle = GitRepositoryAccess::handle(m_state->repository);
    while (m_state->indexed && !m_state->end && commits.size() < count) {
        bool incomplete = false;
        const std::optional<quint32> at = m_state->indexed->next(incomplete);
        if (incomplete) {
            // The index lacks part of this history: the tree walk takes over where it stands.
            m_state->indexed.reset();
            for (int skipped = 0; skipped < m_state->shown + int(commits.size()); ++skipped) {
                std::optional<Error> error;
                if (!m_state->walk.next(error)) {
                    if (error)
                        return *error;
                    break;
                }
            }
            break;
        }
        if (!at) {
            m_state->end = true;
            break;
        }
        git_oid id;
        std::memcpy(id.id, m_state->indexed->index().commits()[*at].id.constData(), GIT_OID_SHA1_SIZE);
        git_commit *found = nullptr;
        if (git_commit_lookup(&found, handle, &id) < 0)
            return lastFailure(QStringLiteral("Cannot read commit %1").arg(oidToHex(&id)));
        const CommitHandle commit(found);
        commits.append(summarizeCommit(commit.get()));
    }
    if (m_state->indexed) {
        if (m_state->indexed->atEnd())
            m_state->end = true;
        m_state->shown += int(commits.size());
        return commits;
    }
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
    m_state->shown += int(commits.size());
    return commits;
}

bool PathHistory::usesIndex() const
{
    return m_state->indexed.has_value();
}

bool PathHistory::atEnd() const
{
    return m_state->end;
}

} // namespace sextant::git
