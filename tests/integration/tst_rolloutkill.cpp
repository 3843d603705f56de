// `sextant rollout start|resume|approve|status` end to end, with the runner SIGKILLed: the real
// binary runs a 5-wave plan over 20 clusters of sextant-fleetsim and is killed at random points
// 20 times; each restart resumes it, and at the end every app deployed the target exactly once
// (none released twice, none skipped) and every hold was lifted back to the exact prior policy.
#include "model/storage/localstore.h"
#include "tests/integration/wavefleet.h"
#include "tests/model/gitcli.h"
#include "tests/support/fleetsimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

class TestRolloutKill : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;
    QTemporaryDir m_dir;
    QString m_work;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList common() const
    {
        return {u"--server"_s, m_sim->baseUrl(),         u"--token"_s, m_sim->token(), u"--plaintext"_s,
                u"--store"_s,  path(u"sextant.sqlite"_s)};
    }

    void startSextant(QProcess &process, const QString &command, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s)); // default protection rules
        env.insert(u"USER"_s, u"lead"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SEXTANT_BINARY),
                      QStringList{u"rollout"_s, command, path(u"plan.yaml"_s)} + common() + extra);
    }

    int runSextant(const QString &command, const QStringList &extra = {}, QByteArray *out = nullptr)
    {
        QProcess process;
        startSextant(process, command, extra);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    }

    QJsonObject status()
    {
        QByteArray out;
        if (runSextant(u"status"_s, {u"--format"_s, u"json"_s}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).object();
    }

    QJsonObject app(const QString &name) { return m_sim->app(name); }

    QJsonArray history(const QString &name)
    {
        return app(name).value("status"_L1).toObject().value("history"_L1).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<FleetsimFixture>(FleetsimFixture::testConfig(wavefleet::seedPath()));
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_work = path(u"work"_s);
        QVERIFY(gitcli::git({u"clone"_s, u"-q"_s, m_sim->repoPath(u"web"_s), m_work}));
    }

    void killedTwentyTimesReleasesEveryAppOnce()
    {
        const QMap<QString, QByteArray> files = wavefleet::releaseFiles(u"registry.test/web:2.0.0"_s);
        const QString target = gitcli::commit(m_work, files, u"web: 2.0.0"_s);
        QVERIFY(!target.isEmpty());
        QVERIFY(gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:release"_s}));
        const QByteArray plan =
            u"apiVersion: sextant.io/v1\nkind: WavePlan\nmetadata: {name: web-2}\nspec:\n"
            "  target: {revision: %1}\n  selection: {projects: [shop]}\n  waves:\n"
            "    - {name: dev, selector: {clusterLabels: {env: dev}}, after: {settle: 3s}}\n"
            "    - {name: staging, selector: {clusterLabels: {env: staging}}, maxParallel: 1, after: "
            "{settle: 3s}}\n"
            "    - {name: canary, selector: {clusters: [prod-1]}, after: {settle: 3s}}\n"
            "    - {name: quarter, selector: {clusters: [prod-2, prod-3, prod-4, prod-5]}, "
            "maxParallel: 2, after: {settle: 3s}}\n"
            "    - {name: rest, selector: {clusterLabels: {tier: prod}}, maxParallel: 3}\n"_s.arg(target)
                .toUtf8();
        QFile file(path(u"plan.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(plan) == plan.size());
        file.close();
        QStringList apps;
        for (const QJsonValue &item :
             m_sim->get(u"/api/v1/applications"_s).json().value("items"_L1).toArray())
            apps << item.toObject().value("metadata"_L1).toObject().value("name"_L1).toString();
        QCOMPARE(apps.size(), 20);

        // Start; Git moves only once the later waves are held.
        QProcess first;
        startSextant(first, u"start"_s, {u"--yes"_s});
        QVERIFY(QTest::qWaitFor([&] { return status().value("holdsPlaced"_L1).toBool(); }, 60000));
        QVERIFY(gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:main"_s}));
        first.kill();
        first.waitForFinished();

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "kill delays seeded with" << seed;
        QRandomGenerator random(seed);
        int kills = 1;
        int finished = -1;
        for (int round = 0; round < 80 && finished != 0; ++round) {
            QProcess runner;
            startSextant(runner, u"resume"_s);
            QVERIFY(runner.waitForStarted());
            if (kills < 20) {
                const int delay = random.bounded(300, 1200);
                if (!runner.waitForFinished(delay)) {
                    runner.kill(); // SIGKILL: nothing is written on the way out
                    runner.waitForFinished();
                    ++kills;
                    continue;
                }
            } else {
                QVERIFY(runner.waitForFinished(120000));
            }
            const int code = runner.exitCode();
            const QByteArray err = runner.readAllStandardError();
            qInfo() << "round" << round << "exit" << code << err.trimmed();
            if (code == 10) { // a production wave waits for its approval
                QCOMPARE(runSextant(u"approve"_s, {u"--reason"_s, u"change approved"_s}), 0);
                continue;
            }
            QVERIFY2(code == 0 || code == 5, err.constData()); // 5: paused by the kill's recovery
            finished = code;
        }
        QCOMPARE(finished, 0);
        QCOMPARE(kills, 20);
        const QJsonObject done = status();
        QCOMPARE(done.value("state"_L1).toString(), u"finished"_s);

        // Every app deployed the target once, runs it, and auto-syncs exactly as before.
        for (const QString &name : apps) {
            int atTarget = 0;
            const QJsonArray entries = history(name);
            for (const QJsonValue &entry : entries)
                atTarget += entry.toObject().value("revision"_L1).toString() == target ? 1 : 0;
            QVERIFY2(atTarget == 1, qPrintable(u"%1 deployed the target %2 times"_s.arg(name).arg(atTarget)));
            QCOMPARE(entries.last().toObject().value("revision"_L1).toString(), target);
            const QJsonObject automated = app(name)
                                              .value("spec"_L1)
                                              .toObject()
                                              .value("syncPolicy"_L1)
                                              .toObject()
                                              .value("automated"_L1)
                                              .toObject();
            QVERIFY2(automated.value("selfHeal"_L1).toBool() && automated.value("enabled"_L1).toBool(true),
                     qPrintable(name));
        }
        auto store = LocalStore::open(path(u"sextant.sqlite"_s));
        QVERIFY(store);
        auto active = (*store)->ledger(true);
        QVERIFY(active);
        QVERIFY2(active->isEmpty(), qPrintable(u"%1 pauses still active"_s.arg(active->size())));
    }
};

QTEST_GUILESS_MAIN(TestRolloutKill)
#include "tst_rolloutkill.moc"
