#include "model/actions/operationrunner.h"

#include "model/fleet/fleetconnector.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <memory>

namespace sextant::actions {

OperationRunner::OperationRunner(FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
{}

ControllerBackend *OperationRunner::backend(const QString &instance) const
{
    return m_connector->backend(instance);
}

void OperationRunner::setRetryPolicy(int attempts, std::chrono::milliseconds firstDelay)
{
    m_retryAttempts = std::max(1, attempts);
    m_firstRetryDelay = firstDelay;
}

bool OperationRunner::retryable(const Error &error)
{
    return error.code == 0 || error.code >= 500 || error.code == 429 || error.code == 408;
}

std::chrono::milliseconds OperationRunner::retryDelay(int attempt) const
{
    return m_firstRetryDelay * (1 << std::clamp(attempt - 1, 0, 10));
}

void OperationRunner::withInstanceInfo(const QString &instance,
                                       std::function<void(const InstanceInfo *, const QString &)> done)
{
    if (auto it = m_instances.constFind(instance); it != m_instances.constEnd()) {
        const InstanceInfo info = *it;
        QTimer::singleShot(0, this, [done, info] { done(&info, {}); });
        return;
    }
    auto &waiters = m_infoWaiters[instance];
    waiters << std::move(done);
    if (waiters.size() > 1)
        return; // already asking
    const auto finish = [this, instance](const InstanceInfo *info, const QString &error) {
        if (info)
            m_instances.insert(instance, *info);
        const auto list = m_infoWaiters.take(instance);
        for (const auto &waiter : list)
            waiter(info, error);
    };
    withRetry<InstanceInfo>(
        instance, [](ControllerBackend &backend, auto done) { backend.instanceInfo(std::move(done)); },
        [finish](Result<InstanceInfo> info) {
            if (!info)
                return finish(nullptr, info.errorMessage());
            finish(&*info, {});
        });
}

void OperationRunner::awaitOperation(const ActionTarget &target, const QDateTime &notBefore,
                                     std::function<void(Result<OperationResult>)> done)
{
    const QDeadlineTimer deadline(m_operationTimeout);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, target, notBefore, done, deadline, weak = std::weak_ptr(poll)] {
        // The pending answer holds the poller; the poller never holds itself.
        auto again = weak.lock();
        const AppRef app = target.ref();
        withRetry<OperationResult>(
            target.instance,
            [app](ControllerBackend &backend, auto answer) { backend.operation(app, answer); },
            [=, this](Result<OperationResult> result) {
                if (!result)
                    return done(result.error());
                const bool ours = !notBefore.isValid() || !result->startedAt.isValid() ||
                                  result->startedAt >= notBefore.addSecs(-2);
                if (result->finished() && ours)
                    return done(*result);
                if (deadline.hasExpired())
                    return done(
                        Error{QStringLiteral("The operation on %1 did not finish within %2 s; it goes on "
                                             "on the server.")
                                  .arg(target.label())
                                  .arg(m_operationTimeout.count() / 1000)});
                QTimer::singleShot(m_pollInterval, this, [again] { (*again)(); });
            });
    };
    // The first look waits one interval: the controller has just been asked.
    QTimer::singleShot(m_pollInterval, this, [poll] { (*poll)(); });
}

} // namespace sextant::actions
