#pragma once

#include "model/git/gitremote.h"
#include "model/git/gitrepository.h"
#include "model/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace sextant {

// What one mirror is doing, for the views.
struct MirrorStatus {
    enum class State { Missing, Fetching, Ready, Failed };
    State state = State::Missing;
    QDateTime fetchedAt;            // last successful fetch
    QString error;                  // the last failure, in the operator's words
    int failure = 0;                // int(git::GitFailure) of that failure
    git::TransferProgress progress; // of the running fetch
};

// Bare mirrors of the fleet's Git repositories, one directory per URL under `directory`,
// cloned and fetched with libgit2 on worker threads. A URL has at most one fetch running;
// reads run beside it, each with a repository handle of its own. The mirrors of tracked
// URLs are fetched when first tracked and then every fetch interval.
class RepositoryMirrors : public QObject {
    Q_OBJECT
public:
    using CredentialSources = QList<std::shared_ptr<git::CredentialSource>>;

    RepositoryMirrors(QString directory, CredentialSources credentials, QObject *parent = nullptr);
    // Cancels running fetches and waits for every worker.
    ~RepositoryMirrors() override;

    QString directory() const { return m_directory; }
    // Where the mirror of `url` lives; the same URL with other userinfo maps to the same place.
    QString mirrorPath(const QString &url) const;
    MirrorStatus status(const QString &url) const;
    QStringList trackedUrls() const { return m_tracked; }

    // 0 turns the periodic fetch off.
    void setFetchInterval(int seconds);
    // The repositories the fleet deploys from; new ones are fetched at once.
    void track(const QStringList &urls);
    // Fetches now, unless a fetch of it is running.
    void fetch(const QString &url);
    // Fetches when the mirror has never been fetched in this session (history opened, a
    // deployed revision missing from the mirror).
    void ensureFetched(const QString &url);
    // Calls `then` once the mirror has been fetched: in this session, or with `fresh` now (a
    // fetch under way counts), through the event loop, unless `receiver` was destroyed. `error`
    // is empty, or why the mirror has nothing to read (a failed fetch of a mirror fetched before
    // leaves it readable, as it was).
    void whenFetched(const QString &url, QObject *receiver, std::function<void(const QString &error)> then,
                     bool fresh = false);
    void cancel(const QString &url);
    bool isFetching(const QString &url) const;

    // Runs `work` on a worker, then `apply(result)` on this object's thread, unless
    // `receiver` was destroyed meanwhile. Always through the event loop.
    template<typename Work, typename Apply> void run(QObject *receiver, Work work, Apply apply);
    // Runs `read` with the mirror of `url` open on a worker; `done` gets its result (or
    // why the mirror could not be opened) as run() hands it.
    template<typename T>
    void read(const QString &url, QObject *receiver, std::function<Result<T>(git::GitRepository &)> read,
              std::function<void(Result<T>)> done);

    // A credential chain over the sources, for one operation (push).
    git::CredentialChain credentialChain() const;

signals:
    void statusChanged(const QString &url);
    // A fetch finished and the mirror may hold new commits.
    void fetched(const QString &url);

private:
    struct Mirror {
        MirrorStatus status;
        std::shared_ptr<std::atomic<bool>> cancelled;
        bool fetchedThisSession = false;
    };
    void finishFetch(const QString &url, const Status &status);
    void progress(const QString &url, const git::TransferProgress &progress);
    void fetchDue();

    QString m_directory;
    CredentialSources m_credentials;
    QStringList m_tracked;
    QHash<QString, Mirror> m_mirrors; // by normalized URL
    QTimer m_interval;
    // Set when the mirrors go away: index updates that outlive their fetch stop.
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
};

// The URL without userinfo and trailing slashes: the key of its mirror.
QString normalizedRepositoryUrl(const QString &url);

template<typename Work, typename Apply> void RepositoryMirrors::run(QObject *receiver, Work work, Apply apply)
{
    // The guard is only read on this thread; the worker merely carries it.
    m_pool.start([this, guard = QPointer<QObject>(receiver), work = std::move(work),
                  apply = std::move(apply)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            this,
            [guard = std::move(guard), apply = std::move(apply), result = std::move(result)]() mutable {
                if (guard)
                    apply(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

template<typename T>
void RepositoryMirrors::read(const QString &url, QObject *receiver,
                             std::function<Result<T>(git::GitRepository &)> read,
                             std::function<void(Result<T>)> done)
{
    run(
        receiver,
        [path = mirrorPath(url), read = std::move(read)]() -> Result<T> {
            auto repository = git::GitRepository::open(path);
            if (!repository)
                return repository.error();
            return read(*repository);
        },
        std::move(done));
}

} // namespace sextant
