#include "app/credentialstore.h"

#include "model/logging.h"

#include <qt6keychain/keychain.h>

namespace sextant {

namespace {
const QString Service = QStringLiteral("io.github.sextant.Sextant");
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

void CredentialStore::save(const QString &instance, const QString &token)
{
    m_memory.insert(instance, token);
    if (!m_keychainAvailable)
        return;
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(instance);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            return;
        m_keychainAvailable = false;
        qCWarning(lcViews) << "system keychain unavailable:" << finished->errorString();
        emit keychainUnavailable(finished->errorString());
    });
    job->start();
}

void CredentialStore::load(const QString &instance, std::function<void(const QString &)> done)
{
    if (m_memory.contains(instance) || !m_keychainAvailable) {
        done(m_memory.value(instance));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(instance);
    connect(job, &QKeychain::Job::finished, this, [this, instance, done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError) {
            m_memory.insert(instance, read->textData());
        } else if (read->error() != QKeychain::EntryNotFound) {
            m_keychainAvailable = false;
            emit keychainUnavailable(read->errorString());
        }
        done(m_memory.value(instance));
    });
    job->start();
}

void CredentialStore::forget(const QString &instance)
{
    m_memory.remove(instance);
    if (!m_keychainAvailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(instance);
    job->start();
}

} // namespace sextant
