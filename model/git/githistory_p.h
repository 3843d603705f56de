#pragma once

// For model/git/ only: the walk behind PathHistory and GitRepository::commitsBetween.

#include "model/git/githandle.h"
#include "model/git/gittypes.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <queue>
#include <vector>

namespace sextant::git {

// Repository-relative paths as a walk compares them: no leading or trailing slash,
// "" and "." meaning the whole repository (then the list holds just "").
QList<QByteArray> normalizedPaths(const QStringList &paths);

// Walks the history from one commit newest first (by commit time, as git log; a parent is queued
// when a child reaches it), yielding the commits that changed any of the paths, with git log's default
// history simplification: a merge equal at the paths to one of its parents is not shown
// and only that parent is followed. An optional set limits the walk to its commits.
class PathWalk {
public:
    PathWalk(git_repository *repository, QList<QByteArray> paths);

    void push(const git_oid &start);
    // Only commits in `allowed` are visited (the range of commitsBetween).
    void limitTo(QSet<QByteArray> allowed) { m_allowed = std::move(allowed); }

    // The next commit that changed the paths; nullopt at the end. On error, `error` is set.
    std::optional<CommitHandle> next(std::optional<Error> &error);
    bool atEnd() const { return m_queue.empty(); }

private:
    struct Queued {
        qint64 time;
        quint64 order; // insertion order: equal times come out first-in, first-out, as in git
        git_oid id;
        bool operator<(const Queued &other) const
        {
            return time != other.time ? time < other.time : order > other.order;
        }
    };
    struct PathEntry {
        git_oid id; // zero when the path is missing
        quint32 mode;
        bool operator==(const PathEntry &other) const
        {
            return mode == other.mode && git_oid_equal(&id, &other.id);
        }
    };
    using PathIds = std::vector<PathEntry>;

    void enqueue(const git_oid &id, qint64 time);
    Result<PathIds> pathIds(const git_commit *commit);

    git_repository *m_repository;
    QList<QByteArray> m_paths;
    std::priority_queue<Queued> m_queue;
    QSet<QByteArray> m_seen;
    std::optional<QSet<QByteArray>> m_allowed;
    QHash<QByteArray, PathIds> m_idsByTree;
    quint64 m_order = 0;
};

// The raw 20 (or 32) bytes of an id, as a hash key.
inline QByteArray oidKey(const git_oid &id)
{
    return QByteArray(reinterpret_cast<const char *>(id.id), GIT_OID_SHA1_SIZE);
}

} // namespace sextant::git
