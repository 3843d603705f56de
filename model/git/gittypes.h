#pragma once

// Value types exchanged with GitRepository: plain Qt data, no libgit2 types.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sextant::git {

// Who commits what. An invalid `when` means "now"; the committer is the author.
struct CommitInfo {
    QString message;
    QString authorName;
    QString authorEmail;
    QDateTime when;
};

// A file of a tree: its slash-separated path from the repository root.
struct TreeFile {
    QString path;
    QByteArray content;

    friend bool operator==(const TreeFile &, const TreeFile &) = default;
};

struct CommitSummary {
    QString id;      // 40 hex digits
    QString summary; // the first paragraph of the message, on one line
    QString message; // the whole message, without trailing newlines
    QString authorName;
    QString authorEmail;
    QDateTime time; // author time, in the author's UTC offset
};

// One file that differs between two trees. Renames show as Deleted + Added.
struct FileChange {
    enum class Kind { Added, Modified, Deleted };
    Kind kind = Kind::Modified;
    QString path;
    QByteArray before; // empty for Added
    QByteArray after;  // empty for Deleted
};

} // namespace sextant::git
