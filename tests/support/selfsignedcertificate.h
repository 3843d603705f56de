#pragma once

// A self-signed certificate for 127.0.0.1 and localhost, made with the openssl CLI, for
// tests that serve or reach HTTPS on loopback.
#include <QDir>
#include <QProcess>
#include <QString>

namespace sextant::testing {

// Writes cert.pem and key.pem into `dir`; false with openssl's reason in `error`.
inline bool makeSelfSignedCertificate(const QString &dir, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForStarted(10000)) {
        *error = QStringLiteral("openssl is not installed");
        return false;
    }
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace sextant::testing
