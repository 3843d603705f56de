#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

namespace sextant {

// Runs `work` on `pool`, then `apply(result)` on `owner`'s thread, always through its event
// loop: QFuture::then(context, …) runs the continuation at once when the work has already
// finished, which would emit signals from inside the call that started the work. The owner
// waits for the pool in its destructor; a call queued for a deleted owner is dropped.
template<typename Work, typename Apply>
void runThenApply(QThreadPool &pool, QObject *owner, Work work, Apply apply)
{
    pool.start([owner, work = std::move(work), apply = std::move(apply)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            owner,
            [apply = std::move(apply), result = std::move(result)]() mutable { apply(std::move(result)); },
            Qt::QueuedConnection);
    });
}

} // namespace sextant
