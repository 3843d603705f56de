#pragma once

#include "model/git/gitremote.h"

#include <QHash>
#include <QStringList>

#include <mutex>

namespace sextant {

class CredentialStore;

// Credentials for Git URLs by prefix ("https://git.example.org/team/"), entered once in a
// dialog and kept in the system keychain (through CredentialStore, never in a settings
// file; QSettings holds only the list of prefixes). Asked before any other source. The
// mirrors' workers read it while the GUI thread writes it, hence the lock.
class GitKeychainCredentials : public git::CredentialSource {
public:
    explicit GitKeychainCredentials(CredentialStore *store);

    // The longest stored prefix of `url`, on the first attempt only (a rejected one is not
    // offered again in the same operation).
    std::optional<git::Credential> credentialFor(const QString &url, const QString &usernameFromUrl,
                                                 bool sshAllowed, bool userPassAllowed, int attempt) override;

    // Remembers a credential for URLs under `prefix`; `persist` false keeps it for this session only.
    void set(const QString &prefix, const QString &username, const QString &secret, bool persist);
    void forget(const QString &prefix);
    // Loads the remembered prefixes' credentials from the keychain (asynchronously).
    void loadRemembered();
    QStringList prefixes() const;

    // "scheme://host/" of a URL: the prefix the dialog suggests.
    static QString suggestedPrefix(const QString &url);

private:
    struct Entry {
        QString username;
        QString secret;
    };
    static QString keychainKey(const QString &prefix) { return QStringLiteral("git:") + prefix; }
    void rememberPrefix(const QString &prefix, bool remember);

    CredentialStore *m_store;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries; // by prefix
};

} // namespace sextant
