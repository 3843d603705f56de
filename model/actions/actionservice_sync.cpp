// ActionService: sync (preview, single, selection), refresh, terminate, rollback.
#include "model/actions/actionservice.h"

#include "model/actions/actionservice_p.h"
#include "model/actions/pauserun.h"
#include "model/fleet/fleetstore.h"
#include "model/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace sextant {

namespace {

QString optionsJson(const SyncOptions &options, bool dryRun)
{
    QJsonObject json{{QStringLiteral("prune"), options.prune},
                     {QStringLiteral("applyOnly"), options.applyOnly},
                     {QStringLiteral("force"), options.force},
                     {QStringLiteral("dryRun"), dryRun}};
    if (!options.revision.isEmpty())
        json.insert(QStringLiteral("revision"), options.revision);
    if (!options.resources.isEmpty()) {
        QJsonArray resources;
        for (const ResourceRef &r : options.resources)
            resources.append(QStringList{r.group, r.kind, r.ns, r.name}.join(u'/'));
        json.insert(QStringLiteral("resources"), resources);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString who(const QString &controllerUser, const QString &localUser)
{
    if (controllerUser.isEmpty() || controllerUser == localUser)
        return controllerUser.isEmpty() ? localUser : controllerUser;
    return QStringLiteral("%1 (%2)").arg(controllerUser, localUser);
}

} // namespace

void ActionService::Private::finishSingle(ActionOutcome outcome)
{
    --singleActions;
    emit q->actionFinished(outcome);
}

quint64 ActionService::checkSyncWindow(const QString &appKey)
{
    const quint64 id = d->newRequestId();
    const ActionTarget t = target(appKey);
    if (t.appKey.isEmpty()) {
        QTimer::singleShot(0, this, [this, id, appKey] {
            emit syncWindowChecked(id, appKey,
                                   {false, true, tr("The app %1 is not in the fleet.").arg(appKey)});
        });
        return id;
    }
    const AppRef app = t.ref();
    d->operations->withRetry<SyncWindowState>(
        t.instance, [app](ControllerBackend &backend, auto answer) { backend.syncWindowState(app, answer); },
        [this, id, appKey](Result<SyncWindowState> state) {
            emit syncWindowChecked(id, appKey,
                                   state ? *state : SyncWindowState{false, true, state.errorMessage()});
        });
    return id;
}

quint64 ActionService::previewSync(const QString &appKey, const SyncOptions &options)
{
    const quint64 id = d->newRequestId();
    auto preview = std::make_shared<SyncPreview>();
    preview->requestId = id;
    preview->target = target(appKey);
    preview->options = options;
    ++d->singleActions;
    auto pending = std::make_shared<int>(2);
    auto deliver = [this, preview, pending, appKey] {
        if (--*pending > 0)
            return;
        --d->singleActions;
        if (preview->error.isEmpty())
            d->lastPreviews.insert(appKey, *preview);
        emit syncPreviewReady(*preview);
    };
    if (preview->target.appKey.isEmpty()) {
        preview->error = tr("The app %1 is not in the fleet.").arg(appKey);
        *pending = 1;
        QTimer::singleShot(0, this, deliver);
        return id;
    }
    const ActionTarget t = preview->target;
    // Images old → new, from the live and desired states.
    const AppRef app = t.ref();
    d->operations->withRetry<QList<ManagedResource>>(
        t.instance, [app](ControllerBackend &backend, auto answer) { backend.managedResources(app, answer); },
        [preview, deliver](Result<QList<ManagedResource>> resources) {
            if (resources)
                preview->images = imageChanges(*resources);
            deliver();
        });
    // The dry run itself, through the controller.
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    ControllerBackend *backend = d->backend(t.instance);
    if (!backend) {
        preview->error = tr("Sextant is not connected to %1.").arg(t.instance);
        QTimer::singleShot(0, this, deliver);
        return id;
    }
    if (!backend->capabilities().syncPreview) {
        preview->error = tr("%1 (%2) cannot preview a sync.").arg(t.instance, displayName(backend->kind()));
        QTimer::singleShot(0, this, deliver);
        return id;
    }
    backend->sync(app, options, true, [this, preview, deliver, t, asked](Result<Done> accepted) {
        if (!accepted) {
            preview->error = t.ref().describeFailure(accepted.error()).message;
            return deliver();
        }
        d->operations->awaitOperation(t, asked, [preview, deliver](Result<OperationResult> result) {
            if (!result)
                preview->error = result.errorMessage();
            else if (result->phase != QStringLiteral("Succeeded"))
                preview->error =
                    QStringLiteral("the dry run ended %1: %2").arg(result->phase, result->message);
            if (result) {
                preview->revision = result->revision;
                preview->resources = result->resources;
            }
            deliver();
        });
    });
    return id;
}

quint64 ActionService::sync(const QString &appKey, const SyncOptions &options, const Approval &approval)
{
    const quint64 id = d->newRequestId();
    ++d->singleActions;
    d->syncOne(id, appKey, options, approval, {},
               [this](const ActionOutcome &outcome) { d->finishSingle(outcome); });
    return id;
}

void ActionService::Private::syncOne(quint64 requestId, const QString &appKey, const SyncOptions &options,
                                     const Approval &approval, const QString &batchId,
                                     std::function<void(const ActionOutcome &)> done)
{
    ActionOutcome outcome;
    outcome.requestId = requestId;
    outcome.kind = ActionKind::Sync;
    outcome.target = q->target(appKey);
    const auto refuse = [=, this](ActionOutcome o, const QString &message) {
        o.message = message;
        QTimer::singleShot(0, q, [done, o] { done(o); });
    };
    if (outcome.target.appKey.isEmpty())
        return refuse(outcome, tr("The app %1 is not in the fleet.").arg(appKey));
    const GuardrailCheck check = q->checkGuardrails(appKey);
    if (check.deleting)
        return refuse(outcome, tr("%1 is being deleted; it cannot be synced.").arg(outcome.target.label()));
    if (const QString problem = q->approvalProblem(appKey, approval); !problem.isEmpty())
        return refuse(outcome, problem);
    if (check.operationRunning)
        return refuse(outcome, tr("An operation is running on %1 (%2). Wait for it, or terminate it first.")
                                   .arg(outcome.target.label(), check.operationMessage));
    const Application *app = application(appKey);
    const qint64 previousHistoryId = app && !app->history.isEmpty() ? app->history.constLast().id : -1;
    const QStringList currentImages = app ? app->images : QStringList();
    emit q->actionStarted(requestId, ActionKind::Sync, outcome.target.label());

    operations->withInstanceInfo(outcome.target.instance, [=, this](const actions::InstanceInfo *known,
                                                                    const QString &error) {
        ActionOutcome o = outcome;
        if (!known) {
            o.message = error;
            return done(o);
        }
        const auto info = std::make_shared<actions::InstanceInfo>(*known); // outlives this call
        JournalEntry entry = journal->entry(ActionKind::Sync, o.target, info->user,
                                            optionsJson(options, false), approval.reason);
        entry.batchId = batchId;
        journal->start(entry, [=, this](qint64 journalId, const QString &journalError) {
            ActionOutcome o2 = o;
            o2.journalId = journalId;
            ControllerBackend *backend = this->backend(o2.target.instance);
            if (journalId == 0) { // nothing unrecorded is sent
                o2.message = actions::ActionJournal::refusal(journalError);
                return done(o2);
            }
            if (!backend) {
                o2.message = tr("Sextant is not connected to %1.").arg(o2.target.instance);
                journal->finish(journalId, false, o2.message);
                return done(o2);
            }
            const QDateTime asked = QDateTime::currentDateTimeUtc();
            backend->sync(o2.target.ref(), options, false, [=, this](Result<Done> accepted) {
                if (!accepted) {
                    ActionOutcome failed = o2;
                    failed.message = o2.target.ref().describeFailure(accepted.error()).message;
                    journal->finish(journalId, false, failed.message);
                    return done(failed);
                }
                operations->awaitOperation(o2.target, asked, [=, this](Result<OperationResult> result) {
                    ActionOutcome finished = o2;
                    finished.ok = result && result->phase == QStringLiteral("Succeeded");
                    finished.message =
                        !result ? result.errorMessage()
                                : tr("Sync of %1 %2: %3")
                                      .arg(finished.target.label(), result->phase.toLower(), result->message);
                    journal->finish(journalId, finished.ok, finished.ok ? QString() : finished.message);
                    if (!check.protectedTarget)
                        return done(finished);
                    // A protected sync leaves a deployment record.
                    DeploymentRecord record;
                    record.instance = finished.target.instance;
                    record.cluster = finished.target.cluster;
                    record.ns = finished.target.ns;
                    record.app = finished.target.app;
                    record.appNamespace = finished.target.appNamespace;
                    record.project = finished.target.project;
                    const SyncPreview preview = lastPreviews.value(appKey);
                    for (const ImageChange &image : preview.images)
                        record.images
                            << QStringLiteral("%1: %2 → %3").arg(image.resource, image.from, image.to);
                    if (record.images.isEmpty())
                        record.images = currentImages;
                    record.revision = result ? result->revision : options.revision;
                    record.who = who(info->user, journal->localUser());
                    record.when = asked;
                    record.reason = approval.reason;
                    record.syncWindowState = check.window.description;
                    record.dryRunSummary = approval.reviewedDiffSummary.isEmpty()
                                               ? preview.summary()
                                               : approval.reviewedDiffSummary;
                    record.rollbackHistoryId = previousHistoryId;
                    record.result = finished.ok ? QStringLiteral("succeeded")
                                                : QStringLiteral("failed: %1").arg(finished.message);
                    journal->addDeploymentRecord(record, [done, finished](const Result<qint64> &recordId) {
                        ActionOutcome withRecord = finished;
                        if (recordId)
                            withRecord.deploymentRecordId = *recordId;
                        else
                            withRecord.message += QStringLiteral(" (the deployment record could not be "
                                                                 "written: %1)")
                                                      .arg(recordId.errorMessage());
                        done(withRecord);
                    });
                });
            });
        });
    });
}

quint64 ActionService::syncSelection(const QStringList &appKeys, const SyncOptions &options,
                                     const Approval &approval, bool continueOnFailure)
{
    const quint64 id = d->newRequestId();
    ++d->singleActions;
    auto outcome = std::make_shared<BatchOutcome>();
    outcome->requestId = id;
    outcome->batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    outcome->kind = ActionKind::Sync;
    outcome->total = int(appKeys.size());
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, id, appKeys, options, approval, continueOnFailure, outcome, elapsed,
             weak = std::weak_ptr(step)](qsizetype i) {
        const bool stopped = d->stopped.contains(id);
        const bool halted = stopped || (!continueOnFailure && !outcome->failed.isEmpty());
        if (i >= appKeys.size() || halted) {
            for (qsizetype rest = i; rest < appKeys.size(); ++rest) {
                ActionTarget t = target(appKeys[rest]);
                if (t.appKey.isEmpty())
                    t.appKey = appKeys[rest];
                outcome->skipped << AppProblem{t, stopped ? tr("stopped before it was synced")
                                                          : tr("not synced: an earlier app failed")};
            }
            outcome->elapsedMs = elapsed->elapsed();
            d->stopped.remove(id);
            --d->singleActions;
            emit batchFinished(*outcome);
            return;
        }
        d->syncOne(id, appKeys[i], options, approval, outcome->batchId,
                   [this, i, outcome, next = weak.lock()](const ActionOutcome &result) {
                       if (result.ok)
                           outcome->succeeded << result.target;
                       else
                           outcome->failed << AppProblem{result.target, result.message};
                       emit actionFinished(result);
                       BatchProgress progress;
                       progress.requestId = outcome->requestId;
                       progress.batchId = outcome->batchId;
                       progress.kind = ActionKind::Sync;
                       progress.total = outcome->total;
                       progress.done = int(i + 1);
                       progress.failed = int(outcome->failed.size());
                       progress.current = result.target.label();
                       emit batchProgress(progress);
                       (*next)(i + 1);
                   });
    };
    // Each pending step holds the chain; it ends with the last one.
    QTimer::singleShot(0, this, [step] { (*step)(0); });
    return id;
}

void ActionService::Private::journaledRequest(quint64 requestId, ActionKind kind, const ActionTarget &target,
                                              const QString &reason, BackendCall<Done> call,
                                              const QString &parametersJson, const QString &successMessage)
{
    ++singleActions;
    ActionOutcome outcome;
    outcome.requestId = requestId;
    outcome.kind = kind;
    outcome.target = target;
    if (target.appKey.isEmpty()) {
        outcome.message = tr("The app is not in the fleet.");
        QTimer::singleShot(0, q, [this, outcome] { finishSingle(outcome); });
        return;
    }
    emit q->actionStarted(requestId, kind, target.label());
    operations->withInstanceInfo(
        target.instance, [=, this](const actions::InstanceInfo *info, const QString &error) {
            if (!info) {
                ActionOutcome o = outcome;
                o.message = error;
                return finishSingle(o);
            }
            journal->start(
                journal->entry(kind, target, info->user, parametersJson, reason),
                [=, this](qint64 journalId, const QString &journalError) {
                    ControllerBackend *backend = this->backend(target.instance);
                    if (journalId == 0) {
                        ActionOutcome o = outcome;
                        o.message = actions::ActionJournal::refusal(journalError);
                        return finishSingle(o);
                    }
                    const auto answered = [=, this](Result<Done> answer) {
                        ActionOutcome o = outcome;
                        o.journalId = journalId;
                        o.ok = answer.ok();
                        o.message = answer ? successMessage
                                           : outcome.target.ref().describeFailure(answer.error()).message;
                        journal->finish(journalId, o.ok, o.ok ? QString() : o.message);
                        finishSingle(o);
                    };
                    if (!backend)
                        return answered(Error{tr("Sextant is not connected to %1.").arg(target.instance)});
                    call(*backend, answered);
                });
        });
}

quint64 ActionService::refresh(const QString &appKey, bool hard)
{
    const quint64 id = d->newRequestId();
    const ActionTarget t = target(appKey);
    const AppRef app = t.ref();
    d->journaledRequest(
        id, hard ? ActionKind::HardRefresh : ActionKind::Refresh, t, {},
        [app, hard](ControllerBackend &backend, auto done) { backend.refresh(app, hard, done); }, {},
        hard ? tr("Hard refresh of %1 done.").arg(t.label()) : tr("Refreshed %1.").arg(t.label()));
    return id;
}

quint64 ActionService::terminateOperation(const QString &appKey, const QString &reason)
{
    const quint64 id = d->newRequestId();
    const ActionTarget t = target(appKey);
    const AppRef app = t.ref();
    d->journaledRequest(
        id, ActionKind::Terminate, t, reason,
        [app](ControllerBackend &backend, auto done) { backend.terminate(app, done); }, {},
        tr("Asked the controller to terminate the operation on %1.").arg(t.label()));
    return id;
}

quint64 ActionService::rollback(const QString &appKey, qint64 historyId, const Approval &approval)
{
    const quint64 id = d->newRequestId();
    const RollbackPlan plan = explainRollback(appKey, historyId);
    ActionOutcome refused;
    refused.requestId = id;
    refused.kind = ActionKind::Rollback;
    refused.target = plan.target;
    const GuardrailCheck check = checkGuardrails(appKey);
    if (plan.error.isEmpty() && check.operationRunning)
        refused.message = tr("An operation is running on %1 (%2). Wait for it, or terminate it first.")
                              .arg(plan.target.label(), check.operationMessage);
    else
        refused.message = plan.error.isEmpty() ? approvalProblem(appKey, approval) : plan.error;
    ++d->singleActions;
    if (!refused.message.isEmpty()) {
        QTimer::singleShot(0, this, [this, refused] { d->finishSingle(refused); });
        return id;
    }
    emit actionStarted(id, ActionKind::Rollback, plan.target.label());
    if (!plan.needsPause) {
        d->rollbackNow(id, plan, approval);
        return id;
    }
    const quint64 pauseId = pause(ActionScope::ofSelection({appKey}),
                                  tr("rollback to history id %1: %2").arg(historyId).arg(approval.reason));
    if (auto run = d->runs.value(pauseId)) {
        run->onFinished = [this, id, plan, approval, appKey](const BatchOutcome &paused) {
            const bool ok = std::any_of(paused.succeeded.cbegin(), paused.succeeded.cend(),
                                        [&](const ActionTarget &t) { return t.appKey == appKey; });
            if (ok)
                return d->rollbackNow(id, plan, approval);
            ActionOutcome failed;
            failed.requestId = id;
            failed.kind = ActionKind::Rollback;
            failed.target = plan.target;
            failed.message =
                tr("Auto-sync of %1 could not be paused, so the rollback did not run: %2")
                    .arg(plan.target.label(),
                         paused.failed.isEmpty()
                             ? (paused.skipped.isEmpty() ? QString() : paused.skipped.first().message)
                             : paused.failed.first().message);
            d->finishSingle(failed);
        };
    }
    return id;
}

void ActionService::Private::rollbackNow(quint64 requestId, const RollbackPlan &plan,
                                         const Approval &approval)
{
    ActionOutcome outcome;
    outcome.requestId = requestId;
    outcome.kind = ActionKind::Rollback;
    outcome.target = plan.target;
    operations->withInstanceInfo(plan.target.instance, [=, this](const actions::InstanceInfo *info,
                                                                 const QString &error) {
        if (!info) {
            ActionOutcome o = outcome;
            o.message = error;
            return finishSingle(o);
        }
        const QString parameters =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("historyId"), plan.historyId},
                                                        {QStringLiteral("revision"), plan.toRevision}})
                                  .toJson(QJsonDocument::Compact));
        journal->start(
            journal->entry(ActionKind::Rollback, plan.target, info->user, parameters, approval.reason),
            [=, this](qint64 journalId, const QString &journalError) {
                ControllerBackend *backend = this->backend(plan.target.instance);
                const QDateTime asked = QDateTime::currentDateTimeUtc();
                if (journalId == 0) {
                    ActionOutcome o = outcome;
                    o.message = actions::ActionJournal::refusal(journalError);
                    return finishSingle(o);
                }
                const auto fail = [=, this](const QString &message) {
                    ActionOutcome o = outcome;
                    o.journalId = journalId;
                    o.message = message;
                    journal->finish(journalId, false, message);
                    finishSingle(o);
                };
                if (!backend)
                    return fail(tr("Sextant is not connected to %1.").arg(plan.target.instance));
                backend->rollback(plan.target.ref(), plan.historyId, [=, this](Result<Done> accepted) {
                    if (!accepted)
                        return fail(plan.target.ref().describeFailure(accepted.error()).message);
                    operations->awaitOperation(plan.target, asked, [=, this](Result<OperationResult> result) {
                        if (!result)
                            return fail(result.errorMessage());
                        if (result->phase != QStringLiteral("Succeeded"))
                            return fail(tr("The rollback of %1 ended %2: %3")
                                            .arg(plan.target.label(), result->phase, result->message));
                        const RollbackMark mark{plan.target.appKey, plan.historyId, plan.toRevision,
                                                plan.gitWants, QDateTime::currentDateTimeUtc()};
                        ledger->setRollbackMark(mark);
                        ActionOutcome o = outcome;
                        o.journalId = journalId;
                        o.ok = true;
                        o.message = tr("%1 rolled back to %2 — Git still wants %3.")
                                        .arg(plan.target.label(), plan.toRevision.left(12), plan.gitWants);
                        journal->finish(journalId, true, {});
                        finishSingle(o);
                    });
                });
            });
    });
}

} // namespace sextant
