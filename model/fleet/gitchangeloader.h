#pragma once

#include "model/diff/diffdocument.h"
#include "model/git/gitrepository.h"
#include "model/git/gittypes.h"
#include "model/result.h"

#include <QObject>

#include <functional>

namespace sextant {

class RepositoryMirrors;

// One file of a Git change, ready for the diff view: before on the left, after on the right.
struct GitFileDiff {
    git::FileChange::Kind kind = git::FileChange::Kind::Modified;
    QString path;
    diff::DiffDocument document;
    bool masked = false; // the file holds a Secret: its values were replaced by masks
};

// Secret values never reach the screen: a file that holds a core v1 Secret is shown as
// its documents re-emitted with every data value masked (both sides masked together, so a
// changed value stays visible as a changed mask); other files are shown as they are.
// Returns the two texts and whether masking happened. Any thread.
struct MaskedTexts {
    QByteArray before;
    QByteArray after;
    bool masked = false;
};
MaskedTexts maskSecretsInFiles(const QByteArray &before, const QByteArray &after);

// Diffs of the files changed in a repository mirror, computed on the mirrors' workers:
// one commit against its first parent, or the combined change between two commits,
// limited to an application's paths. Only the newest request's answer is emitted.
class GitChangeLoader : public QObject {
    Q_OBJECT
public:
    explicit GitChangeLoader(RepositoryMirrors *mirrors, QObject *parent = nullptr);

    void loadCommit(const QString &repoUrl, const QString &commit, const QStringList &paths);
    // From `from` (exclusive, "" = the empty tree) to `to`.
    void loadRange(const QString &repoUrl, const QString &from, const QString &to, const QStringList &paths);
    void clear();

    // Any thread: the diffs of a list of file changes.
    static Result<QList<GitFileDiff>> diffFiles(const QList<git::FileChange> &changes);

signals:
    void loaded(const QList<sextant::GitFileDiff> &files);
    void failed(const QString &message);

private:
    void load(const QString &repoUrl,
              std::function<Result<QList<git::FileChange>>(git::GitRepository &)> read);

    RepositoryMirrors *m_mirrors;
    quint64 m_request = 0;
};

} // namespace sextant
