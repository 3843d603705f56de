#include "model/git/gitremote.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QUrl>

namespace sextant::git {

GitFailure failureOf(const Error &error)
{
    if (error.code >= int(GitFailure::Other) && error.code <= int(GitFailure::Conflict))
        return GitFailure(error.code);
    return GitFailure::Other;
}

Error gitError(GitFailure failure, const QString &message)
{
    return Error{message, int(failure)};
}

QString displayUrl(const QString &url)
{
    // scp-like "user@host:path" is no URL; only its user name would go, and it is no secret.
    if (!url.contains(QLatin1String("://")))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid())
        return url;
    parsed.setUserInfo(QString());
    return parsed.toString();
}

struct CredentialChain::Shared {
    struct Operation {
        qsizetype current = 0;
        int attempt = 0;
        std::optional<Credential> last;
        qsizetype lastSource = -1;
    };
    mutable QMutex mutex;
    QList<std::shared_ptr<CredentialSource>> sources;
    QHash<Qt::HANDLE, Operation> operations; // by thread
};

CredentialChain::CredentialChain()
    : m_shared(std::make_shared<Shared>())
{}

void CredentialChain::add(std::shared_ptr<CredentialSource> source)
{
    if (!source)
        return;
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->sources.append(std::move(source));
}

bool CredentialChain::isEmpty() const
{
    const QMutexLocker lock(&m_shared->mutex);
    return m_shared->sources.isEmpty();
}

void CredentialChain::begin()
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->operations.remove(QThread::currentThreadId());
}

std::optional<Credential> CredentialChain::next(const QString &url, const QString &usernameFromUrl,
                                                bool sshAllowed, bool userPassAllowed)
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    for (;;) {
        std::shared_ptr<CredentialSource> source;
        qsizetype index = 0;
        int attempt = 0;
        {
            const QMutexLocker lock(&m_shared->mutex);
            Shared::Operation &operation = m_shared->operations[thread];
            if (operation.current >= m_shared->sources.size())
                return std::nullopt;
            index = operation.current;
            attempt = operation.attempt++;
            source = m_shared->sources.at(index);
        }
        // Sources may take their time (git credential, a keychain): no lock held.
        std::optional<Credential> credential =
            source->credentialFor(url, usernameFromUrl, sshAllowed, userPassAllowed, attempt);
        const QMutexLocker lock(&m_shared->mutex);
        Shared::Operation &operation = m_shared->operations[thread];
        if (credential) {
            operation.last = credential;
            operation.lastSource = index;
            return credential;
        }
        ++operation.current;
        operation.attempt = 0;
    }
}

void CredentialChain::finish(const QString &url, bool accepted)
{
    std::shared_ptr<CredentialSource> source;
    std::optional<Credential> credential;
    {
        const QMutexLocker lock(&m_shared->mutex);
        const Shared::Operation operation = m_shared->operations.take(QThread::currentThreadId());
        if (operation.last && operation.lastSource >= 0 && operation.lastSource < m_shared->sources.size()) {
            source = m_shared->sources.at(operation.lastSource);
            credential = operation.last;
        }
    }
    if (source)
        source->report(url, *credential, accepted);
}

std::optional<Credential> CredentialChain::lastCredential() const
{
    const QMutexLocker lock(&m_shared->mutex);
    return m_shared->operations.value(QThread::currentThreadId()).last;
}

} // namespace sextant::git
