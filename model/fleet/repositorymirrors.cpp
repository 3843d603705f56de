#include "model/fleet/repositorymirrors.h"

#include "model/git/changedpathindex.h"
#include "model/git/gitmirror.h"
#include "model/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace sextant {

using namespace Qt::StringLiterals;

QString normalizedRepositoryUrl(const QString &url)
{
    QUrl parsed(url.trimmed());
    QString text;
    if (parsed.isValid() && !parsed.scheme().isEmpty()) {
        parsed.setUserInfo({});
        text = parsed.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    } else {
        text = url.trimmed(); // scp-like "git@host:path" or a plain path
    }
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

RepositoryMirrors::RepositoryMirrors(QString directory, CredentialSources credentials, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_credentials(std::move(credentials))
{
    // Two workers: a long fetch of one repository leaves room for reads of the others.
    m_pool.setMaxThreadCount(2);
    m_interval.setInterval(5 * 60 * 1000);
    connect(&m_interval, &QTimer::timeout, this, &RepositoryMirrors::fetchDue);
}

RepositoryMirrors::~RepositoryMirrors()
{
    m_stopping->store(true);
    for (Mirror &mirror : m_mirrors) {
        if (mirror.cancelled)
            mirror.cancelled->store(true);
    }
    m_pool.clear();
    m_pool.waitForDone();
}

QString RepositoryMirrors::mirrorPath(const QString &url) const
{
    const QString key = normalizedRepositoryUrl(url);
    // A readable name for people looking at the cache, a hash so two URLs never share it.
    QString readable = QUrl(key).path().section(u'/', -1);
    if (readable.isEmpty())
        readable = key.section(u'/', -1);
    if (readable.endsWith(".git"_L1))
        readable.chop(4);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    readable.replace(unsafe, u"_"_s);
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QDir(m_directory).filePath(readable.left(48) + u'-' + QString::fromLatin1(hash) + u".git"_s);
}

MirrorStatus RepositoryMirrors::status(const QString &url) const
{
    return m_mirrors.value(normalizedRepositoryUrl(url)).status;
}

void RepositoryMirrors::setFetchInterval(int seconds)
{
    if (seconds <= 0) {
        m_interval.stop();
        return;
    }
    m_interval.setInterval(seconds * 1000);
    if (!m_tracked.isEmpty())
        m_interval.start();
}

void RepositoryMirrors::track(const QStringList &urls)
{
    QStringList normalized;
    for (const QString &url : urls) {
        const QString key = normalizedRepositoryUrl(url);
        if (!key.isEmpty() && !normalized.contains(key))
            normalized << key;
    }
    normalized.sort();
    if (normalized == m_tracked)
        return;
    const QStringList before = m_tracked;
    m_tracked = normalized;
    for (const QString &url : std::as_const(m_tracked)) {
        if (!before.contains(url))
            ensureFetched(url);
    }
    if (!m_tracked.isEmpty() && m_interval.interval() > 0 && !m_interval.isActive())
        m_interval.start();
}

bool RepositoryMirrors::isFetching(const QString &url) const
{
    return status(url).state == MirrorStatus::State::Fetching;
}

void RepositoryMirrors::ensureFetched(const QString &url)
{
    const QString key = normalizedRepositoryUrl(url);
    if (!m_mirrors.value(key).fetchedThisSession)
        fetch(key);
}

void RepositoryMirrors::whenFetched(const QString &url, QObject *receiver,
                                    std::function<void(const QString &error)> then, bool fresh)
{
    const QString key = normalizedRepositoryUrl(url);
    if (fresh)
        fetch(key);
    else
        ensureFetched(key);
    const auto settled = [this, key]() -> std::optional<QString> {
        const MirrorStatus status = m_mirrors.value(key).status;
        if (status.state == MirrorStatus::State::Fetching)
            return std::nullopt;
        return status.state == MirrorStatus::State::Failed ? status.error : QString();
    };
    if (const auto error = settled()) {
        QMetaObject::invokeMethod(
            receiver, [then = std::move(then), error = *error] { then(error); }, Qt::QueuedConnection);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &RepositoryMirrors::statusChanged, receiver,
                          [key, settled, connection, then = std::move(then)](const QString &changed) {
                              if (changed != key)
                                  return;
                              const auto error = settled();
                              if (!error)
                                  return;
                              disconnect(*connection);
                              then(*error);
                          });
}

void RepositoryMirrors::fetchDue()
{
    for (const QString &url : std::as_const(m_tracked))
        fetch(url);
}

git::CredentialChain RepositoryMirrors::credentialChain() const
{
    git::CredentialChain chain;
    for (const auto &source : m_credentials)
        chain.add(source);
    return chain;
}

void RepositoryMirrors::fetch(const QString &url)
{
    const QString key = normalizedRepositoryUrl(url);
    if (key.isEmpty() || isFetching(key))
        return;
    Mirror &mirror = m_mirrors[key];
    mirror.status.state = MirrorStatus::State::Fetching;
    mirror.status.progress = {};
    mirror.cancelled = std::make_shared<std::atomic<bool>>(false);
    mirror.fetchedThisSession = true; // a failure is not retried until asked or due
    emit statusChanged(key);

    const QString path = mirrorPath(key);
    m_pool.start([this, key, path, cancelled = mirror.cancelled, stopping = m_stopping,
                  chain = credentialChain()]() mutable {
        QElapsedTimer sinceReport;
        sinceReport.start();
        Status status = [&]() -> Status {
            if (!QDir().mkpath(QFileInfo(path).path()))
                return Error{tr("Cannot create the mirror directory %1.").arg(QFileInfo(path).path()),
                             int(git::GitFailure::DiskFull)};
            auto mirror = git::GitMirror::openOrCreate(path, key);
            if (!mirror)
                return mirror.error();
            const Status fetched = mirror->fetch(chain, [&](const git::TransferProgress &progress) {
                if (cancelled->load())
                    return false;
                // At most ten reports a second reach the GUI thread.
                if (sinceReport.elapsed() >= 100) {
                    sinceReport.restart();
                    QMetaObject::invokeMethod(
                        this, [this, key, progress] { this->progress(key, progress); }, Qt::QueuedConnection);
                }
                return true;
            });
            return fetched;
        }();
        QMetaObject::invokeMethod(
            this, [this, key, status] { finishFetch(key, status); }, Qt::QueuedConnection);
        // History pages read the changed-path index when it holds their head, else they walk
        // trees (slower): it is brought up to date once the fetch is reported.
        if (!status)
            return;
        auto repository = git::GitRepository::open(path);
        const Result<int> indexed = repository ? git::ChangedPathIndex::update(*repository, stopping.get())
                                               : Result<int>(repository.error());
        if (!indexed)
            qCWarning(lcGit).noquote()
                << "changed-path index of" << key << "not updated:" << indexed.errorMessage();
    });
}

void RepositoryMirrors::cancel(const QString &url)
{
    const auto it = m_mirrors.find(normalizedRepositoryUrl(url));
    if (it != m_mirrors.end() && it->cancelled)
        it->cancelled->store(true);
}

void RepositoryMirrors::progress(const QString &url, const git::TransferProgress &progress)
{
    const auto it = m_mirrors.find(url);
    if (it == m_mirrors.end() || it->status.state != MirrorStatus::State::Fetching)
        return;
    it->status.progress = progress;
    emit statusChanged(url);
}

void RepositoryMirrors::finishFetch(const QString &url, const Status &status)
{
    Mirror &mirror = m_mirrors[url];
    mirror.cancelled.reset();
    if (status) {
        mirror.status.state = MirrorStatus::State::Ready;
        mirror.status.fetchedAt = QDateTime::currentDateTimeUtc();
        mirror.status.error.clear();
        mirror.status.failure = 0;
    } else {
        // A mirror fetched before still answers from what it has.
        mirror.status.state =
            mirror.status.fetchedAt.isValid() ? MirrorStatus::State::Ready : MirrorStatus::State::Failed;
        mirror.status.error = status.error().message;
        mirror.status.failure = status.error().code;
        qCWarning(lcGit).noquote() << "fetch of" << url << "failed:" << status.error().message;
    }
    emit statusChanged(url);
    if (status)
        emit fetched(url);
}

} // namespace sextant
