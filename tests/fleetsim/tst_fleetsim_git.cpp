// sextant-fleetsim's repositories over Git smart HTTP (the real git CLI against git
// http-backend, token in HTTP Basic) and kustomize rendering of overlay apps
// (tests/fleetsim/data/git-fleet.yaml).
#include "fleetsim/gitstore.h"
#include "fleetsim/seed.h"
#include "tests/support/fleetsimfixture.h"
#include "tests/support/selfsignedcertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace sextant::testing;

namespace {

QString seedPath()
{
    return FleetsimFixture::sourceDir() + QStringLiteral("/tests/fleetsim/data/git-fleet.yaml");
}

struct GitRun {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString PinnedDigest =
    QStringLiteral("sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");

// Three clusters: a path for dev, one per production cluster, and a default.
const QByteArray PerEnvironmentPathSeed =
    "clusters:\n"
    "  - {name: dev-1, server: \"https://dev-1\", labels: {env: dev}}\n"
    "  - {name: prod-eu, server: \"https://prod-eu\", labels: {env: prod}}\n"
    "  - {name: other, server: \"https://other\", labels: {env: qa}}\n"
    "repositories:\n"
    "  - name: r\n"
    "    commits: [{message: first, files: {a.yaml: \"kind: X\"}}]\n"
    "applications:\n"
    "  - name: \"app-{cluster}\"\n"
    "    clusters: [dev-1, prod-eu, other]\n"
    "    repo: r\n"
    "    path: {dev: envs/dev, prod: \"envs/{cluster}\", default: envs/any}\n";

bool hasCondition(const QJsonObject &app, const QString &type, const QString &messagePart)
{
    for (const QJsonValue &c : at(app, QStringLiteral("status.conditions")).toArray())
        if (c[QStringLiteral("type")].toString() == type &&
            c[QStringLiteral("message")].toString().contains(messagePart))
            return true;
    return false;
}

} // namespace

class FleetsimGitTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;
    QTemporaryDir m_work;
    QString m_clone;

    // The real git CLI, with no user configuration and never a prompt.
    GitRun git(const QStringList &args, const QString &workDir = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_work.path());
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        env.insert(QStringLiteral("GIT_ASKPASS"), QStringLiteral("/bin/false"));
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test Pusher"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("pusher@test.example"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test Pusher"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("pusher@test.example"));
        process.setProcessEnvironment(env);
        // Outside any repository unless told: the test's own folder may be a work tree.
        process.setWorkingDirectory(workDir.isEmpty() ? m_work.path() : workDir);
        process.start(QStringLiteral("git"), args);
        GitRun run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            run.err = QStringLiteral("git %1 did not finish").arg(args.join(u' '));
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString repoUrl(const QString &name) const
    {
        return m_sim->baseUrl() + QStringLiteral("/git/") + name + QStringLiteral(".git");
    }

    // The repository's URL with `password` (an API token) as HTTP Basic credentials.
    QString urlWithToken(const QString &name, const QString &password) const
    {
        QUrl url(repoUrl(name));
        url.setUserName(QStringLiteral("sextant"));
        url.setPassword(password);
        return url.toString();
    }

    QString headOf(const QString &workDir)
    {
        return git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, workDir).out.trimmed();
    }

    // Rewrites the guestbook image and commits it in the clone.
    bool commitNewImage(const QString &tag)
    {
        QFile file(m_clone + QStringLiteral("/guestbook/deployment.yaml"));
        if (!file.open(QIODevice::ReadWrite))
            return false;
        QByteArray text = file.readAll();
        const qsizetype at = text.indexOf("guestbook:1.");
        text.replace(at, QByteArrayLiteral("guestbook:1.0.0").size(), "guestbook:" + tag.toUtf8());
        file.resize(0);
        file.write(text);
        file.close();
        return git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("guestbook ") + tag},
                   m_clone)
                   .exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_sim = std::make_unique<FleetsimFixture>(FleetsimFixture::testConfig(seedPath()));
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_clone = m_work.path() + QStringLiteral("/guestbook");
    }

    void cleanupTestCase() { m_sim.reset(); }

    void repositoryRecordsCarryTheirHttpUrls()
    {
        QVERIFY(m_sim->baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        const QJsonArray items = m_sim->get(QStringLiteral("/api/v1/repositories"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QStringList repos;
        for (const QJsonValue &item : items)
            repos << item[QStringLiteral("repo")].toString();
        QCOMPARE(repos, (QStringList{repoUrl(QStringLiteral("guestbook")), repoUrl(QStringLiteral("shop"))}));
        QCOMPARE(at(m_sim->app(QStringLiteral("guestbook-auto")), QStringLiteral("spec.source.repoURL")),
                 repoUrl(QStringLiteral("guestbook")));
    }

    void requestsWithoutCredentialsAreChallenged()
    {
        const HttpReply reply = m_sim->request(
            "GET", QStringLiteral("/git/guestbook.git/info/refs?service=git-upload-pack"), {}, QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray(R"(Basic realm="sextant-fleetsim")"));
    }

    void anUnknownRepositoryIsNotFound()
    {
        const QByteArray basic = "Basic " + ("x:" + m_sim->token().toLatin1()).toBase64();
        const HttpReply reply =
            m_sim->request("GET", QStringLiteral("/git/nothing.git/info/refs?service=git-upload-pack"), {},
                           QString(), {{"Authorization", basic}});
        QCOMPARE(reply.status, 404);
    }

    void cloneWithTheAdminToken()
    {
        const GitRun clone = git({QStringLiteral("clone"), QStringLiteral("-q"),
                                  urlWithToken(QStringLiteral("guestbook"), m_sim->token()), m_clone});
        QVERIFY2(clone.exitCode == 0, qPrintable(clone.err));
        QVERIFY(QFile::exists(m_clone + QStringLiteral("/guestbook/deployment.yaml")));
        const GitRun fsck = git({QStringLiteral("fsck"), QStringLiteral("--full")}, m_clone);
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
        QCOMPARE(headOf(m_clone),
                 at(m_sim->app(QStringLiteral("guestbook-auto")), QStringLiteral("status.sync.revision"))
                     .toString());
    }

    void fetchWithTheReadOnlyToken()
    {
        const GitRun fetch =
            git({QStringLiteral("fetch"), urlWithToken(QStringLiteral("guestbook"), m_sim->readonlyToken()),
                 QStringLiteral("main")},
                m_clone);
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
    }

    void aWrongTokenFailsAuthentication()
    {
        const GitRun listing =
            git({QStringLiteral("ls-remote"),
                 urlWithToken(QStringLiteral("guestbook"), QStringLiteral("not.a.token"))});
        QVERIFY(listing.exitCode != 0);
        QVERIFY2(listing.err.contains(QStringLiteral("Authentication failed")), qPrintable(listing.err));
    }

    void theReadOnlyTokenCannotPush()
    {
        const QString before = headOf(m_clone);
        QVERIFY(commitNewImage(QStringLiteral("1.0.1")));
        const GitRun push =
            git({QStringLiteral("push"), urlWithToken(QStringLiteral("guestbook"), m_sim->readonlyToken()),
                 QStringLiteral("HEAD:main")},
                m_clone);
        QVERIFY(push.exitCode != 0);
        QVERIFY2(push.err.contains(QStringLiteral("403")), qPrintable(push.err));
        QVERIFY2(push.err.contains(QStringLiteral("may fetch from guestbook.git but not push to it")),
                 qPrintable(push.err));
        const GitRun remote =
            git({QStringLiteral("ls-remote"), urlWithToken(QStringLiteral("guestbook"), m_sim->token()),
                 QStringLiteral("refs/heads/main")});
        QVERIFY(remote.out.startsWith(before));
        // The pack upload itself is refused too, not only the advertisement before it.
        const QByteArray basic = "Basic " + ("x:" + m_sim->readonlyToken().toLatin1()).toBase64();
        const HttpReply upload =
            m_sim->request("POST", QStringLiteral("/git/guestbook.git/git-receive-pack"), "0000", QString(),
                           {{"Authorization", basic}}, "application/x-git-receive-pack-request");
        QCOMPARE(upload.status, 403);
        QCOMPARE(
            git({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), before}, m_clone)
                .exitCode,
            0);
    }

    void anAdminPushIsReconciled()
    {
        QVERIFY(commitNewImage(QStringLiteral("1.1.0")));
        const QString pushed = headOf(m_clone);
        const GitRun push =
            git({QStringLiteral("push"), QStringLiteral("-q"),
                 urlWithToken(QStringLiteral("guestbook"), m_sim->token()), QStringLiteral("HEAD:main")},
                m_clone);
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));

        QVERIFY(m_sim->waitForApp(QStringLiteral("guestbook-auto"), [&](const QJsonObject &app) {
            return at(app, QStringLiteral("status.sync.revision")).toString() == pushed &&
                   at(app, QStringLiteral("status.sync.status")).toString() == QStringLiteral("Synced") &&
                   at(app, QStringLiteral("status.summary.images.0")).toString() ==
                       QStringLiteral("registry.test/guestbook:1.1.0");
        }));
        QVERIFY(m_sim->waitForApp(QStringLiteral("guestbook-manual"), [&](const QJsonObject &app) {
            return at(app, QStringLiteral("status.sync.revision")).toString() == pushed &&
                   at(app, QStringLiteral("status.sync.status")).toString() == QStringLiteral("OutOfSync");
        }));
    }

    void aPushLargerThanThePostBufferGoesThroughInChunks()
    {
        // git sends a pack above http.postBuffer with Transfer-Encoding: chunked.
        QFile blob(m_clone + QStringLiteral("/assets/logo.bin"));
        QVERIFY(QDir(m_clone).mkpath(QStringLiteral("assets")));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        QByteArray bytes(512 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        blob.write(bytes);
        blob.close();
        QCOMPARE(git({QStringLiteral("add"), QStringLiteral("assets")}, m_clone).exitCode, 0);
        QCOMPARE(
            git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("logo")}, m_clone).exitCode,
            0);
        const GitRun push =
            git({QStringLiteral("-c"), QStringLiteral("http.postBuffer=65536"), QStringLiteral("push"),
                 QStringLiteral("-q"), urlWithToken(QStringLiteral("guestbook"), m_sim->token()),
                 QStringLiteral("HEAD:main")},
                m_clone);
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        const QString copy = m_work.path() + QStringLiteral("/guestbook-copy");
        const GitRun clone = git({QStringLiteral("clone"), QStringLiteral("-q"),
                                  urlWithToken(QStringLiteral("guestbook"), m_sim->readonlyToken()), copy});
        QVERIFY2(clone.exitCode == 0, qPrintable(clone.err));
        QFile copied(copy + QStringLiteral("/assets/logo.bin"));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), bytes);
    }

    void aKustomizeOverlayRendersItsPinnedImage()
    {
        const QJsonObject app = m_sim->app(QStringLiteral("shop-prod"));
        QVERIFY2(!app.value(QStringLiteral("status")).toObject().contains(QStringLiteral("conditions")),
                 QJsonDocument(app).toJson().constData());
        const QJsonArray items =
            m_sim->get(QStringLiteral("/api/v1/applications/shop-prod/managed-resources"))
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject target =
            QJsonDocument::fromJson(items.at(0)[QStringLiteral("targetState")].toString().toUtf8()).object();
        QCOMPARE(at(target, QStringLiteral("kind")).toString(), QStringLiteral("Deployment"));
        QCOMPARE(at(target, QStringLiteral("spec.template.spec.containers.0.image")).toString(),
                 QStringLiteral("registry.test/shop/web:2.5.1@") + PinnedDigest);
        QCOMPARE(at(app, QStringLiteral("status.sync.status")).toString(), QStringLiteral("Synced"));
        QCOMPARE(at(app, QStringLiteral("status.sourceType")).toString(), QStringLiteral("Kustomize"));
        QCOMPARE(
            at(m_sim->app(QStringLiteral("guestbook-auto")), QStringLiteral("status.sourceType")).toString(),
            QStringLiteral("Directory"));
    }

    void aFailingKustomizationIsAComparisonError()
    {
        const QJsonObject app = m_sim->app(QStringLiteral("shop-broken"));
        QVERIFY2(hasCondition(app, QStringLiteral("ComparisonError"),
                              QStringLiteral("`kustomize build envs/broken/web` failed")),
                 QJsonDocument(app).toJson().constData());
        // kustomize's own words name what is missing.
        QVERIFY(hasCondition(app, QStringLiteral("ComparisonError"), QStringLiteral("base/missing")));
    }

    void aMissingKustomizeIsExplained()
    {
        sextant::fleetsim::FleetSimConfig config = FleetsimFixture::testConfig(seedPath());
        config.kustomize = QStringLiteral("sextant-test-no-such-kustomize");
        FleetsimFixture sim(config);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QJsonObject app = sim.app(QStringLiteral("shop-prod"));
        QVERIFY2(
            hasCondition(app, QStringLiteral("ComparisonError"),
                         QStringLiteral("kustomize is not installed: install the Debian package kustomize")),
            QJsonDocument(app).toJson().constData());
        // Plain manifests do not need it.
        QVERIFY(!sim.app(QStringLiteral("guestbook-auto"))
                     .value(QStringLiteral("status"))
                     .toObject()
                     .contains(QStringLiteral("conditions")));
    }

    void overHttpsTheUrlsAreHttps()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")),
                      key = dir.filePath(QStringLiteral("key.pem"));
        QString opensslError;
        QVERIFY2(sextant::testing::makeSelfSignedCertificate(dir.path(), &opensslError),
                 qPrintable(opensslError));

        sextant::fleetsim::FleetSimConfig config = FleetsimFixture::testConfig(seedPath());
        config.tlsCertificate = cert;
        config.tlsKey = key;
        FleetsimFixture sim(config);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(sim.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
        QString recorded;
        sim.invoke([&](sextant::fleetsim::FleetSim &fleet) {
            recorded = fleet.git().urlFor(QStringLiteral("guestbook"));
        });
        QCOMPARE(recorded, sim.baseUrl() + QStringLiteral("/git/guestbook.git"));

        QUrl url(recorded);
        url.setUserName(QStringLiteral("sextant"));
        url.setPassword(sim.token());
        const GitRun clone =
            git({QStringLiteral("-c"), QStringLiteral("http.sslCAInfo=") + cert, QStringLiteral("clone"),
                 QStringLiteral("-q"), url.toString(), dir.filePath(QStringLiteral("clone"))});
        QVERIFY2(clone.exitCode == 0, qPrintable(clone.err));
    }

    void aBackendThatFailsIsAPlainServerError_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("does not start") << QStringLiteral("/nonexistent/git-http-backend")
                                        << QByteArray("git http-backend did not start");
        QTest::newRow("exits non-zero")
            << QStringLiteral("/bin/false") << QByteArray("git http-backend failed (exit code 1)");
    }

    void aBackendThatFailsIsAPlainServerError()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, message);
        sextant::fleetsim::FleetSimConfig config = FleetsimFixture::testConfig(seedPath());
        config.api.gitHttpBackend = backend;
        FleetsimFixture sim(config);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QByteArray basic = "Basic " + ("x:" + sim.token().toLatin1()).toBase64();
        for (int i = 0; i < 2; ++i) { // and the connection still serves the next request
            const HttpReply reply =
                sim.request("GET", QStringLiteral("/git/guestbook.git/info/refs?service=git-upload-pack"), {},
                            QString(), {{"Authorization", basic}});
            QCOMPARE(reply.status, 500);
            QVERIFY2(reply.body.startsWith(message), reply.body.constData());
        }
    }

    void aSeedPathMayDependOnTheEnvironment()
    {
        const auto seed = sextant::fleetsim::parseSeed(PerEnvironmentPathSeed, QString());
        QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
        QStringList paths;
        for (const auto &app : seed->applications)
            paths << app.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("envs/dev"), QStringLiteral("envs/prod-eu"),
                                     QStringLiteral("envs/any")}));
    }
};

QTEST_GUILESS_MAIN(FleetsimGitTest)
#include "tst_fleetsim_git.moc"
