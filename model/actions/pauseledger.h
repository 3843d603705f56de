#pragma once

#include "model/actions/actiontypes.h"
#include "model/storage/actionrecords.h"
#include "model/storage/localstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace sextant::actions {

class ActionStoreWorker;

// What the pause ledger in LocalStore holds now, as the GUI thread sees it: the
// active rows (pending, paused, resuming) by app key, the paused-fleet banner, the
// work left interrupted, and the rollback marks (apps held at a rollback). Reloaded
// from the database after every change; reads and writes run on the ActionStoreWorker.
class PauseLedger : public QObject {
    Q_OBJECT
public:
    // `runUnderWay` says whether a pause or resume runs: then nothing counts as interrupted.
    PauseLedger(ActionStoreWorker *worker, std::function<bool()> runUnderWay, QObject *parent = nullptr);

    // Reloads the active rows and rollback marks, updates banner and interrupted work and
    // signals what changed (storeFailed when the database cannot be read); then `then`.
    void reload(std::function<void()> then = {});

    const QHash<QString, PauseLedgerEntry> &activeRows() const { return m_active; } // by app key
    // The active rows, by id.
    QList<PauseLedgerEntry> activePauses() const;
    bool isPaused(const QString &appKey) const { return m_active.contains(appKey); }
    PauseBanner banner() const { return m_banner; }
    InterruptedWork interrupted() const { return m_interrupted; }

    // Closes every active row of `instance` as resumed by `by` with `why` as its note; its
    // rows are left out of the banner meanwhile. Reloads afterwards.
    void closeInstance(const QString &instance, const QString &why, const QString &by);

    // The rollback mark of an app, or null.
    const RollbackMark *rollbackMark(const QString &appKey) const;
    // Records (or clears) the mark in memory at once and in the database after the queued work.
    void setRollbackMark(const RollbackMark &mark);
    void clearRollbackMark(const QString &appKey);
    const QHash<QString, RollbackMark> &rollbackMarks() const { return m_rollbackMarks; }

signals:
    void pauseStateChanged(const sextant::PauseBanner &banner);
    void interruptedWorkFound(const sextant::InterruptedWork &work);
    void rollbackMarksChanged();
    void storeFailed(const QString &message);
    void reloaded(); // after the state above was updated from the database

private:
    ActionStoreWorker *m_worker;
    std::function<bool()> m_runUnderWay;
    QHash<QString, PauseLedgerEntry> m_active;
    PauseBanner m_banner;
    InterruptedWork m_interrupted;
    QHash<QString, RollbackMark> m_rollbackMarks;
    QSet<QString> m_closingInstances; // closeInstance() under way: their rows are not shown
};

} // namespace sextant::actions
