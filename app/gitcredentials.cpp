#include "app/gitcredentials.h"

#include "app/credentialstore.h"

#include <QSettings>
#include <QUrl>

namespace sextant {

using namespace Qt::StringLiterals;

namespace {
const QString PrefixesKey = u"git/credentialPrefixes"_s;
} // namespace

GitKeychainCredentials::GitKeychainCredentials(CredentialStore *store)
    : m_store(store)
{}

std::optional<git::Credential> GitKeychainCredentials::credentialFor(const QString &url,
                                                                     const QString &usernameFromUrl,
                                                                     bool sshAllowed, bool userPassAllowed,
                                                                     int attempt)
{
    Q_UNUSED(sshAllowed)
    if (!userPassAllowed || attempt > 0)
        return std::nullopt;
    const QString plain = git::displayUrl(url);
    std::lock_guard lock(m_mutex);
    const Entry *best = nullptr;
    qsizetype bestLength = -1;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (plain.startsWith(it.key()) && it.key().size() > bestLength) {
            best = &it.value();
            bestLength = it.key().size();
        }
    }
    if (!best)
        return std::nullopt;
    git::Credential credential;
    credential.kind = git::Credential::Kind::UserPassword;
    credential.username = best->username.isEmpty() ? usernameFromUrl : best->username;
    if (credential.username.isEmpty())
        credential.username = u"git"_s;
    credential.secret = best->secret;
    credential.origin = u"keychain"_s;
    return credential;
}

void GitKeychainCredentials::set(const QString &prefix, const QString &username, const QString &secret,
                                 bool persist)
{
    {
        std::lock_guard lock(m_mutex);
        m_entries.insert(prefix, Entry{username, secret});
    }
    if (persist) {
        m_store->save(keychainKey(prefix), username + u'\n' + secret);
        rememberPrefix(prefix, true);
    }
}

void GitKeychainCredentials::forget(const QString &prefix)
{
    {
        std::lock_guard lock(m_mutex);
        m_entries.remove(prefix);
    }
    m_store->forget(keychainKey(prefix));
    rememberPrefix(prefix, false);
}

void GitKeychainCredentials::loadRemembered()
{
    const QStringList remembered = QSettings().value(PrefixesKey).toStringList();
    for (const QString &prefix : remembered) {
        m_store->load(keychainKey(prefix), [this, prefix](const QString &stored) {
            if (stored.isEmpty())
                return;
            std::lock_guard lock(m_mutex);
            m_entries.insert(prefix, Entry{stored.section(u'\n', 0, 0), stored.section(u'\n', 1)});
        });
    }
}

QStringList GitKeychainCredentials::prefixes() const
{
    std::lock_guard lock(m_mutex);
    QStringList prefixes = m_entries.keys();
    prefixes.sort();
    return prefixes;
}

QString GitKeychainCredentials::suggestedPrefix(const QString &url)
{
    const QUrl parsed(git::displayUrl(url));
    if (!parsed.isValid() || parsed.host().isEmpty())
        return git::displayUrl(url);
    QUrl root;
    root.setScheme(parsed.scheme());
    root.setHost(parsed.host());
    root.setPort(parsed.port());
    root.setPath(u"/"_s);
    return root.toString();
}

void GitKeychainCredentials::rememberPrefix(const QString &prefix, bool remember)
{
    QSettings settings;
    QStringList prefixes = settings.value(PrefixesKey).toStringList();
    prefixes.removeAll(prefix);
    if (remember)
        prefixes << prefix;
    settings.setValue(PrefixesKey, prefixes);
}

} // namespace sextant
