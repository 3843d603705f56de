#pragma once

#include "model/domain/application.h"
#include "model/git/gitrepository.h"
#include "model/result.h"

#include <optional>

namespace sextant {

// The Git side of one application: the repository its manifests come from, the paths
// in it that make up its desired state (the source path; for multi-source apps every
// source's path in that repository, so values files count too), what it tracks and
// what it runs.
struct ApplicationGitSource {
    QString repoUrl;
    QString targetRevision;   // as the application names it: "", HEAD, a branch, a tag or a commit
    QStringList paths;        // repository-relative, no leading or trailing slash; "" = everything
    QString deployedRevision; // the commit of the last successful sync (history), may be empty
    bool operator==(const ApplicationGitSource &) const = default;
};

// Nullopt for apps without a Git source (Helm chart repositories, OCI).
std::optional<ApplicationGitSource> applicationGitSource(const Application &app);

// The commit a target revision means in a mirror: HEAD (the mirror's HEAD, else main,
// else master), a branch, a tag, or a commit id. Any thread.
Result<QString> resolveTargetRevision(const git::GitRepository &mirror, const QString &targetRevision);

// The default branch among a mirror's branch heads: main, then master, then any other
// (never Sextant's own sextant/* branches); when `headCommit` is given, only a branch at
// that commit (the mirror's HEAD) qualifies. Empty when none does.
QString defaultBranchName(const QMap<QString, QString> &heads, const QString &headCommit = {});

// Between the deployed revision and the head of what the app tracks: the commits that
// touch its paths, newest first.
struct PendingChange {
    QString deployed; // empty when the app has not been deployed (or the commit is unknown)
    QString head;
    QList<git::CommitSummary> commits;
    bool deployedMissing = false; // the deployed commit is not in the mirror (yet)
    int count() const { return int(commits.size()); }
};
Result<PendingChange> pendingChange(git::GitRepository &mirror, const ApplicationGitSource &source);

} // namespace sextant
