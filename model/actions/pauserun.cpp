#include "model/actions/pauserun.h"

#include "model/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sextant::actions {

namespace {

using State = PauseLedgerEntry::State;

} // namespace

PauseRun::PauseRun(ActionService::Private *dd, Setup setup, QObject *parent)
    : QObject(parent)
    , d(dd)
    , m_setup(std::move(setup))
{
    m_outcome.requestId = m_setup.requestId;
    m_outcome.batchId = m_setup.batchId;
    m_outcome.kind = m_setup.kind;
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushRowUpdates(); });
}

PauseRun::~PauseRun() = default;

void PauseRun::start()
{
    m_elapsed.start();
    // The work: the scope's apps, plus the ledger rows this run must handle.
    const Mode defaultMode = m_setup.kind == ActionKind::Resume ? Mode::Resume : Mode::Pause;
    QSet<QString> seen;
    for (const PauseLedgerEntry &row : std::as_const(m_setup.rows)) {
        auto work = std::make_shared<Work>();
        const Application *app = d->application(row.appKey);
        work->target =
            app ? d->q->target(row.appKey)
                : ActionTarget{row.appKey, row.instance, {}, {}, row.app, row.appNamespace, row.project};
        work->row = row;
        work->mode =
            m_setup.rowsDecideMode
                ? (row.state == State::Resuming || row.state == State::Paused ? Mode::Resume : Mode::Pause)
                : defaultMode;
        Instance &instance = m_instances[row.instance];
        instance.name = row.instance;
        instance.work << work;
        seen.insert(row.appKey);
    }
    for (const ActionTarget &target : std::as_const(m_setup.targets)) {
        if (seen.contains(target.appKey))
            continue;
        seen.insert(target.appKey);
        auto work = std::make_shared<Work>();
        work->target = target;
        work->mode = defaultMode;
        Instance &instance = m_instances[target.instance];
        instance.name = target.instance;
        instance.work << work;
    }
    m_outcome.total = int(seen.size());
    if (m_instances.empty()) {
        QTimer::singleShot(0, this, &PauseRun::finish);
        return;
    }
    for (auto &[name, instance] : m_instances) {
        instance.open = int(instance.work.size());
        startInstance(instance);
    }
}

void PauseRun::stop()
{
    m_stopped = true;
}

void PauseRun::startInstance(Instance &instance)
{
    Instance *inst = &instance;
    d->operations->withInstanceInfo(instance.name, [this, inst, self = QPointer(this)](
                                                       const InstanceInfo *info, const QString &error) {
        if (!self)
            return;
        if (!info) {
            for (const auto &work : std::as_const(inst->work))
                fail(*inst, work, error, std::nullopt);
            return;
        }
        inst->info = *info;
        d->operations->withRetry<QList<AutoReconcileState>>(
            inst->name, [](ControllerBackend &backend, auto answer) { backend.autoReconcileStates(answer); },
            [this, inst, self](Result<QList<AutoReconcileState>> states) {
                if (!self)
                    return;
                if (!states) {
                    for (const auto &work : std::as_const(inst->work))
                        fail(*inst, work,
                             QStringLiteral("cannot list the apps: %1").arg(states.errorMessage()),
                             std::nullopt);
                    return;
                }
                planInstance(*inst, *states);
            });
    });
}

PauseLedgerEntry PauseRun::newRow(const Work &work, const Instance &instance) const
{
    PauseLedgerEntry row;
    row.batchId = m_setup.batchId;
    row.instance = instance.name;
    row.appNamespace = work.target.appNamespace;
    row.app = work.target.app;
    row.appKey = work.target.appKey;
    row.project = work.state ? work.state->project : work.target.project;
    row.pausedBy = instance.info.user.isEmpty() ? d->q->localUser() : instance.info.user;
    row.pausedAt = QDateTime::currentDateTimeUtc();
    row.reason = m_setup.reason;
    return row;
}

PauseRun::Decision PauseRun::decide(Work &work, const Instance &instance, QString *message)
{
    if (!work.state) {
        // Argo CD answers 403 both for an app that is gone and for one the account may not see.
        *message = QStringLiteral("the app was not found in namespace %1 on %2 or not permitted")
                       .arg(work.target.appNamespace.isEmpty() ? QStringLiteral("(the server's own)")
                                                               : work.target.appNamespace,
                            instance.name);
        return work.row ? Decision::Close : Decision::Fail;
    }
    const AutoReconcileState &state = *work.state;
    std::optional<PauseNote> note;
    if (state.pauseNote)
        if (auto decoded = decodePauseNote(*state.pauseNote))
            note = *decoded;

    if (work.mode == Mode::Pause) {
        if (state.pauseNote && !state.on) {
            // Paused by Sextant already (here or on another workstation): keep the first prior policy.
            work.prior = note ? note->priorPolicyJson
                              : (work.row ? work.row->priorPolicyJson.toUtf8() : state.settingJson);
            *message = QStringLiteral("already paused");
            return Decision::Confirm;
        }
        if (!state.on) {
            *message = state.present ? QStringLiteral("auto-sync is already paused (not by Sextant)")
                                     : QStringLiteral("auto-sync is off: nothing to pause");
            return work.row ? Decision::Close : Decision::Skip;
        }
        work.prior = state.settingJson;
        return Decision::Patch;
    }

    // Resume.
    if (state.pauseNote) {
        if (!note && !work.row) {
            *message =
                QStringLiteral("the %1 annotation cannot be read, and no ledger row holds the prior policy")
                    .arg(pauseNoteAnnotation());
            return Decision::Fail;
        }
        work.prior = note ? note->priorPolicyJson : work.row->priorPolicyJson.toUtf8();
        work.expectedNote = state.pauseNote;
        return Decision::Patch;
    }
    if (!work.row) {
        *message = QStringLiteral("not paused by Sextant");
        return Decision::Skip;
    }
    const QByteArray prior = work.row->priorPolicyJson.toUtf8();
    ControllerBackend *backend = d->backend(instance.name);
    if (!backend) {
        *message = QStringLiteral("not connected to %1").arg(instance.name);
        return Decision::Fail;
    }
    if (backend->sameSetting(state.settingJson, prior)) {
        // Resumed elsewhere (another workstation, the Argo CD UI or CLI): nothing done here.
        *message = QStringLiteral("already resumed");
        return Decision::Close;
    }
    if (backend->isPausedForm(state.settingJson, prior)) {
        work.prior = prior; // paused, but the note was removed: the ledger restores
        work.expectedNote.reset();
        return Decision::Patch;
    }
    *message = QStringLiteral("its sync policy was changed by someone else since the pause; left as it is");
    return Decision::Close;
}

void PauseRun::planInstance(Instance &instance, const QList<AutoReconcileState> &states)
{
    QHash<AppRef, const AutoReconcileState *> byApp;
    for (const AutoReconcileState &state : states)
        byApp.insert(AppRef{instance.name, state.appNamespace, state.name}, &state);
    // Apps noted as paused on the server but unknown here (paused from another
    // workstation, or a cache older than the pause) still resume by scope.
    QList<std::shared_ptr<Work>> toWrite;
    for (const auto &work : std::as_const(instance.work)) {
        const AutoReconcileState *state = byApp.value(work->target.ref());
        if (!state && work->target.appNamespace.isEmpty())
            for (const AutoReconcileState &s : states)
                if (s.name == work->target.app)
                    state = &s;
        if (state)
            work->state = *state;
        QString message;
        switch (decide(*work, instance, &message)) {
        case Decision::Skip: skip(instance, work, message); break;
        case Decision::Fail: fail(instance, work, message, std::nullopt); break;
        case Decision::Close:
            skip(instance, work, message, work->mode == Mode::Pause ? State::Failed : State::Resumed);
            break;
        case Decision::Confirm:
            if (work->row) {
                work->row->priorPolicyJson = QString::fromUtf8(work->prior);
                succeed(instance, work, work->mode == Mode::Pause ? State::Paused : State::Resumed, message);
            } else {
                // A pause noted on the app but missing from this ledger: record it.
                work->row = newRow(*work, instance);
                work->row->priorPolicyJson = QString::fromUtf8(work->prior);
                work->row->state = State::Paused;
                toWrite << work;
            }
            break;
        case Decision::Patch: {
            if (!work->row) {
                work->row = newRow(*work, instance);
                if (work->mode == Mode::Resume && work->state && work->state->pauseNote)
                    if (auto note = decodePauseNote(*work->state->pauseNote)) {
                        work->row->pausedBy = note->by;
                        work->row->pausedAt = note->at;
                        work->row->reason = note->reason;
                        work->row->batchId = note->batchId;
                    }
            }
            work->row->priorPolicyJson = QString::fromUtf8(work->prior);
            work->row->state = work->mode == Mode::Pause ? State::Pending : State::Resuming;
            toWrite << work;
            break;
        }
        }
    }
    if (toWrite.isEmpty()) {
        if (instance.open == 0)
            instanceFinished(instance);
        return;
    }
    // The journal row first, then the ledger rows, committed, then the PATCHes.
    ActionTarget journalTarget;
    if (instance.work.size() == 1)
        journalTarget = instance.work.constFirst()->target;
    else
        journalTarget.instance = instance.name;
    const QString parameters =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("scope"), m_setup.scopeText},
                                                    {QStringLiteral("apps"), int(toWrite.size())},
                                                    {QStringLiteral("serverVersion"), instance.info.version}})
                              .toJson(QJsonDocument::Compact));
    JournalEntry entry =
        d->journal->entry(m_setup.kind, journalTarget, instance.info.user, parameters, m_setup.reason);
    entry.batchId = m_setup.batchId;
    Instance *inst = &instance;
    d->journal->start(entry, [this, inst, toWrite, self = QPointer(this)](qint64 id, const QString &error) {
        if (!self)
            return;
        if (id == 0) { // nothing unrecorded is sent
            for (const auto &work : toWrite)
                fail(*inst, work, ActionJournal::refusal(error), std::nullopt);
            return;
        }
        inst->journalId = id;
        commitRows(*inst, toWrite);
    });
}

void PauseRun::commitRows(Instance &instance, QList<std::shared_ptr<Work>> toWrite)
{
    QList<PauseLedgerEntry> inserts, updates;
    for (const auto &work : std::as_const(toWrite))
        (work->row->id == 0 ? inserts : updates) << *work->row;
    Instance *inst = &instance;
    d->q->m_worker
        ->run<QList<qint64>>([inserts, updates](LocalStore &store) -> Result<QList<qint64>> {
            if (!updates.isEmpty())
                if (auto updated = store.updateLedgerEntries(updates); !updated)
                    return updated.error();
            if (inserts.isEmpty())
                return QList<qint64>();
            return store.addLedgerEntries(inserts);
        })
        .then(this, [this, inst, toWrite](const Result<QList<qint64>> &ids) {
            if (!ids) {
                // Without the ledger row nothing may be paused.
                for (const auto &work : toWrite)
                    fail(*inst, work,
                         QStringLiteral("the pause ledger could not be written: %1").arg(ids.errorMessage()),
                         std::nullopt);
                return;
            }
            qsizetype next = 0;
            for (const auto &work : toWrite) {
                if (work->row->id == 0)
                    work->row->id = ids->value(next++);
                if (work->row->state == State::Paused) // a confirmation recorded for the first time
                    succeed(*inst, work, State::Paused, QStringLiteral("already paused"));
                else
                    inst->queue << work;
            }
            pump(*inst);
        });
}

void PauseRun::pump(Instance &instance)
{
    while (!instance.queue.isEmpty() && instance.inFlight < d->concurrency) {
        const std::shared_ptr<Work> work = instance.queue.takeFirst();
        if (m_stopped) {
            skip(instance, work, QStringLiteral("stopped before it was handled"),
                 work->mode == Mode::Pause ? State::Failed : State::Paused);
            continue;
        }
        patch(instance, work);
    }
}

void PauseRun::patch(Instance &instance, const std::shared_ptr<Work> &work)
{
    ++instance.inFlight;
    Instance *inst = &instance;
    ControllerBackend *backend = d->backend(instance.name);
    if (!backend) {
        --instance.inFlight;
        fail(instance, work, QStringLiteral("not connected to %1").arg(instance.name), std::nullopt);
        return;
    }
    const auto answered = [this, inst, work, self = QPointer(this)](Result<Done> answer) {
        if (!self)
            return;
        --inst->inFlight;
        if (answer)
            succeed(*inst, work, work->mode == Mode::Pause ? State::Paused : State::Resumed);
        else
            retry(*inst, work, answer.error());
        pump(*inst);
    };
    if (work->mode == Mode::Pause) {
        const QByteArray paused = backend->pausedSetting(work->prior, instance.info);
        const PauseNote note{work->prior, work->row->pausedBy, work->row->pausedAt, work->row->reason,
                             work->row->batchId};
        backend->pause(work->target.ref(), *work->state, paused, note, answered);
    } else {
        backend->resume(work->target.ref(), *work->state, work->prior, work->expectedNote, answered);
    }
}

void PauseRun::retry(Instance &instance, const std::shared_ptr<Work> &work, const Error &error)
{
    if (!OperationRunner::retryable(error) || work->attempt >= d->operations->retryAttempts() || m_stopped) {
        const bool unanswered = error.code == 0;
        std::optional<State> rowState;
        if (work->mode == Mode::Pause)
            rowState = unanswered ? State::Pending : State::Failed; // unanswered: it may have landed
        else
            rowState = unanswered ? State::Resuming : State::Paused;
        fail(instance, work,
             QStringLiteral("%1 (after %2 attempts)")
                 .arg(work->target.ref().describeFailure(error).message)
                 .arg(work->attempt),
             rowState);
        return;
    }
    qCInfo(lcModel) << "retrying" << work->target.label() << "after:" << error.message;
    const auto delay = d->operations->retryDelay(work->attempt);
    ++work->attempt;
    ++instance.inFlight; // the retry holds its slot
    Instance *inst = &instance;
    QTimer::singleShot(delay, this, [this, inst, work] { recheck(*inst, work); });
}

// Reads the app again and decides again: the last attempt may have landed.
void PauseRun::recheck(Instance &instance, const std::shared_ptr<Work> &work)
{
    Instance *inst = &instance;
    auto *backend = d->backend(instance.name);
    if (!backend) {
        --instance.inFlight;
        fail(instance, work, QStringLiteral("not connected to %1").arg(instance.name), std::nullopt);
        return;
    }
    backend->autoReconcileState(work->target.ref(), [this, inst, work, self = QPointer(this)](
                                                        Result<AutoReconcileState> state) {
        if (!self)
            return;
        --inst->inFlight;
        if (!state) {
            const int code = state.error().code;
            if (code == 403 || code == 404)
                work->state.reset();
            else if (code == UnreadableAnswer) {
                fail(*inst, work, state.errorMessage(), std::nullopt);
                pump(*inst);
                return;
            } else {
                retry(*inst, work, state.error());
                pump(*inst);
                return;
            }
        } else {
            work->state = *state;
        }
        const QByteArray oldPrior = work->prior;
        QString message;
        switch (decide(*work, *inst, &message)) {
        case Decision::Skip: skip(*inst, work, message); break;
        case Decision::Fail: fail(*inst, work, message, std::nullopt); break;
        case Decision::Close:
            skip(*inst, work, message, work->mode == Mode::Pause ? State::Failed : State::Resumed);
            break;
        case Decision::Confirm:
            work->row->priorPolicyJson = QString::fromUtf8(work->prior);
            succeed(*inst, work, work->mode == Mode::Pause ? State::Paused : State::Resumed, message);
            break;
        case Decision::Patch:
            if (work->mode == Mode::Pause && !d->backend(inst->name)) {
                fail(*inst, work, QStringLiteral("not connected to %1").arg(inst->name), std::nullopt);
                break;
            }
            if (work->mode == Mode::Pause && !d->backend(inst->name)->sameSetting(oldPrior, work->prior)) {
                // The policy changed meanwhile: the ledger holds the new prior before the PATCH.
                work->row->priorPolicyJson = QString::fromUtf8(work->prior);
                commitRows(*inst, {work});
                return;
            }
            inst->queue.prepend(work);
            break;
        }
        pump(*inst);
    });
}

void PauseRun::succeed(Instance &instance, const std::shared_ptr<Work> &work, State state,
                       const QString &note)
{
    if (work->row) {
        PauseLedgerEntry &row = *work->row;
        row.state = state;
        row.error.clear();
        if (state == State::Resumed) {
            row.resumedBy = instance.info.user.isEmpty() ? d->q->localUser() : instance.info.user;
            row.resumedAt = QDateTime::currentDateTimeUtc();
        }
        queueRowUpdate(row);
    }
    if (work->mode == Mode::Pause && work->state)
        m_pausedProjects.insert(instance.name + u'\n' + work->state->project);
    if (work->mode == Mode::Resume)
        d->ledger->clearRollbackMark(work->target.appKey);
    Q_UNUSED(note)
    ++instance.succeeded;
    m_outcome.succeeded << work->target;
    workDone(instance, work);
}

void PauseRun::fail(Instance &instance, const std::shared_ptr<Work> &work, const QString &message,
                    std::optional<State> rowState)
{
    if (work->row && rowState && work->row->id != 0) {
        work->row->state = *rowState;
        work->row->error = message;
        queueRowUpdate(*work->row);
    }
    qCWarning(lcModel) << "could not" << (work->mode == Mode::Pause ? "pause" : "resume")
                       << work->target.label() << ":" << message;
    ++instance.failed;
    m_outcome.failed << AppProblem{work->target, message};
    workDone(instance, work);
}

void PauseRun::skip(Instance &instance, const std::shared_ptr<Work> &work, const QString &message,
                    std::optional<State> rowState)
{
    if (work->row && rowState && work->row->id != 0) {
        work->row->state = *rowState;
        work->row->error = message;
        if (*rowState == State::Resumed) {
            work->row->resumedBy = instance.info.user.isEmpty() ? d->q->localUser() : instance.info.user;
            work->row->resumedAt = QDateTime::currentDateTimeUtc();
        }
        queueRowUpdate(*work->row);
    }
    ++instance.skipped;
    m_outcome.skipped << AppProblem{work->target, message};
    workDone(instance, work);
}

void PauseRun::workDone(Instance &instance, const std::shared_ptr<Work> &work)
{
    if (work->done)
        return;
    work->done = true;
    --instance.open;
    progress(work->target);
    if (instance.open == 0)
        instanceFinished(instance);
}

void PauseRun::progress(const ActionTarget &target)
{
    ++m_done;
    BatchProgress p;
    p.requestId = m_setup.requestId;
    p.batchId = m_setup.batchId;
    p.kind = m_setup.kind;
    p.total = m_outcome.total;
    p.done = m_done;
    p.failed = int(m_outcome.failed.size());
    p.current = target.label();
    emit d->q->batchProgress(p);
}

void PauseRun::queueRowUpdate(const PauseLedgerEntry &row)
{
    m_rowUpdates << row;
    if (m_rowUpdates.size() >= 64)
        flushRowUpdates();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PauseRun::flushRowUpdates(std::function<void()> then)
{
    m_flushTimer.stop();
    const QList<PauseLedgerEntry> rows = std::exchange(m_rowUpdates, {});
    ++m_flushesInFlight;
    d->q->m_worker
        ->run<Done>([rows](LocalStore &store) -> Status {
            return rows.isEmpty() ? success() : store.updateLedgerEntries(rows);
        })
        .then(this, [this, then](const Status &status) {
            --m_flushesInFlight;
            if (!status) {
                qCWarning(lcModel) << "pause ledger update failed:" << status.errorMessage();
                m_outcome.notes
                    << QStringLiteral("The pause ledger could not be updated: %1").arg(status.errorMessage());
            }
            if (then)
                then();
        });
}

void PauseRun::instanceFinished(Instance &instance)
{
    if (instance.finished)
        return;
    instance.finished = true;
    if (instance.journalId > 0) {
        const QString summary = QStringLiteral("%1 done, %2 failed, %3 skipped")
                                    .arg(instance.succeeded)
                                    .arg(instance.failed)
                                    .arg(instance.skipped);
        d->journal->finish(instance.journalId, instance.failed == 0,
                           instance.failed == 0 ? QString() : summary);
    }
    for (const auto &[name, other] : m_instances)
        if (!other.finished)
            return;
    flushRowUpdates([this] { denyWindows([this] { flushRowUpdates([this] { finish(); }); }); });
}

void PauseRun::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_outcome.elapsedMs = m_elapsed.elapsed();
    const BatchOutcome outcome = m_outcome;
    const quint64 id = m_setup.requestId;
    d->ledger->reload([this, outcome, id, self = QPointer(this)] {
        emit d->q->batchFinished(outcome);
        if (self && onFinished)
            onFinished(outcome);
        d->runFinished(id);
    });
}

} // namespace sextant::actions
