// LocalStore's action tables: journal, pause ledger, freeze windows,
// deployment records and rollback marks (schema 2).
#include "model/storage/localstore.h"
#include "model/storage/localstore_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sextant {

using namespace storage_detail;

namespace {

QVariantList ledgerValues(const PauseLedgerEntry &e)
{
    return {e.batchId, e.instance,        e.appNamespace,         e.app,      e.appKey,
            e.project, e.priorPolicyJson, toString(e.state),      e.pausedBy, timeValue(e.pausedAt),
            e.reason,  e.resumedBy,       timeValue(e.resumedAt), e.error};
}

const QString LedgerColumns = QStringLiteral(
    "batch_id, instance, app_namespace, app, app_key, project, prior_policy, state, paused_by, paused_at, "
    "reason, resumed_by, resumed_at, error");

QVariantList recordValues(const DeploymentRecord &r)
{
    return {
        r.instance,
        r.cluster,
        r.ns,
        r.app,
        r.project,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.images)).toJson(QJsonDocument::Compact)),
        r.revision,
        r.commitMessage,
        r.who,
        timeValue(r.when),
        r.reason,
        r.syncWindowState,
        r.dryRunSummary,
        r.rollbackHistoryId,
        r.result,
        r.appNamespace};
}

const QString RecordColumns = QStringLiteral(
    "instance, cluster, namespace, app, project, images, revision, commit_message, who, at, reason, "
    "sync_window, dry_run_summary, rollback_history_id, result, app_namespace");

DeploymentRecord recordFrom(const QSqlQuery &q)
{
    DeploymentRecord r;
    r.id = q.value(0).toLongLong();
    r.instance = q.value(1).toString();
    r.cluster = q.value(2).toString();
    r.ns = q.value(3).toString();
    r.app = q.value(4).toString();
    r.project = q.value(5).toString();
    for (const QJsonValue &image : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        r.images << image.toString();
    r.revision = q.value(7).toString();
    r.commitMessage = q.value(8).toString();
    r.who = q.value(9).toString();
    r.when = timeFrom(q.value(10));
    r.reason = q.value(11).toString();
    r.syncWindowState = q.value(12).toString();
    r.dryRunSummary = q.value(13).toString();
    r.rollbackHistoryId = q.value(14).toLongLong();
    r.result = q.value(15).toString();
    r.appNamespace = q.value(16).toString();
    return r;
}

} // namespace

// --- journal -----------------------------------------------------------------

Result<qint64> LocalStore::addJournalEntry(const JournalEntry &e)
{
    auto query = run(m_connectionName,
                     QStringLiteral("INSERT INTO action_journal (started_at, finished_at, local_user, "
                                    "controller_user, action, instance, cluster, namespace, app, parameters, "
                                    "reason, result, error, batch_id, app_namespace) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                     {timeValue(e.startedAt), timeValue(e.finishedAt), e.localUser, e.controllerUser,
                      e.action, e.instance, e.cluster, e.ns, e.app,
                      e.parametersJson.isEmpty() ? QStringLiteral("{}") : e.parametersJson, e.reason,
                      toString(e.result), e.error, e.batchId, e.appNamespace},
                     QStringLiteral("cannot write the action journal"));
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status LocalStore::finishJournalEntry(qint64 id, JournalEntry::Result result, const QString &error,
                                      const QDateTime &finishedAt)
{
    auto query =
        run(m_connectionName,
            QStringLiteral("UPDATE action_journal SET result = ?, error = ?, finished_at = ? WHERE id = ?"),
            {toString(result), error, timeValue(finishedAt), id},
            QStringLiteral("cannot update the action journal"));
    if (!query)
        return query.error();
    return success();
}

Result<QList<JournalEntry>> LocalStore::journal(const JournalFilter &filter)
{
    QString sql =
        QStringLiteral("SELECT id, started_at, finished_at, local_user, controller_user, action, instance, "
                       "cluster, namespace, "
                       "app, parameters, reason, result, error, batch_id, app_namespace FROM action_journal "
                       "WHERE 1 = 1");
    QVariantList values;
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND started_at >= ?");
        values << filter.since.toMSecsSinceEpoch();
    }
    const auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1StringView(column));
        values << value;
    };
    equal("instance", filter.instance);
    equal("app", filter.app);
    equal("action", filter.action);
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << (filter.limit > 0 ? filter.limit : -1);
    auto query = run(m_connectionName, sql, values, QStringLiteral("cannot read the action journal"));
    if (!query)
        return query.error();
    QList<JournalEntry> entries;
    while (query->next()) {
        JournalEntry e;
        e.id = query->value(0).toLongLong();
        e.startedAt = timeFrom(query->value(1));
        e.finishedAt = timeFrom(query->value(2));
        e.localUser = query->value(3).toString();
        e.controllerUser = query->value(4).toString();
        e.action = query->value(5).toString();
        e.instance = query->value(6).toString();
        e.cluster = query->value(7).toString();
        e.ns = query->value(8).toString();
        e.app = query->value(9).toString();
        e.parametersJson = query->value(10).toString();
        e.reason = query->value(11).toString();
        const QString result = query->value(12).toString();
        e.result = result == toString(JournalEntry::Result::Succeeded) ? JournalEntry::Result::Succeeded
                   : result == toString(JournalEntry::Result::Failed)  ? JournalEntry::Result::Failed
                                                                       : JournalEntry::Result::Started;
        e.error = query->value(13).toString();
        e.batchId = query->value(14).toString();
        e.appNamespace = query->value(15).toString();
        entries << e;
    }
    return entries;
}

// --- pause ledger ------------------------------------------------------------

Result<qint64> LocalStore::addLedgerEntry(const PauseLedgerEntry &entry)
{
    auto query = run(m_connectionName,
                     QStringLiteral("INSERT INTO pause_ledger (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                         .arg(LedgerColumns),
                     ledgerValues(entry), QStringLiteral("cannot write the pause ledger"));
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<QList<qint64>> LocalStore::addLedgerEntries(const QList<PauseLedgerEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot write the pause ledger"), db.lastError());
    QList<qint64> ids;
    for (const PauseLedgerEntry &entry : entries) {
        auto id = addLedgerEntry(entry);
        if (!id) {
            db.rollback();
            return id.error();
        }
        ids << *id;
    }
    if (!db.commit()) {
        const Error error = sqlError(QStringLiteral("cannot write the pause ledger"), db.lastError());
        db.rollback();
        return error;
    }
    return ids;
}

Status LocalStore::updateLedgerEntry(const PauseLedgerEntry &entry)
{
    QVariantList values = ledgerValues(entry);
    values << entry.id;
    auto query =
        run(m_connectionName,
            QStringLiteral("UPDATE pause_ledger SET batch_id = ?, instance = ?, app_namespace = ?, "
                           "app = ?, app_key = ?, project = ?, prior_policy = ?, state = ?, "
                           "paused_by = ?, paused_at = ?, reason = ?, resumed_by = ?, resumed_at = ?, "
                           "error = ? WHERE id = ?"),
            values, QStringLiteral("cannot update the pause ledger"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{QStringLiteral("cannot update the pause ledger: no row %1").arg(entry.id)};
    return success();
}

Status LocalStore::updateLedgerEntries(const QList<PauseLedgerEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot update the pause ledger"), db.lastError());
    for (const PauseLedgerEntry &entry : entries) {
        if (auto updated = updateLedgerEntry(entry); !updated) {
            db.rollback();
            return updated.error();
        }
    }
    if (!db.commit()) {
        const Error error = sqlError(QStringLiteral("cannot update the pause ledger"), db.lastError());
        db.rollback();
        return error;
    }
    return success();
}

Result<QList<PauseLedgerEntry>> LocalStore::ledger(bool activeOnly)
{
    const QString where =
        activeOnly ? QStringLiteral(" WHERE state IN ('pending', 'paused', 'resuming')") : QString();
    auto query =
        run(m_connectionName,
            QStringLiteral("SELECT id, %1 FROM pause_ledger%2 ORDER BY id").arg(LedgerColumns, where), {},
            QStringLiteral("cannot read the pause ledger"));
    if (!query)
        return query.error();
    QList<PauseLedgerEntry> entries;
    while (query->next()) {
        PauseLedgerEntry e;
        e.id = query->value(0).toLongLong();
        e.batchId = query->value(1).toString();
        e.instance = query->value(2).toString();
        e.appNamespace = query->value(3).toString();
        e.app = query->value(4).toString();
        e.appKey = query->value(5).toString();
        e.project = query->value(6).toString();
        e.priorPolicyJson = query->value(7).toString();
        e.state = parsePauseState(query->value(8).toString());
        e.pausedBy = query->value(9).toString();
        e.pausedAt = timeFrom(query->value(10));
        e.reason = query->value(11).toString();
        e.resumedBy = query->value(12).toString();
        e.resumedAt = timeFrom(query->value(13));
        e.error = query->value(14).toString();
        entries << e;
    }
    return entries;
}

// --- freeze windows ----------------------------------------------------------

Result<qint64> LocalStore::addFreezeWindow(const FreezeWindowEntry &e)
{
    auto query =
        run(m_connectionName,
            QStringLiteral("INSERT INTO freeze_windows (batch_id, instance, project, window, description, "
                           "active) VALUES (?,?,?,?,?,?)"),
            {e.batchId, e.instance, e.project, e.windowJson, e.description, e.active ? 1 : 0},
            QStringLiteral("cannot record the deny window"));
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status LocalStore::setFreezeWindowActive(qint64 id, bool active)
{
    auto query = run(m_connectionName, QStringLiteral("UPDATE freeze_windows SET active = ? WHERE id = ?"),
                     {active ? 1 : 0, id}, QStringLiteral("cannot update the deny window record"));
    if (!query)
        return query.error();
    return success();
}

Result<QList<FreezeWindowEntry>> LocalStore::freezeWindows(bool activeOnly)
{
    auto query =
        run(m_connectionName,
            QStringLiteral("SELECT id, batch_id, instance, project, window, description, active FROM "
                           "freeze_windows%1 ORDER BY id")
                .arg(activeOnly ? QStringLiteral(" WHERE active = 1") : QString()),
            {}, QStringLiteral("cannot read the deny window records"));
    if (!query)
        return query.error();
    QList<FreezeWindowEntry> entries;
    while (query->next())
        entries << FreezeWindowEntry{query->value(0).toLongLong(), query->value(1).toString(),
                                     query->value(2).toString(),   query->value(3).toString(),
                                     query->value(4).toString(),   query->value(5).toString(),
                                     query->value(6).toInt() != 0};
    return entries;
}

// --- deployment records ------------------------------------------------------

Result<qint64> LocalStore::addDeploymentRecord(const DeploymentRecord &record)
{
    auto query =
        run(m_connectionName,
            QStringLiteral("INSERT INTO deployment_records (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .arg(RecordColumns),
            recordValues(record), QStringLiteral("cannot write the deployment record"));
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status LocalStore::updateDeploymentRecord(const DeploymentRecord &record)
{
    QVariantList values = recordValues(record);
    values << record.id;
    auto query =
        run(m_connectionName,
            QStringLiteral("UPDATE deployment_records SET instance = ?, cluster = ?, namespace = ?, "
                           "app = ?, project = ?, images = ?, revision = ?, commit_message = ?, who = ?, "
                           "at = ?, reason = ?, sync_window = ?, dry_run_summary = ?, "
                           "rollback_history_id = ?, result = ?, app_namespace = ? WHERE id = ?"),
            values, QStringLiteral("cannot update the deployment record"));
    if (!query)
        return query.error();
    return success();
}

Result<QList<DeploymentRecord>> LocalStore::deploymentRecords(int limit)
{
    auto query = run(
        m_connectionName,
        QStringLiteral("SELECT id, %1 FROM deployment_records ORDER BY id DESC LIMIT ?").arg(RecordColumns),
        {limit > 0 ? limit : -1}, QStringLiteral("cannot read the deployment records"));
    if (!query)
        return query.error();
    QList<DeploymentRecord> records;
    while (query->next())
        records << recordFrom(*query);
    return records;
}

Result<DeploymentRecord> LocalStore::deploymentRecord(qint64 id)
{
    auto query = run(m_connectionName,
                     QStringLiteral("SELECT id, %1 FROM deployment_records WHERE id = ?").arg(RecordColumns),
                     {id}, QStringLiteral("cannot read the deployment record"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QStringLiteral("there is no deployment record %1").arg(id)};
    return recordFrom(*query);
}

// --- rollback marks ----------------------------------------------------------

Status LocalStore::setRollbackMark(const RollbackMark &mark)
{
    auto query = run(m_connectionName,
                     QStringLiteral("INSERT OR REPLACE INTO rollback_marks (app_key, history_id, revision, "
                                    "git_wants, at) VALUES (?,?,?,?,?)"),
                     {mark.appKey, mark.historyId, mark.revision, mark.gitWants, timeValue(mark.at)},
                     QStringLiteral("cannot record the rollback"));
    if (!query)
        return query.error();
    return success();
}

Status LocalStore::clearRollbackMark(const QString &appKey)
{
    auto query = run(m_connectionName, QStringLiteral("DELETE FROM rollback_marks WHERE app_key = ?"),
                     {appKey}, QStringLiteral("cannot clear the rollback mark"));
    if (!query)
        return query.error();
    return success();
}

Result<QList<RollbackMark>> LocalStore::rollbackMarks()
{
    auto query = run(m_connectionName,
                     QStringLiteral("SELECT app_key, history_id, revision, git_wants, at FROM rollback_marks "
                                    "ORDER BY app_key"),
                     {}, QStringLiteral("cannot read the rollback marks"));
    if (!query)
        return query.error();
    QList<RollbackMark> marks;
    while (query->next())
        marks << RollbackMark{query->value(0).toString(), query->value(1).toLongLong(),
                              query->value(2).toString(), query->value(3).toString(),
                              timeFrom(query->value(4))};
    return marks;
}

} // namespace sextant
