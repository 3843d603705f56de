// GitChangeRunner: one commit reverted in the overlays of some applications only (a wave of a
// rollout rolled back), the other environments left as they are.
#include "model/actions/gitchangerunner.h"

#include "model/actions/guardrailpolicy.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/pathrevert.h"

#include <QRegularExpression>

namespace sextant::actions {

using namespace Qt::StringLiterals;

namespace {

Result<GitChangeProposal> computePathRevert(git::GitRepository &mirror, GitChangeProposal proposal,
                                            const ApplicationGitSource &source, const QString &commit,
                                            const QString &label)
{
    auto head = resolveTargetRevision(mirror, source.targetRevision);
    if (!head)
        return head.error();
    proposal.onto = *head;
    proposal.trackedBranch = GitChangeRunner::trackedBranchName(mirror, source.targetRevision);
    auto summary = GitChangeRunner::deployedCommit(mirror, commit, *head);
    if (!summary)
        return summary.error();
    proposal.reverted = {*summary};
    auto revert = git::revertInPaths(mirror, *head, summary->id, proposal.paths);
    if (!revert)
        return revert.error();
    proposal.conflicts = revert->conflicts;
    if (!revert->outside.isEmpty())
        proposal.warnings
            << QObject::tr("Left as they are (outside %1): %2").arg(label, revert->outside.join(u", "_s));
    if (!revert->undone.isEmpty())
        proposal.warnings
            << QObject::tr("Already undone on %1: %2").arg(head->left(7), revert->undone.join(u", "_s));
    proposal.message =
        u"Revert \"%1\" in %2\n\nThis reverts commit %3 in %4 only: %5.\n\n"
        "Sextant-Revert-Of: %3"_s.arg(summary->summary, label, summary->id, proposal.paths.join(u", "_s),
                                      revert->outside.isEmpty() ? u"it changed nothing else"_s
                                                                : u"other paths keep it"_s);
    if (!proposal.conflicts.isEmpty())
        return proposal;
    if (revert->files.isEmpty()) {
        proposal.error =
            revert->undone.isEmpty()
                ? QObject::tr("Commit %1 changed nothing under %2: there is nothing to revert there.")
                      .arg(summary->id.left(7), proposal.paths.join(u", "_s))
                : QObject::tr("%1 already undoes commit %2 under %3.")
                      .arg(head->left(7), summary->id.left(7), proposal.paths.join(u", "_s));
        return proposal;
    }
    return GitChangeRunner::withFiles(mirror, std::move(proposal), revert->files);
}

} // namespace

void GitChangeRunner::previewPathRevert(quint64 requestId, const QStringList &appKeys, const QString &commit,
                                        const QString &label,
                                        std::function<void(const GitChangeProposal &)> done)
{
    GitChangeProposal proposal = newProposal(requestId, ActionKind::GitRevert, appKeys.value(0));
    std::optional<ApplicationGitSource> first;
    for (const QString &key : appKeys) {
        const Application *app = m_store->application(key);
        const std::optional<ApplicationGitSource> source = app ? applicationGitSource(*app) : std::nullopt;
        if (!app) {
            proposal.error = tr("%1 is not in the fleet.").arg(key);
            break;
        }
        if (!source) {
            proposal.error = tr("%1 does not deploy from a Git repository.").arg(app->name);
            break;
        }
        if (!first) {
            first = source;
        } else if (normalizedRepositoryUrl(source->repoUrl) != normalizedRepositoryUrl(first->repoUrl) ||
                   source->targetRevision != first->targetRevision) {
            proposal.error = tr("%1 deploys from %2 at %3, not from %4 at %5 like the others: revert its "
                                "repository from its Git tab.")
                                 .arg(app->name, source->repoUrl, source->targetRevision, first->repoUrl,
                                      first->targetRevision);
            break;
        }
        for (const QString &path : source->paths)
            if (!proposal.paths.contains(path))
                proposal.paths << path;
        if (key != appKeys.first())
            proposal.promotedTo << m_policy->target(key);
    }
    if (proposal.error.isEmpty() && appKeys.isEmpty())
        proposal.error = tr("There are no applications to revert.");
    else if (proposal.error.isEmpty() && !m_mirrors)
        proposal.error = tr("Git repositories are not available in this session.");
    else if (proposal.error.isEmpty() && !QRegularExpression(u"^[0-9a-f]{40}$"_s).match(commit).hasMatch())
        proposal.error = tr("%1 is not a commit id.").arg(commit);
    if (!proposal.error.isEmpty())
        return preview(proposal, {}, done);
    proposal.repoUrl = first->repoUrl;
    proposal.newBranch = suggestedBranch(label, commit);
    preview(
        proposal,
        [source = *first, commit, label](git::GitRepository &mirror, GitChangeProposal proposal) {
            return computePathRevert(mirror, std::move(proposal), source, commit, label);
        },
        done);
}

} // namespace sextant::actions
