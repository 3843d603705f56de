// The real sextant-fleetsim binary, as scripts and other clients start it.
#include "tests/support/selfsignedcertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Binary = QStringLiteral(FLEETSIM_BINARY);

QString testSeed()
{
    return qEnvironmentVariable("SEXTANT_SOURCE_DIR") +
           QStringLiteral("/tests/fleetsim/data/test-fleet.yaml");
}

struct Started {
    QByteArray readyLine;
    QJsonObject ready;
};

// Starts the binary and waits for its one ready line.
Started startServer(QProcess &process, const QStringList &arguments)
{
    process.start(Binary, arguments);
    Started started;
    if (!process.waitForStarted(10000))
        return started;
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(200);
    started.readyLine = process.readLine();
    started.ready = QJsonDocument::fromJson(started.readyLine).object();
    return started;
}

struct Reply {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Reply get(const QString &url, const QString &token, const QList<QSslCertificate> &caCertificates = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(caCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->error()};
    delete reply;
    return result;
}

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

class FleetsimCliTest : public QObject {
    Q_OBJECT
private slots:
    void printsOneReadyLineThenServes()
    {
        QTemporaryDir data;
        QProcess process;
        const Started started =
            startServer(process, {QStringLiteral("--seed"), testSeed(), QStringLiteral("--data-dir"),
                                  data.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                  QStringLiteral("--scenario"), QStringLiteral("none")});
        const QByteArray expectedStart = "{\"url\":\"http://127.0.0.1:";
        QVERIFY2(started.readyLine.startsWith(expectedStart), started.readyLine.constData());
        QVERIFY(started.readyLine.endsWith("\n"));
        const QStringList keys{QStringLiteral("readonlyToken"), QStringLiteral("token"),
                               QStringLiteral("url")};
        QCOMPARE(started.ready.keys(), keys);
        const QString url = started.ready.value(QStringLiteral("url")).toString();
        const Reply version = get(url + QStringLiteral("/api/version"), {});
        QCOMPARE(version.status, 200);
        QVERIFY(QJsonDocument::fromJson(version.body)
                    .object()
                    .value(QStringLiteral("Version"))
                    .toString()
                    .startsWith(u'v'));
        const Reply apps = get(url + QStringLiteral("/api/v1/applications"),
                               started.ready.value(QStringLiteral("token")).toString());
        QCOMPARE(apps.status, 200);
        QCOMPARE(QJsonDocument::fromJson(apps.body).object().value(QStringLiteral("items")).toArray().size(),
                 3);
        // Nothing else on stdout: logs go to stderr.
        QVERIFY(process.readAllStandardOutput().isEmpty());
        // The repositories are real bare Git repositories in the data directory.
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("repos/web.git/HEAD"))));
        stop(process);
    }

    void servesHttpsWithItsCertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")),
                      key = dir.filePath(QStringLiteral("key.pem"));
        QString opensslError;
        QVERIFY2(sextant::testing::makeSelfSignedCertificate(dir.path(), &opensslError),
                 qPrintable(opensslError));

        QProcess process;
        const Started started =
            startServer(process, {QStringLiteral("--seed"), testSeed(), QStringLiteral("--data-dir"),
                                  dir.filePath(QStringLiteral("data")), QStringLiteral("--scenario"),
                                  QStringLiteral("none"), QStringLiteral("--tls-cert"), cert,
                                  QStringLiteral("--tls-key"), key});
        const QString url = started.ready.value(QStringLiteral("url")).toString();
        QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:")), started.readyLine.constData());
        // Trusted through the custom CA: served.
        const Reply trusted = get(url + QStringLiteral("/api/version"), {}, QSslCertificate::fromPath(cert));
        QCOMPARE(trusted.status, 200);
        // Without it the certificate is unknown: refused by the client.
        const Reply untrusted = get(url + QStringLiteral("/api/version"), {});
        QCOMPARE(untrusted.status, 0);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
        stop(process);
    }

    void generatesASyntheticFleet()
    {
        QTemporaryDir data;
        QProcess process;
        const Started started =
            startServer(process, {QStringLiteral("--generate"), QStringLiteral("clusters=3,apps=30"),
                                  QStringLiteral("--data-dir"), data.path()});
        const Reply apps = get(started.ready.value(QStringLiteral("url")).toString() +
                                   QStringLiteral("/api/v1/applications"),
                               started.ready.value(QStringLiteral("token")).toString());
        const QJsonArray items =
            QJsonDocument::fromJson(apps.body).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 30);
        for (const QJsonValue &item : items) {
            const QJsonObject status = item.toObject().value(QStringLiteral("status")).toObject();
            QCOMPARE(status.value(QStringLiteral("history")).toArray().size(), 10);
            QVERIFY(status.value(QStringLiteral("resources")).toArray().size() >= 4);
        }
        stop(process);
    }

    void refusesBadArgumentsWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::addRow("no fleet") << QStringList{} << QStringLiteral("--seed FILE or --generate");
        QTest::addRow("bad generate")
            << QStringList{QStringLiteral("--generate"), QStringLiteral("clusters=x")}
            << QStringLiteral("clusters=x");
        QTest::addRow("missing seed")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("/nonexistent/fleet.yaml")}
            << QStringLiteral("cannot read seed");
        QTest::addRow("bad listen") << QStringList{QStringLiteral("--generate"),
                                                   QStringLiteral("clusters=1,apps=1"),
                                                   QStringLiteral("--listen"), QStringLiteral("nowhere")}
                                    << QStringLiteral("--listen wants host:port");
    }

    void refusesBadArgumentsWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        QTemporaryDir data;
        QProcess process;
        process.start(Binary, arguments + QStringList{QStringLiteral("--data-dir"), data.path()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void reportsAPortInUse()
    {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        QTemporaryDir data;
        QProcess process;
        process.start(Binary, {QStringLiteral("--generate"), QStringLiteral("clusters=1,apps=1"),
                               QStringLiteral("--data-dir"), data.path(), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(occupied.serverPort())});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("cannot listen")));
    }
};

QTEST_GUILESS_MAIN(FleetsimCliTest)
#include "tst_fleetsim_cli.moc"
