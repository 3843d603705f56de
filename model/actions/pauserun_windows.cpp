// The optional deny sync windows of an emergency pause: added to the affected
// projects after the apps are paused, removed by the resume once no app of the
// project is paused any more. Each is recorded in LocalStore before its PUT.
#include "model/actions/pauserun.h"

#include "model/logging.h"

namespace sextant::actions {

namespace {

// Adds or removes the freeze window on the project through the instance's backend.
void editWindow(ActionService::Private *d, const FreezeWindowEntry &entry, bool add,
                std::function<void(const QString &error, bool changed)> done)
{
    const auto answered = [done](Result<bool> changed) {
        if (!changed)
            return done(changed.errorMessage(), false);
        done({}, *changed);
    };
    d->operations->withBackend<bool>(
        entry.instance,
        [entry, add](ControllerBackend &backend, auto answer) {
            if (add)
                backend.addFreezeWindow(entry.project, entry.description, answer);
            else
                backend.removeFreezeWindow(entry.project, entry.description, answer);
        },
        answered);
}

} // namespace

void PauseRun::denyWindows(std::function<void()> then)
{
    const QString description = QStringLiteral("Sextant emergency pause %1").arg(m_setup.batchId);
    if (m_setup.kind == ActionKind::Pause && m_setup.addDenyWindows) {
        QList<FreezeWindowEntry> entries;
        for (const QString &key : std::as_const(m_pausedProjects)) {
            FreezeWindowEntry entry;
            entry.batchId = m_setup.batchId;
            entry.instance = key.section(u'\n', 0, 0);
            entry.project = key.section(u'\n', 1);
            entry.description = description;
            ControllerBackend *backend = d->backend(entry.instance);
            if (!backend || !backend->capabilities().freezeWindows) {
                m_outcome.notes << QStringLiteral("No deny window for project %1 on %2: %3")
                                       .arg(entry.project, entry.instance,
                                            backend ? QStringLiteral("%1 has no sync windows")
                                                          .arg(displayName(backend->kind()))
                                                    : QStringLiteral("not connected"));
                continue;
            }
            entry.windowJson = backend->freezeWindowText(description);
            entries << entry;
        }
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        *next = [this, entries, then, next, self = QPointer(this)](qsizetype i) {
            if (!self)
                return;
            if (i >= entries.size())
                return then();
            FreezeWindowEntry entry = entries[i];
            d->q->m_worker->run<qint64>([entry](LocalStore &store) { return store.addFreezeWindow(entry); })
                .then(this, [this, entry, next, i](const Result<qint64> &id) {
                    if (!id) {
                        m_outcome.notes << QStringLiteral("No deny window for project %1: %2")
                                               .arg(entry.project, id.errorMessage());
                        return (*next)(i + 1);
                    }
                    editWindow(
                        d, entry, true,
                        [this, entry, next, i, id = *id, self = QPointer(this)](const QString &error, bool) {
                            if (!self)
                                return;
                            if (error.isEmpty()) {
                                m_outcome.notes
                                    << QStringLiteral("Deny sync window added to project %1 on %2.")
                                           .arg(entry.project, entry.instance);
                            } else {
                                m_outcome.notes
                                    << QStringLiteral("Could not add a deny window to project %1 on "
                                                      "%2: %3")
                                           .arg(entry.project, entry.instance, error);
                                d->q->m_worker->run<Done>([id](LocalStore &store) {
                                    return store.setFreezeWindowActive(id, false);
                                });
                            }
                            (*next)(i + 1);
                        });
                });
        };
        (*next)(0);
        return;
    }
    if (m_setup.kind != ActionKind::Resume) {
        then();
        return;
    }
    // Resume: remove the windows of projects where nothing is paused any more.
    QStringList visited;
    for (const auto &[name, instance] : m_instances)
        visited << name;
    d->q->m_worker
        ->run<QList<FreezeWindowEntry>>([visited](LocalStore &store) -> Result<QList<FreezeWindowEntry>> {
            auto windows = store.freezeWindows(true);
            if (!windows)
                return windows.error();
            auto rows = store.ledger(true);
            if (!rows)
                return rows.error();
            QSet<QString> stillPaused;
            for (const PauseLedgerEntry &row : *rows)
                stillPaused.insert(row.instance + u'\n' + row.project);
            QList<FreezeWindowEntry> removable;
            for (const FreezeWindowEntry &window : *windows)
                if (visited.contains(window.instance) &&
                    !stillPaused.contains(window.instance + u'\n' + window.project))
                    removable << window;
            return removable;
        })
        .then(this, [this, then](const Result<QList<FreezeWindowEntry>> &removable) {
            if (!removable || removable->isEmpty()) {
                if (!removable)
                    m_outcome.notes << removable.errorMessage();
                return then();
            }
            auto next = std::make_shared<std::function<void(qsizetype)>>();
            const QList<FreezeWindowEntry> entries = *removable;
            *next = [this, entries, then, next, self = QPointer(this)](qsizetype i) {
                if (!self)
                    return;
                if (i >= entries.size())
                    return then();
                const FreezeWindowEntry entry = entries[i];
                editWindow(d, entry, false, [this, entry, next, i, self](const QString &error, bool) {
                    if (!self)
                        return;
                    if (!error.isEmpty()) {
                        m_outcome.notes << QStringLiteral("Could not remove the deny window from project %1 "
                                                          "on %2: %3")
                                               .arg(entry.project, entry.instance, error);
                        return (*next)(i + 1);
                    }
                    m_outcome.notes << QStringLiteral("Deny sync window removed from project %1 on %2.")
                                           .arg(entry.project, entry.instance);
                    const qint64 id = entry.id;
                    d->q->m_worker->run<Done>(
                        [id](LocalStore &store) { return store.setFreezeWindowActive(id, false); });
                    (*next)(i + 1);
                });
            };
            (*next)(0);
        });
}

} // namespace sextant::actions
