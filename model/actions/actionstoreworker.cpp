#include "model/actions/actionstoreworker.h"

namespace sextant::actions {

ActionStoreWorker::ActionStoreWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
    // One thread that never expires: the SQLite connection stays on it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

ActionStoreWorker::~ActionStoreWorker()
{
    // Not QFuture::waitForFinished(): it may run a queued job on the waiting thread.
    m_pool.start([this] { m_store.reset(); });
    m_pool.waitForDone();
}

Status ActionStoreWorker::ensureOpen()
{
    if (m_store)
        return success();
    auto opened = LocalStore::open(m_path);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    return success();
}

} // namespace sextant::actions
