#pragma once

// For model/git/ only: the libgit2 callbacks of one fetch or push, and the mapping of
// its failure to a GitFailure.

#include "model/git/githandle.h"
#include "model/git/gitremote.h"

#include <QStringList>

#include <optional>

namespace sextant::git {

class RemoteOperation {
public:
    // `action` names the operation in messages: "fetch from", "push to".
    RemoteOperation(QString url, QString action, CredentialChain &credentials,
                    const ProgressCallback &progress);

    RemoteOperation(const RemoteOperation &) = delete;
    RemoteOperation &operator=(const RemoteOperation &) = delete;

    // Callbacks whose payload is this operation; it must outlive their use.
    git_remote_callbacks callbacks();

    // The Error for a libgit2 call of this operation that returned `rc`; call it right
    // after the call. Reports the credential as rejected when it is an Authentication failure.
    Error failure(int rc);
    // Reports the credential as accepted.
    void succeeded();

    // The references the server declined: "refs/heads/x: reason", in the order reported.
    const QStringList &rejections() const { return m_rejections; }
    // What the server printed (hooks, "remote:" lines), trimmed, at most the last 20 lines.
    QStringList serverMessages() const;
    QString url() const { return m_url; }

    // Removes the URL's user information and the secret of the last credential from `text`.
    QString scrub(const QString &text) const;

private:
    static int onCredentials(git_credential **out, const char *url, const char *usernameFromUrl,
                             unsigned int allowedTypes, void *payload);
    static int onCertificate(git_cert *cert, int valid, const char *host, void *payload);
    static int onTransfer(const git_indexer_progress *stats, void *payload);
    static int onPushTransfer(unsigned int current, unsigned int total, size_t bytes, void *payload);
    static int onPushUpdate(const char *refname, const char *status, void *payload);
    static int onSideband(const char *text, int length, void *payload);

    int credentials(git_credential **out, const QString &url, const QString &usernameFromUrl,
                    unsigned int allowedTypes);
    int reportProgress(const TransferProgress &progress);

    QString m_url;
    QString m_action;
    CredentialChain &m_credentials;
    const ProgressCallback &m_progress;
    bool m_cancelled = false;
    bool m_credentialGiven = false;
    std::optional<Error> m_callbackError;
    QStringList m_rejections;
    QByteArray m_sideband;
};

} // namespace sextant::git
