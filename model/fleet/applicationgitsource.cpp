#include "model/fleet/applicationgitsource.h"

#include "model/domain/lastdeployment.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitremote.h"

#include <QRegularExpression>

namespace sextant {

using namespace Qt::StringLiterals;

namespace {

// "." and "./x/" are the root and "x" to Git.
QString repositoryPath(QString path)
{
    path = path.trimmed();
    while (path.startsWith("./"_L1))
        path.remove(0, 2);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path == "."_L1 ? QString() : path;
}

bool isCommitId(const QString &revision)
{
    static const QRegularExpression hex(u"^[0-9a-f]{40}$"_s);
    return hex.match(revision).hasMatch();
}

} // namespace

std::optional<ApplicationGitSource> applicationGitSource(const Application &app)
{
    // The first source with a path: a chart source comes from a Helm repository.
    for (qsizetype i = 0; i < app.sources.size(); ++i) {
        const ApplicationSource &source = app.sources[i];
        if (source.repoUrl.isEmpty() || !source.chart.isEmpty())
            continue;
        ApplicationGitSource git;
        git.repoUrl = source.repoUrl;
        git.targetRevision = source.targetRevision;
        // Deployed: the last successful sync; status.sync.revision is what the last
        // comparison was made against, i.e. Git.
        if (const HistoryEntry *last = lastDeployment(app))
            git.deployedRevision = app.multiSource ? last->revisions.value(i) : last->revision;
        if (app.sources.size() == 1) {
            // The common case, asked on every change of every app: no URL to compare.
            git.paths = {repositoryPath(source.path)};
            return git;
        }
        const QString key = normalizedRepositoryUrl(source.repoUrl);
        for (const ApplicationSource &other : app.sources) {
            if (other.chart.isEmpty() && normalizedRepositoryUrl(other.repoUrl) == key) {
                const QString path = repositoryPath(other.path);
                if (!git.paths.contains(path))
                    git.paths << path;
            }
        }
        if (git.paths.contains(QString()))
            git.paths = {QString()}; // the whole repository covers every path in it
        return git;
    }
    return std::nullopt;
}

Result<QString> resolveTargetRevision(const git::GitRepository &mirror, const QString &targetRevision)
{
    const QString revision = targetRevision.trimmed();
    if (revision.isEmpty() || revision == "HEAD"_L1) {
        // A mirror's HEAD may name a branch the remote does not have.
        for (const QString &candidate : {u"HEAD"_s, u"refs/heads/main"_s, u"refs/heads/master"_s}) {
            if (auto commit = mirror.resolveCommit(candidate))
                return commit;
        }
        return git::gitError(git::GitFailure::NotFound,
                             QObject::tr("The repository has no default branch (HEAD, main or master)."));
    }
    if (isCommitId(revision))
        return mirror.resolveCommit(revision);
    for (const QString &candidate : {u"refs/heads/"_s + revision, u"refs/tags/"_s + revision, revision}) {
        if (auto commit = mirror.resolveCommit(candidate))
            return commit;
    }
    return git::gitError(
        git::GitFailure::NotFound,
        QObject::tr("The revision “%1” is neither a branch, a tag nor a commit of the repository.")
            .arg(revision));
}

QString defaultBranchName(const QMap<QString, QString> &heads, const QString &headCommit)
{
    const auto qualifies = [&](const QString &name) {
        return heads.contains(name) && !name.startsWith("sextant/"_L1) &&
               (headCommit.isEmpty() || heads.value(name) == headCommit);
    };
    for (const QString &name : {u"main"_s, u"master"_s}) {
        if (qualifies(name))
            return name;
    }
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (qualifies(it.key()))
            return it.key();
    }
    return {};
}

Result<PendingChange> pendingChange(git::GitRepository &mirror, const ApplicationGitSource &source)
{
    auto head = resolveTargetRevision(mirror, source.targetRevision);
    if (!head)
        return head.error();
    PendingChange change;
    change.head = *head;
    if (!source.deployedRevision.isEmpty()) {
        if (auto deployed = mirror.resolveCommit(source.deployedRevision))
            change.deployed = *deployed;
        else
            change.deployedMissing = true;
    }
    if (change.deployed.isEmpty())
        return change; // nothing runs yet, or the mirror lacks it: no count to give
    auto commits = mirror.commitsBetween(change.deployed, change.head, source.paths);
    if (!commits)
        return commits.error();
    change.commits = std::move(commits).value();
    return change;
}

} // namespace sextant
