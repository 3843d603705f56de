// GitRepository against real repositories on disk, checked with the git CLI.
#include "model/git/gitlibrary.h"
#include "model/git/gitrepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using sextant::git::CommitInfo;
using sextant::git::GitRepository;

using Changes = QMap<QString, std::optional<QByteArray>>;
using Files = QMap<QString, QByteArray>;

namespace {

// Runs the git CLI with a fixed identity and no user or system config; on
// failure prints git's stderr and returns false, for QVERIFY at the call site.
bool git(const QStringList &args, QByteArray *output = nullptr, const QString &workDir = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    const QStringList config = {
        u"-c"_s, u"user.name=CLI User"_s,       u"-c"_s, u"user.email=cli@example.org"_s,
        u"-c"_s, u"init.defaultBranch=main"_s,  u"-c"_s, u"core.quotePath=false"_s,
        u"-c"_s, u"advice.detachedHead=false"_s};
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(u"git"_s, config + args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << "git" << args.join(u' ') << "failed:" << process.readAllStandardError()
                             << process.errorString();
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput().trimmed();
    return true;
}

QStringList gitDir(const QString &repository, const QStringList &args)
{
    return QStringList{u"--git-dir="_s + repository} + args;
}

QStringList lines(const QByteArray &output)
{
    return output.isEmpty() ? QStringList() : QString::fromUtf8(output).split(u'\n');
}

// All file paths of `revision`, NUL-separated so no path is quoted.
bool listTree(const QString &repository, const QString &revision, QStringList *paths)
{
    QByteArray output;
    if (!git(gitDir(repository, {u"ls-tree"_s, u"-r"_s, u"-z"_s, u"--name-only"_s, revision}), &output))
        return false;
    paths->clear();
    for (const QByteArray &path : output.split('\0')) {
        if (!path.isEmpty())
            paths->append(QString::fromUtf8(path));
    }
    return true;
}

Changes toChanges(const Files &files)
{
    Changes changes;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        changes.insert(it.key(), it.value());
    return changes;
}

CommitInfo info(const QString &message, const QString &author = u"Ada Lovelace"_s,
                const QDateTime &when = QDateTime(QDate(2024, 3, 1), QTime(10, 0),
                                                  QTimeZone::fromSecondsAheadOfUtc(3600)))
{
    return CommitInfo{message, author, author.section(u' ', 0, 0).toLower() + u"@example.org"_s, when};
}

const Files firstFiles = {
    {u"README.md"_s, "# fleet\n"_ba},
    {u"apps/web/deployment.yaml"_s, "kind: Deployment\nmetadata:\n  name: web\n"_ba},
    {u"apps/web/service.yaml"_s, "kind: Service\nmetadata:\n  name: web\n"_ba},
    {u"apps/api/deployment.yaml"_s, "kind: Deployment\nmetadata:\n  name: api\n"_ba},
    {u"apps/api/config/settings.yaml"_s, "level: debug\n"_ba},
    {u"tools/sync.sh"_s, "#!/bin/sh\n"_ba},
};

} // namespace

class GitTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // A bare repository: main = second → first, feature = first, tags v1
    // (annotated) and light (lightweight) on first.
    QString m_fixture;
    QString m_first;
    QString m_second;

    QString scratch(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = scratch(u"fixture.git"_s);
        auto repository = GitRepository::initBare(m_fixture);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        auto first = repository->commitFiles(u"main"_s, toChanges(firstFiles), info(u"Add the fleet"_s));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        m_first = *first;
        auto second = repository->commitFiles(
            u"main"_s,
            {{u"README.md"_s, "# fleet\n\nTwo apps.\n"_ba},
             {u"apps/web/ingress.yaml"_s, "kind: Ingress\n"_ba}},
            info(u"Describe the fleet\n\nAnd expose web."_s, u"Grace Hopper"_s,
                 QDateTime(QDate(2024, 3, 2), QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(-5 * 3600))));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        m_second = *second;
        QVERIFY(git(gitDir(m_fixture, {u"tag"_s, u"-a"_s, u"v1"_s, u"-m"_s, u"release 1"_s, m_first})));
        QVERIFY(git(gitDir(m_fixture, {u"tag"_s, u"light"_s, m_first})));
        QVERIFY(git(gitDir(m_fixture, {u"branch"_s, u"feature"_s, m_first})));
    }

    void commitsTwiceOnBareRepository()
    {
        const QString path = scratch(u"twice.git"_s);
        auto repository = GitRepository::initBare(path);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        QVERIFY(repository->isBare());

        const auto first = repository->commitFiles(u"main"_s, {{u"a.yaml"_s, "a: 1\n"_ba}},
                                                   info(u"Add a\n\nWith a body."_s));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        const auto second = repository->commitFiles(
            u"main"_s, {{u"b.yaml"_s, "b: 2\n"_ba}},
            info(u"Add b"_s, u"Grace Hopper"_s,
                 QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::fromSecondsAheadOfUtc(2 * 3600))));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(first->size(), 40);
        QVERIFY(*first != *second);

        QByteArray log;
        QVERIFY(git(gitDir(path, {u"log"_s, u"--format=%H|%P|%an|%ae|%cn|%ai|%s|%b"_s, u"main"_s}), &log));
        QCOMPARE(lines(log),
                 QStringList({
                     *second + u"|"_s + *first +
                         u"|Grace Hopper|grace@example.org|Grace Hopper|2024-05-01 12:00:00 +0200|Add b|"_s,
                     *first + u"||Ada Lovelace|ada@example.org|Ada Lovelace|2024-03-01 10:00:00 +0100|"
                              u"Add a|With a body."_s,
                 }));
        QByteArray head;
        QVERIFY(git(gitDir(path, {u"symbolic-ref"_s, u"HEAD"_s}), &head));
        QCOMPARE(head, "refs/heads/main"_ba);
        QVERIFY(git(gitDir(path, {u"fsck"_s, u"--strict"_s, u"--no-dangling"_s})));
        QStringList files;
        QVERIFY(listTree(path, u"main"_s, &files));
        QCOMPARE(files, QStringList({u"a.yaml"_s, u"b.yaml"_s}));
    }

    void commitFilesAppliesChanges_data()
    {
        QTest::addColumn<Files>("initial");
        QTest::addColumn<Changes>("changes");
        QTest::addColumn<Files>("expected");

        const Files readme = {{u"README.md"_s, "hello\n"_ba}};
        QTest::addRow("nested directories are created")
            << readme << Changes{{u"apps/web/prod/deploy.yaml"_s, "kind: Deployment\n"_ba}}
            << Files{{u"README.md"_s, "hello\n"_ba},
                     {u"apps/web/prod/deploy.yaml"_s, "kind: Deployment\n"_ba}};
        QTest::addRow("replacing a file keeps its siblings")
            << Files{{u"a/x"_s, "1"_ba}, {u"a/y"_s, "2"_ba}} << Changes{{u"a/x"_s, "one"_ba}}
            << Files{{u"a/x"_s, "one"_ba}, {u"a/y"_s, "2"_ba}};
        QTest::addRow("deleting the last file drops its directories")
            << Files{{u"README.md"_s, "hello\n"_ba}, {u"a/b/c"_s, "1"_ba}}
            << Changes{{u"a/b/c"_s, std::nullopt}} << readme;
        QTest::addRow("deleting a directory removes everything below it")
            << Files{{u"README.md"_s, "hello\n"_ba},
                     {u"apps/a/x"_s, "1"_ba},
                     {u"apps/a/deep/y"_s, "2"_ba},
                     {u"apps/ab"_s, "3"_ba}}
            << Changes{{u"apps/a"_s, std::nullopt}}
            << Files{{u"README.md"_s, "hello\n"_ba}, {u"apps/ab"_s, "3"_ba}};
        QTest::addRow("writes and deletes in one commit")
            << Files{{u"old.yaml"_s, "old"_ba}, {u"keep.yaml"_s, "keep"_ba}}
            << Changes{{u"old.yaml"_s, std::nullopt},
                       {u"new/one.yaml"_s, "1"_ba},
                       {u"keep.yaml"_s, "kept"_ba}}
            << Files{{u"keep.yaml"_s, "kept"_ba}, {u"new/one.yaml"_s, "1"_ba}};
        QTest::addRow("a file replaces a directory")
            << Files{{u"a/b"_s, "1"_ba}, {u"a/c/d"_s, "2"_ba}} << Changes{{u"a"_s, "file"_ba}}
            << Files{{u"a"_s, "file"_ba}};
        QTest::addRow("a directory replaces a file")
            << Files{{u"a"_s, "file"_ba}} << Changes{{u"a/b"_s, "1"_ba}} << Files{{u"a/b"_s, "1"_ba}};
        QTest::addRow("binary content is stored byte for byte")
            << readme << Changes{{u"bin/blob"_s, QByteArray("\0\1\2\xff", 4)}, {u"empty"_s, QByteArray()}}
            << Files{{u"README.md"_s, "hello\n"_ba},
                     {u"bin/blob"_s, QByteArray("\0\1\2\xff", 4)},
                     {u"empty"_s, {}}};
        QTest::addRow("UTF-8 paths") << readme << Changes{{u"docs/größe ü.md"_s, "ü\n"_ba}}
                                     << Files{{u"README.md"_s, "hello\n"_ba},
                                              {u"docs/größe ü.md"_s, "ü\n"_ba}};
    }

    void commitFilesAppliesChanges()
    {
        QFETCH(Files, initial);
        QFETCH(Changes, changes);
        QFETCH(Files, expected);
        const QString path =
            scratch(u"changes-%1.git"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        auto repository = GitRepository::initBare(path);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        const auto base = repository->commitFiles(u"main"_s, toChanges(initial), info(u"Initial"_s));
        QVERIFY2(base.ok(), qPrintable(base.errorMessage()));
        const auto changed = repository->commitFiles(u"main"_s, changes, info(u"Change"_s));
        QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));

        QStringList files;
        QVERIFY(listTree(path, u"main"_s, &files));
        QCOMPARE(files, expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QProcess show; // raw bytes: git() trims its output
            show.start(u"git"_s, gitDir(path, {u"cat-file"_s, u"blob"_s, u"main:"_s + it.key()}));
            QVERIFY(show.waitForFinished(60000));
            QCOMPARE(show.exitCode(), 0);
            QCOMPARE(show.readAllStandardOutput(), it.value());
        }
        QByteArray parent;
        QVERIFY(git(gitDir(path, {u"rev-parse"_s, u"main^"_s}), &parent));
        QCOMPARE(QString::fromUtf8(parent), *base);
        QVERIFY(git(gitDir(path, {u"fsck"_s, u"--strict"_s, u"--no-dangling"_s})));
    }

    void commitFilesRejectsBadInput_data()
    {
        QTest::addColumn<QString>("branch");
        QTest::addColumn<Changes>("changes");
        QTest::addColumn<CommitInfo>("commit");
        QTest::addColumn<QString>("expectedError");

        const Changes ok = {{u"ok.yaml"_s, "ok"_ba}};
        const CommitInfo good = info(u"Change"_s);
        QTest::addRow("deleting a missing file")
            << u"main"_s << Changes{{u"apps/nope.yaml"_s, std::nullopt}} << good
            << u"cannot delete 'apps/nope.yaml': no such file or directory on branch 'main'"_s;
        QTest::addRow("parent directory")
            << u"main"_s << Changes{{u"../escape"_s, "x"_ba}} << good << u"invalid path '../escape'"_s;
        QTest::addRow("absolute path")
            << u"main"_s << Changes{{u"/etc/passwd"_s, "x"_ba}} << good << u"invalid path '/etc/passwd'"_s;
        QTest::addRow("empty component")
            << u"main"_s << Changes{{u"a//b"_s, "x"_ba}} << good << u"invalid path 'a//b'"_s;
        QTest::addRow("dot component")
            << u"main"_s << Changes{{u"a/./b"_s, "x"_ba}} << good << u"invalid path 'a/./b'"_s;
        QTest::addRow("into .git") << u"main"_s << Changes{{u"sub/.GIT/hooks/pre-commit"_s, "x"_ba}} << good
                                   << u"invalid path 'sub/.GIT/hooks/pre-commit'"_s;
        QTest::addRow("empty path") << u"main"_s << Changes{{QString(), "x"_ba}} << good
                                    << u"invalid path ''"_s;
        QTest::addRow("invalid branch")
            << u"bad..name"_s << ok << good << u"invalid branch name 'bad..name'"_s;
        QTest::addRow("branch with a space")
            << u"my branch"_s << ok << good << u"invalid branch name 'my branch'"_s;
        QTest::addRow("empty branch") << QString() << ok << good << u"invalid branch name ''"_s;
        QTest::addRow("empty message")
            << u"main"_s << ok << info(u" \n "_s) << u"the commit message is empty"_s;
        QTest::addRow("no author name")
            << u"main"_s << ok << info(u"Change"_s, QString()) << u"invalid author ' <@example.org>'"_s;
    }

    void commitFilesRejectsBadInput()
    {
        QFETCH(QString, branch);
        QFETCH(Changes, changes);
        QFETCH(CommitInfo, commit);
        QFETCH(QString, expectedError);
        const QString path = scratch(u"rejects.git"_s);
        auto repository = GitRepository::openOrInitBare(path);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        if (!repository->branchHeads()->contains(u"main"_s))
            QVERIFY(repository->commitFiles(u"main"_s, {{u"apps/web.yaml"_s, "web"_ba}}, info(u"Initial"_s))
                        .ok());
        const auto before = repository->branchHeads();
        QVERIFY(before.ok());

        const auto result = repository->commitFiles(branch, changes, commit);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(expectedError), qPrintable(result.errorMessage()));
        QCOMPARE(repository->branchHeads().value(), before.value());
    }

    void newBranchStartsFromEmptyTree()
    {
        const QString path = scratch(u"branches.git"_s);
        auto repository = GitRepository::initBare(path);
        QVERIFY(repository.ok());
        QVERIFY(repository->commitFiles(u"main"_s, {{u"README.md"_s, "main"_ba}}, info(u"Main"_s)).ok());
        const auto release =
            repository->commitFiles(u"release"_s, {{u"x.yaml"_s, "x"_ba}}, info(u"Release"_s));
        QVERIFY2(release.ok(), qPrintable(release.errorMessage()));

        QStringList files;
        QVERIFY(listTree(path, u"release"_s, &files));
        QCOMPARE(files, QStringList{u"x.yaml"_s});
        QByteArray parents;
        QVERIFY(git(gitDir(path, {u"log"_s, u"--format=%P"_s, u"release"_s}), &parents));
        QCOMPARE(parents, QByteArray()); // a root commit
        QByteArray head;
        QVERIFY(git(gitDir(path, {u"symbolic-ref"_s, u"HEAD"_s}), &head));
        QCOMPARE(head, "refs/heads/main"_ba); // HEAD moves only while unborn
    }

    void invalidTimeMeansNow()
    {
        auto repository = GitRepository::initBare(scratch(u"now.git"_s));
        QVERIFY(repository.ok());
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto id =
            repository->commitFiles(u"main"_s, {{u"a"_s, "a"_ba}}, info(u"Now"_s, u"Ada"_s, QDateTime()));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QByteArray time;
        QVERIFY(git(gitDir(repository->path(), {u"log"_s, u"-1"_s, u"--format=%at"_s}), &time));
        QVERIFY(time.toLongLong() >= before && time.toLongLong() <= after);
    }

    void resolveCommit_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty means HEAD") << QString() << m_second;
        QTest::addRow("HEAD") << u"HEAD"_s << m_second;
        QTest::addRow("branch") << u"main"_s << m_second;
        QTest::addRow("other branch") << u"feature"_s << m_first;
        QTest::addRow("full ref name") << u"refs/heads/feature"_s << m_first;
        QTest::addRow("annotated tag") << u"v1"_s << m_first;
        QTest::addRow("lightweight tag") << u"light"_s << m_first;
        QTest::addRow("full sha") << m_first << m_first;
        QTest::addRow("short sha") << m_first.left(7) << m_first;
        QTest::addRow("ancestry") << u"main~1"_s << m_first;
    }

    void resolveCommit()
    {
        QFETCH(QString, revision);
        QFETCH(QString, expected);
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        const auto id = repository->resolveCommit(revision);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(*id, expected);
        QByteArray cli; // and git agrees
        QVERIFY(git(
            gitDir(m_fixture, {u"rev-parse"_s, (revision.isEmpty() ? u"HEAD"_s : revision) + u"^{commit}"_s}),
            &cli));
        QCOMPARE(*id, QString::fromUtf8(cli));
    }

    void resolveCommitNamesMissingRevision_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addRow("branch") << u"nope"_s;
        QTest::addRow("nested branch") << u"feature/missing"_s;
        QTest::addRow("tag") << u"v9"_s;
        QTest::addRow("sha") << u"0123456789abcdef0123456789abcdef01234567"_s;
        QTest::addRow("short sha") << u"0123456"_s;
    }

    void resolveCommitNamesMissingRevision()
    {
        QFETCH(QString, revision);
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY(repository.ok());
        const auto id = repository->resolveCommit(revision);
        QVERIFY(!id.ok());
        QCOMPARE(id.errorMessage(), u"revision '%1' not found in %2"_s.arg(revision, repository->path()));
    }

    void readFiles_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<bool>("recursive");
        QTest::addColumn<QStringList>("expected");

        const QStringList all = firstFiles.keys();
        QTest::addRow("root") << QString() << false << QStringList{u"README.md"_s};
        QTest::addRow("root as dot") << u"."_s << false << QStringList{u"README.md"_s};
        QTest::addRow("root recursive") << QString() << true << all;
        QTest::addRow("only subdirectories") << u"apps"_s << false << QStringList();
        QTest::addRow("subdirectories recursive")
            << u"apps"_s << true
            << QStringList{u"apps/api/config/settings.yaml"_s, u"apps/api/deployment.yaml"_s,
                           u"apps/web/deployment.yaml"_s, u"apps/web/service.yaml"_s};
        QTest::addRow("files and a subdirectory")
            << u"apps/api"_s << false << QStringList{u"apps/api/deployment.yaml"_s};
        QTest::addRow("trailing slash")
            << u"apps/web/"_s << false
            << QStringList{u"apps/web/deployment.yaml"_s, u"apps/web/service.yaml"_s};
    }

    void readFiles()
    {
        QFETCH(QString, directory);
        QFETCH(bool, recursive);
        QFETCH(QStringList, expected);
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY(repository.ok());
        const auto files = repository->readFiles(u"v1"_s, directory, recursive);
        QVERIFY2(files.ok(), qPrintable(files.errorMessage()));
        QStringList paths;
        for (const auto &file : *files) {
            paths.append(file.path);
            QCOMPARE(file.content, firstFiles.value(file.path));
        }
        QCOMPARE(paths, expected);
    }

    void readFilesSeesLaterCommits()
    {
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY(repository.ok());
        const auto files = repository->readFiles(u"main"_s, u"apps/web"_s, false);
        QVERIFY2(files.ok(), qPrintable(files.errorMessage()));
        QCOMPARE(files->size(), 3);
        QCOMPARE(files->at(1).path, u"apps/web/ingress.yaml"_s);
        QCOMPARE(files->at(1).content, "kind: Ingress\n"_ba);
    }

    void readFilesErrors_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("missing directory")
            << u"v1"_s << u"apps/nope"_s << u"directory 'apps/nope' not found at revision 'v1' in "_s;
        QTest::addRow("a file") << QString() << u"README.md"_s
                                << u"'README.md' is not a directory at revision 'HEAD' in "_s;
        QTest::addRow("missing revision") << u"v9"_s << QString() << u"revision 'v9' not found in "_s;
    }

    void readFilesErrors()
    {
        QFETCH(QString, revision);
        QFETCH(QString, directory);
        QFETCH(QString, expectedError);
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY(repository.ok());
        const auto files = repository->readFiles(revision, directory, true);
        QVERIFY(!files.ok());
        QCOMPARE(files.errorMessage(), expectedError + repository->path());
    }

    void readFile()
    {
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY(repository.ok());
        QCOMPARE(repository->readFile(u"v1"_s, u"README.md"_s).value(), "# fleet\n"_ba);
        QCOMPARE(repository->readFile(QString(), u"README.md"_s).value(), "# fleet\n\nTwo apps.\n"_ba);
        QCOMPARE(repository->readFile(m_first, u"apps/api/config/settings.yaml"_s).value(),
                 "level: debug\n"_ba);

        const auto missing = repository->readFile(u"v1"_s, u"apps/web/ingress.yaml"_s);
        QCOMPARE(missing.errorMessage(),
                 u"'apps/web/ingress.yaml' not found at revision 'v1' in %1"_s.arg(repository->path()));
        const auto directory = repository->readFile(u"main"_s, u"apps"_s);
        QCOMPARE(directory.errorMessage(),
                 u"'apps' is not a file at revision 'main' in %1"_s.arg(repository->path()));
    }

    void cliPushIsSeen()
    {
        const QString bare = scratch(u"pushed.git"_s);
        auto repository = GitRepository::initBare(bare);
        QVERIFY(repository.ok());
        const auto seeded =
            repository->commitFiles(u"main"_s, {{u"app/config.yaml"_s, "replicas: 1\n"_ba}}, info(u"Seed"_s));
        QVERIFY(seeded.ok());
        QCOMPARE(repository->branchHeads().value(), (QMap<QString, QString>{{u"main"_s, *seeded}}));

        const QString work = scratch(u"pushed-work"_s);
        QVERIFY(git({u"clone"_s, u"--quiet"_s, bare, work}));
        QFile file(work + u"/app/config.yaml"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("replicas: 3\n");
        file.close();
        QVERIFY(git({u"commit"_s, u"--quiet"_s, u"-am"_s, u"Scale up"_s}, nullptr, work));
        QVERIFY(git({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s, u"main:hotfix"_s}, nullptr, work));
        QByteArray pushed;
        QVERIFY(git({u"rev-parse"_s, u"HEAD"_s}, &pushed, work));

        // The same open repository sees the push without reopening.
        const auto heads = repository->branchHeads();
        QVERIFY2(heads.ok(), qPrintable(heads.errorMessage()));
        const QString id = QString::fromUtf8(pushed);
        QCOMPARE(heads.value(), (QMap<QString, QString>{{u"hotfix"_s, id}, {u"main"_s, id}}));
        QCOMPARE(repository->readFile(u"main"_s, u"app/config.yaml"_s).value(), "replicas: 3\n"_ba);
        QCOMPARE(repository->readFile(*seeded, u"app/config.yaml"_s).value(), "replicas: 1\n"_ba);
        const auto summary = repository->commitSummary(u"hotfix"_s);
        QVERIFY(summary.ok());
        QCOMPARE(summary->authorName, u"CLI User"_s);

        // And builds on it: the next commit's parent is the pushed one, its tree keeps the pushed change.
        const auto next =
            repository->commitFiles(u"main"_s, {{u"app/extra.yaml"_s, "x"_ba}}, info(u"Extra"_s));
        QVERIFY(next.ok());
        QVERIFY(git({u"pull"_s, u"--quiet"_s, u"--ff-only"_s}, nullptr, work));
        QByteArray parent;
        QVERIFY(git({u"rev-parse"_s, u"HEAD^"_s}, &parent, work));
        QCOMPARE(QString::fromUtf8(parent), id);
        QFile config(work + u"/app/config.yaml"_s);
        QVERIFY(config.open(QIODevice::ReadOnly));
        QCOMPARE(config.readAll(), "replicas: 3\n"_ba);
        QVERIFY(QFile::exists(work + u"/app/extra.yaml"_s));
    }

    void commitSummaryAndLog()
    {
        const auto repository = GitRepository::open(m_fixture);
        QVERIFY(repository.ok());
        const auto summary = repository->commitSummary(u"main"_s);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->id, m_second);
        QCOMPARE(summary->summary, u"Describe the fleet"_s);
        QCOMPARE(summary->message, u"Describe the fleet\n\nAnd expose web."_s);
        QCOMPARE(summary->authorName, u"Grace Hopper"_s);
        QCOMPARE(summary->authorEmail, u"grace@example.org"_s);
        QCOMPARE(summary->time, QDateTime(QDate(2024, 3, 2), QTime(14, 30), QTimeZone::UTC));
        QCOMPARE(summary->time.offsetFromUtc(), -5 * 3600);

        const auto tagged = repository->commitSummary(u"v1"_s);
        QVERIFY(tagged.ok());
        QCOMPARE(tagged->id, m_first);
        QCOMPARE(tagged->authorName, u"Ada Lovelace"_s);

        const auto log = repository->log(u"main"_s, 0);
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).id, m_second);
        QCOMPARE(log->at(1).id, m_first);
        QCOMPARE(log->at(1).summary, u"Add the fleet"_s);
        const auto newest = repository->log(QString(), 1);
        QVERIFY(newest.ok());
        QCOMPARE(newest->size(), 1);
        QCOMPARE(newest->first().id, m_second);
        QCOMPARE(repository->log(u"feature"_s, 10)->size(), 1);
        QCOMPARE(repository->log(u"nope"_s, 10).errorMessage(),
                 u"revision 'nope' not found in %1"_s.arg(repository->path()));
    }

    void logMatchesCli()
    {
        auto repository = GitRepository::initBare(scratch(u"long.git"_s));
        QVERIFY(repository.ok());
        for (int i = 0; i < 5; ++i) {
            const QDateTime when(QDate(2024, 1, 1 + i), QTime(8, 0), QTimeZone::UTC);
            QVERIFY(repository
                        ->commitFiles(u"main"_s, {{u"n"_s, QByteArray::number(i)}},
                                      info(u"Commit %1"_s.arg(i), u"Ada"_s, when))
                        .ok());
        }
        const auto log = repository->log(u"main"_s, 3);
        QVERIFY(log.ok());
        QStringList ids;
        for (const auto &commit : *log)
            ids.append(commit.id);
        QByteArray cli;
        QVERIFY(git(gitDir(repository->path(), {u"log"_s, u"-3"_s, u"--format=%H"_s}), &cli));
        QCOMPARE(ids, lines(cli));
        QCOMPARE(log->first().summary, u"Commit 4"_s);
    }

    void openRejectsNonRepositories_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("named");
        QTest::addRow("missing path") << scratch(u"no/such/dir"_s) << true;
        QTest::addRow("empty directory") << scratch(u"empty-dir"_s) << true;
        QTest::addRow("plain file") << scratch(u"plain-file"_s) << true;
        QTest::addRow("directory inside a work tree") << scratch(u"worktree/sub"_s) << true;
        QTest::addRow("empty path") << QString() << false;
    }

    void openRejectsNonRepositories()
    {
        QFETCH(QString, path);
        QFETCH(bool, named);
        QVERIFY(QDir().mkpath(scratch(u"empty-dir"_s)));
        QFile plain(scratch(u"plain-file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        if (!QDir(scratch(u"worktree"_s)).exists()) {
            QVERIFY(git({u"init"_s, u"--quiet"_s, scratch(u"worktree"_s)}));
            QVERIFY(QDir().mkpath(scratch(u"worktree/sub"_s)));
        }

        const auto repository = GitRepository::open(path);
        QVERIFY(!repository.ok());
        QVERIFY(!repository.errorMessage().isEmpty());
        if (named)
            QVERIFY2(
                repository.errorMessage().startsWith(u"cannot open Git repository at '%1': "_s.arg(path)),
                qPrintable(repository.errorMessage()));
    }

    void openExisting()
    {
        auto bare = GitRepository::open(m_fixture);
        QVERIFY(bare.ok());
        QVERIFY(bare->isBare());
        QCOMPARE(bare->path(), QFileInfo(m_fixture).canonicalFilePath());

        const QString work = scratch(u"clone-work"_s);
        QVERIFY(git({u"clone"_s, u"--quiet"_s, m_fixture, work}));
        auto clone = GitRepository::open(work);
        QVERIFY2(clone.ok(), qPrintable(clone.errorMessage()));
        QVERIFY(!clone->isBare());
        QCOMPARE(clone->path(), QFileInfo(work).canonicalFilePath());
        QCOMPARE(clone->resolveCommit(u"HEAD"_s).value(), m_second);

        // Moving keeps the handle usable.
        GitRepository moved = std::move(clone).value();
        QCOMPARE(moved.resolveCommit(u"origin/feature"_s).value(), m_first);
    }

    void initAndOpenOrInit()
    {
        const QString path = scratch(u"deep/new/repo.git"_s);
        auto created = GitRepository::openOrInitBare(path);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QVERIFY(created->isBare());
        QByteArray isBare;
        QVERIFY(git(gitDir(path, {u"rev-parse"_s, u"--is-bare-repository"_s}), &isBare));
        QCOMPARE(isBare, "true"_ba);
        const auto id = created->commitFiles(u"main"_s, {{u"a"_s, "a"_ba}}, info(u"First"_s));
        QVERIFY(id.ok());

        auto reopened = GitRepository::openOrInitBare(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QCOMPARE(reopened->branchHeads().value(), (QMap<QString, QString>{{u"main"_s, *id}}));

        const auto again = GitRepository::initBare(path);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(path), qPrintable(again.errorMessage()));
        QCOMPARE(reopened->resolveCommit(QString()).value(), *id);

        // A directory holding other things is never turned into a repository.
        const QString data = scratch(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        QFile note(data + u"/note.txt"_s);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.close();
        QVERIFY(!GitRepository::openOrInitBare(data).ok());
        QVERIFY(!GitRepository::initBare(data).ok());
        QCOMPARE(QDir(data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"note.txt"_s});
    }

    void emptyRepository()
    {
        auto repository = GitRepository::initBare(scratch(u"empty.git"_s));
        QVERIFY(repository.ok());
        QCOMPARE(repository->branchHeads().value(), (QMap<QString, QString>()));
        const auto head = repository->resolveCommit(QString());
        QCOMPARE(head.errorMessage(), u"%1 has no commits yet"_s.arg(repository->path()));
        QVERIFY(!repository->log(QString(), 5).ok());
        QVERIFY(!repository->readFiles(QString(), QString(), true).ok());
    }

    void utf8RepositoryPath()
    {
        const QString path = scratch(u"flötte ü.git"_s);
        auto repository = GitRepository::initBare(path);
        QVERIFY2(repository.ok(), qPrintable(repository.errorMessage()));
        QCOMPARE(repository->path(), QFileInfo(path).canonicalFilePath());
        const auto id = repository->commitFiles(u"main"_s, {{u"a"_s, "a"_ba}}, info(u"Umlaut"_s));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QByteArray cli;
        QVERIFY(git(gitDir(path, {u"rev-parse"_s, u"main"_s}), &cli));
        QCOMPARE(QString::fromUtf8(cli), *id);
        QVERIFY(GitRepository::open(path).ok());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const sextant::git::GitLibrary library; // libgit2 stays initialised while the tests run
    GitTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_git.moc"
