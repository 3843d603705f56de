// ActionService's pause and resume: emergency pause, resume, interrupted work, and
// what the ledger and the live model say of paused apps.
#include "model/actions/actionservice.h"

#include "model/actions/actionservice_p.h"
#include "model/actions/pauserun.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace sextant {

quint64 ActionService::pause(const ActionScope &scope, const QString &reason, PauseOptions options)
{
    actions::PauseRun::Setup setup;
    setup.requestId = d->newRequestId();
    setup.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.kind = ActionKind::Pause;
    setup.reason = reason;
    setup.targets = resolveScope(scope);
    setup.addDenyWindows = options.addDenyWindows;
    setup.scopeText = scope.describe();
    QSet<QString> keys;
    for (const ActionTarget &target : std::as_const(setup.targets))
        keys.insert(target.appKey);
    // Apps of the scope the ledger already holds keep their row (and first prior policy);
    // a pause left pending (crash, kill) is completed by the next pause on its instance.
    for (const PauseLedgerEntry &row : d->ledger->activeRows())
        if (keys.contains(row.appKey) ||
            (row.state == PauseLedgerEntry::State::Pending && m_connector->backend(row.instance)))
            setup.rows << row;
    auto *run = new actions::PauseRun(d.get(), setup, this);
    d->runs.insert(setup.requestId, run);
    emit actionStarted(setup.requestId, ActionKind::Pause, scope.describe());
    QTimer::singleShot(0, run, &actions::PauseRun::start);
    return setup.requestId;
}

quint64 ActionService::resume(const ActionScope &scope, const QString &reason)
{
    actions::PauseRun::Setup setup;
    setup.requestId = d->newRequestId();
    setup.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.kind = ActionKind::Resume;
    setup.reason = reason;
    setup.removeDenyWindows = true;
    setup.scopeText = scope.describe();
    const QList<ActionTarget> targets = resolveScope(scope);
    QSet<QString> keys;
    for (const ActionTarget &target : targets)
        keys.insert(target.appKey);
    for (const PauseLedgerEntry &row : d->ledger->activeRows()) {
        const bool rowInScope =
            keys.contains(row.appKey) ||
            (scope.kind == ActionScope::Kind::Fleet && m_connector->backend(row.instance)) ||
            (scope.kind == ActionScope::Kind::Instance && row.instance == scope.name) ||
            (scope.kind == ActionScope::Kind::Project && row.project == scope.name &&
             (scope.instance.isEmpty() || scope.instance == row.instance)) ||
            (scope.kind == ActionScope::Kind::Selection && scope.appKeys.contains(row.appKey));
        // An interrupted resume is finished by the next one on its instance.
        const bool interrupted =
            row.state == PauseLedgerEntry::State::Resuming && m_connector->backend(row.instance);
        if (rowInScope || interrupted)
            setup.rows << row;
    }
    // Apps the server shows as paused by Sextant (from any workstation) resume too.
    for (const ActionTarget &target : targets) {
        const Application *app = m_store->application(target.appKey);
        if (app && app->annotations.contains(pauseNoteAnnotation()))
            setup.targets << target;
    }
    auto *run = new actions::PauseRun(d.get(), setup, this);
    d->runs.insert(setup.requestId, run);
    emit actionStarted(setup.requestId, ActionKind::Resume, scope.describe());
    QTimer::singleShot(0, run, &actions::PauseRun::start);
    return setup.requestId;
}

quint64 ActionService::completeInterrupted(const QString &reason)
{
    actions::PauseRun::Setup setup;
    setup.requestId = d->newRequestId();
    setup.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.kind = ActionKind::Pause;
    setup.reason = reason;
    setup.rowsDecideMode = true;
    setup.scopeText = QStringLiteral("interrupted work");
    bool anyResume = false;
    for (const PauseLedgerEntry &row : d->ledger->activeRows())
        if (row.state == PauseLedgerEntry::State::Pending || row.state == PauseLedgerEntry::State::Resuming) {
            setup.rows << row;
            anyResume = anyResume || row.state == PauseLedgerEntry::State::Resuming;
        }
    if (anyResume && std::none_of(setup.rows.cbegin(), setup.rows.cend(), [](const PauseLedgerEntry &row) {
            return row.state == PauseLedgerEntry::State::Pending;
        }))
        setup.kind = ActionKind::Resume;
    auto *run = new actions::PauseRun(d.get(), setup, this);
    d->runs.insert(setup.requestId, run);
    emit actionStarted(setup.requestId, setup.kind, setup.scopeText);
    QTimer::singleShot(0, run, &actions::PauseRun::start);
    return setup.requestId;
}

void ActionService::closePausesOf(const QString &instance, const QString &why)
{
    d->ledger->closeInstance(instance, why, localUser());
}

void ActionService::stop(quint64 requestId)
{
    if (auto run = d->runs.value(requestId))
        run->stop();
    d->stopped.insert(requestId);
}

bool ActionService::isBusy() const
{
    return !d->runs.isEmpty() || d->singleActions > 0;
}

QList<PauseLedgerEntry> ActionService::activePauses() const
{
    return d->ledger->activePauses();
}

bool ActionService::isPausedBySextant(const QString &appKey) const
{
    return d->ledger->isPaused(appKey);
}

PauseBanner ActionService::pauseBanner() const
{
    return d->ledger->banner();
}

InterruptedWork ActionService::interruptedWork() const
{
    return d->ledger->interrupted();
}

ActionService::LivePause ActionService::livePauseState(const PauseLedgerEntry &row) const
{
    if (row.state != PauseLedgerEntry::State::Paused ||
        m_store->instance(row.instance).connection != InstanceStatus::Connection::Live)
        return LivePause::Unknown;
    const Application *app = m_store->application(row.appKey);
    if (!app)
        return LivePause::Gone;
    return app->autoSync() == AutoSyncState::On ? LivePause::ResumedElsewhere : LivePause::Paused;
}

} // namespace sextant
