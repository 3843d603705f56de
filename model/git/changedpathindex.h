#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace sextant::git {

class GitRepository;

// For every commit reachable from a repository's refs: its parents, its commit time and the
// files it changed against each parent (against the empty tree for a root commit). Path
// history walks this instead of reading commits and trees, which is what makes a page of a
// long history quick. Kept in a file in the repository's Git directory
// (sextant/changed-paths), brought up to date after each fetch (only new commits are diffed),
// and shared read-only between the threads that read it.
class ChangedPathIndex {
public:
    static constexpr quint32 NotIndexed = 0xffffffffu;

    struct Commit {
        QByteArray id; // the raw 20 bytes
        qint64 time = 0;
        std::vector<quint32> parents;              // indexes into commits(); NotIndexed when missing
        std::vector<std::vector<quint32>> changed; // per parent (one list for a root): path ids
    };

    // Diffs the commits reachable from the refs that the index does not hold yet and writes the
    // index again (atomically). Blocking Git IO: run it on a worker. Returns how many commits
    // were added. Setting `stop` abandons the update (nothing is written).
    static Result<int> update(const GitRepository &repository, const std::atomic<bool> *stop = nullptr);
    // The index as last written for the repository whose Git directory is `gitDirectory`, read
    // once per version of the file and shared; nullptr when there is none or it does not parse.
    static std::shared_ptr<const ChangedPathIndex> load(const QString &gitDirectory);
    // Where the index of that repository lives.
    static QString filePath(const QString &gitDirectory);

    const std::vector<Commit> &commits() const { return m_commits; }
    const std::vector<QByteArray> &paths() const { return m_paths; }
    std::optional<quint32> find(const QByteArray &rawId) const;

private:
    static Result<ChangedPathIndex> parse(const QByteArray &bytes);
    QByteArray serialize() const;
    quint32 pathId(const QByteArray &path);

    std::vector<QByteArray> m_paths;
    QHash<QByteArray, quint32> m_pathIds; // filled while building only
    std::vector<Commit> m_commits;
    QHash<QByteArray, quint32> m_byId;
};

} // namespace sextant::git
