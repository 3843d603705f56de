#pragma once

#include "model/result.h"
#include "model/storage/localstore.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace sextant::actions {

// The ActionService's LocalStore, on a thread of its own: SQLite connections
// belong to one thread, and committing the pause ledger (synchronous=FULL) must
// not block the GUI. Jobs run one at a time in the order they were queued, so a
// ledger row is committed before any job queued after it.
class ActionStoreWorker {
public:
    explicit ActionStoreWorker(QString databasePath);
    ~ActionStoreWorker(); // closes the database after the queued jobs

    // Runs `job` on the store thread; opens the database first when needed (an
    // open failure is the job's Error).
    template<typename T> QFuture<Result<T>> run(std::function<Result<T>(LocalStore &)> job)
    {
        return QtConcurrent::run(&m_pool, [this, job = std::move(job)]() -> Result<T> {
            if (auto opened = ensureOpen(); !opened)
                return opened.error();
            return job(*m_store);
        });
    }

    QString path() const { return m_path; }

private:
    Status ensureOpen(); // store thread only

    QString m_path;
    std::unique_ptr<LocalStore> m_store; // touched on the store thread only
    QThreadPool m_pool;
};

} // namespace sextant::actions
