// ActionService: changes to applications' repositories (revert and promotion commits).
#include "model/actions/actionservice_p.h"

namespace sextant {

void ActionService::setRepositoryMirrors(RepositoryMirrors *mirrors)
{
    d->git->setMirrors(mirrors);
}

quint64 ActionService::previewRevert(const QString &appKey, const QStringList &commits)
{
    const quint64 id = d->newRequestId();
    d->git->previewRevert(id, appKey, commits, [this](const GitChangeProposal &proposal) {
        emit gitChangePreviewReady(proposal);
    });
    return id;
}

quint64 ActionService::previewPromotion(const QString &fromAppKey, const QStringList &toAppKeys,
                                        bool wholeDirectory)
{
    const quint64 id = d->newRequestId();
    d->git->previewPromotion(
        id, fromAppKey, toAppKeys, wholeDirectory,
        [this](const GitChangeProposal &proposal) { emit gitChangePreviewReady(proposal); });
    return id;
}

quint64 ActionService::loadPendingChange(const QString &appKey)
{
    const quint64 id = d->newRequestId();
    d->git->pendingChange(appKey, [this, id, appKey](const Result<PendingChange> &change) {
        emit pendingChangeLoaded(id, appKey, change ? *change : PendingChange(), change.errorMessage());
    });
    return id;
}

quint64 ActionService::commitGitChange(const GitChangeProposal &proposal, const GitCommitChoice &choice)
{
    const quint64 id = d->newRequestId();
    ++d->singleActions;
    emit actionStarted(id, proposal.kind, proposal.target.label());
    d->git->commit(id, proposal, choice, [this](const ActionOutcome &outcome) { d->finishSingle(outcome); });
    return id;
}

} // namespace sextant
