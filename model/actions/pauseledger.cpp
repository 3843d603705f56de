#include "model/actions/pauseledger.h"

#include "model/actions/actionstoreworker.h"

#include <algorithm>

namespace sextant::actions {

PauseLedger::PauseLedger(ActionStoreWorker *worker, std::function<bool()> runUnderWay, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_runUnderWay(std::move(runUnderWay))
{}

void PauseLedger::reload(std::function<void()> then)
{
    struct Loaded {
        QList<PauseLedgerEntry> rows;
        QList<RollbackMark> marks;
    };
    m_worker
        ->run<Loaded>([](LocalStore &store) -> Result<Loaded> {
            auto rows = store.ledger(true);
            if (!rows)
                return rows.error();
            auto marks = store.rollbackMarks();
            if (!marks)
                return marks.error();
            return Loaded{*rows, *marks};
        })
        .then(this, [this, then](const Result<Loaded> &loaded) {
            if (!loaded) {
                emit storeFailed(loaded.errorMessage());
            } else {
                m_active.clear();
                PauseBanner banner;
                InterruptedWork interrupted;
                QSet<QString> instanceSet;
                const bool running = m_runUnderWay && m_runUnderWay();
                for (const PauseLedgerEntry &row : loaded->rows) {
                    if (m_closingInstances.contains(row.instance))
                        continue;
                    m_active.insert(row.appKey, row);
                    instanceSet.insert(row.instance);
                    if (!banner.since.isValid() || row.pausedAt < banner.since)
                        banner.since = row.pausedAt;
                    if (!banner.by.contains(row.pausedBy))
                        banner.by << row.pausedBy;
                    if (!row.reason.isEmpty() && !banner.reasons.contains(row.reason))
                        banner.reasons << row.reason;
                    if (row.state == PauseLedgerEntry::State::Pending ||
                        row.state == PauseLedgerEntry::State::Resuming) {
                        if (row.state == PauseLedgerEntry::State::Pending)
                            ++interrupted.pendingPauses;
                        else
                            ++interrupted.pendingResumes;
                        if (!interrupted.batchIds.contains(row.batchId))
                            interrupted.batchIds << row.batchId;
                        if (!interrupted.instances.contains(row.instance))
                            interrupted.instances << row.instance;
                    }
                }
                banner.apps = int(m_active.size());
                banner.instances = int(instanceSet.size());
                if (running)
                    interrupted = {};
                banner.interrupted = interrupted.pendingPauses + interrupted.pendingResumes;
                m_rollbackMarks.clear();
                for (const RollbackMark &mark : loaded->marks)
                    m_rollbackMarks.insert(mark.appKey, mark);
                const bool bannerChanged = !(banner == m_banner);
                m_banner = banner;
                m_interrupted = interrupted;
                if (bannerChanged)
                    emit pauseStateChanged(banner);
                if (!interrupted.isEmpty())
                    emit interruptedWorkFound(interrupted);
                emit rollbackMarksChanged();
                emit reloaded();
            }
            if (then)
                then();
        });
}

QList<PauseLedgerEntry> PauseLedger::activePauses() const
{
    QList<PauseLedgerEntry> rows = m_active.values();
    std::sort(rows.begin(), rows.end(),
              [](const PauseLedgerEntry &a, const PauseLedgerEntry &b) { return a.id < b.id; });
    return rows;
}

void PauseLedger::closeInstance(const QString &instance, const QString &why, const QString &by)
{
    m_closingInstances.insert(instance);
    m_worker
        ->run<bool>([instance, why, by](LocalStore &store) -> Result<bool> {
            auto rows = store.ledger(true);
            if (!rows)
                return rows.error();
            QList<PauseLedgerEntry> closed;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (PauseLedgerEntry row : *rows) {
                if (row.instance != instance)
                    continue;
                row.state = PauseLedgerEntry::State::Resumed;
                row.resumedAt = now;
                row.resumedBy = by;
                row.error = why;
                closed << row;
            }
            if (!closed.isEmpty())
                if (auto updated = store.updateLedgerEntries(closed); !updated)
                    return updated.error();
            return true;
        })
        .then(this, [this, instance](const Result<bool> &done) {
            m_closingInstances.remove(instance);
            if (!done)
                emit storeFailed(done.errorMessage());
            reload();
        });
}

const RollbackMark *PauseLedger::rollbackMark(const QString &appKey) const
{
    const auto it = m_rollbackMarks.constFind(appKey);
    return it == m_rollbackMarks.constEnd() ? nullptr : &*it;
}

void PauseLedger::setRollbackMark(const RollbackMark &mark)
{
    m_rollbackMarks.insert(mark.appKey, mark);
    emit rollbackMarksChanged();
    m_worker->run<Done>([mark](LocalStore &store) { return store.setRollbackMark(mark); });
}

void PauseLedger::clearRollbackMark(const QString &appKey)
{
    if (!m_rollbackMarks.remove(appKey))
        return;
    m_worker->run<Done>([appKey](LocalStore &store) { return store.clearRollbackMark(appKey); });
    emit rollbackMarksChanged();
}

} // namespace sextant::actions
