#pragma once

// ActionService's internals, shared by its .cpp files, PauseRun and LedgerReconciler.
#include "model/actions/actionjournal.h"
#include "model/actions/actionservice.h"
#include "model/actions/actionstoreworker.h"
#include "model/actions/gitchangerunner.h"
#include "model/actions/operationrunner.h"
#include "model/actions/pauseledger.h"
#include "model/controller/controllerbackend.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace sextant {

namespace actions {

class LedgerReconciler;
using sextant::InstanceInfo; // what Sextant knows of one instance before it acts there

} // namespace actions

struct ActionService::Private {
    explicit Private(ActionService *service)
        : q(service)
    {}

    ActionService *q;
    quint64 nextRequest = 1;
    int concurrency = 8;

    QHash<quint64, QPointer<actions::PauseRun>> runs;
    int singleActions = 0;
    QSet<quint64> stopped;                    // sync selections asked to stop
    QHash<QString, SyncPreview> lastPreviews; // by app key, for deployment records
    actions::LedgerReconciler *reconciler = nullptr;
    actions::ActionJournal *journal = nullptr;      // a child of q
    actions::OperationRunner *operations = nullptr; // a child of q
    actions::PauseLedger *ledger = nullptr;         // a child of q
    actions::GitChangeRunner *git = nullptr;        // a child of q

    // appKey + '\n' + resource identity → the last adoption pushed for it.
    QHash<QString, ActionService::Adoption> adoptions;

    quint64 newRequestId() { return nextRequest++; }
    // Reads the adoptions pushed before (journal rows) into `adoptions`.
    void loadAdoptions();
    ControllerBackend *backend(const QString &instance) const;
    const Application *application(const QString &appKey) const;

    template<typename T> using BackendCall = actions::OperationRunner::BackendCall<T>;

    void runFinished(quint64 requestId);

    void finishSingle(ActionOutcome outcome);
    // One sync: guardrails, journal, POST, wait for the operation, deployment record.
    void syncOne(quint64 requestId, const QString &appKey, const SyncOptions &options,
                 const Approval &approval, const QString &batchId,
                 std::function<void(const ActionOutcome &)> done);
    // A single operation journaled before and after (refresh, terminate).
    void journaledRequest(quint64 requestId, ActionKind kind, const ActionTarget &target,
                          const QString &reason, BackendCall<Done> call, const QString &parametersJson,
                          const QString &successMessage);
    // The rollback after the pause (if any) is in place.
    void rollbackNow(quint64 requestId, const RollbackPlan &plan, const Approval &approval);
};

} // namespace sextant
