#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sextant::fleetsim {

// Who made a request. Roles: "admin" may do everything, "readonly" may only read.
struct Session {
    QString username;
    QString role;
    QString subject; // JWT sub: "<user>:login" or "<user>:apiKey"
    qint64 issuedAt = 0;
    qint64 expiresAt = 0; // 0: never
    QString renewedToken; // set when a login token is close to expiry
};

// Argo CD-shaped authentication: HS256 JWTs for logins (renewed when less
// than five minutes remain) and long-lived API keys for the admin and
// read-only accounts.
class Auth {
public:
    explicit Auth(qint64 sessionSeconds = 24 * 3600);

    void addUser(const QString &username, const QString &password, const QString &role);
    QString apiKey(const QString &username); // minted once per user

    Result<QString> login(const QString &username, const QString &password);
    // The token from Grpc-Metadata-Token, Authorization: Bearer, or the argocd.token cookie.
    Result<Session> authenticate(const QByteArray &grpcToken, const QByteArray &authorization,
                                 const QByteArray &cookie) const;

private:
    QString mint(const QString &subject, qint64 lifetimeSeconds) const;

    struct User {
        QString password;
        QString role;
        QString apiKey;
    };
    QMap<QString, User> m_users;
    QByteArray m_secret;
    qint64 m_sessionSeconds;
};

} // namespace sextant::fleetsim
