// ArgoCdClient against an in-process sextant-fleetsim over loopback HTTP(S):
// load, watch, reconnects, auth, TLS and bad input.
#include "model/argocd/argocdclient.h"
#include "tests/support/fleetsimfixture.h"
#include "tests/support/selfsignedcertificate.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace std::chrono_literals;
using namespace sextant;
using namespace sextant::argocd;
using namespace sextant::testing;
using State = ArgoCdClient::State;

namespace {

// Every event the client has emitted, flattened.
struct EventLog {
    QList<WatchEvent> events;

    bool has(const QString &app, const std::function<bool(const Application &)> &predicate) const
    {
        for (const WatchEvent &event : events)
            if (event.application.name == app && predicate(event.application))
                return true;
        return false;
    }
};

const Application *findApp(const FleetSnapshot &snapshot, const QString &name)
{
    for (const Application &app : snapshot.applications)
        if (app.name == name)
            return &app;
    return nullptr;
}

// A port on which nothing listens (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class ArgoCdClientTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;
    std::unique_ptr<ArgoCdClient> m_client;
    EventLog m_log;

    bool startSim(fleetsim::FleetSimConfig config = FleetsimFixture::testConfig())
    {
        m_sim = std::make_unique<FleetsimFixture>(std::move(config));
        if (!m_sim->start()) {
            qWarning() << "fleetsim did not start:" << m_sim->errorString();
            return false;
        }
        return true;
    }

    ArgoCdClient &makeClient(const QString &url, const QString &token, const QString &caFile = {},
                             bool insecure = false)
    {
        InstanceConfig config;
        config.name = QStringLiteral("sim");
        config.server = QUrl(url);
        config.token = token;
        config.caFile = caFile;
        config.insecure = insecure;
        m_client = std::make_unique<ArgoCdClient>(config);
        connect(m_client.get(), &ArgoCdClient::eventsReceived, this,
                [this](const QList<WatchEvent> &events) { m_log.events += events; });
        return *m_client;
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_log = {};
    }

    void listsThenWatchesAndSeesASync()
    {
        QVERIFY(startSim());
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
        QSignalSpy snapshots(&client, &ArgoCdClient::snapshotLoaded);
        QCOMPARE(client.state(), State::Idle);
        client.start();
        QCOMPARE(client.state(), State::Connecting);
        QVERIFY(snapshots.wait(10000));

        const auto snapshot = snapshots.first().first().value<FleetSnapshot>();
        QCOMPARE(snapshot.instance, QStringLiteral("sim"));
        QCOMPARE(snapshot.applications.size(), 3);
        QVERIFY(snapshot.resourceVersion > 0);
        QCOMPARE(snapshot.clusters.size(), 2);
        QVERIFY(snapshot.projects.size() >= 2);
        QVERIFY(!snapshot.repositories.isEmpty());
        for (const Application &app : snapshot.applications)
            QCOMPARE(app.instance, QStringLiteral("sim"));
        QVERIFY(findApp(snapshot, QStringLiteral("manual-prod-1")));
        QCOMPARE(client.serverVersion(), QStringLiteral("v3.5.1+fleetsim"));

        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 5000);
        QVERIFY(client.lastError().isEmpty());
        QVERIFY(client.lastHeard().isValid());
        QVERIFY(client.lastHeard().secsTo(QDateTime::currentDateTimeUtc()) < 10);

        // A sync made behind the client's back arrives through the stream.
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_log.has(QStringLiteral("manual-prod-1"),
                                           [](const Application &app) {
                                               return app.operationState &&
                                                      app.operationState->phase ==
                                                          OperationPhase::Succeeded &&
                                                      app.syncStatus == SyncStatus::Synced;
                                           }),
                                 15000);
        QVERIFY(m_log.has(QStringLiteral("manual-prod-1"), [](const Application &app) {
            return app.operationState && app.operationState->phase == OperationPhase::Running;
        }));
        for (const WatchEvent &event : std::as_const(m_log.events))
            QCOMPARE(event.application.instance, QStringLiteral("sim"));
        QCOMPARE(snapshots.size(), 1); // no re-list while the stream holds
        QCOMPARE(client.state(), State::Live);
    }

    void genericRequestsSendJsonAndReportStatuses()
    {
        QVERIFY(startSim());
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());

        std::optional<Result<QByteArray>> answer;
        const auto call = [&](const QByteArray &method, const QString &path, const QByteArray &body) {
            answer.reset();
            client.request(method, path, body,
                           [&](Result<QByteArray> result) { answer = std::move(result); });
            QVERIFY(!answer); // never synchronous
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        };

        // Non-GET requests need exactly Content-Type: application/json (else 415).
        call("POST", QStringLiteral("/api/v1/applications/manual-prod-1/sync"), "{\"dryRun\":true}");
        QVERIFY2(answer->ok(), qPrintable(answer->errorMessage()));
        QVERIFY(answer->value().contains("manual-prod-1"));

        // A missing app without a project is 403, as Argo CD answers.
        call("GET", QStringLiteral("/api/v1/applications/nope"), {});
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, 403);
        QVERIFY2(answer->errorMessage().contains(QStringLiteral("403 Forbidden")),
                 qPrintable(answer->errorMessage()));
        QVERIFY(answer->errorMessage().contains(QStringLiteral("permission denied")));

        call("GET", QStringLiteral("/api/v1/no-such-thing?x=1"), {});
        QCOMPARE(answer->error().code, 404);
        QVERIFY2(answer->errorMessage().contains(QStringLiteral("/api/v1/no-such-thing")),
                 qPrintable(answer->errorMessage()));
    }

    void reconnectsWithARelistWhenTheStreamDrops()
    {
        auto config = FleetsimFixture::testConfig();
        config.api.dropStreamsEverySeconds = 1;
        QVERIFY(startSim(config));
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
        QSignalSpy snapshots(&client, &ArgoCdClient::snapshotLoaded);
        QList<State> states;
        QList<qint64> delays; // of each retry, as scheduled
        connect(&client, &ArgoCdClient::stateChanged, this, [&](State state, const QString &) {
            states << state;
            if (state == State::Reconnecting && client.nextRetry().isValid())
                delays << QDateTime::currentDateTimeUtc().msecsTo(client.nextRetry());
        });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 10000);

        // Dropped: Reconnecting with a retry about a second away (1 s ± 20 %).
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Reconnecting, 5000);
        QVERIFY(!delays.isEmpty());
        QVERIFY2(delays.first() >= 790 && delays.first() <= 1200,
                 qPrintable(QString::number(delays.first())));
        QVERIFY2(client.lastError().contains(QStringLiteral("closed the connection")) ||
                     client.lastError().contains(QStringLiteral("watch stream from")),
                 qPrintable(client.lastError()));

        // A full re-list before watching again, then Live once more.
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(states.count(State::Live) >= 2, 10000);
        const qsizetype firstLive = states.indexOf(State::Live);
        QVERIFY(states.indexOf(State::Reconnecting, firstLive) > firstLive);
        QCOMPARE(snapshots.last().first().value<FleetSnapshot>().applications.size(), 3);
    }

    void refusedTokenIsAuthFailedUntilLogin()
    {
        QVERIFY(startSim());
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), QStringLiteral("not.a.token"));
        QSignalSpy states(&client, &ArgoCdClient::stateChanged);
        QSignalSpy snapshots(&client, &ArgoCdClient::snapshotLoaded);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::AuthFailed, 10000);
        const QString refused =
            QStringLiteral("The Argo CD server refused the token: the session expired or the "
                           "token is wrong. Log in again.");
        QCOMPARE(client.lastError(), refused);
        QCOMPARE(states.last().at(1).toString(), refused);
        QVERIFY(!client.nextRetry().isValid()); // no retry with a refused token
        QCOMPARE(snapshots.size(), 0);

        // A wrong password is reported and changes nothing.
        QSignalSpy failed(&client, &ArgoCdClient::loginFailed);
        client.login(QStringLiteral("admin"), QStringLiteral("wrong"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Invalid username or password")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(client.state(), State::AuthFailed);

        QSignalSpy loggedIn(&client, &ArgoCdClient::loggedIn);
        client.login(QStringLiteral("admin"), QStringLiteral("password"));
        QVERIFY(loggedIn.wait(10000));
        QVERIFY(client.token() != QStringLiteral("not.a.token"));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 10000);
        QCOMPARE(snapshots.size(), 1);
        QVERIFY(client.lastError().isEmpty());
    }

    void renewsTheTokenFromTheServer()
    {
        auto config = FleetsimFixture::testConfig();
        config.sessionSeconds = 120; // under five minutes left: every answer renews
        QVERIFY(startSim(config));
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), QString());
        QSignalSpy loggedIn(&client, &ArgoCdClient::loggedIn);
        client.login(QStringLiteral("admin"), QStringLiteral("password"));
        QVERIFY(loggedIn.wait(10000));
        const QString loginToken = client.token();
        QVERIFY(!loginToken.isEmpty());

        QSignalSpy renewed(&client, &ArgoCdClient::tokenRenewed);
        client.start();
        QVERIFY(renewed.wait(10000));
        const QString first = renewed.first().first().toString();
        QVERIFY(!first.isEmpty());
        QVERIFY(first != loginToken);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 10000);
        QCOMPARE(client.token(), renewed.last().first().toString());

        // The renewed token is the one in use and the server accepts it.
        std::optional<Result<QByteArray>> answer;
        client.request("GET", QStringLiteral("/api/v1/session/userinfo"), {},
                       [&](Result<QByteArray> result) { answer = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY2(answer->ok(), qPrintable(answer->errorMessage()));
        QVERIFY(answer->value().contains("admin"));
    }

    void httpsWithACustomCa()
    {
        QTemporaryDir certs;
        QString error;
        if (!testing::makeSelfSignedCertificate(certs.path(), &error))
            QSKIP(qPrintable(QStringLiteral("cannot make a certificate: ") + error));
        auto config = FleetsimFixture::testConfig();
        config.tlsCertificate = certs.filePath(QStringLiteral("cert.pem"));
        config.tlsKey = certs.filePath(QStringLiteral("key.pem"));
        QVERIFY(startSim(config));
        QVERIFY(m_sim->baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));

        {
            ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token(), config.tlsCertificate);
            QSignalSpy snapshots(&client, &ArgoCdClient::snapshotLoaded);
            client.start();
            QVERIFY(snapshots.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 10000);
        }
        {
            // The same server without its CA: refused, and the message says what to do.
            ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
            client.start();
            QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Failed, 10000);
            const QString message = client.lastError();
            QVERIFY2(message.contains(QStringLiteral("TLS certificate")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                     qPrintable(message));
            QVERIFY(message.contains(QStringLiteral("CA")));
            QVERIFY(message.contains(QStringLiteral("--insecure")));
        }
        {
            ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token(), QString(), true);
            client.start();
            QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 10000);
        }
    }

    void connectionRefusedFailsAndRetries()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        ArgoCdClient &client = makeClient(url, QStringLiteral("token"));
        QList<State> states;
        QList<qint64> delays; // of each retry, as scheduled
        connect(&client, &ArgoCdClient::stateChanged, this, [&](State state, const QString &) {
            states << state;
            if (state == State::Failed)
                delays << QDateTime::currentDateTimeUtc().msecsTo(client.nextRetry());
        });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Failed, 10000);
        QVERIFY2(client.lastError().contains(QStringLiteral("connection was refused")),
                 qPrintable(client.lastError()));
        QVERIFY(client.lastError().contains(QStringLiteral("127.0.0.1:")));
        QVERIFY(!client.lastHeard().isValid());
        QVERIFY(client.nextRetry().isValid());
        QVERIFY2(delays.first() >= 790 && delays.first() <= 1200,
                 qPrintable(QString::number(delays.first())));

        // It does retry, and the delay doubles.
        QTRY_VERIFY_WITH_TIMEOUT(states.count(State::Failed) >= 2, 5000);
        QCOMPARE(states.mid(0, 4),
                 (QList<State>{State::Connecting, State::Failed, State::Connecting, State::Failed}));
        QVERIFY2(delays.at(1) >= 1590 && delays.at(1) <= 2400, qPrintable(QString::number(delays.at(1))));

        client.stop();
        QCOMPARE(client.state(), State::Idle);
        QVERIFY(!client.nextRetry().isValid());
    }

    void backoffDoublesToAMinuteWithJitter_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("nominal");
        QTest::addRow("first") << 0 << qint64(1000);
        QTest::addRow("second") << 1 << qint64(2000);
        QTest::addRow("sixth") << 5 << qint64(32000);
        QTest::addRow("capped") << 6 << qint64(60000);
        QTest::addRow("far") << 100 << qint64(60000);
    }

    void backoffDoublesToAMinuteWithJitter()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, nominal);
        qint64 lowest = nominal * 2, highest = 0;
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = ArgoCdClient::backoffDelay(attempt, 1s, 60s).count();
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        QVERIFY2(lowest >= nominal * 8 / 10 && highest <= nominal * 12 / 10,
                 qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
        QVERIFY(highest > lowest); // jittered
    }

    void slowAnswersTimeOut()
    {
        auto config = FleetsimFixture::testConfig();
        config.api.latencyMs = 3000;
        QVERIFY(startSim(config));
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
        client.setRequestTimeout(300ms);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Failed, 10000);
        QVERIFY2(client.lastError().contains(QStringLiteral("did not answer within 0.3 seconds")),
                 qPrintable(client.lastError()));
        QVERIFY(client.nextRetry().isValid());
        client.stop();
    }

    void plainHttpToARemoteHostIsRefused()
    {
        ArgoCdClient &client =
            makeClient(QStringLiteral("http://argocd.example.com"), QStringLiteral("token"));
        client.start();
        QCOMPARE(client.state(), State::Failed);
        QVERIFY2(client.lastError().contains(QStringLiteral("plain HTTP")), qPrintable(client.lastError()));
    }

    void serverErrorsAreReportedAndRetried()
    {
        auto config = FleetsimFixture::testConfig();
        config.api.errorRate = 1.0;
        QVERIFY(startSim(config));
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Failed, 10000);
        QVERIFY2(client.lastError().startsWith(QStringLiteral("The Argo CD server failed (50")),
                 qPrintable(client.lastError()));
        QVERIFY(client.lastError().contains(QStringLiteral("injected fault")));
        QVERIFY(client.nextRetry().isValid());
        QVERIFY(client.lastHeard().isValid());
    }

    // The application list is decoded while it arrives; a body cut short fails whole, with the
    // JSON path, and no half fleet reaches anyone.
    void truncatedListIsAnErrorNotAHalfFleet()
    {
        auto config = FleetsimFixture::testConfig();
        config.api.truncatedListRate = 1.0;
        QVERIFY(startSim(config));
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
        QSignalSpy snapshots(&client, &ArgoCdClient::snapshotLoaded);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed application list")));
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Failed, 10000);
        QVERIFY2(client.lastError().startsWith(
                     QStringLiteral("The Argo CD server sent a malformed application list: $")),
                 qPrintable(client.lastError()));
        QVERIFY2(client.lastError().contains(QStringLiteral("ends too early")),
                 qPrintable(client.lastError()));
        QVERIFY(client.nextRetry().isValid());
        QCOMPARE(snapshots.size(), 0);
    }

    void malformedStreamLineIsLoggedAndRelisted()
    {
        auto config = FleetsimFixture::testConfig();
        config.api.malformedRate = 1.0; // every stream message is cut in half
        QVERIFY(startSim(config));
        ArgoCdClient &client = makeClient(m_sim->baseUrl(), m_sim->token());
        QSignalSpy snapshots(&client, &ArgoCdClient::snapshotLoaded);
        client.start();
        QVERIFY(snapshots.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Live, 10000);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed watch event")));
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Reconnecting, 10000);
        QVERIFY2(client.lastError().contains(QStringLiteral("malformed watch event")),
                 qPrintable(client.lastError()));
        QVERIFY(client.lastError().contains(QStringLiteral("$")));
        QVERIFY(m_log.events.isEmpty());

        // Re-lists bring the truth the stream could not: the sync lands eventually.
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto last = snapshots.last().first().value<FleetSnapshot>();
                const Application *app = findApp(last, QStringLiteral("manual-prod-1"));
                return app && app->syncStatus == SyncStatus::Synced;
            }(),
            20000);
    }
};

QTEST_GUILESS_MAIN(ArgoCdClientTest)
#include "tst_argocdclient.moc"
