#include "model/git/credentialsources.h"

#include "model/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace sextant::git {

namespace {

bool isHttp(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// The key=value lines `git credential` reads and writes. Values with a newline would
// break the protocol, so such a credential is never passed on.
QByteArray credentialRequest(const QString &url, const QString &username, const QString &password)
{
    const QUrl parsed(url);
    QByteArray request;
    request += "protocol=" + parsed.scheme().toUtf8() + '\n';
    QString host = parsed.host();
    if (parsed.port() > 0)
        host += QLatin1Char(':') + QString::number(parsed.port());
    request += "host=" + host.toUtf8() + '\n';
    const QString path = parsed.path().mid(1); // git sends the path without the leading slash
    if (!path.isEmpty())
        request += "path=" + path.toUtf8() + '\n';
    if (!username.isEmpty())
        request += "username=" + username.toUtf8() + '\n';
    if (!password.isEmpty())
        request += "password=" + password.toUtf8() + '\n';
    request += '\n';
    return request;
}

bool hasLineBreak(const QString &value)
{
    return value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.contains(QChar(0));
}

} // namespace

std::optional<Credential> EnvironmentTokenSource::credentialFor(const QString &url,
                                                                const QString &usernameFromUrl,
                                                                bool sshAllowed, bool userPassAllowed,
                                                                int attempt)
{
    Q_UNUSED(sshAllowed)
    if (attempt > 0 || !userPassAllowed || !isHttp(url))
        return std::nullopt;
    const QString token = qEnvironmentVariable("SEXTANT_GIT_TOKEN");
    if (token.isEmpty())
        return std::nullopt;
    QString user = qEnvironmentVariable("SEXTANT_GIT_USERNAME");
    if (user.isEmpty())
        user = usernameFromUrl.isEmpty() ? QStringLiteral("git") : usernameFromUrl;
    return Credential{Credential::Kind::UserPassword,     user, token, {}, {},
                      QStringLiteral("SEXTANT_GIT_TOKEN")};
}

GitCredentialHelperSource::GitCredentialHelperSource(int timeoutMs, QString gitProgram)
    : m_timeoutMs(timeoutMs)
    , m_gitProgram(std::move(gitProgram))
{}

namespace {

// Runs `git credential <action>` with `input`; the standard output, or nullopt on failure.
std::optional<QByteArray> runGitCredential(const QString &program, const QString &action,
                                           const QByteArray &input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("GCM_INTERACTIVE"), QStringLiteral("never"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));
    process.setProcessEnvironment(env);
    // Outside any repository, so that no repository's config (or a broken one) is read.
    process.setWorkingDirectory(QDir::rootPath());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, {QStringLiteral("credential"), action});
    if (!process.waitForStarted(timeoutMs)) {
        qCWarning(lcGit).noquote() << "cannot run" << program << "credential" << action
                                   << process.errorString();
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        qCWarning(lcGit).noquote() << program << "credential" << action << "did not answer within"
                                   << timeoutMs << "ms";
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCDebug(lcGit).noquote() << program << "credential" << action
                                 << "failed:" << QString::fromUtf8(process.readAllStandardError()).trimmed();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

std::optional<Credential> GitCredentialHelperSource::credentialFor(const QString &url,
                                                                   const QString &usernameFromUrl,
                                                                   bool sshAllowed, bool userPassAllowed,
                                                                   int attempt)
{
    Q_UNUSED(sshAllowed)
    if (attempt > 0 || !userPassAllowed || !isHttp(url) || hasLineBreak(url) || hasLineBreak(usernameFromUrl))
        return std::nullopt;
    // With GIT_TERMINAL_PROMPT=0, `git credential fill` fails rather than prompting when no
    // helper knows the URL.
    const auto output = runGitCredential(m_gitProgram, QStringLiteral("fill"),
                                         credentialRequest(url, usernameFromUrl, {}), m_timeoutMs);
    if (!output)
        return std::nullopt;
    Credential credential;
    credential.kind = Credential::Kind::UserPassword;
    credential.origin = QStringLiteral("git credential");
    for (const QByteArray &line : output->split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1));
        if (key == "username")
            credential.username = value;
        else if (key == "password")
            credential.secret = value;
    }
    if (credential.secret.isEmpty())
        return std::nullopt;
    if (credential.username.isEmpty())
        credential.username = usernameFromUrl;
    return credential;
}

void GitCredentialHelperSource::report(const QString &url, const Credential &credential, bool accepted)
{
    if (!isHttp(url) || hasLineBreak(url) || hasLineBreak(credential.username) ||
        hasLineBreak(credential.secret))
        return;
    runGitCredential(m_gitProgram, accepted ? QStringLiteral("approve") : QStringLiteral("reject"),
                     credentialRequest(url, credential.username, credential.secret), m_timeoutMs);
}

std::optional<Credential> SshAgentSource::credentialFor(const QString &url, const QString &usernameFromUrl,
                                                        bool sshAllowed, bool userPassAllowed, int attempt)
{
    Q_UNUSED(url)
    Q_UNUSED(userPassAllowed)
    if (attempt > 0 || !sshAllowed || qEnvironmentVariable("SSH_AUTH_SOCK").isEmpty())
        return std::nullopt;
    return Credential{Credential::Kind::SshAgent, usernameFromUrl, {}, {}, {}, QStringLiteral("ssh-agent")};
}

SshKeySource::SshKeySource(QString sshDirectory)
    : m_sshDirectory(sshDirectory.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                            : std::move(sshDirectory))
{}

std::optional<Credential> SshKeySource::credentialFor(const QString &url, const QString &usernameFromUrl,
                                                      bool sshAllowed, bool userPassAllowed, int attempt)
{
    Q_UNUSED(url)
    Q_UNUSED(userPassAllowed)
    if (!sshAllowed)
        return std::nullopt;
    int found = 0;
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString privateKey = m_sshDirectory + QLatin1Char('/') + QLatin1String(name);
        if (!QFileInfo(privateKey).isFile())
            continue;
        if (found++ < attempt)
            continue;
        const QString publicKey = privateKey + QStringLiteral(".pub");
        return Credential{Credential::Kind::SshKey,
                          usernameFromUrl,
                          {},
                          privateKey,
                          QFileInfo(publicKey).isFile() ? publicKey : QString(),
                          QStringLiteral("~/.ssh/") + QLatin1String(name)};
    }
    return std::nullopt;
}

} // namespace sextant::git
