#include "model/actions/actionservice.h"

#include "model/actions/actionservice_p.h"
#include "model/actions/ledgerreconciler.h"
#include "model/actions/pauserun.h"
#include "model/fleet/fleetstore.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace sextant {

namespace {

QString defaultLocalUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

// --- Private ------------------------------------------------------------------

ControllerBackend *ActionService::Private::backend(const QString &instance) const
{
    return operations->backend(instance);
}

const Application *ActionService::Private::application(const QString &appKey) const
{
    return q->m_store->application(appKey);
}

void ActionService::Private::runFinished(quint64 requestId)
{
    if (auto run = runs.take(requestId))
        run->deleteLater();
}

// --- ActionService --------------------------------------------------------------

ActionService::ActionService(FleetStore *store, FleetConnector *connector, QString databasePath,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_connector(connector)
    , m_databasePath(std::move(databasePath))
    , m_worker(std::make_unique<actions::ActionStoreWorker>(m_databasePath))
    , d(std::make_unique<Private>(this))
    , m_policy(store)
{
    qRegisterMetaType<ActionOutcome>();
    qRegisterMetaType<BatchProgress>();
    qRegisterMetaType<BatchOutcome>();
    qRegisterMetaType<PauseBanner>();
    qRegisterMetaType<InterruptedWork>();
    qRegisterMetaType<SyncPreview>();
    qRegisterMetaType<SyncWindowState>();
    d->operations = new actions::OperationRunner(m_connector, this);
    d->journal = new actions::ActionJournal(m_worker.get(), defaultLocalUser(), this);
    connect(d->journal, &actions::ActionJournal::journalChanged, this, &ActionService::journalChanged);
    connect(d->journal, &actions::ActionJournal::journalLoaded, this, &ActionService::journalLoaded);
    connect(d->journal, &actions::ActionJournal::deploymentRecordsLoaded, this,
            &ActionService::deploymentRecordsLoaded);
    connect(d->journal, &actions::ActionJournal::exportFinished, this, &ActionService::exportFinished);
    d->ledger = new actions::PauseLedger(
        m_worker.get(), [d = d.get()] { return !d->runs.isEmpty(); }, this);
    connect(d->ledger, &actions::PauseLedger::pauseStateChanged, this, &ActionService::pauseStateChanged);
    connect(d->ledger, &actions::PauseLedger::interruptedWorkFound, this,
            &ActionService::interruptedWorkFound);
    connect(d->ledger, &actions::PauseLedger::rollbackMarksChanged, this,
            &ActionService::rollbackMarksChanged);
    connect(d->ledger, &actions::PauseLedger::storeFailed, this, &ActionService::storeFailed);
    d->git = new actions::GitChangeRunner(m_store, &m_policy, d->journal, this);
    d->reconciler = new actions::LedgerReconciler(d.get(), m_store, this);
    connect(d->ledger, &actions::PauseLedger::reloaded, d->reconciler, &actions::LedgerReconciler::schedule);
    // A new rollback mark is looked at while the app is still out of sync.
    connect(d->ledger, &actions::PauseLedger::rollbackMarksChanged, d->reconciler,
            &actions::LedgerReconciler::schedule);
    connect(d->ledger, &actions::PauseLedger::rollbackMarksChanged, d->reconciler,
            &actions::LedgerReconciler::markAdded);
}

ActionService::~ActionService()
{
    delete d->reconciler; // it reaches into d
    d->reconciler = nullptr;
    for (const auto &run : std::as_const(d->runs))
        delete run.data();
    d->runs.clear();
    m_worker.reset(); // waits for queued SQLite work
}

void ActionService::start()
{
    d->ledger->reload([this] {
        d->loadAdoptions();
        m_ready = true;
        QTimer::singleShot(0, this, &ActionService::ready);
    });
}

void ActionService::setRetryPolicy(int attempts, std::chrono::milliseconds firstDelay)
{
    d->operations->setRetryPolicy(attempts, firstDelay);
}

void ActionService::setLedgerCheckDelay(std::chrono::milliseconds delay)
{
    d->reconciler->setDelay(delay);
}

void ActionService::setConcurrency(int perInstance)
{
    d->concurrency = std::max(1, perInstance);
}

void ActionService::setLocalUser(const QString &user)
{
    d->journal->setLocalUser(user);
}

QString ActionService::localUser() const
{
    return d->journal->localUser();
}

QString ActionService::controllerUser(const QString &instance) const
{
    return d->operations->controllerUser(instance);
}

ActionTarget ActionService::target(const QString &appKey) const
{
    return m_policy.target(appKey);
}

QList<ActionTarget> ActionService::resolveScope(const ActionScope &scope) const
{
    return m_policy.resolveScope(scope);
}

QList<ScopeCount> ActionService::countScope(const ActionScope &scope) const
{
    return m_policy.countScope(scope, [this](const QString &appKey) { return d->ledger->isPaused(appKey); });
}

GuardrailCheck ActionService::checkGuardrails(const QString &appKey) const
{
    return m_policy.checkGuardrails(appKey);
}

QString ActionService::approvalProblem(const QString &appKey, const Approval &approval) const
{
    return m_policy.approvalProblem(appKey, approval);
}

RollbackPlan ActionService::explainRollback(const QString &appKey, qint64 historyId) const
{
    return m_policy.explainRollback(appKey, historyId);
}

QString ActionService::rollbackNote(const QString &appKey) const
{
    const RollbackMark *mark = d->ledger->rollbackMark(appKey);
    if (!mark)
        return {};
    return tr("rolled back — Git still wants %1")
        .arg(mark->gitWants.isEmpty() ? QStringLiteral("HEAD") : mark->gitWants);
}

// --- journal and records ------------------------------------------------------------

quint64 ActionService::loadJournal(const JournalFilter &filter)
{
    const quint64 id = d->newRequestId();
    d->journal->loadJournal(id, filter);
    return id;
}

quint64 ActionService::loadDeploymentRecords(int limit)
{
    const quint64 id = d->newRequestId();
    d->journal->loadDeploymentRecords(id, limit);
    return id;
}

quint64 ActionService::exportDeploymentRecord(qint64 recordId, const QString &path)
{
    const quint64 id = d->newRequestId();
    d->journal->exportDeploymentRecord(id, recordId, path);
    return id;
}

void ActionService::setAnnotation(const QString &appKey, const QString &key,
                                  const std::optional<QString> &value,
                                  std::function<void(const QString &error)> done)
{
    const Application *app = d->application(appKey);
    ControllerBackend *backend = app ? d->backend(app->instance) : nullptr;
    if (!app || !backend) {
        QTimer::singleShot(0, this,
                           [done, appKey] { done(tr("%1 is not in a connected instance").arg(appKey)); });
        return;
    }
    backend->setAnnotation(app->ref(), key, value, [self = QPointer(this), done](Result<Done> written) {
        if (self)
            done(written ? QString() : written.errorMessage());
    });
}

} // namespace sextant
