#pragma once

#include "fleetsim/http/httpconnection.h"

#include <QObject>
#include <QString>

namespace sextant::fleetsim {

class Auth;
class GitStore;

// Git smart HTTP at /git/<name>.git/…: each request runs Git's own CGI program,
// git http-backend, without waiting for it on the event loop. HTTP Basic with an
// API token as the password (any user name); the read-only token may fetch but
// not push.
class GitHttpBackend : public QObject {
    Q_OBJECT
public:
    static constexpr QStringView PathPrefix = u"/git/";

    // `backend`: the CGI program; empty: findBackend().
    GitHttpBackend(GitStore &git, const Auth &auth, const QString &backend, QObject *parent = nullptr);

    // git http-backend in `git --exec-path`; empty when Git is not installed.
    static QString findBackend();

    void serve(HttpConnection *connection, const HttpRequest &request);

signals:
    // A push went through: branch heads may have moved.
    void pushed();

private:
    void run(HttpConnection *connection, const HttpRequest &request, const QString &pathInfo,
             const QString &user, bool push);

    GitStore &m_git;
    const Auth &m_auth;
    QString m_backend;
    int m_timeoutMs = 120000;
};

} // namespace sextant::fleetsim
