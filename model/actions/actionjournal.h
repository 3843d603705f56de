#pragma once

#include "model/actions/actiontypes.h"
#include "model/storage/actionrecords.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace sextant::actions {

class ActionStoreWorker;

// The action journal and the deployment records in LocalStore, read and written on
// the ActionStoreWorker's thread: a journal row before each action (no row, nothing
// sent) and its result after it, a protected sync's deployment record, and the reads
// and exports the Activity page asks for. Results arrive on the GUI thread, never
// inside the call that asked.
class ActionJournal : public QObject {
    Q_OBJECT
public:
    ActionJournal(ActionStoreWorker *worker, QString localUser, QObject *parent = nullptr);

    // The workstation user written into the journal.
    void setLocalUser(const QString &user) { m_localUser = user; }
    QString localUser() const { return m_localUser; }

    // A journal row for an action on `target` by `who` (the controller user), started now.
    JournalEntry entry(ActionKind kind, const ActionTarget &target, const QString &who,
                       const QString &parametersJson, const QString &reason) const;
    // Writes the row; `done` gets its id (0 when it could not be written) and the error.
    void start(const JournalEntry &entry, std::function<void(qint64 id, const QString &error)> done);
    // Records the result of row `id` (nothing when id is 0).
    void finish(qint64 id, bool ok, const QString &error);
    // What the operator is told when an action was not sent because its row could not be written.
    static QString refusal(const QString &error);

    // Writes a deployment record; `done` gets its id or the error.
    void addDeploymentRecord(const DeploymentRecord &record,
                             std::function<void(const Result<qint64> &)> done);

    // Reads → journalLoaded / deploymentRecordsLoaded; a Markdown export → exportFinished.
    void loadJournal(quint64 requestId, const JournalFilter &filter);
    void loadDeploymentRecords(quint64 requestId, int limit);
    void exportDeploymentRecord(quint64 requestId, qint64 recordId, const QString &path);

signals:
    void journalChanged(); // a row was added or updated
    void journalLoaded(quint64 requestId, const QList<sextant::JournalEntry> &entries, const QString &error);
    void deploymentRecordsLoaded(quint64 requestId, const QList<sextant::DeploymentRecord> &records,
                                 const QString &error);
    void exportFinished(quint64 requestId, const QString &path, const QString &error);

private:
    ActionStoreWorker *m_worker;
    QString m_localUser;
};

} // namespace sextant::actions
