// Emergency pause at fleet scale and under SIGKILL: 1,000 apps across three
// fleetsim instances (timed), and the real `sextant pause` / `sextant resume`
// binary killed at random points, then run again: every app must end exactly as
// it was, and no app paused on a server may be missing from the ledger.
#include "model/argocd/actionwire.h"
#include "tests/integration/actionharness.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

using namespace sextant;
using namespace sextant::testing;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

fleetsim::FleetSimConfig generated(int clusters, int apps)
{
    fleetsim::FleetSimConfig config = FleetsimFixture::testConfig(QString());
    config.generate = QStringLiteral("clusters=%1,apps=%2").arg(clusters).arg(apps);
    return config;
}

// A few richer policies, so "exactly as before" covers retry, allowEmpty and enabled:true.
void varyPolicies(FleetsimFixture &sim, int every)
{
    const QJsonObject rich{{QStringLiteral("automated"), QJsonObject{{QStringLiteral("prune"), false},
                                                                     {QStringLiteral("selfHeal"), true},
                                                                     {QStringLiteral("allowEmpty"), true},
                                                                     {QStringLiteral("enabled"), true}}},
                           {QStringLiteral("syncOptions"), QJsonArray{QStringLiteral("PruneLast=true")}},
                           {QStringLiteral("retry"), QJsonObject{{QStringLiteral("limit"), 2}}}};
    const QJsonArray items = ActionHarness::getOk(sim, QStringLiteral("/api/v1/applications"))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (qsizetype i = 1; i < items.size(); i += every) {
        const QString name = items.at(i)
                                 .toObject()
                                 .value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        const QJsonArray ops{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                         {QStringLiteral("path"), QStringLiteral("/spec/syncPolicy")},
                                         {QStringLiteral("value"), rich}}};
        const QJsonObject body{
            {QStringLiteral("name"), name},
            {QStringLiteral("patchType"), QStringLiteral("json")},
            {QStringLiteral("patch"), QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))}};
        sim.request("PATCH", QStringLiteral("/api/v1/applications/") + name,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
}

// The server's view: app name → (policy, paused-by-Sextant note present).
struct ServerApp {
    QByteArray policy;
    bool noted = false;
};
QMap<QString, ServerApp> serverApps(FleetsimFixture &sim)
{
    QMap<QString, ServerApp> out;
    const QJsonArray items = ActionHarness::getOk(sim, QStringLiteral("/api/v1/applications"))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject app = item.toObject();
        const QJsonObject metadata = app.value(QStringLiteral("metadata")).toObject();
        const QJsonValue policy =
            app.value(QStringLiteral("spec")).toObject().value(QStringLiteral("syncPolicy"));
        out.insert(metadata.value(QStringLiteral("name")).toString(),
                   {policy.isObject() ? QJsonDocument(policy.toObject()).toJson(QJsonDocument::Compact)
                                      : QByteArray("null"),
                    metadata.value(QStringLiteral("annotations"))
                        .toObject()
                        .contains(argocd::pausedPolicyAnnotation())});
    }
    return out;
}

bool autoSyncOn(const QByteArray &policy)
{
    const QJsonValue automated = parse(policy).value(QStringLiteral("automated"));
    return automated.isObject() && automated.toObject().value(QStringLiteral("enabled")) != QJsonValue(false);
}

} // namespace

class EmergencyPauseTest : public QObject {
    Q_OBJECT

    // Writes an argocd CLI config with one context per fleetsim (c0, c1, …).
    static QString writeCliConfig(const QTemporaryDir &dir, ActionHarness &h)
    {
        QString contexts, servers, users;
        for (size_t i = 0; i < h.sims.size(); ++i) {
            const QString name = QStringLiteral("c%1").arg(i);
            const QString server = QUrl(h.sim(i).baseUrl()).authority();
            contexts += QStringLiteral("- name: %1\n  server: %2\n  user: %1\n").arg(name, server);
            servers +=
                QStringLiteral("- server: %1\n  plain-text: true\n  grpc-web-root-path: \"\"\n").arg(server);
            users += QStringLiteral("- name: %1\n  auth-token: %2\n").arg(name, h.sim(i).token());
        }
        QFile file(dir.filePath(QStringLiteral("config")));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            QStringLiteral("current-context: c0\ncontexts:\n%1servers:\n%2users:\n%3prompts-enabled: false\n")
                .arg(contexts, servers, users)
                .toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return dir.path();
    }

private slots:
    void emergencyPauseOf1000AppsAcross3Instances();
    void killedPauseAndResumeLoseNothing();
};

void EmergencyPauseTest::emergencyPauseOf1000AppsAcross3Instances()
{
    ActionHarness h;
    QVERIFY(h.start({generated(10, 334), generated(10, 333), generated(10, 333)}, 120000));
    QCOMPARE(h.store->applicationCount(), 1000);
    for (size_t i = 0; i < h.sims.size(); ++i)
        varyPolicies(h.sim(i), 7);
    QList<QMap<QString, ServerApp>> before;
    int automated = 0;
    for (size_t i = 0; i < h.sims.size(); ++i) {
        before << serverApps(h.sim(i));
        for (const ServerApp &app : std::as_const(before.last()))
            automated += autoSyncOn(app.policy) ? 1 : 0;
    }

    QElapsedTimer timer;
    timer.start();
    const BatchOutcome paused =
        h.waitBatch(h.service->pause(ActionScope::fleet(), QStringLiteral("incident")), 120000);
    const qint64 pauseMs = timer.elapsed();
    QCOMPARE(paused.total, 1000);
    QVERIFY(paused.failed.isEmpty());
    QCOMPARE(int(paused.succeeded.size()), automated);
    QCOMPARE(h.service->pauseBanner().apps, automated);
    QCOMPARE(h.service->pauseBanner().instances, 3);
    std::printf("BENCH emergency_pause_1000_apps_3_instances_ms %lld ms\n", static_cast<long long>(pauseMs));
    std::fflush(stdout);
    for (size_t i = 0; i < h.sims.size(); ++i)
        for (const ServerApp &app : serverApps(h.sim(i)))
            QVERIFY(!autoSyncOn(app.policy));

    timer.restart();
    const BatchOutcome resumed =
        h.waitBatch(h.service->resume(ActionScope::fleet(), QStringLiteral("over")), 120000);
    const qint64 resumeMs = timer.elapsed();
    QVERIFY(resumed.failed.isEmpty());
    std::printf("BENCH emergency_resume_1000_apps_3_instances_ms %lld ms\n",
                static_cast<long long>(resumeMs));
    std::fflush(stdout);
    for (size_t i = 0; i < h.sims.size(); ++i) {
        const QMap<QString, ServerApp> after = serverApps(h.sim(i));
        for (auto it = before[int(i)].cbegin(); it != before[int(i)].cend(); ++it) {
            QCOMPARE(parse(after.value(it.key()).policy), parse(it->policy));
            QVERIFY(!after.value(it.key()).noted);
        }
    }
    QVERIFY(h.service->pauseBanner().isEmpty());
}

void EmergencyPauseTest::killedPauseAndResumeLoseNothing()
{
    ActionHarness h;
    QVERIFY(h.start({generated(3, 60), generated(3, 60), generated(3, 60)}, 60000));
    h.service.reset(); // the binary owns the database from here
    for (size_t i = 0; i < h.sims.size(); ++i)
        varyPolicies(h.sim(i), 5);
    QList<QMap<QString, ServerApp>> original;
    for (size_t i = 0; i < h.sims.size(); ++i)
        original << serverApps(h.sim(i));
    QTemporaryDir configDir;
    const QString configPath = writeCliConfig(configDir, h);
    QVERIFY(!configPath.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARGOCD_CONFIG_DIR"), configPath);
    env.remove(QStringLiteral("ARGOCD_SERVER"));
    env.remove(QStringLiteral("ARGOCD_AUTH_TOKEN"));
    const QString database = h.databasePath();

    // Runs the binary; with `killWhen`, polls it every few ms and SIGKILLs it once it holds.
    const auto run = [&](const QString &command, const std::function<bool()> &killWhen, int *exitCode) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SEXTANT_BINARY),
                      {command, QStringLiteral("--context"), QStringLiteral("c0"),
                       QStringLiteral("--context"), QStringLiteral("c1"), QStringLiteral("--context"),
                       QStringLiteral("c2"), QStringLiteral("--scope"), QStringLiteral("fleet"),
                       QStringLiteral("--reason"), QStringLiteral("kill test"), QStringLiteral("--yes"),
                       QStringLiteral("--store"), database});
        if (!process.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(60000);
        while (killWhen && !process.waitForFinished(3) && !deadline.hasExpired()) {
            if (killWhen()) {
                // QProcess::kill() signals only a child it has not reaped yet: the run may
                // have ended while killWhen() ran its HTTP calls.
                const bool stillRunning = process.state() != QProcess::NotRunning;
                process.kill();
                process.waitForFinished(10000);
                *exitCode = stillRunning                                   ? -9
                            : process.exitStatus() == QProcess::NormalExit ? process.exitCode()
                                                                           : -1;
                return true;
            }
        }
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(60000))
            return false;
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (*exitCode != 0)
            qWarning().noquote() << command << "exit" << *exitCode << process.readAllStandardError()
                                 << process.readAllStandardOutput().left(2000);
        return true;
    };
    // How many apps carry the pause note now (a light, projected list).
    const auto notedNow = [&] {
        int noted = 0;
        for (size_t i = 0; i < h.sims.size(); ++i)
            for (const QJsonValue &item :
                 ActionHarness::getOk(h.sim(i),
                                      QStringLiteral("/api/v1/applications?fields=items.metadata.name,"
                                                     "items.metadata.annotations"))
                     .value(QStringLiteral("items"))
                     .toArray())
                noted += at(item, QStringLiteral("metadata.annotations"))
                             .toObject()
                             .contains(argocd::pausedPolicyAnnotation());
        return noted;
    };
    // Every app paused on a server has a ledger row that is still open: nothing paused is forgotten.
    const auto nothingForgotten = [&] {
        auto opened = LocalStore::open(database);
        if (!opened)
            return false;
        auto rows = (*opened)->ledger(true);
        if (!rows)
            return false;
        QSet<QString> open;
        for (const PauseLedgerEntry &row : *rows)
            open.insert(row.instance + u'/' + row.app);
        for (size_t i = 0; i < h.sims.size(); ++i) {
            const QMap<QString, ServerApp> apps = serverApps(h.sim(i));
            for (const auto &[name, app] : apps.asKeyValueRange())
                if (app.noted && !open.contains(QStringLiteral("c%1/").arg(i) + name)) {
                    qWarning() << "paused but not in the ledger:" << i << name;
                    return false;
                }
        }
        return true;
    };

    // One clean run each, to time them: kills land anywhere in such a run.
    QElapsedTimer timer;
    int code = 0;
    timer.start();
    QVERIFY(run(QStringLiteral("pause"), {}, &code));
    QCOMPARE(code, 0);
    const int pauseMs = int(timer.elapsed());
    timer.restart();
    QVERIFY(run(QStringLiteral("resume"), {}, &code));
    QCOMPARE(code, 0);
    const int resumeMs = int(timer.elapsed());
    qInfo() << "clean runs: pause" << pauseMs << "ms, resume" << resumeMs << "ms (180 apps, 3 instances)";

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "kill seed" << seed;
    QRandomGenerator random(seed);
    int killedPauses = 0, killedResumes = 0, midBatchPauses = 0, midBatchResumes = 0, interruptedRows = 0;
    int automated = 0;
    for (const QMap<QString, ServerApp> &apps : std::as_const(original))
        for (const ServerApp &app : apps)
            automated += autoSyncOn(app.policy) ? 1 : 0;
    // A random point of the batch: once a random share (up to three quarters) of the apps has
    // changed, or, one time in five, at a random moment of the start (connecting, committing
    // the ledger). A later point would often come after the run has ended (slow builds).
    const auto killPoint = [&](bool pausing, int runMs) -> std::function<bool()> {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        const bool early = random.bounded(5) == 0;
        const int atMs = int(random.bounded(std::max(1, runMs)));
        const int share = int(random.bounded(std::max(1, automated * 3 / 4)));
        return [=] {
            if (early)
                return started->elapsed() >= atMs;
            const int noted = notedNow();
            return pausing ? noted > share : noted < automated - share;
        };
    };
    for (int round = 0; round < 20; ++round) {
        QVERIFY(run(QStringLiteral("pause"), killPoint(true, pauseMs), &code));
        killedPauses += code == -9 ? 1 : 0;
        {
            int noted = 0, pending = 0;
            for (size_t i = 0; i < h.sims.size(); ++i)
                for (const ServerApp &app : serverApps(h.sim(i)))
                    noted += app.noted ? 1 : 0;
            for (const PauseLedgerEntry &row : h.ledger(true))
                pending += row.state == PauseLedgerEntry::State::Pending ? 1 : 0;
            midBatchPauses += noted > 0 && noted < automated ? 1 : 0;
            interruptedRows += pending;
            qInfo() << "round" << round << "pause killed with" << noted << "of" << automated << "apps paused,"
                    << pending << "ledger rows pending";
        }
        QVERIFY2(nothingForgotten(),
                 qPrintable(QStringLiteral("after the killed pause of round %1").arg(round)));
        QVERIFY(run(QStringLiteral("pause"), {}, &code));
        QCOMPARE(code, 0);
        QVERIFY(nothingForgotten());
        for (size_t i = 0; i < h.sims.size(); ++i)
            for (const ServerApp &app : serverApps(h.sim(i)))
                QVERIFY(!autoSyncOn(app.policy));

        QVERIFY(run(QStringLiteral("resume"), killPoint(false, resumeMs), &code));
        killedResumes += code == -9 ? 1 : 0;
        {
            int noted = 0;
            for (size_t i = 0; i < h.sims.size(); ++i)
                for (const ServerApp &app : serverApps(h.sim(i)))
                    noted += app.noted ? 1 : 0;
            midBatchResumes += noted > 0 && noted < automated ? 1 : 0;
            qInfo() << "round" << round << "resume killed with" << noted << "of" << automated
                    << "apps still paused";
        }
        QVERIFY2(nothingForgotten(),
                 qPrintable(QStringLiteral("after the killed resume of round %1").arg(round)));
        QVERIFY(run(QStringLiteral("resume"), {}, &code));
        QCOMPARE(code, 0);
        for (size_t i = 0; i < h.sims.size(); ++i) {
            const QMap<QString, ServerApp> now = serverApps(h.sim(i));
            for (auto it = original[int(i)].cbegin(); it != original[int(i)].cend(); ++it) {
                QVERIFY2(parse(now.value(it.key()).policy) == parse(it->policy),
                         qPrintable(QStringLiteral("round %1: %2 is %3, was %4")
                                        .arg(round)
                                        .arg(it.key(), QString::fromUtf8(now.value(it.key()).policy),
                                             QString::fromUtf8(it->policy))));
                QVERIFY(!now.value(it.key()).noted);
            }
        }
        QVERIFY(h.ledger(true).isEmpty());
    }
    qInfo() << "SIGKILLed" << killedPauses << "pauses and" << killedResumes << "resumes (of 20 each);"
            << midBatchPauses << "pauses and" << midBatchResumes << "resumes were killed mid-batch;"
            << interruptedRows << "ledger rows were left pending";
    QVERIFY(midBatchPauses >= 3);
    QVERIFY(midBatchResumes >= 3);
    // Only runs still going when their point came are SIGKILLed; the others ended first.
    QVERIFY(killedPauses >= 5);
    QVERIFY(killedResumes >= 5);
}

QTEST_GUILESS_MAIN(EmergencyPauseTest)
#include "tst_emergencypause.moc"
