#pragma once

#include <QHash>
#include <QObject>

#include <functional>

namespace sextant {

// Tokens live in the system keychain (QtKeychain) when one answers, and
// otherwise only in memory for this session: never in a settings file.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    void save(const QString &instance, const QString &token);
    void load(const QString &instance, std::function<void(const QString &token)> done);
    void forget(const QString &instance);
    // False once the keychain refused: tokens are then kept in memory only.
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    void keychainUnavailable(const QString &reason);

private:
    QHash<QString, QString> m_memory;
    bool m_keychainAvailable = true;
};

} // namespace sextant
