// OperationRunner: retries, "not connected", instance info and waiting for an operation,
// against the in-memory StubBackend.
#include "model/actions/operationrunner.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/stubbackend.h"

#include <QTest>

using namespace sextant;
using namespace sextant::actions;
using namespace std::chrono_literals;
using testing::StubBackend;

class TestOperationRunner : public QObject {
    Q_OBJECT

private:
    FleetStore m_store;
    std::unique_ptr<FleetConnector> m_connector;
    const QString m_lab = QStringLiteral("lab");

private slots:
    void init()
    {
        m_connector = std::make_unique<FleetConnector>(&m_store);
        m_connector->addBackend(std::make_unique<StubBackend>(
            m_lab,
            QList<StubBackend::App>{
                {QStringLiteral("flux-system"), QStringLiteral("podinfo"), StubBackend::reconciling(), {}}}));
    }
    void cleanup() { m_connector.reset(); }

    void retryable_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("network") << 0 << true;
        QTest::newRow("500") << 500 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("429") << 429 << true;
        QTest::newRow("408") << 408 << true;
        QTest::newRow("400") << 400 << false;
        QTest::newRow("403") << 403 << false;
        QTest::newRow("404") << 404 << false;
        QTest::newRow("409") << 409 << false;
    }

    void retryable()
    {
        QFETCH(int, code);
        QFETCH(bool, retryable);
        QCOMPARE(OperationRunner::retryable(Error{QStringLiteral("x"), code}), retryable);
    }

    void retryPolicy()
    {
        OperationRunner runner(m_connector.get());
        QCOMPARE(runner.retryAttempts(), 4);
        QCOMPARE(runner.retryDelay(1), 250ms);
        QCOMPARE(runner.retryDelay(2), 500ms);
        QCOMPARE(runner.retryDelay(3), 1000ms);
        runner.setRetryPolicy(0, 10ms);
        QCOMPARE(runner.retryAttempts(), 1);
        QCOMPARE(runner.retryDelay(1), 10ms);
        QCOMPARE(runner.retryDelay(4), 80ms);
    }

    void notConnected()
    {
        OperationRunner runner(m_connector.get());
        bool called = false;
        std::optional<Result<Done>> answer;
        runner.withBackend<Done>(
            QStringLiteral("elsewhere"), [&](ControllerBackend &, auto) { called = true; },
            [&](Result<Done> result) { answer = result; });
        QVERIFY(!answer); // never inside the call
        QTRY_VERIFY(answer);
        QVERIFY(!called);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->errorMessage(),
                 QStringLiteral("Sextant is not connected to the instance elsewhere."));
    }

    void retries_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("failures"); // answers with `code` before a success
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("calls");
        QTest::addColumn<bool>("ok");
        QTest::newRow("503 twice, then ok") << 4 << 2 << 503 << 3 << true;
        QTest::newRow("network errors until out of attempts") << 3 << 10 << 0 << 3 << false;
        QTest::newRow("404 is not retried") << 4 << 1 << 404 << 1 << false;
        QTest::newRow("one attempt only") << 1 << 1 << 503 << 1 << false;
        QTest::newRow("ok at once") << 4 << 0 << 503 << 1 << true;
    }

    void retries()
    {
        QFETCH(int, attempts);
        QFETCH(int, failures);
        QFETCH(int, code);
        QFETCH(int, calls);
        QFETCH(bool, ok);
        OperationRunner runner(m_connector.get());
        runner.setRetryPolicy(attempts, 1ms);
        int made = 0;
        int answers = 0;
        std::optional<Result<int>> answer;
        runner.withRetry<int>(
            m_lab,
            [&](ControllerBackend &backend, ControllerBackend::Callback<int> done) {
                QCOMPARE(backend.instanceName(), m_lab);
                ++made;
                if (made <= failures)
                    return done(Error{QStringLiteral("failure %1").arg(made), code});
                done(42);
            },
            [&](Result<int> result) {
                ++answers;
                answer = result;
            });
        QTRY_VERIFY(answer);
        QTest::qWait(20); // no late retry
        QCOMPARE(made, calls);
        QCOMPARE(answers, 1);
        QCOMPARE(answer->ok(), ok);
        if (ok)
            QCOMPARE(**answer, 42);
        else
            QCOMPARE(answer->errorMessage(), QStringLiteral("failure %1").arg(calls));
    }

    void instanceInfoOnceAndCached()
    {
        OperationRunner runner(m_connector.get());
        QVERIFY(runner.controllerUser(m_lab).isEmpty());
        QStringList users;
        const auto ask = [&] {
            runner.withInstanceInfo(m_lab, [&](const InstanceInfo *info, const QString &error) {
                QVERIFY2(info, qPrintable(error));
                users << info->user;
            });
        };
        ask();
        ask(); // while the first question is under way
        QTRY_COMPARE(users.size(), 2);
        QCOMPARE(users, (QStringList{QStringLiteral("lab-operator"), QStringLiteral("lab-operator")}));
        QCOMPARE(runner.controllerUser(m_lab), QStringLiteral("lab-operator"));
        ask(); // from what is known, on the next turn
        QCOMPARE(users.size(), 2);
        QTRY_COMPARE(users.size(), 3);

        // "Not connected" counts as a network error: asked again, then answered.
        runner.setRetryPolicy(2, 1ms);
        QString error;
        bool answered = false;
        runner.withInstanceInfo(QStringLiteral("elsewhere"),
                                [&](const InstanceInfo *info, const QString &message) {
                                    QVERIFY(!info);
                                    error = message;
                                    answered = true;
                                });
        QTRY_VERIFY(answered);
        QCOMPARE(error, QStringLiteral("Sextant is not connected to the instance elsewhere."));
    }

    void awaitOperation()
    {
        OperationRunner runner(m_connector.get());
        ActionTarget target;
        target.instance = m_lab;
        target.appNamespace = QStringLiteral("flux-system");
        target.app = QStringLiteral("podinfo");
        std::optional<Result<OperationResult>> result;
        runner.awaitOperation(target, QDateTime::currentDateTimeUtc(),
                              [&](Result<OperationResult> answer) { result = answer; });
        QTRY_VERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage()));
        QCOMPARE((*result)->phase, QStringLiteral("Succeeded"));
    }
};

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "tst_operationrunner.moc"
