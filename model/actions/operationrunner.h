#pragma once

#include "model/actions/actiontypes.h"
#include "model/controller/controllerbackend.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sextant {

class FleetConnector;

namespace actions {

// The calls of actions to each instance's ControllerBackend: a call answered
// "not connected" when there is no backend, retries with a doubling delay on
// network errors, 5xx, 408 and 429, the instance's version and user fetched once,
// and polling an app until its operation has finished. Answers never arrive inside
// the call that asked for them.
class OperationRunner : public QObject {
    Q_OBJECT
public:
    explicit OperationRunner(FleetConnector *connector, QObject *parent = nullptr);

    // The instance's backend; null when Sextant is not connected to it.
    ControllerBackend *backend(const QString &instance) const;

    // Attempts per call (at least 1; default 4) and the first delay (default 250 ms, doubling).
    void setRetryPolicy(int attempts, std::chrono::milliseconds firstDelay);
    int retryAttempts() const { return m_retryAttempts; }
    // The delay before attempt `attempt + 1`.
    std::chrono::milliseconds retryDelay(int attempt) const;
    // Network errors (code 0), 5xx, 408 and 429.
    static bool retryable(const Error &error);

    // A call of the backend, given the backend and where to answer.
    template<typename T>
    using BackendCall = std::function<void(ControllerBackend &backend, ControllerBackend::Callback<T> done)>;
    // Runs `call` on the instance's backend, or answers "not connected" on the next turn.
    template<typename T>
    void withBackend(const QString &instance, BackendCall<T> call, ControllerBackend::Callback<T> done);
    // withBackend, retried while the error is retryable (for reads and idempotent writes).
    template<typename T>
    void withRetry(const QString &instance, BackendCall<T> call, ControllerBackend::Callback<T> done,
                   int attempt = 1);

    // The instance's version and user, fetched once (callers asking meanwhile wait for
    // the same answer); `info` is null on failure, with `error` saying why.
    void withInstanceInfo(const QString &instance,
                          std::function<void(const InstanceInfo *info, const QString &error)> done);
    // The controller user of an instance whose info was fetched; else empty.
    QString controllerUser(const QString &instance) const { return m_instances.value(instance).user; }

    // Polls the app until its operation (started at `notBefore` or later) has finished,
    // or gives up after the operation timeout (10 min); `done` gets the result.
    void awaitOperation(const ActionTarget &target, const QDateTime &notBefore,
                        std::function<void(Result<OperationResult>)> done);

private:
    FleetConnector *m_connector;
    int m_retryAttempts = 4;
    std::chrono::milliseconds m_firstRetryDelay{250};
    std::chrono::milliseconds m_pollInterval{300};
    std::chrono::milliseconds m_operationTimeout{600000};
    QHash<QString, InstanceInfo> m_instances; // loaded once per instance
    QHash<QString, QList<std::function<void(const InstanceInfo *, const QString &)>>> m_infoWaiters;
};

template<typename T>
void OperationRunner::withBackend(const QString &instance, BackendCall<T> call,
                                  ControllerBackend::Callback<T> done)
{
    ControllerBackend *b = backend(instance);
    if (!b) {
        QTimer::singleShot(0, this, [done, instance] {
            done(Error{QStringLiteral("Sextant is not connected to the instance %1.").arg(instance)});
        });
        return;
    }
    call(*b, std::move(done));
}

template<typename T>
void OperationRunner::withRetry(const QString &instance, BackendCall<T> call,
                                ControllerBackend::Callback<T> done, int attempt)
{
    withBackend<T>(instance, call, [=, this](Result<T> answer) {
        if (answer || !retryable(answer.error()) || attempt >= m_retryAttempts)
            return done(std::move(answer));
        QTimer::singleShot(retryDelay(attempt), this,
                           [=, this] { withRetry<T>(instance, call, done, attempt + 1); });
    });
}

} // namespace actions
} // namespace sextant
