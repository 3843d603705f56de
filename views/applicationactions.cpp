#include "views/applicationactions.h"

#include "model/actions/actionservice.h"
#include "model/fleet/applicationgitsource.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"
#include "views/emergencypausedialog.h"
#include "views/gitchangedialog.h"
#include "views/reasondialog.h"
#include "views/resumedialog.h"
#include "views/rollbackdialog.h"
#include "views/syncdialog.h"
#include "views/syncselectiondialog.h"

#include <QMenu>
#include <QWidget>

namespace sextant::views {

ApplicationActions::ApplicationActions(ActionService *actions, FleetStore *store, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_actions(actions)
    , m_store(store)
    , m_parent(dialogParent)
{
    connect(m_actions, &ActionService::actionFinished, this, [this](const ActionOutcome &outcome) {
        const auto it = m_pending.constFind(outcome.requestId);
        if (it == m_pending.cend())
            return;
        const QString what = *it;
        m_pending.erase(it);
        emit message(outcome.ok
                         ? tr("%1: %2").arg(what, outcome.message.isEmpty() ? tr("done") : outcome.message)
                         : tr("%1 failed: %2").arg(what, outcome.message));
        emit finished(outcome.ok);
    });
    connect(m_actions, &ActionService::batchFinished, this, [this](const BatchOutcome &outcome) {
        const auto it = m_pending.constFind(outcome.requestId);
        if (it == m_pending.cend())
            return;
        const QString what = *it;
        m_pending.erase(it);
        QStringList problems;
        for (const AppProblem &problem : outcome.failed)
            problems << problem.message;
        for (const AppProblem &problem : outcome.skipped)
            problems << problem.message;
        emit message(outcome.ok() ? tr("%1: done").arg(what)
                                  : tr("%1 failed: %2").arg(what, problems.join(QStringLiteral("; "))));
        emit finished(outcome.ok());
    });
}

void ApplicationActions::watch(quint64 request, const QString &what)
{
    m_pending.insert(request, what);
}

void ApplicationActions::openSync(const QString &appKey)
{
    auto *dialog = new SyncDialog(m_actions, m_store, appKey, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncDialog::synced, this, [this](const ActionOutcome &outcome) {
        emit message(tr("Sync of %1 started: %2").arg(outcome.target.label(), outcome.message));
    });
    dialog->open();
}

void ApplicationActions::openSyncSelection(const QStringList &appKeys)
{
    if (appKeys.size() == 1) {
        openSync(appKeys.first());
        return;
    }
    auto *dialog = new SyncSelectionDialog(m_actions, appKeys, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApplicationActions::refresh(const QString &appKey, bool hard)
{
    const ActionTarget target = m_actions->target(appKey);
    watch(m_actions->refresh(appKey, hard),
          hard ? tr("Hard refresh of %1").arg(target.label()) : tr("Refresh of %1").arg(target.label()));
}

void ApplicationActions::terminateOperation(const QString &appKey)
{
    const ActionTarget target = m_actions->target(appKey);
    ReasonDialog::Request request;
    request.title = tr("Terminate the operation on %1").arg(target.label());
    request.targetLabel = target.label();
    request.explanation = tr("The controller stops the running operation where it is. Resources it already "
                             "applied stay as they are; the app may be left half-synced.");
    request.confirmText = tr("&Terminate operation");
    request.dangerous = true;
    ReasonDialog dialog(request, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        watch(m_actions->terminateOperation(appKey, dialog.reason()),
              tr("Terminate on %1").arg(target.label()));
}

void ApplicationActions::pauseAutoSync(const QString &appKey)
{
    const ActionTarget target = m_actions->target(appKey);
    ReasonDialog::Request request;
    request.title = tr("Pause auto-sync of %1").arg(target.label());
    request.targetLabel = target.label();
    request.explanation =
        tr("The controller stops applying Git to this app until you resume. Its sync policy "
           "(prune, self-heal, options) is kept in the ledger and on the app, and comes back "
           "exactly on resume.");
    request.confirmText = tr("&Pause auto-sync");
    ReasonDialog dialog(request, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        watch(m_actions->pause(ActionScope::ofApplication(target.app, target.instance), dialog.reason()),
              tr("Pause of %1").arg(target.label()));
}

void ApplicationActions::resumeAutoSync(const QString &appKey)
{
    const ActionTarget target = m_actions->target(appKey);
    ReasonDialog::Request request;
    request.title = tr("Resume auto-sync of %1").arg(target.label());
    request.targetLabel = target.label();
    const QString note = m_actions->rollbackNote(appKey);
    request.explanation =
        note.isEmpty()
            ? tr("The app's sync policy from before the pause is restored; the controller then applies Git "
                 "again.")
            : tr("This app is %1. Resuming auto-sync lets the controller deploy what Git wants again, "
                 "undoing "
                 "the rollback.")
                  .arg(note);
    request.confirmText = tr("&Resume auto-sync");
    request.dangerous = !note.isEmpty();
    ReasonDialog dialog(request, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        watch(m_actions->resume(ActionScope::ofApplication(target.app, target.instance), dialog.reason()),
              tr("Resume of %1").arg(target.label()));
}

void ApplicationActions::openRollback(const QString &appKey, qint64 historyId)
{
    auto *dialog = new RollbackDialog(m_actions, appKey, historyId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RollbackDialog::rolledBack, this, [this, appKey](const ActionOutcome &outcome) {
        const QString note = m_actions->rollbackNote(appKey);
        emit message(tr("%1: %2").arg(outcome.target.label(), note.isEmpty() ? outcome.message : note));
        emit finished(true);
    });
    dialog->open();
}

void ApplicationActions::openRevert(const QString &appKey, const QStringList &commits)
{
    openGitChange(new GitChangeDialog(m_actions, appKey, commits, m_parent));
}

void ApplicationActions::openMakeGitAgree(const QString &appKey)
{
    const quint64 request = m_actions->loadPendingChange(appKey);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_actions, &ActionService::pendingChangeLoaded, this,
                [this, request, appKey, connection](quint64 id, const QString &, const PendingChange &change,
                                                    const QString &error) {
                    if (id != request)
                        return;
                    disconnect(*connection);
                    if (!error.isEmpty())
                        return emit message(tr("Cannot read what Git wants: %1").arg(error));
                    if (change.count() <= 0)
                        return emit message(tr("Git already wants what runs: there is nothing to revert."));
                    QStringList commits;
                    for (const git::CommitSummary &commit : change.commits)
                        commits << commit.id;
                    openRevert(appKey, commits);
                });
}

void ApplicationActions::openPromotion(const QString &appKey)
{
    const Application *from = m_store->application(appKey);
    const std::optional<ApplicationGitSource> source = from ? applicationGitSource(*from) : std::nullopt;
    QList<GitChangeDialog::Candidate> candidates;
    if (source) {
        const QString repo = normalizedRepositoryUrl(source->repoUrl);
        for (const Application &app : m_store->applications()) {
            const std::optional<ApplicationGitSource> other = applicationGitSource(app);
            if (app.key() == appKey || !other || normalizedRepositoryUrl(other->repoUrl) != repo ||
                other->targetRevision != source->targetRevision || other->paths.size() != 1 ||
                other->paths == source->paths)
                continue;
            candidates.append(
                {app.key(),
                 tr("%1 · %2 (%3)").arg(m_store->clusterName(app), app.name, other->paths.first())});
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const auto &a, const auto &b) { return a.label < b.label; });
    }
    openGitChange(new GitChangeDialog(m_actions, appKey, candidates, m_parent));
}

void ApplicationActions::openAdoption(const QString &appKey, const QString &resourceIdentity)
{
    openGitChange(GitChangeDialog::forAdoption(m_actions, appKey, resourceIdentity, m_parent));
}

void ApplicationActions::openGitChange(GitChangeDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GitChangeDialog::committed, this, [this](const ActionOutcome &outcome) {
        emit message(tr("%1: %2").arg(outcome.target.label(), outcome.message));
        emit finished(true);
    });
    dialog->open();
}

void ApplicationActions::openEmergencyPause(const QStringList &selection)
{
    auto *dialog = new EmergencyPauseDialog(m_actions, m_store, selection, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApplicationActions::openResume()
{
    auto *dialog = new ResumeDialog(m_actions, ResumeDialog::Mode::Resume, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApplicationActions::openCompleteInterrupted()
{
    auto *dialog = new ResumeDialog(m_actions, ResumeDialog::Mode::CompleteInterrupted, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ApplicationActions::canTerminate(const QString &appKey) const
{
    const Application *app = m_store->application(appKey);
    return app && app->operationState && app->operationState->phase == OperationPhase::Running;
}

bool ApplicationActions::canPause(const QString &appKey) const
{
    const Application *app = m_store->application(appKey);
    return app && app->autoSync() == AutoSyncState::On;
}

bool ApplicationActions::canResume(const QString &appKey) const
{
    const Application *app = m_store->application(appKey);
    return app && (m_actions->isPausedBySextant(appKey) || !m_actions->rollbackNote(appKey).isEmpty() ||
                   app->autoSync() == AutoSyncState::Paused);
}

void ApplicationActions::populateMenu(QMenu *menu, const QStringList &appKeys)
{
    if (appKeys.isEmpty())
        return;
    if (appKeys.size() > 1) {
        menu->addAction(tr("&Sync %n applications…", nullptr, int(appKeys.size())), this,
                        [this, appKeys] { openSyncSelection(appKeys); });
        menu->addAction(tr("&Pause auto-sync of %n applications…", nullptr, int(appKeys.size())), this,
                        [this, appKeys] { openEmergencyPause(appKeys); });
        return;
    }
    const QString key = appKeys.first();
    menu->addAction(tr("&Sync…"), this, [this, key] { openSync(key); });
    menu->addAction(tr("&Refresh"), this, [this, key] { refresh(key, false); });
    menu->addAction(tr("&Hard refresh (regenerate manifests)"), this, [this, key] { refresh(key, true); });
    menu->addSeparator();
    menu->addAction(tr("&Pause auto-sync…"), this, [this, key] { pauseAutoSync(key); })
        ->setEnabled(canPause(key));
    menu->addAction(tr("Res&ume auto-sync…"), this, [this, key] { resumeAutoSync(key); })
        ->setEnabled(canResume(key));
    menu->addAction(tr("&Terminate operation…"), this, [this, key] { terminateOperation(key); })
        ->setEnabled(canTerminate(key));
}

} // namespace sextant::views
