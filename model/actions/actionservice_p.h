#pragma once

// ActionService's internals, shared by its .cpp files and PauseRun.
#include "model/actions/actionjournal.h"
#include "model/actions/actionservice.h"
#include "model/actions/actionstoreworker.h"
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
    int retryAttempts = 4;
    std::chrono::milliseconds firstRetryDelay{250};
    int concurrency = 8;
    std::chrono::milliseconds pollInterval{300};
    std::chrono::milliseconds operationTimeout{600000};

    QHash<QString, actions::InstanceInfo> instances; // loaded once per instance
    QHash<QString, QList<std::function<void(const actions::InstanceInfo *, const QString &)>>> infoWaiters;
    QHash<quint64, QPointer<actions::PauseRun>> runs;
    int singleActions = 0;
    QSet<quint64> stopped; // sync selections asked to stop
    QHash<QString, RollbackMark> rollbackMarks;
    QHash<QString, SyncPreview> lastPreviews; // by app key, for deployment records
    QSet<QString> closingInstances;           // closePausesOf() under way: their rows are not shown
    actions::LedgerReconciler *reconciler = nullptr;
    actions::ActionJournal *journal = nullptr; // a child of q

    quint64 newRequestId() { return nextRequest++; }
    ControllerBackend *backend(const QString &instance) const;
    const Application *application(const QString &appKey) const;

    // The instance's version and user, fetched once.
    void withInstanceInfo(const QString &instance,
                          std::function<void(const actions::InstanceInfo *info, const QString &error)> done);
    // A backend call retried on network errors, 5xx and 429 (for reads and idempotent writes).
    template<typename T>
    using BackendCall = std::function<void(ControllerBackend &backend, ControllerBackend::Callback<T> done)>;
    template<typename T>
    void withRetry(const QString &instance, BackendCall<T> call, ControllerBackend::Callback<T> done,
                   int attempt = 1);
    // Runs `call` on the instance's backend, or answers "not connected" on the next turn.
    template<typename T>
    void withBackend(const QString &instance, BackendCall<T> call, ControllerBackend::Callback<T> done);
    std::chrono::milliseconds retryDelay(int attempt) const;
    static bool retryable(const Error &error);

    // Reloads the active ledger rows and rollback marks; updates banner and interrupted work.
    void reloadLedger(std::function<void()> then = {});
    void runFinished(quint64 requestId);

    // Polls the app until its operation has finished (or the timeout); done gets the result.
    void awaitOperation(const ActionTarget &target, const QDateTime &notBefore,
                        std::function<void(Result<OperationResult>)> done);

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

template<typename T>
void ActionService::Private::withBackend(const QString &instance, BackendCall<T> call,
                                         ControllerBackend::Callback<T> done)
{
    ControllerBackend *b = backend(instance);
    if (!b) {
        QTimer::singleShot(0, q, [done, instance] {
            done(Error{QStringLiteral("Sextant is not connected to the instance %1.").arg(instance)});
        });
        return;
    }
    call(*b, std::move(done));
}

template<typename T>
void ActionService::Private::withRetry(const QString &instance, BackendCall<T> call,
                                       ControllerBackend::Callback<T> done, int attempt)
{
    withBackend<T>(instance, call, [=, this](Result<T> answer) {
        if (answer || !retryable(answer.error()) || attempt >= retryAttempts)
            return done(std::move(answer));
        QTimer::singleShot(retryDelay(attempt), q,
                           [=, this] { withRetry<T>(instance, call, done, attempt + 1); });
    });
}

} // namespace sextant
