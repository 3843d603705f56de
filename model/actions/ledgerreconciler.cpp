#include "model/actions/ledgerreconciler.h"

#include "model/fleet/fleetstore.h"
#include "model/logging.h"

#include <QPointer>

namespace sextant::actions {

namespace {

using State = PauseLedgerEntry::State;

} // namespace

LedgerReconciler::LedgerReconciler(ActionService::Private *dd, FleetStore *store, QObject *parent)
    : QObject(parent)
    , d(dd)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &LedgerReconciler::check);
    // A marked app seen out of sync arms its mark at once: the debounced check may come only
    // after the app is Synced again (a quick revert), and would then miss it.
    connect(m_store, &FleetStore::applicationsChanged, this, &LedgerReconciler::noteOutOfSync);
    connect(m_store, &FleetStore::applicationsChanged, this, &LedgerReconciler::schedule);
    connect(m_store, &FleetStore::instancesChanged, this, &LedgerReconciler::schedule);
}

void LedgerReconciler::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void LedgerReconciler::noteOutOfSync()
{
    for (const RollbackMark &mark : d->ledger->rollbackMarks())
        if (const Application *app = m_store->application(mark.appKey);
            app && app->syncStatus != SyncStatus::Synced)
            m_outOfSyncSinceRollback.insert(mark.appKey);
}

void LedgerReconciler::checkRollbackMarks()
{
    QStringList agreed;
    for (const RollbackMark &mark : d->ledger->rollbackMarks()) {
        const Application *app = m_store->application(mark.appKey);
        if (!app)
            continue;
        if (app->syncStatus != SyncStatus::Synced) {
            m_outOfSyncSinceRollback.insert(mark.appKey);
            continue;
        }
        // A cached or unreachable instance's Synced says nothing about now.
        if (m_store->instance(app->instance).connection != InstanceStatus::Connection::Live)
            continue;
        // Synced: after being seen out of sync in this session, or (after a restart) compared
        // well after the rollback, so not a state from before it.
        if (m_outOfSyncSinceRollback.contains(mark.appKey) ||
            (app->reconciledAt.isValid() && app->reconciledAt > mark.at.addSecs(60)))
            agreed << mark.appKey;
    }
    for (const QString &key : std::as_const(agreed)) {
        qCInfo(lcModel).noquote() << "rollback mark of" << key << "cleared: Git agrees with what runs";
        m_outOfSyncSinceRollback.remove(key);
        d->ledger->clearRollbackMark(key);
    }
}

void LedgerReconciler::check()
{
    checkRollbackMarks();
    if (!d->runs.isEmpty())
        return; // the run's own reload schedules the next look
    QHash<QString, QList<PauseLedgerEntry>> candidates;
    for (const PauseLedgerEntry &row : d->ledger->activeRows()) {
        if (m_checking.contains(row.instance))
            continue;
        // A cached or unreachable instance says nothing about now (Unknown).
        const ActionService::LivePause live = d->q->livePauseState(row);
        if (live == ActionService::LivePause::ResumedElsewhere || live == ActionService::LivePause::Gone)
            candidates[row.instance] << row;
    }
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        checkInstance(it.key(), it.value());
}

void LedgerReconciler::checkInstance(const QString &instance, const QList<PauseLedgerEntry> &candidates)
{
    m_checking.insert(instance);
    d->operations->withRetry<QList<AutoReconcileState>>(
        instance, [](ControllerBackend &backend, auto answer) { backend.autoReconcileStates(answer); },
        [this, self = QPointer(this), instance, candidates](Result<QList<AutoReconcileState>> states) {
            if (!self)
                return;
            if (!states || !d->runs.isEmpty()) {
                if (!states)
                    qCWarning(lcModel).noquote() << "pause ledger: cannot read the apps of" << instance << ":"
                                                 << states.errorMessage();
                m_checking.remove(instance);
                return;
            }
            QHash<AppRef, const AutoReconcileState *> byApp;
            for (const AutoReconcileState &state : *states)
                byApp.insert(AppRef{instance, state.appNamespace, state.name}, &state);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<PauseLedgerEntry> closed;
            for (PauseLedgerEntry row : candidates) {
                // The row may have changed while the read was under way.
                const auto current = d->ledger->activeRows().constFind(row.appKey);
                if (current == d->ledger->activeRows().constEnd() || current->id != row.id ||
                    current->state != State::Paused)
                    continue;
                const AutoReconcileState *state = byApp.value(row.ref());
                if (state && !state->on)
                    continue; // still paused: the live model had not caught up
                row.state = State::Resumed;
                row.resumedAt = now;
                row.resumedBy = ActionService::tr("elsewhere");
                if (!state)
                    row.error = ActionService::tr("the app no longer exists on %1").arg(instance);
                else if (state->pauseNote)
                    row.error = ActionService::tr("resumed elsewhere: auto-sync was turned on outside "
                                                  "Sextant (the pause note is still on the app)");
                else
                    row.error = ActionService::tr("resumed elsewhere: the pause note was removed and "
                                                  "auto-sync is on (another workstation's Sextant)");
                closed << row;
            }
            if (closed.isEmpty()) {
                m_checking.remove(instance);
                return;
            }
            close(instance, closed);
        });
}

void LedgerReconciler::close(const QString &instance, QList<PauseLedgerEntry> rows)
{
    for (const PauseLedgerEntry &row : std::as_const(rows))
        qCInfo(lcModel).noquote() << "pause ledger:" << row.appKey << "closed:" << row.error;
    d->q->m_worker
        ->run<bool>([rows](LocalStore &store) -> Result<bool> {
            if (auto updated = store.updateLedgerEntries(rows); !updated)
                return updated.error();
            return true;
        })
        .then(this, [this, instance, count = int(rows.size())](const Result<bool> &written) {
            m_checking.remove(instance);
            if (!written) {
                emit d->q->storeFailed(written.errorMessage());
                return;
            }
            emit d->q->pausesResumedElsewhere(instance, count);
            d->ledger->reload();
        });
}

} // namespace sextant::actions
