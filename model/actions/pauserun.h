#pragma once

#include "model/actions/actionservice_p.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace sextant::actions {

// One pause or resume batch over one or more instances. Per instance: list the
// apps' policies, commit the ledger rows (pending / resuming) in one transaction,
// then PATCH each app, a few at a time; a failed app is retried (read again,
// decided again) on network errors, 5xx and 429. Confirmations are written back
// in batches. Nothing is dropped: every app ends succeeded, failed or skipped.
class PauseRun : public QObject {
    Q_OBJECT
public:
    enum class Mode { Pause, Resume };
    struct Setup {
        quint64 requestId = 0;
        QString batchId;
        ActionKind kind = ActionKind::Pause; // Pause or Resume: what progress reports
        QString reason;
        QList<ActionTarget> targets;  // the scope, resolved
        QList<PauseLedgerEntry> rows; // active ledger rows this run must handle
        bool rowsDecideMode = false;  // completeInterrupted: pending → pause, resuming → resume
        bool addDenyWindows = false;
        bool removeDenyWindows = false;
        QString scopeText; // for the journal
    };

    PauseRun(ActionService::Private *d, Setup setup, QObject *parent = nullptr);
    ~PauseRun() override;

    void start();
    void stop();
    quint64 requestId() const { return m_setup.requestId; }
    std::function<void(const BatchOutcome &)> onFinished;

private:
    struct Work {
        ActionTarget target;
        Mode mode = Mode::Pause;
        std::optional<PauseLedgerEntry> row;
        std::optional<AutoReconcileState> state;
        QByteArray prior;                    // the policy to keep (pause) or restore (resume)
        std::optional<QString> expectedNote; // resume: the note the patch tests for
        int attempt = 1;
        bool done = false;
    };
    struct Instance {
        QString name;
        InstanceInfo info;
        QList<std::shared_ptr<Work>> work;
        QList<std::shared_ptr<Work>> queue; // ready to PATCH
        int inFlight = 0;
        int open = 0; // work not done yet
        qint64 journalId = 0;
        int succeeded = 0, failed = 0, skipped = 0;
        bool finished = false;
    };
    enum class Decision { Skip, Confirm, Patch, Close, Fail };

    void startInstance(Instance &instance);
    void planInstance(Instance &instance, const QList<AutoReconcileState> &states);
    Decision decide(Work &work, const Instance &instance, QString *message);
    void commitRows(Instance &instance, QList<std::shared_ptr<Work>> toWrite);
    void pump(Instance &instance);
    void patch(Instance &instance, const std::shared_ptr<Work> &work);
    void retry(Instance &instance, const std::shared_ptr<Work> &work, const Error &error);
    void recheck(Instance &instance, const std::shared_ptr<Work> &work);
    void succeed(Instance &instance, const std::shared_ptr<Work> &work, PauseLedgerEntry::State state,
                 const QString &note = {});
    void fail(Instance &instance, const std::shared_ptr<Work> &work, const QString &message,
              std::optional<PauseLedgerEntry::State> rowState);
    void skip(Instance &instance, const std::shared_ptr<Work> &work, const QString &message,
              std::optional<PauseLedgerEntry::State> rowState = std::nullopt);
    void workDone(Instance &instance, const std::shared_ptr<Work> &work);
    void queueRowUpdate(const PauseLedgerEntry &row);
    void flushRowUpdates(std::function<void()> then = {});
    void instanceFinished(Instance &instance);
    void denyWindows(std::function<void()> then);
    void finish();
    void progress(const ActionTarget &target);
    PauseLedgerEntry newRow(const Work &work, const Instance &instance) const;

    ActionService::Private *d;
    Setup m_setup;
    std::map<QString, Instance> m_instances;
    BatchOutcome m_outcome;
    int m_done = 0;
    bool m_stopped = false;
    bool m_finishing = false;
    QList<PauseLedgerEntry> m_rowUpdates;
    QTimer m_flushTimer;
    int m_flushesInFlight = 0;
    QSet<QString> m_pausedProjects; // instance + '\n' + project, for deny windows
    QElapsedTimer m_elapsed;
};

} // namespace sextant::actions
