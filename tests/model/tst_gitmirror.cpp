// GitMirror against real remotes: plain paths, file:// URLs and a `git daemon` on
// loopback (which runs server-side hooks), checked with the git CLI.
#include "gitcli.h"
#include "model/git/gitlibrary.h"
#include "model/git/gitmirror.h"
#include "model/git/gitremote.h"
#include "testcredentialsource.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sextant::git;
using gitcli::git;
using gitcli::gitIn;
using gitcli::lines;
using sextant::Status;

namespace {

QString gitDirArg(const QString &repository)
{
    return u"--git-dir="_s + repository;
}

// Branch → commit of `repository`, from for-each-ref, without refs/heads/sextant/*.
QMap<QString, QString> cliHeads(const QString &repository)
{
    QByteArray output;
    if (!git({gitDirArg(repository), u"for-each-ref"_s, u"--format=%(refname:short) %(objectname)"_s,
              u"refs/heads"_s},
             &output))
        return {{u"error"_s, u"error"_s}};
    QMap<QString, QString> heads;
    for (const QString &line : lines(output)) {
        if (!line.startsWith(u"sextant/"_s))
            heads.insert(line.section(u' ', 0, 0), line.section(u' ', 1));
    }
    return heads;
}

QMap<QString, QString> withoutSextant(QMap<QString, QString> heads)
{
    heads.removeIf([](const auto &it) { return it.key().startsWith(u"sextant/"_s); });
    return heads;
}

QString revParse(const QString &repository, const QString &revision)
{
    QByteArray output;
    if (!git({gitDirArg(repository), u"rev-parse"_s, u"--verify"_s, u"-q"_s, revision}, &output))
        return {};
    return QString::fromLatin1(output);
}

// An HTTP server on loopback, in its own thread (fetch blocks the test's thread), that
// answers every request with one status; it records the Authorization headers it saw.
class HttpStub {
public:
    explicit HttpStub(int status)
        : m_status(status)
    {
        std::promise<int> port;
        std::future<int> portReady = port.get_future();
        m_thread = std::thread([this, &port] { serve(port); });
        m_port = portReady.get();
    }
    ~HttpStub()
    {
        m_stop = true;
        m_thread.join();
    }
    int port() const { return m_port; }
    QList<QByteArray> authorizations() const
    {
        std::lock_guard lock(m_mutex);
        return m_authorizations;
    }

private:
    void serve(std::promise<int> &port)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        port.set_value(server.serverPort());
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(500))
                request += socket->readAll();
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("authorization:")) {
                    std::lock_guard lock(m_mutex);
                    m_authorizations.append(line.trimmed());
                }
            }
            const QByteArray reason = m_status == 401   ? "Unauthorized"
                                      : m_status == 403 ? "Forbidden"
                                                        : "Not Found";
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason +
                          "\r\nWWW-Authenticate: Basic realm=\"git\"\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->waitForBytesWritten(2000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(1000);
        }
    }

    int m_status;
    int m_port = 0;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_authorizations;
};

} // namespace

class GitMirrorTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_upstream; // a work tree the tests commit to
    QProcess m_daemon;
    int m_port = 0;
    int m_counter = 0;
    CredentialChain m_noCredentials;

    QString scratch(const QString &name) { return m_dir.filePath(name + QString::number(++m_counter)); }

    // A bare copy of the upstream, served by the daemon as git://127.0.0.1:port/<name>.
    QString bareRemote(const QString &name)
    {
        const QString path = m_dir.filePath(u"served/"_s + name);
        if (!git({u"clone"_s, u"-q"_s, u"--bare"_s, m_upstream, path}))
            return {};
        return path;
    }
    QString daemonUrl(const QString &name) const { return u"git://127.0.0.1:%1/%2"_s.arg(m_port).arg(name); }

    static bool fetchOk(GitMirror &mirror, CredentialChain &chain)
    {
        const Status status = mirror.fetch(chain);
        if (!status.ok())
            qWarning().noquote() << status.errorMessage();
        return status.ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_upstream = m_dir.filePath(u"upstream"_s);
        QVERIFY(git({u"init"_s, u"-q"_s, m_upstream}));
        QVERIFY(!gitcli::commit(m_upstream, {{u"apps/web/deploy.yaml"_s, "replicas: 1\n"}}, u"Add web"_s)
                     .isEmpty());
        QVERIFY(!gitcli::commit(m_upstream, {{u"apps/web/deploy.yaml"_s, "replicas: 2\n"}}, u"Scale web"_s)
                     .isEmpty());
        QVERIFY(gitIn(m_upstream, {u"branch"_s, u"feature"_s}));
        QVERIFY(gitIn(m_upstream, {u"branch"_s, u"sextant/shared"_s}));
        QVERIFY(gitIn(m_upstream, {u"tag"_s, u"-a"_s, u"v1"_s, u"-m"_s, u"release 1"_s}));
        // receive.denyCurrentBranch does not apply to bare remotes; the work tree is only read.

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        QDir().mkpath(m_dir.filePath(u"served"_s));
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start(u"git"_s,
                       {u"daemon"_s, u"--reuseaddr"_s, u"--export-all"_s, u"--enable=receive-pack"_s,
                        u"--informative-errors"_s, u"--listen=127.0.0.1"_s, u"--port=%1"_s.arg(m_port),
                        u"--base-path="_s + m_dir.filePath(u"served"_s), m_dir.filePath(u"served"_s)});
        QVERIFY(m_daemon.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        bool listening = false;
        while (!listening && timer.elapsed() < 10000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            listening = socket.waitForConnected(200);
            if (!listening)
                QThread::msleep(50);
        }
        QVERIFY2(listening, "git daemon did not start");
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(3000);
    }

    void fetchMirrorsBranchesAndKeepsSextantBranches_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("file url") << u"file"_s;
        QTest::newRow("git daemon") << u"daemon"_s;
    }

    void fetchMirrorsBranchesAndKeepsSextantBranches()
    {
        QFETCH(QString, kind);
        const QString remote = bareRemote(u"fetch-"_s + kind + u".git"_s);
        QVERIFY(!remote.isEmpty());
        const QString url = kind == u"path"_s   ? remote
                            : kind == u"file"_s ? u"file://"_s + remote
                                                : daemonUrl(u"fetch-"_s + kind + u".git"_s);
        const QString directory = scratch(u"mirror-"_s);
        auto mirror = GitMirror::openOrCreate(directory, url);
        QVERIFY2(mirror.ok(), qPrintable(mirror.errorMessage()));
        QVERIFY(mirror->repository().isBare());
        QCOMPARE(mirror->url(), url);
        QVERIFY(mirror->repository().branchHeads()->isEmpty()); // no network yet

        QVERIFY(fetchOk(*mirror, m_noCredentials));
        QCOMPARE(withoutSextant(*mirror->repository().branchHeads()), cliHeads(remote));
        QCOMPARE(*mirror->repository().resolveCommit(u"v1"_s), revParse(remote, u"v1^{commit}"_s));
        QCOMPARE(*mirror->repository().resolveCommit(u"HEAD"_s), revParse(remote, u"main"_s));
        // The remote's sextant/* branches are Sextant's own: never fetched over local ones.
        QVERIFY(!mirror->repository().branchHeads()->contains(u"sextant/shared"_s));

        // Local Sextant branches: one new, one that also exists on the remote.
        const auto local =
            mirror->repository().commitFiles(u"sextant/revert-1"_s, {{u"a.yaml"_s, "a: 1\n"}},
                                             CommitInfo{u"Local"_s, u"S"_s, u"s@example.org"_s, {}});
        QVERIFY2(local.ok(), qPrintable(local.errorMessage()));
        const auto shared =
            mirror->repository().commitFiles(u"sextant/shared"_s, {{u"b.yaml"_s, "b: 1\n"}},
                                             CommitInfo{u"Mine"_s, u"S"_s, u"s@example.org"_s, {}});
        QVERIFY(shared.ok());

        // The remote moves on: a new commit and tag, a deleted branch, its sextant/shared moved.
        const QString work = scratch(u"work-"_s);
        QVERIFY(git({u"clone"_s, u"-q"_s, remote, work}));
        QVERIFY(!gitcli::commit(work, {{u"apps/web/deploy.yaml"_s, "replicas: 3\n"}}, u"Scale web again"_s)
                     .isEmpty());
        QVERIFY(gitIn(work, {u"tag"_s, u"v2"_s}));
        QVERIFY(gitIn(work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s, u"v2"_s, u"main:sextant/shared"_s,
                             u":feature"_s}));

        QVERIFY(fetchOk(*mirror, m_noCredentials));
        const auto heads = *mirror->repository().branchHeads();
        QCOMPARE(withoutSextant(heads), cliHeads(remote));
        QVERIFY(!heads.contains(u"feature"_s));
        QCOMPARE(heads.value(u"main"_s), revParse(remote, u"main"_s));
        QCOMPARE(heads.value(u"sextant/revert-1"_s), *local);
        QCOMPARE(heads.value(u"sextant/shared"_s), *shared);
        QCOMPARE(*mirror->repository().resolveCommit(u"v2"_s), revParse(remote, u"v2"_s));
        QVERIFY(git({gitDirArg(directory), u"fsck"_s, u"--strict"_s, u"--no-progress"_s}));

        // Opening again keeps everything.
        auto reopened = GitMirror::openOrCreate(directory, url);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QCOMPARE(*reopened->repository().branchHeads(), heads);
    }

    void push_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("git daemon") << u"daemon"_s;
    }

    void push()
    {
        QFETCH(QString, kind);
        const QString name = u"push-"_s + kind + u".git"_s;
        const QString remote = bareRemote(name);
        const QString url = kind == u"path"_s ? remote : daemonUrl(name);
        auto mirror = GitMirror::openOrCreate(scratch(u"mirror-"_s), url);
        QVERIFY(mirror.ok());
        QVERIFY(fetchOk(*mirror, m_noCredentials));
        GitRepository &repository = mirror->repository();
        const QString main = *repository.resolveCommit(u"main"_s);

        // A new branch from main, pushed under a new name.
        const auto tree = repository.commitFiles(u"sextant/scratch"_s, {{u"x"_s, "x\n"}},
                                                 CommitInfo{u"scratch"_s, u"S"_s, u"s@example.org"_s, {}});
        QVERIFY(tree.ok());
        QByteArray mainTree;
        QVERIFY(git({gitDirArg(repository.path()), u"rev-parse"_s, u"main^{tree}"_s}, &mainTree));
        const auto pushed = repository.commitTree(u"sextant/release-1"_s, main, QString::fromLatin1(mainTree),
                                                  CommitInfo{u"Release 1"_s, u"S"_s, u"s@example.org"_s, {}});
        QVERIFY2(pushed.ok(), qPrintable(pushed.errorMessage()));
        QList<TransferProgress> progress;
        const Status status = mirror->push(u"sextant/release-1"_s, u"release"_s, m_noCredentials,
                                           [&](const TransferProgress &p) {
                                               progress.append(p);
                                               return true;
                                           });
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QByteArray log;
        QVERIFY(git({gitDirArg(remote), u"log"_s, u"--format=%H %s"_s, u"-2"_s, u"release"_s}, &log));
        QCOMPARE(lines(log), QStringList({*pushed + u" Release 1"_s, main + u" Scale web"_s}));
        QVERIFY(git({gitDirArg(remote), u"fsck"_s, u"--strict"_s, u"--no-progress"_s}));
        QCOMPARE(repository.branchHeads()->value(u"release"_s), *pushed);

        // Someone else moves main; our branch from the old main is no fast-forward.
        const QString work = scratch(u"work-"_s);
        QVERIFY(git({u"clone"_s, u"-q"_s, remote, work}));
        QVERIFY(!gitcli::commit(work, {{u"other.yaml"_s, "o: 1\n"}}, u"Other change"_s).isEmpty());
        QVERIFY(gitIn(work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}));
        const QString remoteMain = revParse(remote, u"main"_s);
        const auto stale = repository.commitTree(u"sextant/stale"_s, main, QString::fromLatin1(mainTree),
                                                 CommitInfo{u"Stale"_s, u"S"_s, u"s@example.org"_s, {}});
        QVERIFY(stale.ok());
        const Status rejected = mirror->push(u"sextant/stale"_s, u"main"_s, m_noCredentials);
        QVERIFY(!rejected.ok());
        QCOMPARE(failureOf(rejected.error()), GitFailure::Rejected);
        QVERIFY2(rejected.errorMessage().contains(u"main"_s), qPrintable(rejected.errorMessage()));
        QCOMPARE(revParse(remote, u"main"_s), remoteMain);

        const Status missing = mirror->push(u"sextant/none"_s, u"main"_s, m_noCredentials);
        QCOMPARE(failureOf(missing.error()), GitFailure::NotFound);
    }

    void pushDeclinedByHook()
    {
        const QString name = u"hooked.git"_s;
        const QString remote = bareRemote(name);
        QVERIFY(gitcli::writeFile(remote + u"/hooks/pre-receive"_s,
                                  "#!/bin/sh\necho 'main is protected: open a merge request' >&2\nexit 1\n"));
        QVERIFY(QFile::setPermissions(remote + u"/hooks/pre-receive"_s,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto mirror = GitMirror::openOrCreate(scratch(u"mirror-"_s), daemonUrl(name));
        QVERIFY(mirror.ok());
        QVERIFY(fetchOk(*mirror, m_noCredentials));
        const QString main = *mirror->repository().resolveCommit(u"main"_s);
        QByteArray mainTree;
        QVERIFY(git({gitDirArg(mirror->repository().path()), u"rev-parse"_s, u"main^{tree}"_s}, &mainTree));
        const auto next =
            mirror->repository().commitTree(u"sextant/next"_s, main, QString::fromLatin1(mainTree),
                                            CommitInfo{u"Next"_s, u"S"_s, u"s@example.org"_s, {}});
        QVERIFY(next.ok());
        const Status status = mirror->push(u"sextant/next"_s, u"main"_s, m_noCredentials);
        QVERIFY(!status.ok());
        QCOMPARE(failureOf(status.error()), GitFailure::Rejected);
        QVERIFY2(status.errorMessage().contains(u"pre-receive hook declined"_s),
                 qPrintable(status.errorMessage()));
        QVERIFY2(status.errorMessage().contains(u"main is protected: open a merge request"_s),
                 qPrintable(status.errorMessage()));
        QCOMPARE(revParse(remote, u"main"_s), main);
    }

    void tlsHandshakeFailure()
    {
        // A server that answers a TLS hello with plain HTTP.
        const HttpStub server(404);
        const QString url = u"https://127.0.0.1:%1/git/payments.git"_s.arg(server.port());
        auto mirror = GitMirror::openOrCreate(scratch(u"mirror-"_s), url);
        QVERIFY(mirror.ok());
        const Status fetched = mirror->fetch(m_noCredentials);
        QVERIFY(!fetched.ok());
        QCOMPARE(failureOf(fetched.error()), GitFailure::Tls);
        QVERIFY2(fetched.errorMessage().contains(url), qPrintable(fetched.errorMessage()));
    }

    void fetchFailures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("failure");
        QTest::newRow("missing path") << u"%dir/missing.git"_s << int(GitFailure::NotFound);
        QTest::newRow("missing file url") << u"file://%dir/missing.git"_s << int(GitFailure::NotFound);
        QTest::newRow("not served") << u"git://127.0.0.1:%port/missing.git"_s << int(GitFailure::NotFound);
        QTest::newRow("connection refused") << u"git://127.0.0.1:1/missing.git"_s << int(GitFailure::Network);
        QTest::newRow("unresolvable host")
            << u"git://no-such-host.invalid/x.git"_s << int(GitFailure::Network);
    }

    void fetchFailures()
    {
        QFETCH(QString, url);
        QFETCH(int, failure);
        url.replace(u"%dir"_s, m_dir.path()).replace(u"%port"_s, QString::number(m_port));
        auto mirror = GitMirror::openOrCreate(scratch(u"mirror-"_s), url);
        QVERIFY(mirror.ok());
        const Status status = mirror->fetch(m_noCredentials);
        QVERIFY(!status.ok());
        QCOMPARE(int(failureOf(status.error())), failure);
        QVERIFY2(status.errorMessage().contains(displayUrl(url)) ||
                     status.errorMessage().contains(u"missing.git"_s) ||
                     status.errorMessage().contains(u"no-such-host"_s),
                 qPrintable(status.errorMessage()));
    }

    void fetchCancelledByProgress_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("git daemon") << u"daemon"_s;
    }

    void fetchCancelledByProgress()
    {
        QFETCH(QString, kind);
        const QString name = u"cancel-"_s + kind + u".git"_s;
        const QString remote = bareRemote(name);
        QVERIFY(!remote.isEmpty());
        auto mirror =
            GitMirror::openOrCreate(scratch(u"mirror-"_s), kind == u"path"_s ? remote : daemonUrl(name));
        QVERIFY(mirror.ok());
        int calls = 0;
        const Status status = mirror->fetch(m_noCredentials, [&](const TransferProgress &) {
            ++calls;
            return false;
        });
        QVERIFY(!status.ok());
        QCOMPARE(failureOf(status.error()), GitFailure::Cancelled);
        QVERIFY(calls >= 1);
        // A later fetch without cancelling works.
        QVERIFY(fetchOk(*mirror, m_noCredentials));
    }

    void openOrCreateRepointsOrigin()
    {
        const QString directory = scratch(u"mirror-"_s);
        QVERIFY(GitMirror::openOrCreate(directory, u"/somewhere/else.git"_s).ok());
        const QString remote = bareRemote(u"repoint.git"_s);
        auto mirror = GitMirror::openOrCreate(directory, remote);
        QVERIFY(mirror.ok());
        QVERIFY(fetchOk(*mirror, m_noCredentials));
        QCOMPARE(withoutSextant(*mirror->repository().branchHeads()), cliHeads(remote));
        QVERIFY(!GitMirror::openOrCreate(directory, QString()).ok());
    }

    void httpFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("credentials");
        QTest::addColumn<int>("failure");
        QTest::newRow("401 without credentials") << 401 << 0 << int(GitFailure::Authentication);
        QTest::newRow("401 rejects two credentials") << 401 << 2 << int(GitFailure::Authentication);
        QTest::newRow("403") << 403 << 0 << int(GitFailure::Authentication);
        QTest::newRow("404") << 404 << 0 << int(GitFailure::NotFound);
    }

    void httpFailures()
    {
        QFETCH(int, status);
        QFETCH(int, credentials);
        QFETCH(int, failure);
        const HttpStub server(status);
        const QString url = u"http://robot:url-secret@127.0.0.1:%1/git/payments.git"_s.arg(server.port());
        auto mirror = GitMirror::openOrCreate(scratch(u"mirror-"_s), url);
        QVERIFY(mirror.ok());
        auto source = std::make_shared<TestSource>(u"test source"_s, credentials);
        CredentialChain chain;
        chain.add(source);
        const Status fetched = mirror->fetch(chain);
        QVERIFY(!fetched.ok());
        QCOMPARE(int(failureOf(fetched.error())), failure);
        const QString message = fetched.errorMessage();
        QVERIFY2(message.contains(u"http://127.0.0.1:%1/git/payments.git"_s.arg(server.port())),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"url-secret"_s), qPrintable(message));
        if (credentials > 0) {
            QVERIFY2(message.contains(u"test source"_s), qPrintable(message));
            // Both were tried; the last one is reported as rejected.
            QCOMPARE(source->attempts.mid(0, 2), QList<int>({0, 1}));
            QCOMPARE(source->reports, QStringList{u"1-"_s});
            const QList<QByteArray> sent = server.authorizations();
            QVERIFY(sent.size() >= 2);
        } else {
            QVERIFY(source->reports.isEmpty());
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const sextant::git::GitLibrary library; // libgit2 stays initialised while the tests run
    GitMirrorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitmirror.moc"
