#pragma once

// Failures, progress and credentials of operations that talk to a Git remote.
// Plain Qt value types: no libgit2 type appears here.

#include "model/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sextant::git {

// Error::code carries int(GitFailure) for every failure of a remote operation, of
// GitMirror, PathHistory, the history queries, previewRevert, identityFromConfig and
// GitRepository::commitTree. Error::message is an operator-readable sentence naming
// the URL (without user information) and what to do; it never contains a credential.
enum class GitFailure {
    Other = 1000,
    Authentication, // no credential was accepted (or none was available)
    HostKey,        // SSH host unknown or changed
    Tls,            // certificate or TLS handshake
    Network,        // DNS, connection refused, timeout, connection lost
    NotFound,       // repository, branch, revision or object does not exist
    DiskFull,
    Rejected,  // the server declined a pushed reference
    Cancelled, // a ProgressCallback returned false
    Conflict,  // a revert or a branch update collided with other changes
};

// The failure an Error stands for; Other for codes outside GitFailure.
GitFailure failureOf(const Error &error);
// An Error with code int(failure).
Error gitError(GitFailure failure, const QString &message);

// For a fetch: objects and bytes received and indexed. For a push: objects and bytes sent
// (receivedObjects / totalObjects / receivedBytes).
struct TransferProgress {
    qint64 receivedObjects = 0;
    qint64 totalObjects = 0;
    qint64 indexedObjects = 0;
    qint64 receivedBytes = 0;
};
// Called on the thread running the operation; return false to cancel (→ GitFailure::Cancelled).
using ProgressCallback = std::function<bool(const TransferProgress &)>;

struct Credential {
    enum class Kind { UserPassword, SshAgent, SshKey };
    Kind kind = Kind::UserPassword;
    QString username;
    QString secret;         // password/token, or key passphrase
    QString privateKeyPath; // SshKey
    QString publicKeyPath;  // SshKey, may be empty
    QString
        origin; // where it came from, for messages: "keychain", "git credential", "SEXTANT_GIT_TOKEN", ...
};

// One source of credentials. Called on a worker thread. `attempt` counts how often this
// source was already asked for this URL during one operation (a source that would
// return the same credential again returns nullopt instead, or libgit2 just loops).
class CredentialSource {
public:
    virtual ~CredentialSource() = default;
    virtual std::optional<Credential> credentialFor(const QString &url, const QString &usernameFromUrl,
                                                    bool sshAllowed, bool userPassAllowed, int attempt) = 0;
    // Called after an operation that used this source's credential succeeded (accepted) or
    // failed with GitFailure::Authentication (not accepted).
    virtual void report(const QString &url, const Credential &credential, bool accepted)
    {
        Q_UNUSED(url)
        Q_UNUSED(credential)
        Q_UNUSED(accepted)
    }
};

// Sources asked in order: each until it returns nullopt, then the next one. The chain keeps
// the state of one operation per thread (which source, which attempt, the credential handed
// out last), so several threads may each run one operation with the same chain; copies
// share sources and state. Sources are called without a lock held, from those threads.
class CredentialChain {
public:
    CredentialChain();

    void add(std::shared_ptr<CredentialSource> source);
    bool isEmpty() const;

    // Forgets the state of this thread's previous operation; the remote operations call it first.
    void begin();
    // The next credential to try for `url`, or nullopt when every source gave up.
    std::optional<Credential> next(const QString &url, const QString &usernameFromUrl, bool sshAllowed,
                                   bool userPassAllowed);
    // Reports the outcome to the source of the credential handed out last on this thread,
    // if any, and forgets the operation; the remote operations call it when they succeed or
    // fail with Authentication.
    void finish(const QString &url, bool accepted);
    // The credential handed out last in this thread's operation (for messages: its origin).
    std::optional<Credential> lastCredential() const;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

// `url` without user information (user:password@), for messages.
QString displayUrl(const QString &url);

} // namespace sextant::git
