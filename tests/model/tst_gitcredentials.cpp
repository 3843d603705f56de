// The credential chain and the built-in credential sources; displayUrl.
#include "gitcli.h"
#include "model/git/credentialsources.h"
#include "model/git/gitlibrary.h"
#include "model/git/gitremote.h"
#include "testcredentialsource.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace sextant::git;

class GitCredentialsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString scratch(const QString &name) { return m_dir.filePath(name + QString::number(++m_counter)); }

private slots:
    void displayUrlDropsUserInfo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("token") << u"https://user:s3cret@git.example.org/org/repo.git"_s
                               << u"https://git.example.org/org/repo.git"_s;
        QTest::newRow("user only") << u"https://user@git.example.org:8443/repo.git"_s
                                   << u"https://git.example.org:8443/repo.git"_s;
        QTest::newRow("plain") << u"https://git.example.org/repo.git"_s
                               << u"https://git.example.org/repo.git"_s;
        QTest::newRow("scp-like") << u"git@git.example.org:org/repo.git"_s
                                  << u"git@git.example.org:org/repo.git"_s;
        QTest::newRow("path") << u"/srv/git/repo.git"_s << u"/srv/git/repo.git"_s;
    }

    void displayUrlDropsUserInfo()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(displayUrl(url), shown);
    }

    void credentialChainAsksSourcesInOrder()
    {
        auto first = std::make_shared<TestSource>(u"first"_s, 2);
        auto second = std::make_shared<TestSource>(u"second"_s, 1);
        CredentialChain chain;
        chain.add(first);
        chain.add(second);
        chain.begin();
        const QString url = u"https://git.example.org/r.git"_s;
        QCOMPARE(chain.next(url, {}, false, true)->origin, u"first"_s);
        QCOMPARE(chain.next(url, {}, false, true)->secret, u"1"_s);
        QCOMPARE(chain.next(url, {}, false, true)->origin, u"second"_s);
        QVERIFY(!chain.next(url, {}, false, true));
        QCOMPARE(first->attempts, QList<int>({0, 1, 2}));
        QCOMPARE(second->attempts, QList<int>({0, 1}));
        QCOMPARE(chain.lastCredential()->origin, u"second"_s);
        chain.finish(url, false);
        QCOMPARE(second->reports, QStringList{u"0-"_s});
        QVERIFY(first->reports.isEmpty());
        // A new operation starts from the first source again.
        QCOMPARE(chain.next(url, {}, false, true)->origin, u"first"_s);
        chain.finish(url, true);
        QCOMPARE(first->reports, QStringList{u"0+"_s});
    }

    void credentialChainKeepsOneOperationPerThread()
    {
        // Hands out two credentials per operation; records nothing, so threads may share it.
        class TwoTokens : public CredentialSource {
        public:
            std::optional<Credential> credentialFor(const QString &, const QString &, bool, bool,
                                                    int attempt) override
            {
                if (attempt >= 2)
                    return std::nullopt;
                return Credential{
                    Credential::Kind::UserPassword, u"u"_s, QString::number(attempt), {}, {}, u"t"_s};
            }
        };
        CredentialChain chain;
        chain.add(std::make_shared<TwoTokens>());
        const CredentialChain copy = chain; // shares sources and state
        QVERIFY(!copy.isEmpty());
        std::atomic<int> good = 0;
        QList<QThread *> threads;
        for (int i = 0; i < 8; ++i) {
            threads.append(QThread::create([&chain, &good] {
                for (int round = 0; round < 200; ++round) {
                    chain.begin();
                    const auto first = chain.next(u"https://h/r.git"_s, {}, false, true);
                    const auto second = chain.next(u"https://h/r.git"_s, {}, false, true);
                    const auto third = chain.next(u"https://h/r.git"_s, {}, false, true);
                    if (!first || first->secret != u"0"_s || !second || second->secret != u"1"_s || third ||
                        chain.lastCredential()->secret != u"1"_s)
                        return;
                    chain.finish(u"https://h/r.git"_s, true);
                }
                ++good;
            }));
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(good.load(), 8);
    }

    void environmentTokenSource()
    {
        EnvironmentTokenSource source;
        const QString https = u"https://git.example.org/r.git"_s;
        qunsetenv("SEXTANT_GIT_TOKEN");
        qunsetenv("SEXTANT_GIT_USERNAME");
        QVERIFY(!source.credentialFor(https, {}, false, true, 0));
        qputenv("SEXTANT_GIT_TOKEN", "tok-123");
        auto credential = source.credentialFor(https, {}, false, true, 0);
        QVERIFY(credential);
        QCOMPARE(credential->username, u"git"_s);
        QCOMPARE(credential->secret, u"tok-123"_s);
        QCOMPARE(credential->origin, u"SEXTANT_GIT_TOKEN"_s);
        qputenv("SEXTANT_GIT_USERNAME", "robot");
        QCOMPARE(source.credentialFor(https, {}, false, true, 0)->username, u"robot"_s);
        QVERIFY(!source.credentialFor(https, {}, false, true, 1));                     // only once
        QVERIFY(!source.credentialFor(u"ssh://git@host/r.git"_s, {}, true, false, 0)); // http(s) only
        QVERIFY(!source.credentialFor(https, {}, true, false, 0));
        qunsetenv("SEXTANT_GIT_TOKEN");
        qunsetenv("SEXTANT_GIT_USERNAME");
    }

    void gitCredentialHelperSource_data()
    {
        QTest::addColumn<QByteArray>("helper");
        QTest::addColumn<bool>("found");
        QTest::newRow("answers") << QByteArray(
                                        "!f() { echo \"$1\" >> \"$HOME/calls\"; cat > \"$HOME/input-$1\"; "
                                        "echo username=u; echo password=p; }; f")
                                 << true;
        QTest::newRow("knows nothing") << QByteArray("!f() { cat >/dev/null; }; f") << false;
        QTest::newRow("hangs") << QByteArray("!f() { sleep 20; }; f") << false;
    }

    void gitCredentialHelperSource()
    {
        QFETCH(QByteArray, helper);
        QFETCH(bool, found);
        const QString home = scratch(u"home-"_s);
        QVERIFY(QDir().mkpath(home));
        QByteArray quoted = helper;
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        QVERIFY(gitcli::writeFile(home + u"/.gitconfig"_s, "[credential]\n\thelper = \"" + quoted + "\"\n"));
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qunsetenv("XDG_CONFIG_HOME");

        GitCredentialHelperSource source(1500);
        const QString url = u"https://git.example.org:8443/org/repo.git"_s;
        QElapsedTimer timer;
        timer.start();
        const auto credential = source.credentialFor(url, {}, false, true, 0);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(bool(credential), found);
        QVERIFY(!source.credentialFor(url, {}, false, true, 1));
        QVERIFY(!source.credentialFor(u"ssh://git@host/r.git"_s, {}, true, false, 0));
        if (found) {
            QCOMPARE(credential->username, u"u"_s);
            QCOMPARE(credential->secret, u"p"_s);
            QCOMPARE(credential->origin, u"git credential"_s);
            QFile input(home + u"/input-get"_s);
            QVERIFY(input.open(QIODevice::ReadOnly));
            const QByteArray request = input.readAll();
            QVERIFY2(request.contains("protocol=https\n"), request.constData());
            QVERIFY2(request.contains("host=git.example.org:8443\n"), request.constData());
            source.report(url, *credential, true);
            source.report(url, *credential, false);
            QFile calls(home + u"/calls"_s);
            QVERIFY(calls.open(QIODevice::ReadOnly));
            QCOMPARE(calls.readAll(), QByteArray("get\nstore\nerase\n"));
        }
        qputenv("HOME", oldHome);
        qunsetenv("GIT_CONFIG_NOSYSTEM");
    }

    void sshSources()
    {
        const QString ssh = scratch(u"ssh-"_s);
        QVERIFY(QDir().mkpath(ssh));
        QVERIFY(gitcli::writeFile(ssh + u"/id_rsa"_s, "key"));
        QVERIFY(gitcli::writeFile(ssh + u"/id_ed25519"_s, "key"));
        QVERIFY(gitcli::writeFile(ssh + u"/id_ed25519.pub"_s, "pub"));
        SshKeySource keys(ssh);
        const QString url = u"ssh://git@host/r.git"_s;
        QVERIFY(!keys.credentialFor(url, u"git"_s, false, true, 0));
        const auto first = keys.credentialFor(url, u"git"_s, true, false, 0);
        QVERIFY(first);
        QCOMPARE(first->kind, Credential::Kind::SshKey);
        QCOMPARE(first->privateKeyPath, ssh + u"/id_ed25519"_s);
        QCOMPARE(first->publicKeyPath, ssh + u"/id_ed25519.pub"_s);
        const auto second = keys.credentialFor(url, u"git"_s, true, false, 1);
        QCOMPARE(second->privateKeyPath, ssh + u"/id_rsa"_s);
        QVERIFY(second->publicKeyPath.isEmpty());
        QVERIFY(!keys.credentialFor(url, u"git"_s, true, false, 2));

        SshAgentSource agent;
        const QByteArray oldSocket = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(!agent.credentialFor(url, u"git"_s, true, false, 0));
        qputenv("SSH_AUTH_SOCK", "/tmp/agent.sock");
        QCOMPARE(agent.credentialFor(url, u"git"_s, true, false, 0)->kind, Credential::Kind::SshAgent);
        QVERIFY(!agent.credentialFor(url, u"git"_s, true, false, 1));
        if (oldSocket.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", oldSocket);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const sextant::git::GitLibrary library; // libgit2 stays initialised while the tests run
    GitCredentialsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitcredentials.moc"
