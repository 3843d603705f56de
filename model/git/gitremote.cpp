#include "model/git/gitremote.h"

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

void CredentialChain::add(std::shared_ptr<CredentialSource> source)
{
    if (source)
        m_sources.append(std::move(source));
}

void CredentialChain::begin()
{
    m_current = 0;
    m_attempt = 0;
    m_last.reset();
    m_lastSource = -1;
}

std::optional<Credential> CredentialChain::next(const QString &url, const QString &usernameFromUrl,
                                                bool sshAllowed, bool userPassAllowed)
{
    while (m_current < m_sources.size()) {
        std::optional<Credential> credential = m_sources.at(m_current)->credentialFor(
            url, usernameFromUrl, sshAllowed, userPassAllowed, m_attempt++);
        if (credential) {
            m_last = credential;
            m_lastSource = m_current;
            return credential;
        }
        ++m_current;
        m_attempt = 0;
    }
    return std::nullopt;
}

void CredentialChain::finish(const QString &url, bool accepted)
{
    if (m_last && m_lastSource >= 0 && m_lastSource < m_sources.size())
        m_sources.at(m_lastSource)->report(url, *m_last, accepted);
    begin();
}

} // namespace sextant::git
