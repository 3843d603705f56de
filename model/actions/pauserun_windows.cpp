// The optional deny sync windows of an emergency pause: added to the affected
// projects after the apps are paused, removed by the resume once no app of the
// project is paused any more. Each is recorded in LocalStore before its PUT.
#include "model/actions/pauserun.h"

#include "model/logging.h"

#include <QUrl>

namespace sextant::actions {

namespace {

QString projectPath(const QString &project)
{
    return QStringLiteral("/api/v1/projects/") + QString::fromUtf8(QUrl::toPercentEncoding(project));
}

// GET the project, transform it, PUT it; a 409 (stale resourceVersion) reads again.
void editProject(ActionService::Private *d, const QString &instance, const QString &project,
                 std::function<Result<std::optional<QByteArray>>(const QByteArray &)> edit,
                 std::function<void(const QString &error, bool changed)> done, int attempt = 1)
{
    d->requestWithRetry(instance, "GET", projectPath(project), {}, [=](Result<QByteArray> body) {
        if (!body)
            return done(body.errorMessage(), false);
        auto edited = edit(*body);
        if (!edited)
            return done(edited.errorMessage(), false);
        if (!*edited)
            return done({}, false);
        argocd::ArgoCdClient *client = d->client(instance);
        if (!client)
            return done(QStringLiteral("not connected to %1").arg(instance), false);
        client->request("PUT", projectPath(project), **edited, [=](Result<QByteArray> put) {
            if (put)
                return done({}, true);
            if ((put.error().code == 409 || ActionService::Private::retryable(put.error())) &&
                attempt < d->retryAttempts)
                return editProject(d, instance, project, edit, done, attempt + 1);
            done(put.errorMessage(), false);
        });
    });
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
            entry.windowJson = QString::fromUtf8(argocd::freezeWindowJson(description));
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
                    const QByteArray window = entry.windowJson.toUtf8();
                    editProject(
                        d, entry.instance, entry.project,
                        [window, entry](const QByteArray &project) -> Result<std::optional<QByteArray>> {
                            auto present = argocd::projectWithoutWindow(project, entry.description);
                            if (present && *present)
                                return std::optional<QByteArray>(); // added by an earlier attempt
                            auto added = argocd::projectWithWindow(project, window);
                            if (!added)
                                return added.error();
                            return std::optional<QByteArray>(*added);
                        },
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
                editProject(
                    d, entry.instance, entry.project,
                    [entry](const QByteArray &project) {
                        return argocd::projectWithoutWindow(project, entry.description);
                    },
                    [this, entry, next, i, self](const QString &error, bool) {
                        if (!self)
                            return;
                        if (!error.isEmpty()) {
                            m_outcome.notes
                                << QStringLiteral("Could not remove the deny window from project %1 "
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
