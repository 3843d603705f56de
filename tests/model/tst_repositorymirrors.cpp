// RepositoryMirrors, PendingCommits, GitHistoryModel and GitChangeLoader over a real
// bare "remote" made with the git CLI, mirrored by libgit2 into a temporary cache.
#include "gitcli.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/gitchangeloader.h"
#include "model/fleet/pendingcommits.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitlibrary.h"
#include "model/git/gitremote.h"
#include "model/itemmodels/fleettreemodel.h"
#include "model/itemmodels/githistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant;
using namespace Qt::StringLiterals;

namespace {

QByteArray deployment(int version)
{
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n"
           "  template:\n    spec:\n      containers:\n      - name: web\n        image: web:1." +
           QByteArray::number(version) + "\n";
}

Application webApp(const QString &repoUrl, const QString &deployed)
{
    Application app;
    app.instance = u"eu"_s;
    app.ns = u"argocd"_s;
    app.name = u"web"_s;
    app.project = u"default"_s;
    app.destinationServer = u"https://prod:6443"_s;
    app.sources = {ApplicationSource{repoUrl, u"apps/web"_s, u"main"_s, {}}};
    app.syncRevision = deployed;
    if (!deployed.isEmpty()) {
        HistoryEntry entry;
        entry.id = 1;
        entry.revision = deployed;
        app.history = {entry};
    }
    return app;
}

} // namespace

class TestRepositoryMirrors : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_work;
    QString m_remote;
    QStringList m_webCommits; // oldest first
    QString m_apiCommit;

    // A commit in the work tree, pushed to the remote.
    QString commitAndPush(const QMap<QString, QByteArray> &files, const QString &message)
    {
        const QString id = gitcli::commit(m_work, files, message);
        if (!gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}))
            return {};
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_work = m_dir.filePath(u"work"_s);
        m_remote = m_dir.filePath(u"remote.git"_s);
        QVERIFY(gitcli::git({u"init"_s, u"-q"_s, u"--bare"_s, m_remote}));
        QVERIFY(gitcli::git({u"init"_s, u"-q"_s, m_work}));
        QVERIFY(gitcli::gitIn(m_work, {u"remote"_s, u"add"_s, u"origin"_s, m_remote}));
        // 61 commits change apps/web, 10 others change apps/api only.
        for (int i = 0; i < 61; ++i) {
            m_webCommits << commitAndPush({{u"apps/web/deployment.yaml"_s, deployment(i)}},
                                          u"web: image 1.%1"_s.arg(i));
            QVERIFY(!m_webCommits.last().isEmpty());
            if (i % 6 == 5) {
                m_apiCommit = commitAndPush({{u"apps/api/deployment.yaml"_s, deployment(100 + i)}},
                                            u"api: image 1.%1"_s.arg(100 + i));
                QVERIFY(!m_apiCommit.isEmpty());
            }
        }
    }

    void mirrorPathIgnoresUserinfo()
    {
        RepositoryMirrors mirrors(m_dir.filePath(u"cache1"_s), {});
        QCOMPARE(mirrors.mirrorPath(u"https://user:secret@git.example.org/team/repo.git/"_s),
                 mirrors.mirrorPath(u"https://git.example.org/team/repo.git"_s));
        QVERIFY(mirrors.mirrorPath(u"https://git.example.org/team/repo.git"_s) !=
                mirrors.mirrorPath(u"https://git.example.org/other/repo.git"_s));
        QVERIFY(!mirrors.mirrorPath(u"https://user:secret@git.example.org/r.git"_s).contains(u"secret"_s));
        QCOMPARE(normalizedRepositoryUrl(u"https://user:pw@h/x.git/"_s), u"https://h/x.git"_s);
    }

    void fetchMirrorsTheRemote()
    {
        RepositoryMirrors mirrors(m_dir.filePath(u"cache2"_s), {});
        QSignalSpy fetched(&mirrors, &RepositoryMirrors::fetched);
        QCOMPARE(mirrors.status(m_remote).state, MirrorStatus::State::Missing);
        mirrors.fetch(m_remote);
        QCOMPARE(mirrors.status(m_remote).state, MirrorStatus::State::Fetching);
        QVERIFY(fetched.wait(20000));
        QCOMPARE(mirrors.status(m_remote).state, MirrorStatus::State::Ready);
        QVERIFY(mirrors.status(m_remote).fetchedAt.isValid());
        QByteArray head;
        QVERIFY(gitcli::gitIn(mirrors.mirrorPath(m_remote), {u"rev-parse"_s, u"refs/heads/main"_s}, &head));
        QVERIFY(QString::fromLatin1(head) == m_apiCommit || QString::fromLatin1(head) == m_webCommits.last());
        QVERIFY(gitcli::gitIn(mirrors.mirrorPath(m_remote), {u"fsck"_s, u"--no-progress"_s}));
    }

    void fetchOfAMissingRepositoryFailsClearly()
    {
        RepositoryMirrors mirrors(m_dir.filePath(u"cache3"_s), {});
        QSignalSpy changed(&mirrors, &RepositoryMirrors::statusChanged);
        const QString missing = m_dir.filePath(u"nowhere.git"_s);
        mirrors.fetch(missing);
        QTRY_COMPARE_WITH_TIMEOUT(mirrors.status(missing).state, MirrorStatus::State::Failed, 20000);
        const MirrorStatus status = mirrors.status(missing);
        QVERIFY2(!status.error.isEmpty(), qPrintable(status.error));
        QCOMPARE(git::GitFailure(status.failure), git::GitFailure::NotFound);
    }

    void pendingCommitsCountsWhatDeploysNext()
    {
        FleetStore store;
        RepositoryMirrors mirrors(m_dir.filePath(u"cache4"_s), {});
        // Deployed: the 50th web commit; 11 web commits follow it (api commits do not count).
        store.applySnapshot(u"eu"_s, {webApp(m_remote, m_webCommits.at(49))}, {}, {}, {});
        PendingCommits pending(&store, &mirrors);
        QSignalSpy changed(&pending, &PendingCommits::changed);
        QCOMPARE(mirrors.trackedUrls(), QStringList{normalizedRepositoryUrl(m_remote)});
        const QString key = AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key();
        QTRY_COMPARE_WITH_TIMEOUT(pending.state(key).count, 11, 20000);
        QCOMPARE(pending.state(key).deployed, m_webCommits.at(49));
        QCOMPARE(pending.applicationCount(m_remote), 1);
        QVERIFY(pending.branchHeads(m_remote).contains(u"main"_s));

        // The app syncs to the head of its path: nothing pending.
        store.applySnapshot(u"eu"_s, {webApp(m_remote, m_webCommits.last())}, {}, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(pending.state(key).count, 0, 20000);

        // A deployed commit the mirror does not know is not counted.
        store.applySnapshot(u"eu"_s, {webApp(m_remote, QString(40, u'e'))}, {}, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(pending.state(key).deployedMissing, 20000);
        QCOMPARE(pending.state(key).count, -1);
    }

    void fleetTreeMarksPendingApps()
    {
        FleetStore store;
        RepositoryMirrors mirrors(m_dir.filePath(u"cache7"_s), {});
        store.applySnapshot(u"eu"_s, {webApp(m_remote, m_webCommits.at(57))}, {}, {}, {});
        PendingCommits pending(&store, &mirrors);
        FleetTreeModel tree(&store);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setPendingCommits(&pending);
        const QString key = AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key();
        const QModelIndex row = tree.indexForApplication(key);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(FleetTreeModel::PendingCommitsRole).toInt(), -1); // nothing fetched yet
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(FleetTreeModel::PendingCommitsRole).toInt(), 3, 20000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(2).value<QList<int>>().contains(FleetTreeModel::PendingCommitsRole));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"pending"_s));
    }

    void repositoryGroupsShowTheirHeads()
    {
        FleetStore store;
        RepositoryMirrors mirrors(m_dir.filePath(u"cache8"_s), {});
        store.applySnapshot(u"eu"_s, {webApp(m_remote, m_webCommits.at(57))}, {}, {}, {});
        PendingCommits pending(&store, &mirrors);
        FleetTreeModel tree(&store);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setPendingCommits(&pending);
        tree.setGrouping(FleetTreeModel::Grouping::Repository);
        const QModelIndex group =
            tree.indexForApplication(AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key()).parent();
        QCOMPARE(group.data().toString(), m_remote);
        QTRY_COMPARE_WITH_TIMEOUT(group.data(FleetTreeModel::RepositoryHeadsRole).toString(),
                                  u"main "_s + m_webCommits.at(60).left(7), 20000);
        QVERIFY(group.data(Qt::ToolTipRole).toString().contains(u"main at "_s + m_webCommits.at(60).left(7)));
        // Grouped otherwise, groups are not repositories.
        tree.setGrouping(FleetTreeModel::Grouping::Cluster);
        const QModelIndex cluster =
            tree.indexForApplication(AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key()).parent();
        QVERIFY(cluster.data(FleetTreeModel::RepositoryHeadsRole).toString().isEmpty());
    }

    void historyModelPagesAndMarks()
    {
        RepositoryMirrors mirrors(m_dir.filePath(u"cache5"_s), {});
        GitHistoryModel model(&mirrors);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GitHistoryModel::loaded);
        const Application app = webApp(m_remote, m_webCommits.at(49));
        // The mirror is fetched on demand when the history opens; nothing is read before it
        // exists, and its fetch reloads the history (as the Git tab does).
        QSignalSpy fetched(&mirrors, &RepositoryMirrors::fetched);
        model.setSource(applicationGitSource(app), {{m_webCommits.at(49), {7}}});
        QVERIFY(mirrors.isFetching(m_remote));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.error().isEmpty());
        QVERIFY(fetched.wait(20000));
        model.reload();
        QVERIFY(loaded.wait(20000));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.rowCount(), GitHistoryModel::PageSize);
        QCOMPARE(model.pendingCount(), 11);
        QCOMPARE(model.head(), m_webCommits.at(60)); // the last commit of main touches apps/web
        // Newest first, only commits of apps/web.
        QCOMPARE(model.commit(0).id, m_webCommits.at(60));
        QCOMPARE(model.commit(11).id, m_webCommits.at(49));
        QVERIFY(model.data(model.index(11, 0), GitHistoryModel::DeployedRole).toBool());
        const QStringList deployedMarkers =
            model.data(model.index(11, 0), GitHistoryModel::MarkersRole).toStringList();
        QVERIFY2(deployedMarkers.contains(u"deployed"_s), qPrintable(deployedMarkers.join(u',')));
        QVERIFY(deployedMarkers.contains(u"deployment #7"_s));
        QVERIFY(model.data(model.index(3, 0), GitHistoryModel::PendingRole).toBool());
        QVERIFY(!model.data(model.index(12, 0), GitHistoryModel::PendingRole).toBool());
        QCOMPARE(model.data(model.index(0, GitHistoryModel::CommitColumn)).toString(),
                 m_webCommits.at(60).left(7));
        QCOMPARE(model.data(model.index(0, GitHistoryModel::SubjectColumn)).toString(), u"web: image 1.60"_s);

        // The rest arrives with fetchMore (QAbstractItemModelTester may have asked already),
        // then the walk is at its end.
        QVERIFY(model.canFetchMore({}) || model.isLoading());
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 61, 20000);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.commit(60).id, m_webCommits.first());
        QVERIFY(!model.canFetchMore({}));

        // Equal to the git CLI's answer.
        QByteArray cli;
        QVERIFY(
            gitcli::gitIn(m_remote, {u"log"_s, u"--format=%H"_s, u"main"_s, u"--"_s, u"apps/web"_s}, &cli));
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.commit(row).id;
        QCOMPARE(ids, gitcli::lines(cli));
    }

    void changeLoaderDiffsACommitAndARange()
    {
        RepositoryMirrors mirrors(m_dir.filePath(u"cache6"_s), {});
        QSignalSpy fetched(&mirrors, &RepositoryMirrors::fetched);
        mirrors.fetch(m_remote);
        QVERIFY(fetched.wait(20000));
        GitChangeLoader loader(&mirrors);
        QSignalSpy loaded(&loader, &GitChangeLoader::loaded);
        loader.loadCommit(m_remote, m_webCommits.at(10), {u"apps/web"_s});
        QVERIFY(loaded.wait(20000));
        auto files = loaded.takeFirst().at(0).value<QList<GitFileDiff>>();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().path, u"apps/web/deployment.yaml"_s);
        QCOMPARE(files.first().kind, git::FileChange::Kind::Modified);
        QCOMPARE(files.first().document.addedLines, 1);
        QCOMPARE(files.first().document.removedLines, 1);

        // The combined change of everything since commit 49: one line, 1.49 → 1.60.
        loader.loadRange(m_remote, m_webCommits.at(49), m_webCommits.at(60), {u"apps/web"_s});
        QVERIFY(loaded.wait(20000));
        files = loaded.takeFirst().at(0).value<QList<GitFileDiff>>();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().document.changes.size(), 1);
    }

    void secretsInGitAreMasked()
    {
        const QByteArray before = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: "
                                  "c2VjcmV0MQ==\n";
        const QByteArray after = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: "
                                 "c2VjcmV0Mg==\n";
        const MaskedTexts texts = maskSecretsInFiles(before, after);
        QVERIFY(texts.masked);
        QVERIFY(!texts.before.contains("c2VjcmV0MQ=="));
        QVERIFY(!texts.after.contains("c2VjcmV0Mg=="));
        QVERIFY(texts.before.contains("++++++++"));
        QVERIFY(texts.before != texts.after); // a changed value stays visible as a changed mask
        // Other files are shown as they are, comments included.
        const QByteArray plain = "# replicas for prod\nreplicas: 3\n";
        const MaskedTexts same = maskSecretsInFiles(plain, plain);
        QVERIFY(!same.masked);
        QCOMPARE(same.before, plain);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const git::GitLibrary library;
    TestRepositoryMirrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_repositorymirrors.moc"
