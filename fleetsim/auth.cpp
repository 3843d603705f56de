#include "fleetsim/auth.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace sextant::fleetsim {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 RenewWithinSeconds = 5 * 60;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

} // namespace

Auth::Auth(qint64 sessionSeconds)
    : m_secret(randomBytes(32))
    , m_sessionSeconds(sessionSeconds)
{}

void Auth::addUser(const QString &username, const QString &password, const QString &role)
{
    m_users.insert(username, {password, role, QString()});
}

QString Auth::mint(const QString &subject, qint64 lifetimeSeconds) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("argocd")},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now}};
    if (lifetimeSeconds > 0)
        claims.insert(QStringLiteral("exp"), now + lifetimeSeconds);
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(Base64Url);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256)
            .toBase64(Base64Url);
    return QString::fromLatin1(signingInput + '.' + signature);
}

QString Auth::apiKey(const QString &username)
{
    User &user = m_users[username];
    if (user.apiKey.isEmpty())
        user.apiKey = mint(username + QStringLiteral(":apiKey"), 0);
    return user.apiKey;
}

Result<QString> Auth::login(const QString &username, const QString &password)
{
    if (username.isEmpty() && password.isEmpty())
        return Error{QStringLiteral("no credentials supplied"), 16};
    const auto user = m_users.constFind(username);
    if (user == m_users.cend() || user->password != password)
        return Error{QStringLiteral("Invalid username or password"), 16};
    return mint(username + QStringLiteral(":login"), m_sessionSeconds);
}

Result<Session> Auth::authenticate(const QByteArray &grpcToken, const QByteArray &authorization,
                                   const QByteArray &cookie) const
{
    QByteArray token = grpcToken;
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = authorization.mid(7).trimmed();
    if (token.isEmpty()) {
        for (QByteArray part : cookie.split(';')) {
            part = part.trimmed();
            if (part.startsWith("argocd.token="))
                token = part.mid(13);
        }
    }
    if (token.isEmpty())
        return Error{QStringLiteral("no session information"), 16};

    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Error{QStringLiteral("invalid session: token contains an invalid number of segments"), 16};
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret, QCryptographicHash::Sha256)
            .toBase64(Base64Url);
    if (expected != parts[2])
        return Error{QStringLiteral("invalid session: signature is invalid"), 16};
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    Session session;
    session.subject = claims.value(QStringLiteral("sub")).toString();
    session.username = session.subject.section(u':', 0, 0);
    session.issuedAt = claims.value(QStringLiteral("iat")).toInteger();
    session.expiresAt = claims.value(QStringLiteral("exp")).toInteger();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (session.expiresAt != 0 && session.expiresAt <= now)
        return Error{QStringLiteral("invalid session: token has invalid claims: token is expired"), 16};
    const auto user = m_users.constFind(session.username);
    if (user == m_users.cend())
        return Error{QStringLiteral("invalid session: account %1 does not exist").arg(session.username), 16};
    session.role = user->role;
    if (session.subject.endsWith(QStringLiteral(":login")) && session.expiresAt - now < RenewWithinSeconds)
        session.renewedToken = mint(session.subject, m_sessionSeconds);
    return session;
}

} // namespace sextant::fleetsim
