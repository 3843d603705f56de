#include "model/git/remoteoperation_p.h"

#include "model/logging.h"

#include <QRegularExpression>
#include <QUrl>

namespace sextant::git {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString hostOf(const QString &url)
{
    if (url.contains(QLatin1String("://")))
        return QUrl(url).host();
    // scp-like user@host:path
    return url.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('@'), -1);
}

} // namespace

RemoteOperation::RemoteOperation(QString url, QString action, CredentialChain &credentials,
                                 const ProgressCallback &progress)
    : m_url(std::move(url))
    , m_action(std::move(action))
    , m_credentials(credentials)
    , m_progress(progress)
{
    m_credentials.begin();
}

git_remote_callbacks RemoteOperation::callbacks()
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = &RemoteOperation::onCredentials;
    callbacks.certificate_check = &RemoteOperation::onCertificate;
    callbacks.transfer_progress = &RemoteOperation::onTransfer;
    callbacks.push_transfer_progress = &RemoteOperation::onPushTransfer;
    callbacks.push_update_reference = &RemoteOperation::onPushUpdate;
    callbacks.sideband_progress = &RemoteOperation::onSideband;
    callbacks.payload = this;
    return callbacks;
}

int RemoteOperation::onCredentials(git_credential **out, const char *url, const char *usernameFromUrl,
                                   unsigned int allowedTypes, void *payload)
{
    return static_cast<RemoteOperation *>(payload)->credentials(
        out, QString::fromUtf8(url), QString::fromUtf8(usernameFromUrl), allowedTypes);
}

int RemoteOperation::credentials(git_credential **out, const QString &url, const QString &usernameFromUrl,
                                 unsigned int allowedTypes)
{
    // SSH asks for the user name alone first when the URL has none.
    if (allowedTypes == GIT_CREDENTIAL_USERNAME) {
        const QByteArray user =
            (usernameFromUrl.isEmpty() ? QStringLiteral("git") : usernameFromUrl).toUtf8();
        return git_credential_username_new(out, user.constData());
    }
    const bool sshAllowed = allowedTypes & (GIT_CREDENTIAL_SSH_KEY | GIT_CREDENTIAL_SSH_CUSTOM);
    const bool userPassAllowed = allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT;
    // A source may offer a kind this server does not take: skip it, within reason.
    for (int guard = 0; guard < 64; ++guard) {
        const std::optional<Credential> credential =
            m_credentials.next(url, usernameFromUrl, sshAllowed, userPassAllowed);
        if (!credential)
            break;
        QString user = usernameFromUrl.isEmpty() ? credential->username : usernameFromUrl;
        int rc = 1;
        switch (credential->kind) {
        case Credential::Kind::UserPassword:
            if (userPassAllowed)
                rc = git_credential_userpass_plaintext_new(out, credential->username.toUtf8().constData(),
                                                           credential->secret.toUtf8().constData());
            break;
        case Credential::Kind::SshAgent:
            if (sshAllowed)
                rc = git_credential_ssh_key_from_agent(
                    out, (user.isEmpty() ? QStringLiteral("git") : user).toUtf8().constData());
            break;
        case Credential::Kind::SshKey:
            if (sshAllowed) {
                const QByteArray publicKey = credential->publicKeyPath.toUtf8();
                rc = git_credential_ssh_key_new(
                    out, (user.isEmpty() ? QStringLiteral("git") : user).toUtf8().constData(),
                    publicKey.isEmpty() ? nullptr : publicKey.constData(),
                    credential->privateKeyPath.toUtf8().constData(), credential->secret.toUtf8().constData());
            }
            break;
        }
        if (rc == 0) {
            m_credentialGiven = true;
            qCDebug(lcGit).noquote() << "trying a credential from" << credential->origin << "for"
                                     << displayUrl(url);
            return 0;
        }
        if (rc < 0)
            return rc;
    }
    const std::optional<Credential> last = m_credentials.lastCredential();
    m_callbackError = gitError(
        GitFailure::Authentication,
        last ? QStringLiteral("Authentication failed for %1: the credential from %2 was not accepted; check "
                              "that it is valid and may access this repository")
                   .arg(displayUrl(m_url), last->origin)
             : QStringLiteral("Authentication failed for %1: no credential available; store a token in the "
                              "keychain, configure a git credential helper or an SSH key")
                   .arg(displayUrl(m_url)));
    return GIT_EAUTH;
}

int RemoteOperation::onCertificate(git_cert *cert, int valid, const char *host, void *payload)
{
    auto *self = static_cast<RemoteOperation *>(payload);
    if (valid)
        return 0;
    const QString hostName = QString::fromUtf8(host);
    if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
        const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
        QString fingerprint;
        if (hostKey->type & GIT_CERT_SSH_SHA256) {
            fingerprint =
                QStringLiteral("SHA256:") +
                QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), 32)
                                        .toBase64(QByteArray::OmitTrailingEquals));
        }
        self->m_callbackError = gitError(
            GitFailure::HostKey,
            QStringLiteral("The SSH host key of %1 (%2) is not in ~/.ssh/known_hosts or does not match it: "
                           "verify the fingerprint, then add the host with ssh-keyscan or one `ssh %1`")
                .arg(hostName, fingerprint.isEmpty() ? QStringLiteral("unknown fingerprint") : fingerprint));
    } else {
        self->m_callbackError =
            gitError(GitFailure::Tls, QStringLiteral("The TLS certificate of %1 is not trusted: install its "
                                                     "certificate authority in the system trust store")
                                          .arg(hostName));
    }
    return GIT_ECERTIFICATE;
}

int RemoteOperation::reportProgress(const TransferProgress &progress)
{
    if (!m_progress || m_progress(progress))
        return 0;
    m_cancelled = true;
    return GIT_EUSER;
}

int RemoteOperation::onTransfer(const git_indexer_progress *stats, void *payload)
{
    return static_cast<RemoteOperation *>(payload)->reportProgress(
        TransferProgress{qint64(stats->received_objects), qint64(stats->total_objects),
                         qint64(stats->indexed_objects), qint64(stats->received_bytes)});
}

int RemoteOperation::onPushTransfer(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    return static_cast<RemoteOperation *>(payload)->reportProgress(
        TransferProgress{qint64(current), qint64(total), qint64(current), qint64(bytes)});
}

int RemoteOperation::onPushUpdate(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<RemoteOperation *>(payload)->m_rejections.append(
            QString::fromUtf8(refname) + QStringLiteral(": ") + QString::fromUtf8(status));
    return 0;
}

int RemoteOperation::onSideband(const char *text, int length, void *payload)
{
    auto *self = static_cast<RemoteOperation *>(payload);
    self->m_sideband.append(text, length);
    // Keep the tail: hooks print their reason last.
    if (self->m_sideband.size() > 16384)
        self->m_sideband.remove(0, self->m_sideband.size() - 16384);
    if (self->m_progress && self->m_cancelled)
        return GIT_EUSER;
    return 0;
}

QStringList RemoteOperation::serverMessages() const
{
    QStringList lines;
    // Progress lines end in \r and overwrite each other; keep only finished lines.
    for (const QByteArray &raw : m_sideband.split('\n')) {
        const QString line = QString::fromUtf8(raw.split('\r').last()).trimmed();
        if (!line.isEmpty())
            lines.append(scrub(line));
    }
    return lines.mid(qMax(0, int(lines.size()) - 20));
}

QString RemoteOperation::scrub(const QString &text) const
{
    QString clean = text;
    if (m_url != displayUrl(m_url))
        clean.replace(m_url, displayUrl(m_url));
    if (const std::optional<Credential> last = m_credentials.lastCredential();
        last && last->secret.size() >= 4)
        clean.replace(last->secret, QStringLiteral("***"));
    // Any other URL with user information, as libgit2 may spell it.
    static const QRegularExpression userInfo(QStringLiteral("://[^/@\\s]+@"));
    clean.replace(userInfo, QStringLiteral("://"));
    return clean;
}

void RemoteOperation::succeeded()
{
    if (m_credentialGiven)
        m_credentials.finish(m_url, true);
    else
        m_credentials.begin();
}

Error RemoteOperation::failure(int rc)
{
    const git_error *last = git_error_last();
    const int klass = last ? last->klass : 0;
    const QString detail = scrub(last && last->message ? QString::fromUtf8(last->message) : QString());
    const QString where = displayUrl(m_url);
    const QString what = QStringLiteral("Cannot %1 %2").arg(m_action, where);
    const QString because = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);

    Error error;
    if (m_cancelled || (rc == GIT_EUSER && !m_callbackError)) {
        error = gitError(GitFailure::Cancelled, QStringLiteral("%1: cancelled").arg(what));
    } else if (m_callbackError) {
        error = *m_callbackError;
    } else if (rc == GIT_ENONFASTFORWARD) {
        error =
            gitError(GitFailure::Rejected,
                     QStringLiteral("%1: the update is not a fast-forward (the remote branch has commits the "
                                    "mirror does not know yet); fetch and try again%2")
                         .arg(what, because));
    } else if (rc == GIT_EAUTH ||
               containsAny(detail, {"401", "403", "authentication", "unauthorized", "forbidden"})) {
        if (containsAny(detail, {"403", "forbidden"}))
            error =
                gitError(GitFailure::Authentication,
                         QStringLiteral("Access to %1 was denied%2: check that the credential may read (or "
                                        "push to) this repository")
                             .arg(where, because));
        else if (m_credentialGiven)
            error = gitError(GitFailure::Authentication,
                             QStringLiteral("Authentication failed for %1: the credential from %2 was not "
                                            "accepted; check the token or key and its access rights%3")
                                 .arg(where, m_credentials.lastCredential()->origin, because));
        else
            error = gitError(GitFailure::Authentication,
                             QStringLiteral("Authentication failed for %1: the server asks for credentials; "
                                            "store a token or configure an SSH key%2")
                                 .arg(where, because));
    } else if (klass == GIT_ERROR_SSH && rc == GIT_ECERTIFICATE) {
        error = gitError(
            GitFailure::HostKey,
            QStringLiteral("The SSH host key of %1 is unknown or changed: check ~/.ssh/known_hosts%2")
                .arg(hostOf(m_url), because));
    } else if (rc == GIT_ECERTIFICATE || klass == GIT_ERROR_SSL ||
               containsAny(detail, {"certificate", "tls", "ssl"})) {
        error = gitError(GitFailure::Tls, QStringLiteral("%1: the TLS connection failed%2; check the server "
                                                         "certificate and the system trust store")
                                              .arg(what, because));
    } else if (containsAny(detail, {"No space left", "ENOSPC", "disk full", "quota"})) {
        error =
            gitError(GitFailure::DiskFull,
                     QStringLiteral("%1: the disk is full%2; free space and try again").arg(what, because));
    } else if (detail.contains(QLatin1String("unsupported URL protocol")) &&
               (m_url.startsWith(QLatin1Char('/')) || m_url.startsWith(QLatin1Char('.')))) {
        // libgit2 takes a local path that does not exist for a URL it cannot handle.
        error = gitError(GitFailure::NotFound,
                         QStringLiteral("%1: no repository at this path; check the URL").arg(what));
    } else if (rc == GIT_ENOTFOUND ||
               containsAny(detail,
                           {"404", "not found", "could not find repository", "does not appear to be a git",
                            "does not exist", "no such file", "not exported", "no such repository"})) {
        error =
            gitError(GitFailure::NotFound,
                     QStringLiteral("%1: the repository was not found%2; check the URL").arg(what, because));
    } else if (klass == GIT_ERROR_NET || klass == GIT_ERROR_HTTP || klass == GIT_ERROR_SSH ||
               containsAny(detail,
                           {"connection refused", "could not resolve", "failed to resolve", "timed out",
                            "failed to connect", "unreachable", "connection reset", "early eof"})) {
        error =
            gitError(GitFailure::Network, QStringLiteral("%1: the network connection failed%2; check the "
                                                         "address, proxy and that the server is reachable")
                                              .arg(what, because));
    } else {
        error = gitError(GitFailure::Other,
                         what + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
    }

    if (failureOf(error) == GitFailure::Authentication && m_credentialGiven)
        m_credentials.finish(m_url, false);
    else
        m_credentials.begin();
    qCInfo(lcGit).noquote() << error.message;
    return error;
}

} // namespace sextant::git
