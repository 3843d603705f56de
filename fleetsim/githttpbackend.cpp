#include "fleetsim/githttpbackend.h"

#include "fleetsim/auth.h"
#include "fleetsim/gitstore.h"
#include "model/logging.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace sextant::fleetsim {

namespace {

HttpResponse plainText(int status, const QByteArray &text, QList<HttpHeader> headers = {})
{
    return {status, "text/plain; charset=utf-8", text + '\n', std::move(headers)};
}

HttpResponse unauthorized(const QByteArray &text)
{
    return plainText(401, text, {{"WWW-Authenticate", R"(Basic realm="sextant-fleetsim")"}});
}

// The password of an HTTP Basic Authorization header; null when there is none.
QByteArray basicPassword(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    return colon < 0 ? QByteArray() : decoded.mid(colon + 1);
}

// A CGI answer: "Status:" and other headers, a blank line, the body.
std::optional<HttpResponse> parseCgiOutput(const QByteArray &output)
{
    qsizetype headEnd = output.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype bare = output.indexOf("\n\n");
    if (bare >= 0 && (headEnd < 0 || bare < headEnd)) {
        headEnd = bare;
        separator = 2;
    }
    if (headEnd < 0)
        return std::nullopt;
    HttpResponse response;
    response.contentType = "text/plain";
    response.body = output.mid(headEnd + separator);
    for (const QByteArray &rawLine : output.left(headEnd).split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Status", Qt::CaseInsensitive) == 0)
            response.status = value.left(3).toInt();
        else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            response.contentType = value;
        else if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            response.headers.append(HttpHeader{name, value});
    }
    if (response.status < 100 || response.status > 599)
        return std::nullopt;
    return response;
}

} // namespace

GitHttpBackend::GitHttpBackend(GitStore &git, const Auth &auth, const QString &backend, QObject *parent)
    : QObject(parent)
    , m_git(git)
    , m_auth(auth)
    , m_backend(backend.isEmpty() ? findBackend() : backend)
{}

QString GitHttpBackend::findBackend()
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("--exec-path")});
    if (!git.waitForFinished(10000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return {};
    const QString execPath = QString::fromLocal8Bit(git.readAllStandardOutput()).trimmed();
    return execPath.isEmpty() ? QString() : execPath + QStringLiteral("/git-http-backend");
}

void GitHttpBackend::serve(HttpConnection *connection, const HttpRequest &request)
{
    // /git/<name>.git/<service path>
    const QString pathInfo = request.path.mid(PathPrefix.size() - 1);
    const QString repoDir = pathInfo.section(u'/', 1, 1);
    if (!repoDir.endsWith(QStringLiteral(".git")) || !m_git.contains(repoDir.chopped(4)) ||
        pathInfo.contains(QStringLiteral(".."))) {
        connection->respond(plainText(404, "repository not found"));
        return;
    }

    const QByteArray password = basicPassword(request.header("authorization"));
    if (password.isEmpty()) {
        connection->respond(unauthorized("authentication required: use an API token as the password"));
        return;
    }
    const auto session = m_auth.authenticate({}, "Bearer " + password, {});
    if (!session) {
        connection->respond(unauthorized("authentication failed: " + session.errorMessage().toUtf8()));
        return;
    }
    const bool push = pathInfo.endsWith(QStringLiteral("/git-receive-pack")) ||
                      request.queryValue(QStringLiteral("service")) == QStringLiteral("git-receive-pack");
    if (push && session->role != QStringLiteral("admin")) {
        connection->respond(
            plainText(403, QStringLiteral("permission denied: %1 may fetch from %2 but not push to it")
                               .arg(session->username, repoDir)
                               .toUtf8()));
        return;
    }
    run(connection, request, pathInfo, session->username, push);
}

void GitHttpBackend::run(HttpConnection *connection, const HttpRequest &request, const QString &pathInfo,
                         const QString &user, bool push)
{
    if (m_backend.isEmpty()) {
        connection->respond(
            plainText(500, "git http-backend is not available: install the Debian package git"));
        return;
    }
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_git.reposDir());
    env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
    // Pushes over HTTP are on for every repository (http.receivepack).
    env.insert(QStringLiteral("GIT_CONFIG_COUNT"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_KEY_0"), QStringLiteral("http.receivepack"));
    env.insert(QStringLiteral("GIT_CONFIG_VALUE_0"), QStringLiteral("true"));
    // As large as a request body HttpConnection accepts (git's default is 10 MB).
    env.insert(QStringLiteral("GIT_HTTP_MAX_REQUEST_BUFFER"), QStringLiteral("64M"));
    env.insert(QStringLiteral("PATH_INFO"), pathInfo);
    env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(request.method));
    env.insert(QStringLiteral("QUERY_STRING"), request.query.query(QUrl::FullyEncoded));
    env.insert(QStringLiteral("REMOTE_USER"), user);
    env.insert(QStringLiteral("REMOTE_ADDR"), connection->peer().section(u':', 0, -2));
    env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(request.header("content-type")));
    env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(request.body.size()));
    if (const QByteArray encoding = request.header("content-encoding"); !encoding.isEmpty())
        env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromLatin1(encoding));
    if (const QByteArray protocol = request.header("git-protocol"); !protocol.isEmpty())
        env.insert(QStringLiteral("HTTP_GIT_PROTOCOL"), QString::fromLatin1(protocol));
    process->setProcessEnvironment(env);

    QPointer<HttpConnection> client(connection);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, process, [process] {
        process->setProperty("timedOut", true);
        process->kill();
    });
    // A client that hangs up takes its backend with it.
    connect(connection, &HttpConnection::closed, process, [process] { process->kill(); });
    connect(process, &QProcess::started, process, [process, body = request.body] {
        process->write(body);
        process->closeWriteChannel();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, client](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        qCWarning(lcFleetsim) << "git http-backend did not start:" << process->errorString();
        if (client)
            client->respond(
                plainText(500, "git http-backend did not start: " + process->errorString().toUtf8() + " (" +
                                   m_backend.toUtf8() + ')'));
        process->deleteLater();
    });
    connect(process, &QProcess::finished, this,
            [this, process, client, push](int exitCode, QProcess::ExitStatus exitStatus) {
                process->deleteLater();
                const QByteArray errors = process->readAllStandardError().trimmed();
                const bool failed = exitStatus != QProcess::NormalExit || exitCode != 0;
                if (!failed && push)
                    emit pushed();
                if (!client)
                    return;
                if (process->property("timedOut").toBool()) {
                    client->respond(plainText(500, "git http-backend took longer than " +
                                                       QByteArray::number(m_timeoutMs / 1000) +
                                                       " s and was stopped"));
                    return;
                }
                std::optional<HttpResponse> response = parseCgiOutput(process->readAllStandardOutput());
                // Its own refusals (403, 404) end the program with an error too; pass those on.
                if (response && (!failed || response->status >= 400)) {
                    client->respond(*response);
                    return;
                }
                qCWarning(lcFleetsim) << "git http-backend failed:" << exitCode << errors;
                client->respond(plainText(500, "git http-backend failed (exit code " +
                                                   QByteArray::number(exitCode) + "): " + errors));
            });
    process->start(m_backend, {});
    deadline->start(m_timeoutMs);
}

} // namespace sextant::fleetsim
