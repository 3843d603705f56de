// PathHistory, the history queries of GitRepository and the revert preview, each
// compared with what the git CLI says about the same repository.
#include "gitcli.h"
#include "model/git/changedpathindex.h"
#include "model/git/githistory.h"
#include "model/git/gitlibrary.h"
#include "model/git/gitremote.h"
#include "model/git/gitrepository.h"
#include "model/git/gitrevert.h"
#include "model/git/pathrevert.h"

#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace sextant::git;
using gitcli::git;
using gitcli::gitIn;
using gitcli::lines;

namespace {

QByteArray yaml(const QByteArray &value)
{
    return "first: line\nvalue: " + value + "\nlast: line\n";
}

QStringList ids(const QList<CommitSummary> &commits)
{
    QStringList result;
    for (const CommitSummary &commit : commits)
        result.append(commit.id);
    return result;
}

// "A\tpath" lines, as git diff --name-status prints them.
QStringList nameStatus(const QList<FileChange> &changes)
{
    QStringList result;
    for (const FileChange &change : changes) {
        const char *letter = change.kind == FileChange::Kind::Added     ? "A"
                             : change.kind == FileChange::Kind::Deleted ? "D"
                                                                        : "M";
        result.append(QLatin1String(letter) + u'\t' + change.path);
    }
    return result;
}

const QString emptyTree = u"4b825dc642cb6eb9a060e54bf8d69288fbee4904"_s;

} // namespace

class GitHistoryTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo; // a work tree; the commits below, with two merges
    QMap<QString, QString> m_c;

    QString commit(const QMap<QString, QByteArray> &files, const QString &message)
    {
        return gitcli::commit(m_repo, files, message);
    }

    // The tree git revert makes at HEAD, in a scratch work tree: one `git revert` per step,
    // each step's arguments separated by spaces, commit names as in m_c.
    QString cliRevertTree(const QString &name, const QStringList &steps)
    {
        const QString tree = m_dir.filePath(name);
        if (!gitIn(m_repo, {u"worktree"_s, u"add"_s, u"-q"_s, u"--detach"_s, tree, u"HEAD"_s}))
            return {};
        for (const QString &step : steps) {
            QStringList args{u"revert"_s, u"--no-edit"_s};
            for (const QString &arg : step.split(u' '))
                args.append(m_c.value(arg, arg));
            if (!gitIn(tree, args))
                return {};
        }
        QByteArray id;
        if (!gitIn(tree, {u"rev-parse"_s, u"HEAD^{tree}"_s}, &id))
            return {};
        return QString::fromLatin1(id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(u"fleet"_s);
        QVERIFY(git({u"init"_s, u"-q"_s, m_repo}));
        m_c[u"c1"_s] = commit({{u"README.md"_s, "# fleet\n"},
                               {u"apps/a/x.yaml"_s, yaml("v1")},
                               {u"apps/a/y.yaml"_s, yaml("v1")},
                               {u"apps/b/z.yaml"_s, yaml("v1")}},
                              u"Initial"_s);
        m_c[u"c2"_s] = commit({{u"apps/a/x.yaml"_s, yaml("v2")}}, u"x v2"_s);
        m_c[u"c3"_s] = commit({{u"apps/b/z.yaml"_s, yaml("v2")}}, u"z v2"_s);
        m_c[u"c4"_s] = commit({{u"README.md"_s, "# fleet\n\nv2\n"}}, u"README v2"_s);
        QVERIFY(gitIn(m_repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"side"_s}));
        m_c[u"s1"_s] = commit({{u"apps/a/y.yaml"_s, yaml("v2")}}, u"y v2 on side"_s);
        m_c[u"s2"_s] = commit({{u"apps/b/z.yaml"_s, yaml("v3")}}, u"z v3 on side"_s);
        QVERIFY(gitIn(m_repo, {u"checkout"_s, u"-q"_s, u"main"_s}));
        m_c[u"c5"_s] = commit({{u"apps/a/x.yaml"_s, yaml("v3")}}, u"x v3"_s);
        QVERIFY(gitIn(m_repo, {u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"Merge side"_s, u"side"_s}));
        QByteArray id;
        QVERIFY(gitIn(m_repo, {u"rev-parse"_s, u"HEAD"_s}, &id));
        m_c[u"m1"_s] = QString::fromLatin1(id);
        m_c[u"c6"_s] = commit({{u"README.md"_s, "# fleet\n\nv3\n"}}, u"README v3"_s);
        QVERIFY(gitIn(m_repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"side2"_s}));
        m_c[u"t1"_s] = commit({{u"apps/b/w.yaml"_s, yaml("w1")}}, u"Add w on side2"_s);
        QVERIFY(gitIn(m_repo, {u"checkout"_s, u"-q"_s, u"main"_s}));
        m_c[u"c7"_s] = commit({{u"apps/a/x.yaml"_s, yaml("v4")}}, u"x v4"_s);
        QVERIFY(gitIn(m_repo, {u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"Merge side2"_s, u"side2"_s}));
        QVERIFY(gitIn(m_repo, {u"rev-parse"_s, u"HEAD"_s}, &id));
        m_c[u"m2"_s] = QString::fromLatin1(id);
        QVERIFY(gitIn(m_repo, {u"rm"_s, u"-q"_s, u"apps/b/w.yaml"_s}));
        m_c[u"c8"_s] = commit({{u"apps/a/q.yaml"_s, yaml("q1")}}, u"Drop w, add q"_s);
        QVERIFY(gitIn(m_repo, {u"update-index"_s, u"--chmod=+x"_s, u"apps/a/x.yaml"_s}));
        QVERIFY(gitIn(m_repo, {u"commit"_s, u"-q"_s, u"-m"_s, u"x executable"_s}));
        QVERIFY(gitIn(m_repo, {u"rev-parse"_s, u"HEAD"_s}, &id));
        m_c[u"c9"_s] = QString::fromLatin1(id);
        for (const QString &id : std::as_const(m_c))
            QVERIFY(!id.isEmpty());
    }

    void pathHistoryMatchesGitLog_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("indexed");
        for (const bool indexed : {false, true}) {
            const char *how = indexed ? " (index)" : " (trees)";
            QTest::addRow("apps/a%s", how) << QStringList{u"apps/a"_s} << 2 << indexed;
            QTest::addRow("apps/a/ with slash%s", how) << QStringList{u"apps/a/"_s} << 3 << indexed;
            QTest::addRow("apps/b%s", how) << QStringList{u"apps/b"_s} << 1 << indexed;
            QTest::addRow("one file%s", how) << QStringList{u"apps/a/y.yaml"_s} << 2 << indexed;
            QTest::addRow("README%s", how) << QStringList{u"README.md"_s} << 50 << indexed;
            QTest::addRow("two paths%s", how)
                << QStringList{u"apps/a/y.yaml"_s, u"apps/b/z.yaml"_s} << 2 << indexed;
            QTest::addRow("whole repository%s", how) << QStringList{} << 4 << indexed;
            QTest::addRow("root%s", how) << QStringList{u""_s} << 5 << indexed;
            QTest::addRow("missing path%s", how) << QStringList{u"nothing/here"_s} << 3 << indexed;
            QTest::addRow("prefix of a name%s", how) << QStringList{u"apps/a/x"_s} << 3 << indexed;
        }
    }

    // Builds the changed-path index of the test repository, or removes it.
    bool setIndexed(bool indexed)
    {
        const QString file = ChangedPathIndex::filePath(m_repo + u"/.git"_s);
        if (!indexed)
            return !QFile::exists(file) || QFile::remove(file);
        auto repository = GitRepository::open(m_repo);
        if (!repository)
            return false;
        const auto added = ChangedPathIndex::update(*repository);
        if (!added)
            qWarning().noquote() << added.errorMessage();
        return added.ok();
    }

    void pathHistoryMatchesGitLog()
    {
        QFETCH(QStringList, paths);
        QFETCH(int, pageSize);
        QFETCH(bool, indexed);
        QVERIFY(setIndexed(indexed));
        QByteArray expected;
        QStringList args{u"log"_s, u"--format=%H"_s, u"main"_s, u"--"_s};
        for (const QString &path : paths)
            args.append(path.isEmpty() ? u"."_s : path);
        QVERIFY(gitIn(m_repo, args, &expected));

        auto history = PathHistory::open(m_repo, u"main"_s, paths);
        QVERIFY2(history.ok(), qPrintable(history.errorMessage()));
        QCOMPARE(history->usesIndex(), indexed);
        QStringList walked;
        int pages = 0;
        while (!history->atEnd()) {
            auto page = history->next(pageSize);
            QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
            QVERIFY(page->size() <= pageSize);
            walked += ids(*page);
            QVERIFY(++pages < 100);
            if (page->size() < pageSize)
                QVERIFY(history->atEnd());
        }
        QCOMPARE(walked, lines(expected));
        QVERIFY(history->next(pageSize)->isEmpty());
    }

    void changedPathIndexGrowsWithNewCommitsAndSurvivesCorruption()
    {
        QVERIFY(setIndexed(true));
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        QCOMPARE(*ChangedPathIndex::update(*repository), 0); // nothing new
        // A new commit: the index does not hold the head until it is updated.
        QVERIFY(gitIn(m_repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"later"_s, u"main"_s}));
        const QString later = commit({{u"apps/a/x.yaml"_s, yaml("v5")}}, u"x v5"_s);
        QVERIFY(gitIn(m_repo, {u"checkout"_s, u"-q"_s, u"main"_s}));
        QVERIFY(!PathHistory::open(m_repo, later, {u"apps/a"_s})->usesIndex());
        QCOMPARE(*ChangedPathIndex::update(*repository), 1);
        auto history = PathHistory::open(m_repo, later, {u"apps/a"_s});
        QVERIFY(history->usesIndex());
        QByteArray expected;
        QVERIFY(gitIn(m_repo, {u"log"_s, u"--format=%H"_s, later, u"--"_s, u"apps/a"_s}, &expected));
        QCOMPARE(ids(*history->next(100)), lines(expected));
        // A damaged file is ignored: the tree walk answers, the same.
        QFile file(ChangedPathIndex::filePath(m_repo + u"/.git"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        auto fallback = PathHistory::open(m_repo, later, {u"apps/a"_s});
        QVERIFY(!fallback->usesIndex());
        QCOMPARE(ids(*fallback->next(100)), lines(expected));
        QVERIFY(setIndexed(false));
    }

    void pathHistoryShowsMergeThatDiffersFromBothParents()
    {
        auto history = PathHistory::open(m_repo, m_c[u"m1"_s], {u"apps/a"_s});
        QVERIFY2(history.ok(), qPrintable(history.errorMessage()));
        const auto page = history->next(1);
        QVERIFY(page.ok());
        QCOMPARE(ids(*page), QStringList{m_c[u"m1"_s]});
        QCOMPARE(page->first().summary, u"Merge side"_s);
    }

    void pathHistoryErrors()
    {
        auto missingHead = PathHistory::open(m_repo, u"no-such-branch"_s, {});
        QVERIFY(!missingHead.ok());
        QCOMPARE(failureOf(missingHead.error()), GitFailure::NotFound);
        auto missingRepository = PathHistory::open(m_dir.filePath(u"nowhere"_s), u"main"_s, {});
        QVERIFY(!missingRepository.ok());
        QCOMPARE(failureOf(missingRepository.error()), GitFailure::NotFound);
    }

    void commitsBetweenMatchesGitLog_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("c2..main apps/a") << u"c2"_s << u"main"_s << QStringList{u"apps/a"_s};
        QTest::newRow("c2..main apps/b") << u"c2"_s << u"main"_s << QStringList{u"apps/b"_s};
        QTest::newRow("c4..m1 all") << u"c4"_s << u"m1"_s << QStringList{};
        QTest::newRow("c5..m1 apps/a") << u"c5"_s << u"m1"_s << QStringList{u"apps/a"_s};
        QTest::newRow("c5..m1 apps/b") << u"c5"_s << u"m1"_s << QStringList{u"apps/b"_s};
        QTest::newRow("m1..main apps/b") << u"m1"_s << u"main"_s << QStringList{u"apps/b"_s};
        QTest::newRow("s2..c9 README") << u"s2"_s << u"c9"_s << QStringList{u"README.md"_s};
        QTest::newRow("none..c5 apps/a") << QString() << u"c5"_s << QStringList{u"apps/a"_s};
        QTest::newRow("main..main") << u"main"_s << u"main"_s << QStringList{};
    }

    void commitsBetweenMatchesGitLog()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, paths);
        const QString fromId = m_c.value(from, from);
        const QString toId = m_c.value(to, to);
        QByteArray expected;
        QVERIFY(gitIn(m_repo,
                      QStringList{u"log"_s, u"--format=%H"_s,
                                  fromId.isEmpty() ? toId : fromId + u".."_s + toId, u"--"_s} +
                          paths,
                      &expected));
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        const auto between = repository->commitsBetween(fromId, toId, paths);
        QVERIFY2(between.ok(), qPrintable(between.errorMessage()));
        QCOMPARE(ids(*between), lines(expected));
    }

    void changesMatchGitDiff_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("c1..c9 all") << u"c1"_s << u"c9"_s << QStringList{};
        QTest::newRow("c1..c9 apps/a") << u"c1"_s << u"c9"_s << QStringList{u"apps/a"_s};
        QTest::newRow("c4..m1 apps/b") << u"c4"_s << u"m1"_s << QStringList{u"apps/b/"_s};
        QTest::newRow("m2..c8 all") << u"m2"_s << u"c8"_s << QStringList{};
        QTest::newRow("empty..c2") << QString() << u"c2"_s << QStringList{};
        QTest::newRow("c9..c1 reversed") << u"c9"_s << u"c1"_s << QStringList{u"apps"_s, u"README.md"_s};
    }

    void changesMatchGitDiff()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, paths);
        const QString fromId = m_c.value(from, from);
        const QString toId = m_c[to];
        QByteArray expected;
        QVERIFY(gitIn(m_repo,
                      QStringList{u"diff"_s, u"--no-renames"_s, u"--name-status"_s,
                                  fromId.isEmpty() ? emptyTree : fromId, toId, u"--"_s} +
                          paths,
                      &expected));
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        const auto changes = repository->changes(fromId, toId, paths);
        QVERIFY2(changes.ok(), qPrintable(changes.errorMessage()));
        QCOMPARE(nameStatus(*changes), lines(expected));
        for (const FileChange &change : *changes) {
            QByteArray before;
            QByteArray after;
            if (change.kind != FileChange::Kind::Added)
                QVERIFY(gitIn(m_repo, {u"show"_s, fromId + u':' + change.path}, &before));
            if (change.kind != FileChange::Kind::Deleted)
                QVERIFY(gitIn(m_repo, {u"show"_s, toId + u':' + change.path}, &after));
            QCOMPARE(change.before.trimmed(), before);
            QCOMPARE(change.after.trimmed(), after);
        }
    }

    void commitChangesMatchGitDiff_data()
    {
        QTest::addColumn<QString>("commit");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("root") << u"c1"_s << QStringList{};
        QTest::newRow("plain") << u"c2"_s << QStringList{};
        QTest::newRow("merge against first parent") << u"m1"_s << QStringList{};
        QTest::newRow("merge limited") << u"m1"_s << QStringList{u"apps/b"_s};
        QTest::newRow("delete and add") << u"c8"_s << QStringList{};
        QTest::newRow("mode only") << u"c9"_s << QStringList{};
        QTest::newRow("outside the paths") << u"c4"_s << QStringList{u"apps"_s};
    }

    void commitChangesMatchGitDiff()
    {
        QFETCH(QString, commit);
        QFETCH(QStringList, paths);
        const QString id = m_c[commit];
        QByteArray parents;
        QVERIFY(gitIn(m_repo, {u"log"_s, u"-1"_s, u"--format=%P"_s, id}, &parents));
        const QString parent =
            parents.isEmpty() ? emptyTree : QString::fromLatin1(parents).section(u' ', 0, 0);
        QByteArray expected;
        QVERIFY(
            gitIn(m_repo,
                  QStringList{u"diff"_s, u"--no-renames"_s, u"--name-status"_s, parent, id, u"--"_s} + paths,
                  &expected));
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        const auto changes = repository->commitChanges(id, paths);
        QVERIFY2(changes.ok(), qPrintable(changes.errorMessage()));
        QCOMPARE(nameStatus(*changes), lines(expected));
    }

    void ancestryAndContains()
    {
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        QCOMPARE(*repository->isAncestor(m_c[u"c1"_s], u"main"_s), true);
        QCOMPARE(*repository->isAncestor(u"main"_s, m_c[u"c1"_s]), false);
        QCOMPARE(*repository->isAncestor(m_c[u"c5"_s], m_c[u"c5"_s]), true);
        QCOMPARE(*repository->isAncestor(m_c[u"s1"_s], m_c[u"c5"_s]), false);
        QCOMPARE(*repository->isAncestor(m_c[u"s1"_s], m_c[u"m1"_s]), true);
        const auto missing = repository->isAncestor(u"no-such"_s, u"main"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(failureOf(missing.error()), GitFailure::NotFound);

        QCOMPARE(*repository->contains(m_c[u"t1"_s]), true);
        QCOMPARE(*repository->contains(u"side2"_s), true);
        QCOMPARE(*repository->contains(QString(40, u'e')), false);
        QCOMPARE(*repository->contains(u"no-such"_s), false);
    }

    void previewRevertMatchesGitRevert_data()
    {
        QTest::addColumn<QStringList>("commits");
        QTest::addColumn<QStringList>("cliSteps");
        QTest::newRow("plain") << QStringList{u"c7"_s} << QStringList{u"c7"_s};
        QTest::newRow("several") << QStringList{u"c8"_s, u"c7"_s} << QStringList{u"c8 c7"_s};
        QTest::newRow("merge") << QStringList{u"m1"_s} << QStringList{u"-m 1 m1"_s};
        QTest::newRow("plain then merge")
            << QStringList{u"c8"_s, u"m2"_s, u"c6"_s} << QStringList{u"c8"_s, u"-m 1 m2"_s, u"c6"_s};
    }

    void previewRevertMatchesGitRevert()
    {
        QFETCH(QStringList, commits);
        QFETCH(QStringList, cliSteps);
        QStringList commitIds;
        for (const QString &name : commits)
            commitIds.append(m_c[name]);
        const QString expectedTree = cliRevertTree(
            u"revert-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), cliSteps);
        QVERIFY(!expectedTree.isEmpty());

        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        const auto preview = previewRevert(*repository, u"main"_s, commitIds);
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        QCOMPARE(preview->onto, m_c[u"c9"_s]);
        QCOMPARE(preview->reverted, commitIds);
        QVERIFY(preview->conflicts.isEmpty());
        QCOMPARE(preview->treeId, expectedTree);
        QByteArray expectedChanges;
        QVERIFY(gitIn(m_repo, {u"diff"_s, u"--no-renames"_s, u"--name-status"_s, u"main"_s, expectedTree},
                      &expectedChanges));
        QCOMPARE(nameStatus(preview->changes), lines(expectedChanges));
        QVERIFY(!preview->changes.isEmpty());
    }

    void previewRevertListsConflicts()
    {
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        QByteArray statusBefore;
        QVERIFY(gitIn(m_repo, {u"status"_s, u"--porcelain"_s}, &statusBefore));
        // x.yaml went v1 → v2 in c2 and is v4 now: taking v2 back to v1 collides.
        const auto preview = previewRevert(*repository, u"main"_s, {m_c[u"c2"_s]});
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        QCOMPARE(preview->conflicts, QStringList{u"apps/a/x.yaml"_s});
        QVERIFY(preview->treeId.isEmpty());
        QVERIFY(preview->changes.isEmpty());
        QByteArray status;
        QVERIFY(gitIn(m_repo, {u"status"_s, u"--porcelain"_s}, &status));
        QCOMPARE(status, statusBefore); // neither index nor work tree touched
    }

    // One commit undone in one environment's directory only, as a wave rollback does: the same
    // tree as restoring that directory from the commit's parent with the git CLI; files changed
    // again since are conflicts, files already undone are left alone.
    void revertInPathsMatchesGitCheckout()
    {
        const QString repo = m_dir.filePath(u"environments"_s);
        QVERIFY(git({u"init"_s, u"-q"_s, repo}));
        QVERIFY(!gitcli::commit(repo,
                                {{u"env/dev/d.yaml"_s, yaml("v1")},
                                 {u"env/prod/d.yaml"_s, yaml("v1")},
                                 {u"env/canary/d.yaml"_s, yaml("v1")},
                                 {u"env/canary/old.yaml"_s, yaml("old")},
                                 {u"base/b.yaml"_s, yaml("v1")}},
                                u"Initial"_s)
                     .isEmpty());
        QVERIFY(gitIn(repo, {u"rm"_s, u"-q"_s, u"env/canary/old.yaml"_s}));
        const QString release = gitcli::commit(repo,
                                               {{u"env/dev/d.yaml"_s, yaml("v2")},
                                                {u"env/prod/d.yaml"_s, yaml("v2")},
                                                {u"env/canary/d.yaml"_s, yaml("v2")},
                                                {u"env/canary/extra.yaml"_s, yaml("extra")},
                                                {u"base/b.yaml"_s, yaml("v2")}},
                                               u"Release v2"_s);
        QVERIFY(!gitcli::commit(repo, {{u"env/prod/d.yaml"_s, yaml("v3")}}, u"prod v3"_s).isEmpty());
        QVERIFY(!gitcli::commit(repo, {{u"env/dev/d.yaml"_s, yaml("v1")}}, u"dev back to v1"_s).isEmpty());
        auto repository = GitRepository::open(repo);
        QVERIFY(repository);
        auto head = repository->resolveCommit(u"main"_s);
        QVERIFY(head);

        auto canary = revertInPaths(*repository, *head, release, {u"env/canary/"_s});
        QVERIFY2(canary, qPrintable(canary.errorMessage()));
        QVERIFY(canary->conflicts.isEmpty());
        QCOMPARE(canary->outside, (QStringList{u"base/b.yaml"_s, u"env/dev/d.yaml"_s, u"env/prod/d.yaml"_s}));
        QCOMPARE(canary->files.size(), 3);
        auto tree = repository->writeTree(*head, promotionChanges(PromotionPlan{canary->files, {}, {}}));
        QVERIFY2(tree, qPrintable(tree.errorMessage()));
        const QString work = m_dir.filePath(u"environments-cli"_s);
        QVERIFY(gitIn(repo, {u"worktree"_s, u"add"_s, u"-q"_s, u"--detach"_s, work, u"main"_s}));
        QVERIFY(gitIn(work, {u"rm"_s, u"-rq"_s, u"env/canary"_s}));
        QVERIFY(gitIn(work, {u"checkout"_s, release + u"^"_s, u"--"_s, u"env/canary"_s}));
        QByteArray expected;
        QVERIFY(gitIn(work, {u"write-tree"_s}, &expected));
        QCOMPARE(*tree, QString::fromLatin1(expected));

        auto prod = revertInPaths(*repository, *head, release, {u"env/prod"_s});
        QVERIFY(prod);
        QCOMPARE(prod->conflicts, QStringList{u"env/prod/d.yaml"_s});
        QVERIFY(prod->files.isEmpty());
        auto dev = revertInPaths(*repository, *head, release, {u"env/dev"_s});
        QVERIFY(dev);
        QCOMPARE(dev->undone, QStringList{u"env/dev/d.yaml"_s});
        QVERIFY(dev->files.isEmpty() && dev->conflicts.isEmpty());
        QVERIFY(!revertInPaths(*repository, *head, QString(40, u'b'), {u"env"_s}));
    }

    void previewRevertErrors()
    {
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        const auto missing = previewRevert(*repository, u"main"_s, {QString(40, u'a')});
        QVERIFY(!missing.ok());
        QCOMPARE(failureOf(missing.error()), GitFailure::NotFound);
        const auto none = previewRevert(*repository, u"main"_s, {});
        QVERIFY(!none.ok());
    }

    void commitPreviewWithRevertMessage_data()
    {
        QTest::addColumn<QStringList>("commits");
        QTest::newRow("one") << QStringList{u"c7"_s};
        QTest::newRow("two") << QStringList{u"c8"_s, u"c7"_s};
    }

    void commitPreviewWithRevertMessage()
    {
        QFETCH(QStringList, commits);
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        QStringList commitIds;
        QList<CommitSummary> summaries;
        for (const QString &name : commits) {
            commitIds.append(m_c[name]);
            summaries.append(*repository->commitSummary(m_c[name]));
        }
        const auto preview = previewRevert(*repository, u"main"_s, commitIds);
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        const QString message = revertMessage(summaries, u"Canary failed:\n error rate 7%"_s);
        const QString branch = u"sextant/revert-"_s + QString::fromLatin1(QTest::currentDataTag());
        const CommitInfo info{message, u"Ada Lovelace"_s, u"ada@example.org"_s, {}};
        const auto id = repository->commitTree(branch, preview->onto, preview->treeId, info);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        QByteArray body;
        QVERIFY(gitIn(m_repo, {u"log"_s, u"-1"_s, u"--format=%B"_s, branch}, &body));
        QCOMPARE(QString::fromUtf8(body), message.trimmed());
        if (commits.size() == 1)
            QVERIFY(
                body.startsWith("Revert \"x v4\"\n\nThis reverts commit " + m_c[u"c7"_s].toLatin1() + ".\n"));
        else
            QVERIFY(body.startsWith("Revert 2 commits since " + m_c[u"c7"_s].left(7).toLatin1() + "\n"));
        QByteArray trailers;
        QVERIFY(git({u"interpret-trailers"_s, u"--parse"_s}, &trailers, m_repo, {}, body));
        QStringList expectedTrailers;
        for (const QString &commitId : commitIds)
            expectedTrailers.append(u"Sextant-Revert-Of: "_s + commitId);
        expectedTrailers.append(u"Sextant-Reason: Canary failed: error rate 7%"_s);
        QCOMPARE(lines(trailers), expectedTrailers);

        QByteArray fsck;
        QVERIFY(gitIn(m_repo, {u"fsck"_s, u"--strict"_s, u"--no-progress"_s}, &fsck));
        QByteArray stat;
        QVERIFY(gitIn(m_repo, {u"show"_s, u"--stat"_s, u"--format=%an <%ae>%n%P"_s, branch}, &stat));
        QVERIFY2(stat.startsWith("Ada Lovelace <ada@example.org>\n" + m_c[u"c9"_s].toLatin1()),
                 stat.constData());
        QVERIFY(stat.contains("apps/a/x.yaml"));
        QByteArray tree;
        QVERIFY(gitIn(m_repo, {u"rev-parse"_s, branch + u"^{tree}"_s}, &tree));
        QCOMPARE(QString::fromLatin1(tree), preview->treeId);

        // The branch moved on: the same parent no longer fits.
        const auto again = repository->commitTree(branch, preview->onto, preview->treeId, info);
        QVERIFY(!again.ok());
        QCOMPARE(failureOf(again.error()), GitFailure::Conflict);
        const auto onTop = repository->commitTree(branch, *id, preview->treeId, info);
        QVERIFY2(onTop.ok(), qPrintable(onTop.errorMessage()));
    }

    void commitTreeRejectsBadInput()
    {
        auto repository = GitRepository::open(m_repo);
        QVERIFY(repository.ok());
        QByteArray tree;
        QVERIFY(gitIn(m_repo, {u"rev-parse"_s, u"main^{tree}"_s}, &tree));
        const CommitInfo info{u"Message"_s, u"A"_s, u"a@example.org"_s, {}};
        QVERIFY(!repository->commitTree(u"bad..name"_s, m_c[u"c9"_s], QString::fromLatin1(tree), info).ok());
        QVERIFY(!repository->commitTree(u"sextant/x"_s, m_c[u"c9"_s], u"nothex"_s, info).ok());
        const auto missingTree =
            repository->commitTree(u"sextant/x"_s, m_c[u"c9"_s], QString(40, u'b'), info);
        QCOMPARE(failureOf(missingTree.error()), GitFailure::NotFound);
        QVERIFY(!repository
                     ->commitTree(u"sextant/x"_s, m_c[u"c9"_s], QString::fromLatin1(tree),
                                  CommitInfo{u"  "_s, u"A"_s, u"a@example.org"_s, {}})
                     .ok());
        // main exists and is not at c8.
        const auto moved = repository->commitTree(u"main"_s, m_c[u"c8"_s], QString::fromLatin1(tree), info);
        QCOMPARE(failureOf(moved.error()), GitFailure::Conflict);
        QByteArray head;
        QVERIFY(gitIn(m_repo, {u"rev-parse"_s, u"main"_s}, &head));
        QCOMPARE(QString::fromLatin1(head), m_c[u"c9"_s]);
    }

    void identityFromConfig_data()
    {
        QTest::addColumn<QByteArray>("gitconfig");
        QTest::addColumn<bool>("found");
        QTest::newRow("configured") << QByteArray(
                                           "[user]\n\tname = Grace Hopper\n\temail = grace@example.org\n")
                                    << true;
        QTest::newRow("email only") << QByteArray("[user]\n\temail = grace@example.org\n") << false;
        QTest::newRow("nothing") << QByteArray() << false;
    }

    void identityFromConfig()
    {
        QFETCH(QByteArray, gitconfig);
        QFETCH(bool, found);
        const QString home = m_dir.filePath(u"home-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(home));
        if (!gitconfig.isEmpty())
            QVERIFY(gitcli::writeFile(home + u"/.gitconfig"_s, gitconfig));
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.toUtf8());
        qunsetenv("XDG_CONFIG_HOME");
        // libgit2 reads HOME when its search path is reset.
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, nullptr);
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, nullptr);
        auto repository = GitRepository::initBare(home + u"/repo.git"_s);
        QVERIFY(repository.ok());
        const auto identity = sextant::git::identityFromConfig(*repository, u"Revert it"_s);
        qputenv("HOME", oldHome);
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, nullptr);
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, nullptr);
        QCOMPARE(identity.ok(), found);
        if (found) {
            QCOMPARE(identity->authorName, u"Grace Hopper"_s);
            QCOMPARE(identity->authorEmail, u"grace@example.org"_s);
            QCOMPARE(identity->message, u"Revert it"_s);
            QVERIFY(!identity->when.isValid());
        } else {
            QCOMPARE(failureOf(identity.error()), GitFailure::Other);
            QVERIFY(identity.error().message.contains(u"user.name"_s));
            QVERIFY(identity.error().message.contains(u"user.email"_s));
        }
    }

    void revertMessageFormat()
    {
        CommitSummary a;
        a.id = QString(40, u'a');
        a.summary = u"Bump web"_s;
        QCOMPARE(revertMessage({a}, u"broke checkout"_s),
                 u"Revert \"Bump web\"\n\nThis reverts commit %1.\n\nSextant-Revert-Of: %1\n"
                 "Sextant-Reason: broke checkout\n"_s.arg(a.id));
        CommitSummary b;
        b.id = QString(40, u'b');
        b.summary = u"Bump api"_s;
        QCOMPARE(revertMessage({b, a}, QString()),
                 u"Revert 2 commits since aaaaaaa\n\nThis reverts commit %1.\nThis reverts commit %2.\n\n"
                 "Sextant-Revert-Of: %1\nSextant-Revert-Of: %2\n"_s.arg(b.id, a.id));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const sextant::git::GitLibrary library; // libgit2 stays initialised while the tests run
    GitHistoryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_githistory.moc"
