#pragma once

// The history of paths: which commits changed them, newest first, page by page.
// The one-shot queries (commitsBetween, changes, commitChanges, isAncestor, contains)
// are members of GitRepository.

#include "model/git/gitremote.h"
#include "model/git/gittypes.h"
#include "model/result.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace sextant::git {

// Walks the history of `head` newest first and yields the commits that changed any of
// `paths` (files or directories, slash-separated; "" or no path = the whole repository),
// like `git log -- <paths>`: the same order (by commit time, newest first; a parent is
// queued when a child reaches it) and git's default history simplification (a merge that
// equals one of its parents at the paths is not shown, and only that parent is followed;
// a merge that differs from all its parents is shown and all are followed). Paged: each
// next() continues where the last stopped, without walking ahead. Owns its repository
// handle; one thread at a time. Requires a live GitLibrary.
class PathHistory {
public:
    static Result<PathHistory> open(const QString &repositoryPath, const QString &head,
                                    const QStringList &paths);

    PathHistory(PathHistory &&) noexcept;
    PathHistory &operator=(PathHistory &&) noexcept;
    ~PathHistory();

    // Up to `count` more commits; fewer than `count` means the end was reached.
    Result<QList<CommitSummary>> next(int count);
    bool atEnd() const;
    // Whether the changed-path index answers (rather than a walk over commits and trees).
    bool usesIndex() const;

private:
    struct State;
    explicit PathHistory(std::unique_ptr<State> state);

    std::unique_ptr<State> m_state;
};

} // namespace sextant::git
