// LocalStore's rollout runs (schema 4): one row per run, written with compare and swap.
#include "model/storage/localstore.h"
#include "model/storage/localstore_p.h"

using namespace Qt::StringLiterals;

namespace sextant {

using namespace storage_detail;

namespace {

const QString RolloutColumns = u"id, plan_name, state, version, updated_at, document"_s;

StoredRollout rolloutFrom(const QSqlQuery &query)
{
    return StoredRollout{query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toLongLong(),
                         timeFrom(query.value(4)),  query.value(5).toString().toUtf8()};
}

} // namespace

Result<qint64> LocalStore::saveRollout(const StoredRollout &run, qint64 expectedVersion)
{
    const qint64 version = expectedVersion + 1;
    const QString text = QString::fromUtf8(run.document);
    const QDateTime at = run.updatedAt.isValid() ? run.updatedAt : QDateTime::currentDateTimeUtc();
    if (expectedVersion == 0) {
        auto query = storage_detail::run(
            m_connectionName, u"INSERT INTO rollout_runs (%1) VALUES (?,?,?,?,?,?)"_s.arg(RolloutColumns),
            {run.id, run.planName, run.state, version, timeValue(at), text},
            u"cannot record the rollout %1"_s.arg(run.planName));
        if (!query)
            return query.error();
        return version;
    }
    auto query =
        storage_detail::run(m_connectionName,
                            u"UPDATE rollout_runs SET plan_name = ?, state = ?, version = ?, updated_at = ?, "
                            "document = ? WHERE id = ? AND version = ?"_s,
                            {run.planName, run.state, version, timeValue(at), text, run.id, expectedVersion},
                            u"cannot record the rollout %1"_s.arg(run.planName));
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{u"the rollout %1 was changed elsewhere (by another window or `sextant rollout`); "
                     "read it again"_s.arg(run.planName)};
    return version;
}

Result<std::optional<StoredRollout>> LocalStore::rollout(const QString &id)
{
    auto query = storage_detail::run(m_connectionName,
                                     u"SELECT %1 FROM rollout_runs WHERE id = ?"_s.arg(RolloutColumns), {id},
                                     u"cannot read the rollout"_s);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredRollout>();
    return std::optional<StoredRollout>(rolloutFrom(*query));
}

Result<QList<StoredRollout>> LocalStore::rollouts()
{
    auto query = storage_detail::run(
        m_connectionName, u"SELECT %1 FROM rollout_runs ORDER BY updated_at DESC, id"_s.arg(RolloutColumns),
        {}, u"cannot read the rollouts"_s);
    if (!query)
        return query.error();
    QList<StoredRollout> runs;
    while (query->next())
        runs << rolloutFrom(*query);
    return runs;
}

} // namespace sextant
