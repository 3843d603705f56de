#include "model/actions/actionjournal.h"

#include "model/actions/actionstoreworker.h"
#include "model/logging.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimer>

namespace sextant::actions {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace

ActionJournal::ActionJournal(ActionStoreWorker *worker, QString localUser, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_localUser(std::move(localUser))
{}

JournalEntry ActionJournal::entry(ActionKind kind, const ActionTarget &target, const QString &who,
                                  const QString &parametersJson, const QString &reason) const
{
    JournalEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.localUser = m_localUser;
    entry.controllerUser = who;
    entry.action = toString(kind);
    entry.instance = target.instance;
    entry.cluster = target.cluster;
    entry.ns = target.ns;
    entry.app = target.app;
    entry.appNamespace = target.appNamespace;
    entry.parametersJson = parametersJson.isEmpty() ? QStringLiteral("{}") : parametersJson;
    entry.reason = reason;
    return entry;
}

void ActionJournal::start(const JournalEntry &entry, std::function<void(qint64, const QString &)> done)
{
    m_worker->run<qint64>([entry](LocalStore &store) { return store.addJournalEntry(entry); })
        .then(this, [this, done](const Result<qint64> &id) {
            if (!id)
                qCWarning(lcModel) << "action journal not written:" << id.errorMessage();
            emit journalChanged();
            done(id ? *id : 0, id.errorMessage());
        });
}

void ActionJournal::finish(qint64 id, bool ok, const QString &error)
{
    if (id <= 0)
        return;
    const auto result = ok ? JournalEntry::Result::Succeeded : JournalEntry::Result::Failed;
    m_worker
        ->run<Done>([id, result, error](LocalStore &store) {
            return store.finishJournalEntry(id, result, error, QDateTime::currentDateTimeUtc());
        })
        .then(this, [this](const Status &status) {
            if (!status)
                qCWarning(lcModel) << "action journal not updated:" << status.errorMessage();
            emit journalChanged();
        });
}

// The text keeps the translation context of ActionService, which reports it.
QString ActionJournal::refusal(const QString &error)
{
    return QCoreApplication::translate("sextant::ActionService",
                                       "Nothing was sent: the action journal could not be written (%1).")
        .arg(error);
}

void ActionJournal::addDeploymentRecord(const DeploymentRecord &record,
                                        std::function<void(const Result<qint64> &)> done)
{
    m_worker->run<qint64>([record](LocalStore &store) { return store.addDeploymentRecord(record); })
        .then(this, [done](const Result<qint64> &recordId) { done(recordId); });
}

void ActionJournal::loadJournal(quint64 requestId, const JournalFilter &filter)
{
    m_worker->run<QList<JournalEntry>>([filter](LocalStore &store) { return store.journal(filter); })
        .then(this, [this, requestId](const Result<QList<JournalEntry>> &entries) {
            // Never inside the call, even when the job was done before then() attached.
            QTimer::singleShot(0, this, [this, requestId, entries] {
                emit journalLoaded(requestId, entries ? *entries : QList<JournalEntry>(),
                                   entries.errorMessage());
            });
        });
}

void ActionJournal::loadDeploymentRecords(quint64 requestId, int limit)
{
    m_worker
        ->run<QList<DeploymentRecord>>([limit](LocalStore &store) { return store.deploymentRecords(limit); })
        .then(this, [this, requestId](const Result<QList<DeploymentRecord>> &records) {
            QTimer::singleShot(0, this, [this, requestId, records] {
                emit deploymentRecordsLoaded(requestId, records ? *records : QList<DeploymentRecord>(),
                                             records.errorMessage());
            });
        });
}

void ActionJournal::exportDeploymentRecord(quint64 requestId, qint64 recordId, const QString &path)
{
    m_worker
        ->run<Done>([recordId, path](LocalStore &store) -> Status {
            auto record = store.deploymentRecord(recordId);
            if (!record)
                return record.error();
            return writeFile(path, deploymentRecordToMarkdown(*record).toUtf8());
        })
        .then(this, [this, requestId, path](const Status &status) {
            QTimer::singleShot(0, this, [this, requestId, path, status] {
                emit exportFinished(requestId, path, status.errorMessage());
            });
        });
}

} // namespace sextant::actions
