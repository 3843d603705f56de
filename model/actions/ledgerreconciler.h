#pragma once

#include "model/actions/actionservice_p.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sextant::actions {

// Keeps the pause ledger true to the controllers. A row whose app is no longer
// paused on its server (auto-sync turned on again from the Argo CD UI, the CLI or
// another workstation) is closed as resumed elsewhere; a row whose app is gone is
// closed too. The live model only says when to look: the decision comes from a
// fresh read of the server made after the row was confirmed and while no pause or
// resume runs, so a watch event still on its way cannot close a pause just made.
// A rollback mark ("rolled back — Git still wants X") is cleared once Git agrees with what
// runs: the controller reports the app Synced after it was seen out of sync since the
// rollback (a revert merged, or Git deployed again).
class LedgerReconciler : public QObject {
    Q_OBJECT
public:
    LedgerReconciler(ActionService::Private *d, FleetStore *store, QObject *parent = nullptr);

    // Looks again shortly (debounced): after the store changed or the ledger was reloaded.
    void schedule();
    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    // The marks changed: a new mark's app already out of sync is armed now.
    void markAdded() { noteOutOfSync(); }

private:
    void check();
    void checkRollbackMarks();
    void noteOutOfSync(); // arms the marks of apps out of sync now
    void checkInstance(const QString &instance, const QList<PauseLedgerEntry> &candidates);
    void close(const QString &instance, QList<PauseLedgerEntry> rows);

    ActionService::Private *d;
    FleetStore *m_store;
    QTimer m_timer;
    QSet<QString> m_checking;               // instances with a read or a ledger write under way
    QSet<QString> m_outOfSyncSinceRollback; // apps with a rollback mark seen out of sync since
};

} // namespace sextant::actions
