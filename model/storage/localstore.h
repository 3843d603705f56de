#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/result.h"
#include "model/storage/actionrecords.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace sextant {

// One instance's fleet as last seen, for painting at once on the next start.
struct CachedFleet : FleetObjects {
    QString instance;
    QDateTime savedAt;
};

// An app held at an older history entry by a rollback, until auto-sync resumes.
struct RollbackMark {
    QString appKey;
    qint64 historyId = -1;
    QString revision; // what it was rolled back to
    QString gitWants; // what Git (the spec) still wants
    QDateTime at;
    bool operator==(const RollbackMark &) const = default;
};

// One wave rollout run as stored: its state in a JSON document the rollout layer reads and
// writes, and a version that every write checks and raises, so two processes driving or
// steering the same run never overwrite each other's step.
struct StoredRollout {
    QString id;
    QString planName;
    QString state; // the run's state word, for listing without reading the document
    qint64 version = 0;
    QDateTime updatedAt;
    QByteArray document;
};

// Sextant's own SQLite database: a versioned schema with migrations, the fleet
// snapshot cache, the action journal, the pause ledger (with the deny windows an
// emergency pause added), deployment records and rollback marks. Every write is
// its own committed transaction (synchronous=FULL) unless said otherwise.
// One LocalStore per thread: SQLite connections are not shared across threads.
class LocalStore {
public:
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);
    static QString defaultPath(); // in the user's data folder
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    int schemaVersion() const;
    static int latestSchemaVersion();

    Status saveFleet(const CachedFleet &fleet);
    Result<QList<CachedFleet>> loadFleets();
    Status forgetFleet(const QString &instance);

    // Action journal: a row before the action is sent, finished when it is answered.
    Result<qint64> addJournalEntry(const JournalEntry &entry);
    Status finishJournalEntry(qint64 id, JournalEntry::Result result, const QString &error,
                              const QDateTime &finishedAt);
    Result<QList<JournalEntry>> journal(const JournalFilter &filter); // newest first

    // Pause ledger. addLedgerEntry returns once the row is committed.
    Result<qint64> addLedgerEntry(const PauseLedgerEntry &entry);
    // Several rows in one committed transaction; their ids in the same order.
    Result<QList<qint64>> addLedgerEntries(const QList<PauseLedgerEntry> &entries);
    Status updateLedgerEntry(const PauseLedgerEntry &entry); // by id, every field
    // Several updates in one transaction (the pause's "paused" confirmations).
    Status updateLedgerEntries(const QList<PauseLedgerEntry> &entries);
    Result<QList<PauseLedgerEntry>> ledger(bool activeOnly); // oldest first

    // Deny windows added to projects by an emergency pause.
    Result<qint64> addFreezeWindow(const FreezeWindowEntry &entry);
    Status setFreezeWindowActive(qint64 id, bool active);
    Result<QList<FreezeWindowEntry>> freezeWindows(bool activeOnly);

    // Deployment records (newest first).
    Result<qint64> addDeploymentRecord(const DeploymentRecord &record);
    Status updateDeploymentRecord(const DeploymentRecord &record); // by id
    Result<QList<DeploymentRecord>> deploymentRecords(int limit);
    Result<DeploymentRecord> deploymentRecord(qint64 id);

    // Rollback marks, one per app.
    Status setRollbackMark(const RollbackMark &mark);
    Status clearRollbackMark(const QString &appKey);
    Result<QList<RollbackMark>> rollbackMarks();

    // Rollout runs. saveRollout writes `run` when the stored version is still `expectedVersion`
    // (0: the run must be new) and returns the new version; else an error saying it changed.
    Result<qint64> saveRollout(const StoredRollout &run, qint64 expectedVersion);
    Result<std::optional<StoredRollout>> rollout(const QString &id);
    Result<QList<StoredRollout>> rollouts(); // newest first

private:
    explicit LocalStore(QString connectionName);
    Status migrate();

    QString m_connectionName;
};

} // namespace sextant
