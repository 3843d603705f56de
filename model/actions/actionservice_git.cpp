// ActionService: changes to applications' repositories (revert and promotion commits).
#include "model/actions/actionservice_p.h"
#include "model/diff/livefields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace sextant {

using namespace Qt::StringLiterals;

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

quint64 ActionService::previewPathRevert(const QStringList &appKeys, const QString &commit,
                                         const QString &label)
{
    const quint64 id = d->newRequestId();
    d->git->previewPathRevert(id, appKeys, commit, label, [this](const GitChangeProposal &proposal) {
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

namespace {

QString adoptionKey(const QString &appKey, const QString &identity)
{
    return appKey + u'\n' + identity;
}

} // namespace

quint64 ActionService::previewAdoption(const QString &appKey, const QString &resourceIdentity)
{
    const quint64 id = d->newRequestId();
    GitChangeProposal refused;
    refused.requestId = id;
    refused.kind = ActionKind::GitAdopt;
    refused.target = target(appKey);
    refused.resourceIdentity = resourceIdentity;
    const auto refuse = [this](GitChangeProposal proposal, const QString &why) {
        proposal.error = why;
        QTimer::singleShot(0, this, [this, proposal] { emit gitChangePreviewReady(proposal); });
    };
    const Application *app = d->application(appKey);
    ControllerBackend *backend = app ? d->backend(app->instance) : nullptr;
    if (!app)
        refuse(refused, tr("The app is not in the fleet."));
    else if (!backend)
        refuse(refused,
               tr("The instance %1 is not connected: the live values cannot be read.").arg(app->instance));
    if (!app || !backend)
        return id;
    backend->managedResources(app->ref(), [self = QPointer(this), id, appKey, resourceIdentity, refused,
                                           refuse](Result<QList<ManagedResource>> resources) {
        if (!self)
            return;
        if (!resources)
            return refuse(refused, tr("The live values cannot be read: %1").arg(resources.errorMessage()));
        const ManagedResource *resource = nullptr;
        for (const ManagedResource &candidate : std::as_const(*resources))
            if (candidate.identity() == resourceIdentity)
                resource = &candidate;
        if (!resource || !resource->liveState.isObject())
            return refuse(refused, tr("The resource no longer runs: there is nothing to bring into Git."));
        const QJsonValue live = resource->liveForDiff();
        QList<git::AdoptedField> fields;
        for (const diff::LiveField &field : diff::humanEditedFields(*resource))
            fields.append({diff::toString(field.path), diff::yamlPath(field.path, live), field.value});
        const QString apiVersion = resource->liveState.toObject().value(u"apiVersion"_s).toString();
        self->d->git->previewAdoption(id, appKey, resourceIdentity, apiVersion, fields,
                                      [self](const GitChangeProposal &proposal) {
                                          if (self)
                                              emit self->gitChangePreviewReady(proposal);
                                      });
    });
    return id;
}

ActionService::Adoption ActionService::adoption(const QString &appKey, const QString &resourceIdentity) const
{
    return d->adoptions.value(adoptionKey(appKey, resourceIdentity));
}

void ActionService::Private::loadAdoptions()
{
    JournalFilter filter;
    filter.action = toString(ActionKind::GitAdopt);
    filter.limit = 2000;
    const quint64 id = newRequestId();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        journal, &actions::ActionJournal::journalLoaded, q,
        [this, id, connection](quint64 requestId, const QList<JournalEntry> &entries, const QString &) {
            if (requestId != id)
                return;
            QObject::disconnect(*connection);
            // Newest first: the first row per resource wins.
            for (const JournalEntry &entry : entries) {
                if (entry.result != JournalEntry::Result::Succeeded)
                    continue;
                const QJsonObject parameters =
                    QJsonDocument::fromJson(entry.parametersJson.toUtf8()).object();
                const QString key = adoptionKey(AppRef{entry.instance, entry.appNamespace, entry.app}.key(),
                                                parameters.value(u"resource"_s).toString());
                if (!adoptions.contains(key))
                    adoptions.insert(key, {parameters.value(u"branch"_s).toString(),
                                           entry.finishedAt.isValid() ? entry.finishedAt : entry.startedAt});
            }
            emit q->adoptionsChanged();
        });
    journal->loadJournal(id, filter);
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
    const QString branch = choice.onTrackedBranch ? proposal.trackedBranch : choice.branch;
    d->git->commit(id, proposal, choice, [this, proposal, branch](const ActionOutcome &outcome) {
        if (outcome.ok && proposal.kind == ActionKind::GitAdopt) {
            d->adoptions.insert(adoptionKey(proposal.target.appKey, proposal.resourceIdentity),
                                {branch, QDateTime::currentDateTimeUtc()});
            emit adoptionsChanged();
        }
        d->finishSingle(outcome);
    });
    return id;
}

} // namespace sextant
