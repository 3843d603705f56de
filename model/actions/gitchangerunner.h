#pragma once

#include "model/actions/gitchange.h"
#include "model/fleet/applicationgitsource.h"
#include "model/git/adoption.h"

#include <QObject>

#include <functional>

namespace sextant {

class FleetStore;
class RepositoryMirrors;

namespace actions {

class ActionJournal;
class GuardrailPolicy;

// Reverts as commits: previews a revert of an application's commits onto the head of the
// branch it tracks (in memory, on the mirrors' workers), then commits the previewed tree
// on a new branch or on the tracked branch and pushes it, journaled before and after. The
// branch must not have moved since the preview: a moved branch is refused with a request
// to preview again, so nothing is committed that the operator has not seen.
class GitChangeRunner : public QObject {
    Q_OBJECT
public:
    GitChangeRunner(FleetStore *store, const GuardrailPolicy *policy, ActionJournal *journal,
                    QObject *parent = nullptr);

    void setMirrors(RepositoryMirrors *mirrors) { m_mirrors = mirrors; }
    RepositoryMirrors *mirrors() const { return m_mirrors; }

    // `commits` newest first; the result arrives through `done`, never inside this call.
    void previewRevert(quint64 requestId, const QString &appKey, const QStringList &commits,
                       std::function<void(const GitChangeProposal &)> done);
    // Previews reverting `commit` in the paths the apps `appKeys` deploy only (they must deploy
    // from the same repository and branch), onto the head of that branch: a wave of a rollout
    // rolled back. `label` names the apps in the message and the suggested branch ("wave canary").
    // The first app is the proposal's target, the others its promotedTo.
    void previewPathRevert(quint64 requestId, const QStringList &appKeys, const QString &commit,
                           const QString &label, std::function<void(const GitChangeProposal &)> done);
    // Previews promoting what `fromAppKey`'s overlay deploys (its images, or its whole
    // directory) to the overlays of `toAppKeys`, which must deploy from the same repository
    // and branch.
    void previewPromotion(quint64 requestId, const QString &fromAppKey, const QStringList &toAppKeys,
                          bool wholeDirectory, std::function<void(const GitChangeProposal &)> done);
    // Previews writing the live values of `fields` (a person's edits of the resource
    // `resourceIdentity`, apiVersion `apiVersion`) into the files of the app's source that define
    // it, at the head of the branch it tracks. Fields that cannot be written in place come back
    // in `unadopted`, with the YAML to add by hand.
    void previewAdoption(quint64 requestId, const QString &appKey, const QString &resourceIdentity,
                         const QString &apiVersion, const QList<git::AdoptedField> &fields,
                         std::function<void(const GitChangeProposal &)> done);
    // What deploys next for the app: the commits touching its paths between its last
    // successful sync and the head it tracks, newest first (or why they cannot be read).
    void pendingChange(const QString &appKey, std::function<void(const Result<PendingChange> &)> done);
    void commit(quint64 requestId, const GitChangeProposal &proposal, const GitCommitChoice &choice,
                std::function<void(const ActionOutcome &)> done);

    // "sextant/revert/<app>-<short id of the newest reverted commit>".
    static QString suggestedBranch(const QString &app, const QString &commit);
    // "sextant/promote/<app>-<short id of the head>".
    static QString suggestedPromotionBranch(const QString &app, const QString &commit);
    // "sextant/adopt/<app>-<short id of the revision that runs>".
    static QString suggestedAdoptionBranch(const QString &app, const QString &commit);
    // The environment an overlay path names: "envs/prod-eu-1/web" → "prod-eu-1"; else `fallback`.
    static QString environmentOf(const QString &path, const QString &fallback);

    // The proposal with `files` written over its `onto` commit as a tree (its treeId) and their
    // diffs (its files). Blocking Git IO.
    static Result<GitChangeProposal> withFiles(git::GitRepository &mirror, GitChangeProposal proposal,
                                               const QList<git::PromotedFile> &files);
    // `commit` (any revision) when it is in the history of `head`, else why there is nothing to revert.
    static Result<git::CommitSummary> deployedCommit(const git::GitRepository &mirror, const QString &commit,
                                                     const QString &head);
    // The branch a target revision follows in the mirror; empty for a tag or a commit.
    static QString trackedBranchName(const git::GitRepository &mirror, const QString &targetRevision);

private:
    // A proposal of `kind` for the app, before any check.
    GitChangeProposal newProposal(quint64 requestId, ActionKind kind, const QString &appKey) const;
    using Compute = std::function<Result<GitChangeProposal>(git::GitRepository &, GitChangeProposal)>;
    // Runs `compute` on the proposal with the mirror open, on a worker; without `compute`
    // (a proposal refused already) answers with the proposal as it is.
    void preview(const GitChangeProposal &proposal, Compute compute,
                 std::function<void(const GitChangeProposal &)> done);

    FleetStore *m_store;
    const GuardrailPolicy *m_policy;
    ActionJournal *m_journal;
    RepositoryMirrors *m_mirrors = nullptr;
};

} // namespace actions
} // namespace sextant
