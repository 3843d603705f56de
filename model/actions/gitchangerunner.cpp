#include "model/actions/gitchangerunner.h"

#include "model/actions/actionjournal.h"
#include "model/actions/guardrailpolicy.h"
#include "model/fleet/applicationgitsource.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitmirror.h"
#include "model/git/gitrevert.h"
#include "model/git/promotion.h"
#include "model/support/compactjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace sextant::actions {

using namespace Qt::StringLiterals;

Result<GitChangeProposal> GitChangeRunner::withFiles(git::GitRepository &mirror, GitChangeProposal proposal,
                                                     const QList<git::PromotedFile> &files)
{
    QList<git::FileChange> changes;
    for (const git::PromotedFile &file : files) {
        const auto kind = file.deleted            ? git::FileChange::Kind::Deleted
                          : file.before.isEmpty() ? git::FileChange::Kind::Added
                                                  : git::FileChange::Kind::Modified;
        changes.append(git::FileChange{kind, file.path, file.before, file.after});
    }
    auto tree = mirror.writeTree(proposal.onto, git::promotionChanges(git::PromotionPlan{files, {}, {}}));
    if (!tree)
        return tree.error();
    proposal.treeId = *tree;
    auto diffs = GitChangeLoader::diffFiles(changes);
    if (!diffs)
        return diffs.error();
    proposal.files = std::move(diffs).value();
    return proposal;
}

QString GitChangeRunner::trackedBranchName(const git::GitRepository &mirror, const QString &targetRevision)
{
    const QString revision = targetRevision.trimmed();
    auto heads = mirror.branchHeads();
    if (!heads)
        return {};
    if (!revision.isEmpty() && revision != "HEAD"_L1)
        return heads->contains(revision) ? revision : QString();
    // The default branch: the one HEAD points at.
    const auto head = resolveTargetRevision(mirror, revision);
    return head ? defaultBranchName(*heads, *head) : QString();
}

Result<git::CommitSummary> GitChangeRunner::deployedCommit(const git::GitRepository &mirror,
                                                           const QString &commit, const QString &head)
{
    auto summary = mirror.commitSummary(commit);
    if (!summary)
        return summary.error();
    auto inHistory = mirror.isAncestor(summary->id, head);
    if (!inHistory)
        return inHistory.error();
    if (!*inHistory)
        return Error{QObject::tr("Commit %1 is not in the history of what the app deploys (%2): there is "
                                 "nothing to revert.")
                         .arg(summary->id.left(7), head.left(7))};
    return summary;
}

namespace {

Result<GitChangeProposal> computeRevert(git::GitRepository &mirror, GitChangeProposal proposal,
                                        const ApplicationGitSource &source, const QStringList &commits)
{
    auto head = resolveTargetRevision(mirror, source.targetRevision);
    if (!head)
        return head.error();
    proposal.onto = *head;
    proposal.trackedBranch = GitChangeRunner::trackedBranchName(mirror, source.targetRevision);
    QStringList ids;
    for (const QString &commit : commits) {
        auto summary = GitChangeRunner::deployedCommit(mirror, commit, *head);
        if (!summary)
            return summary.error();
        ids << summary->id;
        proposal.reverted << std::move(summary).value();
    }
    auto preview = git::previewRevert(mirror, *head, ids);
    if (!preview)
        return preview.error();
    proposal.conflicts = preview->conflicts;
    proposal.treeId = preview->treeId;
    auto files = GitChangeLoader::diffFiles(preview->changes);
    if (!files)
        return files.error();
    proposal.files = std::move(files).value();
    if (proposal.conflicts.isEmpty() && proposal.files.isEmpty())
        proposal.error = QObject::tr("Reverting changes nothing: the branch already undoes these commits.");
    return proposal;
}

Result<GitChangeProposal> computePromotion(git::GitRepository &mirror, GitChangeProposal proposal,
                                           const ApplicationGitSource &from, const QString &fromName,
                                           const QList<git::PromotionRequest::Target> &targets,
                                           bool wholeDirectory)
{
    auto head = resolveTargetRevision(mirror, from.targetRevision);
    if (!head)
        return head.error();
    proposal.onto = *head;
    proposal.trackedBranch = GitChangeRunner::trackedBranchName(mirror, from.targetRevision);
    git::PromotionRequest request;
    request.commit = *head;
    request.fromPath = from.paths.value(0);
    request.fromName = fromName;
    request.targets = targets;
    request.wholeDirectory = wholeDirectory;
    auto plan = git::planPromotion(mirror, request);
    if (!plan)
        return plan.error();
    for (const git::PromotionWarning &warning : plan->warnings)
        proposal.warnings << QObject::tr("%1 (%2): %3").arg(warning.path, warning.image, warning.message);
    proposal.message = plan->message;
    if (plan->files.isEmpty()) {
        proposal.error =
            QObject::tr("Nothing to promote: the targets already deploy what %1 deploys.").arg(fromName);
        return proposal;
    }
    return GitChangeRunner::withFiles(mirror, std::move(proposal), plan->files);
}

struct CommitRequest {
    QString mirrorPath;
    QString repoUrl;
    QString onto;
    QString treeId;
    QString branch; // local and remote name
    bool trackedBranch = false;
    QString message;
};

// Fetches (so a moved branch is seen), commits the previewed tree and pushes it.
Result<QString> commitAndPush(const CommitRequest &request, git::CredentialChain &credentials)
{
    auto mirror = git::GitMirror::openOrCreate(request.mirrorPath, request.repoUrl);
    if (!mirror)
        return mirror.error();
    if (auto fetched = mirror->fetch(credentials); !fetched)
        return fetched.error();
    git::GitRepository &repository = mirror->repository();
    const QString ref = u"refs/heads/"_s + request.branch;
    if (request.trackedBranch) {
        auto now = repository.resolveCommit(ref);
        if (!now)
            return now.error();
        if (*now != request.onto)
            return git::gitError(
                git::GitFailure::Conflict,
                QObject::tr("%1 moved since the preview (it is now at %2): preview again, so "
                            "that you see what will be committed.")
                    .arg(request.branch, now->left(7)));
    } else if (repository.resolveCommit(ref) ||
               repository.resolveCommit(u"refs/remotes/origin/"_s + request.branch)) {
        return git::gitError(
            git::GitFailure::Conflict,
            QObject::tr("The branch %1 exists already: choose another name.").arg(request.branch));
    }
    auto info = git::identityFromConfig(repository, request.message);
    if (!info)
        return info.error();
    auto commit = repository.commitTree(request.branch, request.onto, request.treeId, *info);
    if (!commit)
        return commit.error();
    if (auto pushed = mirror->push(request.branch, request.branch, credentials); !pushed) {
        Error error = pushed.error();
        error.message = QObject::tr("Committed %1 on %2 in the local mirror, but the push failed: %3")
                            .arg(commit->left(7), request.branch, error.message);
        return error;
    }
    return commit;
}

} // namespace

GitChangeRunner::GitChangeRunner(FleetStore *store, const GuardrailPolicy *policy, ActionJournal *journal,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_policy(policy)
    , m_journal(journal)
{
    qRegisterMetaType<sextant::GitChangeProposal>();
    qRegisterMetaType<sextant::PendingChange>();
}

QString GitChangeRunner::suggestedBranch(const QString &app, const QString &commit)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString name = app;
    name.replace(unsafe, u"-"_s);
    return u"sextant/revert/%1-%2"_s.arg(name, commit.left(7));
}

QString GitChangeRunner::suggestedPromotionBranch(const QString &app, const QString &commit)
{
    QString branch = suggestedBranch(app, commit);
    return branch.replace("sextant/revert/"_L1, "sextant/promote/"_L1);
}

QString GitChangeRunner::environmentOf(const QString &path, const QString &fallback)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(parts.size() - 2) : fallback;
}

void GitChangeRunner::previewPromotion(quint64 requestId, const QString &fromAppKey,
                                       const QStringList &toAppKeys, bool wholeDirectory,
                                       std::function<void(const GitChangeProposal &)> done)
{
    GitChangeProposal proposal = newProposal(requestId, ActionKind::Promote, fromAppKey);
    const Application *from = m_store->application(fromAppKey);
    const std::optional<ApplicationGitSource> source = from ? applicationGitSource(*from) : std::nullopt;
    QList<git::PromotionRequest::Target> targets;
    if (!from)
        proposal.error = tr("The app is not in the fleet.");
    else if (!source || source->paths.size() != 1 || source->paths.first().isEmpty())
        proposal.error = tr("%1 does not deploy one overlay directory from Git: there is nothing to promote.")
                             .arg(from->name);
    else if (!m_mirrors)
        proposal.error = tr("Git repositories are not available in this session.");
    else if (toAppKeys.isEmpty())
        proposal.error = tr("Choose the applications to promote to.");
    for (const QString &key : toAppKeys) {
        if (!proposal.error.isEmpty())
            break;
        const Application *to = m_store->application(key);
        const std::optional<ApplicationGitSource> target = to ? applicationGitSource(*to) : std::nullopt;
        if (!to || !target || target->paths.size() != 1 ||
            normalizedRepositoryUrl(target->repoUrl) != normalizedRepositoryUrl(source->repoUrl) ||
            target->targetRevision != source->targetRevision ||
            target->paths.first() == source->paths.first()) {
            proposal.error = tr("%1 does not deploy another overlay of the same repository and branch as %2.")
                                 .arg(to ? to->name : key, from->name);
            break;
        }
        targets.append(
            {target->paths.first(), environmentOf(target->paths.first(), m_store->clusterName(*to))});
        proposal.promotedTo << m_policy->target(key);
    }
    if (!proposal.error.isEmpty())
        return preview(proposal, {}, done);
    proposal.repoUrl = source->repoUrl;
    proposal.paths = QStringList();
    for (const auto &target : std::as_const(targets))
        proposal.paths << target.path;
    const QString fromName = environmentOf(source->paths.first(), m_store->clusterName(*from));
    proposal.newBranch =
        suggestedPromotionBranch(from->name, from->syncRevision.isEmpty() ? fromName : from->syncRevision);
    preview(
        proposal,
        [source = *source, fromName, targets, wholeDirectory](git::GitRepository &mirror,
                                                              GitChangeProposal proposal) {
            return computePromotion(mirror, std::move(proposal), source, fromName, targets, wholeDirectory);
        },
        done);
}

void GitChangeRunner::previewRevert(quint64 requestId, const QString &appKey, const QStringList &commits,
                                    std::function<void(const GitChangeProposal &)> done)
{
    GitChangeProposal proposal = newProposal(requestId, ActionKind::GitRevert, appKey);
    const Application *app = m_store->application(appKey);
    const std::optional<ApplicationGitSource> source = app ? applicationGitSource(*app) : std::nullopt;
    if (!app)
        proposal.error = tr("The app is not in the fleet.");
    else if (!source)
        proposal.error = tr("%1 does not deploy from a Git repository.").arg(app->name);
    else if (!m_mirrors)
        proposal.error = tr("Git repositories are not available in this session.");
    else if (commits.isEmpty())
        proposal.error = tr("Choose the commits to revert.");
    if (!proposal.error.isEmpty())
        return preview(proposal, {}, done);
    proposal.repoUrl = source->repoUrl;
    proposal.paths = source->paths;
    proposal.newBranch = suggestedBranch(app->name, commits.first());
    preview(
        proposal,
        [source = *source, commits](git::GitRepository &mirror, GitChangeProposal proposal) {
            return computeRevert(mirror, std::move(proposal), source, commits);
        },
        done);
}

GitChangeProposal GitChangeRunner::newProposal(quint64 requestId, ActionKind kind,
                                               const QString &appKey) const
{
    GitChangeProposal proposal;
    proposal.requestId = requestId;
    proposal.kind = kind;
    proposal.target = m_policy->target(appKey);
    return proposal;
}

void GitChangeRunner::preview(const GitChangeProposal &proposal, Compute compute,
                              std::function<void(const GitChangeProposal &)> done)
{
    // Refused before any Git work: answered through the event loop all the same.
    if (!compute) {
        QMetaObject::invokeMethod(
            this, [done, proposal] { done(proposal); }, Qt::QueuedConnection);
        return;
    }
    // The mirror is fetched first: a preview applies to the branch as the server has it now.
    m_mirrors->whenFetched(
        proposal.repoUrl, this,
        [this, proposal, compute, done](const QString &error) {
            if (!error.isEmpty()) {
                GitChangeProposal failed = proposal;
                failed.error = error;
                return done(failed);
            }
            m_mirrors->read<GitChangeProposal>(
                proposal.repoUrl, this,
                [proposal, compute](git::GitRepository &mirror) { return compute(mirror, proposal); },
                [proposal, done](Result<GitChangeProposal> result) {
                    if (result)
                        return done(*result);
                    GitChangeProposal failed = proposal;
                    failed.error = result.error().message;
                    done(failed);
                });
        },
        true);
}

void GitChangeRunner::pendingChange(const QString &appKey,
                                    std::function<void(const Result<PendingChange> &)> done)
{
    const Application *app = m_store->application(appKey);
    const std::optional<ApplicationGitSource> source = app ? applicationGitSource(*app) : std::nullopt;
    if (!source || !m_mirrors) {
        const Error error{!source ? tr("The app does not deploy from a Git repository.")
                                  : tr("Git repositories are not available in this session.")};
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    m_mirrors->read<PendingChange>(
        source->repoUrl, this,
        [source = *source](git::GitRepository &mirror) { return sextant::pendingChange(mirror, source); },
        [done](Result<PendingChange> result) { done(result); });
}

void GitChangeRunner::commit(quint64 requestId, const GitChangeProposal &proposal,
                             const GitCommitChoice &choice, std::function<void(const ActionOutcome &)> done)
{
    ActionOutcome outcome;
    outcome.requestId = requestId;
    outcome.kind = proposal.kind;
    outcome.target = proposal.target;
    const auto refuse = [&](const QString &why) {
        outcome.message = why;
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    };
    if (!proposal.canCommit())
        return refuse(proposal.error.isEmpty() ? tr("The change has conflicts and cannot be committed.")
                                               : proposal.error);
    if (choice.reason.trimmed().isEmpty())
        return refuse(tr("A reason is required: it goes into the commit and the journal."));
    if (choice.onTrackedBranch && proposal.trackedBranch.isEmpty())
        return refuse(tr("The app tracks a tag or a commit, not a branch: commit on a new branch."));
    if (!choice.onTrackedBranch && !choice.branch.startsWith("sextant/"_L1))
        return refuse(tr("New branches go under sextant/ so that a fetch never moves them."));
    if (!m_mirrors)
        return refuse(tr("Git repositories are not available in this session."));

    CommitRequest request;
    request.mirrorPath = m_mirrors->mirrorPath(proposal.repoUrl);
    request.repoUrl = proposal.repoUrl;
    request.onto = proposal.onto;
    request.treeId = proposal.treeId;
    request.trackedBranch = choice.onTrackedBranch;
    request.branch = choice.onTrackedBranch ? proposal.trackedBranch : choice.branch;
    request.message = proposal.kind == ActionKind::GitRevert && proposal.message.isEmpty()
                          ? git::revertMessage(proposal.reverted, choice.reason.simplified())
                          : proposal.message.trimmed() + u"\nSextant-Reason: "_s + choice.reason.simplified();

    QJsonArray reverted;
    for (const git::CommitSummary &commit : proposal.reverted)
        reverted.append(commit.id);
    QJsonObject parameterObject{{"repository"_L1, proposal.repoUrl},
                                {"onto"_L1, proposal.onto},
                                {"reverts"_L1, reverted},
                                {"branch"_L1, request.branch}};
    if (!proposal.resourceIdentity.isEmpty())
        parameterObject.insert("resource"_L1, proposal.resourceIdentity);
    const QString parameters = QString::fromUtf8(support::compactJson(parameterObject));
    // The journal row is written before anything is committed: no row, no commit.
    m_journal->start(
        m_journal->entry(proposal.kind, proposal.target, QString(), parameters, choice.reason),
        [this, request, outcome, done](qint64 journalId, const QString &journalError) {
            ActionOutcome o = outcome;
            if (journalId == 0) {
                o.message = ActionJournal::refusal(journalError);
                return done(o);
            }
            o.journalId = journalId;
            m_mirrors->run(
                this,
                [request, chain = m_mirrors->credentialChain()]() mutable {
                    return commitAndPush(request, chain);
                },
                [this, o, request, done](Result<QString> commit) {
                    ActionOutcome finished = o;
                    finished.ok = commit.ok();
                    if (commit)
                        finished.commit = *commit;
                    finished.message =
                        commit ? (request.trackedBranch
                                      ? tr("Pushed commit %1 to %2: the controller deploys it with the next "
                                           "sync.")
                                            .arg(commit->left(7), request.branch)
                                      : tr("Pushed commit %1 to the new branch %2: merge it to deploy.")
                                            .arg(commit->left(7), request.branch))
                               : commit.error().message;
                    m_journal->finish(finished.journalId, finished.ok,
                                      finished.ok ? QString() : finished.message);
                    done(finished);
                });
        });
}

} // namespace sextant::actions
