#pragma once

// The built-in credential sources. The app layer adds its keychain source first in the chain.

#include "model/git/gitremote.h"

#include <QString>

namespace sextant::git {

// SEXTANT_GIT_TOKEN as the password (SEXTANT_GIT_USERNAME as the user name, default
// "git"), read when asked; for http(s) URLs only, once per operation. For scripts.
class EnvironmentTokenSource : public CredentialSource {
public:
    std::optional<Credential> credentialFor(const QString &url, const QString &usernameFromUrl,
                                            bool sshAllowed, bool userPassAllowed, int attempt) override;
};

// `git credential fill` (and approve / reject in report()): the operator's configured
// credential helpers. Runs git with GIT_TERMINAL_PROMPT=0 and no terminal, so it never
// prompts; a helper that does not answer within `timeoutMs` counts as no credential.
// For http(s) URLs only, once per operation.
class GitCredentialHelperSource : public CredentialSource {
public:
    explicit GitCredentialHelperSource(int timeoutMs = 10000, QString gitProgram = QStringLiteral("git"));

    std::optional<Credential> credentialFor(const QString &url, const QString &usernameFromUrl,
                                            bool sshAllowed, bool userPassAllowed, int attempt) override;
    void report(const QString &url, const Credential &credential, bool accepted) override;

private:
    int m_timeoutMs;
    QString m_gitProgram;
};

// The running ssh-agent (SSH_AUTH_SOCK), for SSH URLs; once per operation.
class SshAgentSource : public CredentialSource {
public:
    std::optional<Credential> credentialFor(const QString &url, const QString &usernameFromUrl,
                                            bool sshAllowed, bool userPassAllowed, int attempt) override;
};

// The default key files of `sshDirectory` (id_ed25519, id_ecdsa, id_rsa, those that exist,
// in that order; one per attempt), without passphrase, for SSH URLs.
class SshKeySource : public CredentialSource {
public:
    // An empty directory means ~/.ssh.
    explicit SshKeySource(QString sshDirectory = {});

    std::optional<Credential> credentialFor(const QString &url, const QString &usernameFromUrl,
                                            bool sshAllowed, bool userPassAllowed, int attempt) override;

private:
    QString m_sshDirectory;
};

} // namespace sextant::git
