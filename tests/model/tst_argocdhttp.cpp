// The HTTP layer shared by ArgoCdClient and StreamReader: how requests are built, which
// configurations are refused, how HTTP errors read; and how NDJSON bodies are cut into lines.
#include "model/argocd/argocdhttp.h"
#include "model/argocd/replybody.h"

#include <QNetworkRequest>
#include <QTest>

using namespace sextant;
using namespace sextant::argocd;
using namespace Qt::StringLiterals;

namespace {

InstanceConfig instance(const QString &server)
{
    InstanceConfig config;
    config.name = u"test"_s;
    config.server = QUrl(server);
    return config;
}

} // namespace

class ArgoCdHttpTest : public QObject {
    Q_OBJECT
private slots:
    void requestUrls_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url");
        QTest::addRow("plain") << u"https://argocd.example:8443"_s << u"/api/version"_s
                               << u"https://argocd.example:8443/api/version"_s;
        QTest::addRow("root path") << u"https://example.com/argo-cd"_s << u"/api/v1/applications"_s
                                   << u"https://example.com/argo-cd/api/v1/applications"_s;
        QTest::addRow("root path with slashes") << u"https://example.com/argo-cd//"_s << u"/api/version"_s
                                                << u"https://example.com/argo-cd/api/version"_s;
        QTest::addRow("query") << u"https://example.com"_s
                               << u"/api/v1/stream/applications?resourceVersion=42"_s
                               << u"https://example.com/api/v1/stream/applications?resourceVersion=42"_s;
    }

    void requestUrls()
    {
        QFETCH(QString, server);
        QFETCH(QString, path);
        QFETCH(QString, url);
        const ArgoCdHttp http(instance(server));
        QVERIFY(!http.configError());
        QCOMPARE(http.request(path, {}).url().toString(), url);
    }

    void requestHeaders()
    {
        const ArgoCdHttp http(instance(u"https://example.com"_s));
        const QNetworkRequest withToken = http.request(u"/api/version"_s, u"abc"_s);
        QCOMPARE(withToken.rawHeader("Authorization"), QByteArray("Bearer abc"));
        QCOMPARE(withToken.rawHeader("Accept"), QByteArray("application/json"));
        QVERIFY(withToken.header(QNetworkRequest::UserAgentHeader).toString().startsWith(u"Sextant/"_s));
        QCOMPARE(withToken.attribute(QNetworkRequest::CookieSaveControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        QVERIFY(!http.request(u"/api/version"_s, {}).hasRawHeader("Authorization"));
    }

    void insecureSkipsVerification()
    {
        InstanceConfig config = instance(u"https://example.com"_s);
        config.insecure = true;
        const ArgoCdHttp http(config);
        QCOMPARE(http.request(u"/api/version"_s, {}).sslConfiguration().peerVerifyMode(),
                 QSslSocket::VerifyNone);
    }

    void configErrors_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("plainText");
        QTest::addColumn<QString>("error"); // empty: reachable
        QTest::addRow("https") << u"https://example.com"_s << false << QString();
        QTest::addRow("plain HTTP to loopback") << u"http://127.0.0.1:8080"_s << false << QString();
        QTest::addRow("plain HTTP, marked plain-text") << u"http://example.com"_s << true << QString();
        QTest::addRow("plain HTTP to a remote host")
            << u"http://example.com"_s << false << u"Refusing plain HTTP to example.com"_s;
        QTest::addRow("no host") << u"https://"_s << false << u"is not a valid URL"_s;
        QTest::addRow("other scheme") << u"ftp://example.com"_s << false << u"must start with https://"_s;
    }

    void configErrors()
    {
        QFETCH(QString, server);
        QFETCH(bool, plainText);
        QFETCH(QString, error);
        InstanceConfig config = instance(server);
        config.plainText = plainText;
        const ArgoCdHttp http(config);
        if (error.isEmpty()) {
            QVERIFY2(!http.configError(), qPrintable(http.configError().value_or(Error{}).message));
        } else {
            QVERIFY(http.configError());
            QVERIFY2(http.configError()->message.contains(error), qPrintable(http.configError()->message));
        }
    }

    void unreadableCaFile()
    {
        InstanceConfig config = instance(u"https://example.com"_s);
        config.caFile = u"/nonexistent/ca.pem"_s;
        const ArgoCdHttp http(config);
        QVERIFY(http.configError());
        QVERIFY(http.configError()->message.contains(u"Cannot read the CA file /nonexistent/ca.pem"_s));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("expected");
        QTest::addRow("401") << 401 << u"token is expired"_s << u"refused the token"_s;
        QTest::addRow("403") << 403 << u"permission denied"_s << u"(403 Forbidden): permission denied"_s;
        QTest::addRow("404 names the path") << 404 << u"not found"_s << u"has no /api/v1/x (404 Not Found"_s;
        QTest::addRow("500") << 500 << u"boom"_s << u"failed (500 Internal Server Error): boom"_s;
        QTest::addRow("nothing said") << 409 << QString() << u"answered 409 Conflict: no details given"_s;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, said);
        QFETCH(QString, expected);
        const Error error = ArgoCdHttp::httpError(status, said, u"/api/v1/x"_s);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QCOMPARE(error.code, status);
        QCOMPARE(error.serverMessage, said);
    }

    void serverMessages()
    {
        QCOMPARE(ArgoCdHttp::serverMessage(R"({"error":"x","code":7,"message":"permission denied"})"),
                 u"permission denied"_s);
        QCOMPARE(ArgoCdHttp::serverMessage("Invalid content type\n"), u"Invalid content type"_s);
        QCOMPARE(ArgoCdHttp::serverMessage({}), QString());
    }

    void linesArriveInPieces()
    {
        NdjsonBuffer buffer;
        buffer.append(QByteArrayView("{\"a\":1}\n  \n{\"b\""));
        QCOMPARE(buffer.takeLine().value_or("none"), QByteArray("{\"a\":1}"));
        QVERIFY(!buffer.takeLine()); // the blank line is skipped, the last is incomplete
        buffer.append(QByteArrayView(":2}\r\n{\"c\":3}"));
        QCOMPARE(buffer.takeLine().value_or("none"), QByteArray("{\"b\":2}"));
        QVERIFY(!buffer.takeLine());
        QCOMPARE(buffer.size(), 7);
        QCOMPARE(buffer.takeAll(), QByteArray("{\"c\":3}"));
        QCOMPARE(buffer.size(), 0);
    }

    void wholeLinesAsOneBlock()
    {
        NdjsonBuffer buffer;
        buffer.append(QByteArray("one\ntwo"));
        QCOMPARE(buffer.takeWholeLines(), QByteArray("one\n"));
        QCOMPARE(buffer.takeWholeLines(), QByteArray());
        buffer.append(QByteArray("\nthree\n"));
        QCOMPARE(buffer.takeWholeLines(), QByteArray("two\nthree\n"));
        QCOMPARE(buffer.size(), 0);
        buffer.append(QByteArray("four"));
        buffer.clear();
        QCOMPARE(buffer.takeAll(), QByteArray());
    }

    void forEachLineStopsWhenAsked()
    {
        QList<QByteArray> seen;
        NdjsonBuffer::forEachLine(QByteArrayView(" a \n\nb\nc\nlast"), [&](QByteArrayView line) {
            seen.append(line.toByteArray());
            return line != "c";
        });
        QCOMPARE(seen, (QList<QByteArray>{"a", "b", "c"}));
        seen.clear();
        NdjsonBuffer::forEachLine(QByteArrayView("x\nlast"), [&](QByteArrayView line) {
            seen.append(line.toByteArray());
            return true;
        });
        QCOMPARE(seen, (QList<QByteArray>{"x", "last"}));
    }
};

QTEST_GUILESS_MAIN(ArgoCdHttpTest)
#include "tst_argocdhttp.moc"
