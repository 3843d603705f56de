// GitChangeRunner: live values of a person's edits brought back into Git.
#include "model/actions/gitchangerunner.h"

#include "model/actions/guardrailpolicy.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"

namespace sextant::actions {

using namespace Qt::StringLiterals;

namespace {

Result<GitChangeProposal> computeAdoption(git::GitRepository &mirror, GitChangeProposal proposal,
                                          const ApplicationGitSource &source, git::AdoptionRequest request)
{
    auto head = resolveTargetRevision(mirror, source.targetRevision);
    if (!head)
        return head.error();
    proposal.onto = *head;
    proposal.trackedBranch = GitChangeRunner::trackedBranchName(mirror, source.targetRevision);
    request.commit = *head;
    auto plan = git::planAdoption(mirror, request);
    if (!plan)
        return plan.error();
    for (const git::UnadoptedField &field : plan->unadopted)
        proposal.unadopted << u"%1: %2"_s.arg(field.pathText, field.reason);
    proposal.yamlToAdd = QString::fromUtf8(plan->yamlToAdd);
    proposal.message = plan->message;
    if (plan->files.isEmpty()) {
        proposal.error = plan->unadopted.isEmpty()
                             ? QObject::tr("Git already holds the live values: there is nothing to commit.")
                             : QObject::tr("No drifted field can be written into Git in place.");
        return proposal;
    }
    return GitChangeRunner::withFiles(mirror, std::move(proposal), plan->files);
}

} // namespace

QString GitChangeRunner::suggestedAdoptionBranch(const QString &app, const QString &commit)
{
    QString branch = suggestedBranch(app, commit);
    return branch.replace("sextant/revert/"_L1, "sextant/adopt/"_L1);
}

void GitChangeRunner::previewAdoption(quint64 requestId, const QString &appKey,
                                      const QString &resourceIdentity, const QString &apiVersion,
                                      const QList<git::AdoptedField> &fields,
                                      std::function<void(const GitChangeProposal &)> done)
{
    GitChangeProposal proposal = newProposal(requestId, ActionKind::GitAdopt, appKey);
    proposal.resourceIdentity = resourceIdentity;
    const Application *app = m_store->application(appKey);
    const std::optional<ApplicationGitSource> source = app ? applicationGitSource(*app) : std::nullopt;
    // group/kind/namespace/name: none of the parts holds a slash.
    const QStringList resource = resourceIdentity.split(u'/');
    if (!app)
        proposal.error = tr("The app is not in the fleet.");
    else if (resource.size() != 4)
        proposal.error = tr("%1 does not name a resource.").arg(resourceIdentity);
    else if (!source || source->paths.size() != 1)
        proposal.error = tr("%1 does not deploy one directory from Git: Sextant cannot tell which file "
                            "defines the resource.")
                             .arg(app->name);
    else if (!m_mirrors)
        proposal.error = tr("Git repositories are not available in this session.");
    else if (fields.isEmpty())
        proposal.error = tr("No field of this resource was changed by a person: there is nothing to bring "
                            "into Git.");
    if (!proposal.error.isEmpty())
        return preview(proposal, {}, done);
    proposal.repoUrl = source->repoUrl;
    proposal.paths = source->paths;
    proposal.newBranch =
        suggestedAdoptionBranch(app->name, app->syncRevision.isEmpty() ? resource.at(3) : app->syncRevision);
    git::AdoptionRequest request;
    request.sourcePath = source->paths.first();
    request.appName = app->name;
    request.apiVersion = apiVersion;
    request.kind = resource.at(1);
    request.ns = resource.at(2);
    request.name = resource.at(3);
    request.fields = fields;
    preview(
        proposal,
        [source = *source, request](git::GitRepository &mirror, GitChangeProposal proposal) {
            return computeAdoption(mirror, std::move(proposal), source, request);
        },
        done);
}

} // namespace sextant::actions
