// Sextant's Git layer against fleetsim's Git smart HTTP (git http-backend, the API's
// tokens): mirrors fetched and pushed with a good, a read-only and a wrong token, and
// the whole loop: a bad commit deploys, Sextant reverts it, pushes, fleetsim reconciles
// and the app runs the revert commit.
#include "actionharness.h"
#include "fleetsim/controller.h"
#include "fleetsim/fleetsim.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitmirror.h"
#include "tests/integration/tokensource.h"
#include "tests/model/gitcli.h"

#include <QJsonArray>

using namespace sextant;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

namespace {

QString gitSeed()
{
    return FleetsimFixture::sourceDir() + u"/tests/fleetsim/data/git-fleet.yaml"_s;
}

QJsonObject syncStatus(const QJsonObject &app)
{
    return app.value("status"_L1).toObject().value("sync"_L1).toObject();
}

} // namespace

class TestGitLoop : public QObject {
    Q_OBJECT

    ActionHarness h;
    QTemporaryDir m_dir;
    QString m_repoUrl; // guestbook over HTTP
    std::unique_ptr<RepositoryMirrors> m_mirrors;

    // A clone over HTTP with the admin token in an extra header, never in the URL.
    QStringList withToken(const QString &token) const
    {
        const QByteArray basic = ("sextant:" + token.toUtf8()).toBase64();
        return {u"-c"_s, u"http.extraHeader=Authorization: Basic "_s + QString::fromLatin1(basic)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(h.start({FleetsimFixture::testConfig(gitSeed())}));
        const QJsonArray repos =
            ActionHarness::getOk(h.sim(), u"/api/v1/repositories"_s).value("items"_L1).toArray();
        for (const QJsonValue &repo : repos) {
            if (repo.toObject().value("repo"_L1).toString().endsWith("/git/guestbook.git"_L1))
                m_repoUrl = repo.toObject().value("repo"_L1).toString();
        }
        QVERIFY2(m_repoUrl.startsWith(h.sim().baseUrl() + u"/git/"_s), qPrintable(m_repoUrl));
        m_mirrors = std::make_unique<RepositoryMirrors>(
            m_dir.filePath(u"mirrors"_s),
            RepositoryMirrors::CredentialSources{std::make_shared<TokenSource>(h.sim().token())});
        h.service->setRepositoryMirrors(m_mirrors.get());
    }

    void fetchAndPushByToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("fetches");
        QTest::addColumn<int>("pushFailure"); // 0: the push succeeds
        QTest::newRow("admin") << u"admin"_s << true << 0;
        QTest::newRow("read-only") << u"readonly"_s << true << int(git::GitFailure::Authentication);
        QTest::newRow("wrong") << u"wrong"_s << false << int(git::GitFailure::Authentication);
    }

    void fetchAndPushByToken()
    {
        QFETCH(QString, token);
        QFETCH(bool, fetches);
        QFETCH(int, pushFailure);
        const QString secret = token == "admin"_L1      ? h.sim().token()
                               : token == "readonly"_L1 ? h.sim().readonlyToken()
                                                        : u"not-a-token"_s;
        git::CredentialChain chain;
        chain.add(std::make_shared<TokenSource>(secret));
        auto mirror = git::GitMirror::openOrCreate(m_dir.filePath(u"by-token/"_s + token), m_repoUrl);
        QVERIFY(mirror);
        const Status fetched = mirror->fetch(chain);
        QCOMPARE(fetched.ok(), fetches);
        if (!fetches) {
            QCOMPARE(git::failureOf(fetched.error()), git::GitFailure::Authentication);
            QVERIFY2(!fetched.error().message.contains(secret), qPrintable(fetched.error().message));
            return;
        }
        // A new branch from main, pushed back.
        auto head = mirror->repository().resolveCommit(u"refs/heads/main"_s);
        QVERIFY(head);
        const QString branch = u"sextant/test-"_s + token;
        auto commit = mirror->repository().commitFiles(
            branch,
            {{u"notes/"_s + token + u".txt"_s, QByteArray("pushed with the " + token.toUtf8() + " token\n")}},
            git::CommitInfo{u"push test"_s, u"Tester"_s, u"tester@example.org"_s, {}});
        QVERIFY(commit);
        const Status pushed = mirror->push(branch, branch, chain);
        if (pushFailure == 0) {
            QVERIFY2(pushed.ok(), qPrintable(pushed.errorMessage()));
            QByteArray remote;
            QVERIFY(gitcli::gitIn(h.sim().repoPath(u"guestbook"_s), {u"rev-parse"_s, branch}, &remote));
            QCOMPARE(QString::fromLatin1(remote), *commit);
        } else {
            QVERIFY(!pushed.ok());
            QVERIFY2(git::failureOf(pushed.error()) == git::GitFailure::Authentication ||
                         git::failureOf(pushed.error()) == git::GitFailure::Rejected,
                     qPrintable(pushed.errorMessage()));
            QVERIFY(!pushed.error().message.contains(secret));
        }
    }

    void revertLoopEndsWithTheAppAtTheRevert()
    {
        // A bad release lands in Git (by someone with the git CLI) and auto-sync deploys it.
        const QString work = m_dir.filePath(u"work"_s);
        QVERIFY(gitcli::git(withToken(h.sim().token()) + QStringList{u"clone"_s, u"-q"_s, m_repoUrl, work}));
        QFile file(work + u"/guestbook/deployment.yaml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        QByteArray bad = good;
        bad.replace("guestbook:1.0.0", "guestbook:2.0.0-broken");
        const QString badCommit =
            gitcli::commit(work, {{u"guestbook/deployment.yaml"_s, bad}}, u"guestbook 2.0"_s);
        QVERIFY(gitcli::git(withToken(h.sim().token()) +
                            QStringList{u"-C"_s, work, u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:main"_s}));
        QVERIFY(h.sim().waitForApp(u"guestbook-auto"_s, [&](const QJsonObject &app) {
            return syncStatus(app).value("revision"_L1).toString() == badCommit &&
                   syncStatus(app).value("status"_L1).toString() == "Synced"_L1;
        }));
        const QString key = h.key(u"guestbook-auto"_s);
        QTRY_COMPARE_WITH_TIMEOUT(h.store->application(key)->syncRevision, badCommit, 15000);

        // Sextant reverts it on the tracked branch.
        m_mirrors->fetch(m_repoUrl);
        QSignalSpy fetched(m_mirrors.get(), &RepositoryMirrors::fetched);
        QVERIFY(fetched.wait(15000));
        QSignalSpy previewed(h.service.get(), &ActionService::gitChangePreviewReady);
        const quint64 previewId = h.service->previewRevert(key, {badCommit});
        QVERIFY(previewed.wait(15000));
        const auto proposal = previewed.first().first().value<GitChangeProposal>();
        QCOMPARE(proposal.requestId, previewId);
        QVERIFY2(proposal.canCommit(), qPrintable(proposal.error + proposal.conflicts.join(u',')));
        QCOMPARE(proposal.trackedBranch, u"main"_s);
        QCOMPARE(proposal.files.size(), 1);

        GitCommitChoice choice;
        choice.reason = u"INC-7: 2.0 crashes"_s;
        choice.onTrackedBranch = true;
        const ActionOutcome outcome = h.waitAction(h.service->commitGitChange(proposal, choice));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));

        // fleetsim sees the push and deploys the revert: Git and the cluster agree again.
        QByteArray revert;
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"guestbook"_s), {u"rev-parse"_s, u"main"_s}, &revert));
        QVERIFY(QString::fromLatin1(revert) != badCommit);
        QVERIFY(h.sim().waitForApp(u"guestbook-auto"_s, [&](const QJsonObject &app) {
            return syncStatus(app).value("revision"_L1).toString() == QString::fromLatin1(revert) &&
                   syncStatus(app).value("status"_L1).toString() == "Synced"_L1;
        }));
        QByteArray message;
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"guestbook"_s),
                              {u"log"_s, u"-1"_s, u"--format=%B"_s, u"main"_s}, &message));
        QVERIFY(message.contains("Sextant-Revert-Of: " + badCommit.toLatin1()));
        QVERIFY(message.contains("Sextant-Reason: INC-7: 2.0 crashes"));
        QByteArray content;
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"guestbook"_s),
                              {u"show"_s, u"main:guestbook/deployment.yaml"_s}, &content));
        QCOMPARE(content + '\n', good);
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"guestbook"_s), {u"fsck"_s, u"--no-progress"_s}));
    }

    void rollbackMarkClearsOnceGitAgrees()
    {
        // Another bad release deploys; the operator rolls back through the controller first.
        const QString key = h.key(u"guestbook-auto"_s);
        const QString work = m_dir.filePath(u"work-rollback"_s);
        QVERIFY(gitcli::git(withToken(h.sim().token()) + QStringList{u"clone"_s, u"-q"_s, m_repoUrl, work}));
        QFile file(work + u"/guestbook/deployment.yaml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bad = file.readAll();
        file.close();
        QVERIFY(bad.contains("guestbook:1.0.0"));
        bad.replace("guestbook:1.0.0", "guestbook:3.0.0-broken");
        const QString badCommit =
            gitcli::commit(work, {{u"guestbook/deployment.yaml"_s, bad}}, u"guestbook 3.0"_s);
        QVERIFY(gitcli::git(withToken(h.sim().token()) +
                            QStringList{u"-C"_s, work, u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:main"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(h.store->application(key)->syncRevision == badCommit &&
                                     h.store->application(key)->syncStatus == SyncStatus::Synced,
                                 20000);
        const QList<HistoryEntry> history = h.store->application(key)->history;
        QVERIFY(history.size() >= 2);
        const HistoryEntry good = history.at(history.size() - 2); // the deployment before the bad one
        QVERIFY(good.revision != badCommit);
        const ActionOutcome rolled =
            h.waitAction(h.service->rollback(key, good.id, {u"INC-8: 3.0 crashes"_s, {}, {}, false}), 30000);
        QVERIFY2(rolled.ok, qPrintable(rolled.message));
        QVERIFY(h.service->rollbackNote(key).startsWith(u"rolled back — Git still wants"_s));
        QTRY_VERIFY_WITH_TIMEOUT(h.store->application(key)->syncStatus == SyncStatus::OutOfSync, 15000);
        QVERIFY(!h.service->rollbackNote(key).isEmpty()); // Git still wants 3.0

        // "Make Git agree": the bad commit reverted on main; the controller compares and finds
        // Git equal to what runs, and the mark goes.
        QSignalSpy previewed(h.service.get(), &ActionService::gitChangePreviewReady);
        h.service->previewRevert(key, {badCommit});
        QVERIFY(previewed.wait(15000));
        const auto proposal = previewed.first().first().value<GitChangeProposal>();
        QVERIFY2(proposal.canCommit(), qPrintable(proposal.error));
        GitCommitChoice choice;
        choice.reason = u"INC-8: Git follows the rollback"_s;
        choice.onTrackedBranch = true;
        const ActionOutcome reverted = h.waitAction(h.service->commitGitChange(proposal, choice));
        QVERIFY2(reverted.ok, qPrintable(reverted.message));
        QSignalSpy marks(h.service.get(), &ActionService::rollbackMarksChanged);
        QTRY_VERIFY_WITH_TIMEOUT(h.service->rollbackNote(key).isEmpty(), 20000);
        QVERIFY(marks.size() >= 1);
        QVERIFY(h.store->application(key)->syncStatus == SyncStatus::Synced);
        // Auto-sync stays paused until the operator resumes it.
        QVERIFY(h.service->isPausedBySextant(key));
    }

    void humanEditComesBackIntoGitOnABranch()
    {
        // Someone scales the manual app's Deployment and bumps its image by hand, as in an incident.
        const QString key = h.key(u"guestbook-manual"_s);
        const QString identity = u"apps/Deployment/manual/guestbook"_s;
        QVERIFY(h.sim().waitForApp(u"guestbook-manual"_s, [](const QJsonObject &app) {
            return app.value("status"_L1).toObject().value("resources"_L1).toArray().size() > 0;
        }));
        QString edited;
        h.sim().invoke([&](fleetsim::FleetSim &sim) {
            const Status status = sim.controller().editLive(
                u"dev-1"_s, identity,
                [](QJsonObject &manifest) {
                    QJsonObject spec = manifest.value("spec"_L1).toObject();
                    spec.insert("replicas"_L1, 3);
                    QJsonObject podTemplate = spec.value("template"_L1).toObject();
                    QJsonObject podSpec = podTemplate.value("spec"_L1).toObject();
                    QJsonArray containers = podSpec.value("containers"_L1).toArray();
                    QJsonObject container = containers.at(0).toObject();
                    container.insert("image"_L1, u"registry.test/guestbook:1.0.1-hotfix"_s);
                    containers.replace(0, container);
                    podSpec.insert("containers"_L1, containers);
                    podTemplate.insert("spec"_L1, podSpec);
                    spec.insert("template"_L1, podTemplate);
                    manifest.insert("spec"_L1, spec);
                },
                u"kubectl-edit"_s, {u"spec.replicas"_s, u"spec.template.spec.containers"_s});
            edited = status.ok() ? QString() : status.errorMessage();
        });
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        QVERIFY(h.sim().waitForApp(u"guestbook-manual"_s, [](const QJsonObject &app) {
            return syncStatus(app).value("status"_L1).toString() == "OutOfSync"_L1;
        }));
        m_mirrors->fetch(m_repoUrl);
        QSignalSpy fetched(m_mirrors.get(), &RepositoryMirrors::fetched);
        QVERIFY(fetched.wait(15000));

        QSignalSpy previewed(h.service.get(), &ActionService::gitChangePreviewReady);
        const quint64 previewId = h.service->previewAdoption(key, identity);
        QVERIFY(previewed.wait(15000));
        const auto proposal = previewed.first().first().value<GitChangeProposal>();
        QCOMPARE(proposal.requestId, previewId);
        QVERIFY(proposal.kind == ActionKind::GitAdopt);
        QVERIFY2(proposal.canCommit(), qPrintable(proposal.error + proposal.unadopted.join(u'\n')));
        QVERIFY2(proposal.unadopted.isEmpty(), qPrintable(proposal.unadopted.join(u'\n')));
        QCOMPARE(proposal.files.size(), 1);
        QCOMPARE(proposal.files.first().path, u"guestbook/deployment.yaml"_s);
        QVERIFY2(proposal.newBranch.startsWith(u"sextant/adopt/guestbook-manual-"_s),
                 qPrintable(proposal.newBranch));

        GitCommitChoice choice;
        choice.reason = u"INC-9: keep the hotfix"_s;
        choice.branch = proposal.newBranch;
        QSignalSpy adoptions(h.service.get(), &ActionService::adoptionsChanged);
        const ActionOutcome outcome = h.waitAction(h.service->commitGitChange(proposal, choice));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(adoptions.size(), 1);
        QCOMPARE(h.service->adoption(key, identity).branch, proposal.newBranch);

        // The branch is on the server, with the live values written in place; main is untouched.
        const QString repo = h.sim().repoPath(u"guestbook"_s);
        QByteArray content, message, mainContent;
        QVERIFY(
            gitcli::gitIn(repo, {u"show"_s, proposal.newBranch + u":guestbook/deployment.yaml"_s}, &content));
        QVERIFY2(content.contains("  replicas: 3\n"), content.constData());
        QVERIFY(content.contains("image: registry.test/guestbook:1.0.1-hotfix"));
        QVERIFY(content.contains("matchLabels: {app: guestbook}")); // the rest byte for byte
        QVERIFY(gitcli::gitIn(repo, {u"log"_s, u"-1"_s, u"--format=%B"_s, proposal.newBranch}, &message));
        QVERIFY(message.contains("Sextant-Adopt: Deployment/manual/guestbook"));
        QVERIFY(message.contains("Sextant-Reason: INC-9: keep the hotfix"));
        QVERIFY(gitcli::gitIn(repo, {u"show"_s, u"main:guestbook/deployment.yaml"_s}, &mainContent));
        QVERIFY(!mainContent.contains("hotfix"));
        QVERIFY(gitcli::gitIn(repo, {u"fsck"_s, u"--no-progress"_s}));

        // Another session on the same database knows where the values went.
        ActionService again(h.store.get(), h.connector.get(), h.databasePath());
        QSignalSpy loaded(&again, &ActionService::adoptionsChanged);
        again.start();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(again.adoption(key, identity).branch, proposal.newBranch);
        QVERIFY(again.adoption(key, u"apps/Deployment/manual/other"_s).branch.isEmpty());
    }

    void promotionMovesOnlyTheTargetApp()
    {
        const QString staging = h.key(u"shop-staging"_s);
        const QString prod = h.key(u"shop-prod"_s);
        QVERIFY(h.sim().waitForApp(u"shop-prod"_s, [](const QJsonObject &app) {
            return syncStatus(app).value("status"_L1).toString() == "Synced"_L1;
        }));
        const QString shopUrl = h.store->application(prod)->sources.first().repoUrl;
        m_mirrors->fetch(shopUrl);
        QSignalSpy fetched(m_mirrors.get(), &RepositoryMirrors::fetched);
        QVERIFY(fetched.wait(15000));

        QSignalSpy previewed(h.service.get(), &ActionService::gitChangePreviewReady);
        h.service->previewPromotion(staging, {prod}, false);
        QVERIFY(previewed.wait(15000));
        const auto proposal = previewed.first().first().value<GitChangeProposal>();
        QVERIFY2(proposal.canCommit(), qPrintable(proposal.error));
        QCOMPARE(proposal.files.size(), 1);
        QCOMPARE(proposal.files.first().path, u"envs/prod/web/kustomization.yaml"_s);
        QVERIFY2(proposal.warnings.isEmpty(), qPrintable(proposal.warnings.join(u'\n')));

        GitCommitChoice choice;
        choice.reason = u"CHG-9: 2.6.0 baked in staging"_s;
        choice.onTrackedBranch = true;
        const ActionOutcome outcome = h.waitAction(h.service->commitGitChange(proposal, choice));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));

        QByteArray head, message, overlay;
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"shop"_s), {u"rev-parse"_s, u"main"_s}, &head));
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"shop"_s), {u"log"_s, u"-1"_s, u"--format=%B"_s, u"main"_s},
                              &message));
        QVERIFY2(message.contains("Sextant-Promotion: staging -> prod"), message.constData());
        QVERIFY(message.contains("Sextant-Reason: CHG-9: 2.6.0 baked in staging"));
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"shop"_s),
                              {u"show"_s, u"main:envs/prod/web/kustomization.yaml"_s}, &overlay));
        QVERIFY(overlay.contains("# Production pins tag and digest.")); // edited in place
        QVERIFY(overlay.contains("newTag: \"2.6.0\""));
        QVERIFY(overlay.contains("9a1c27e3d6c2f0b8e5a4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e"));
        QVERIFY(gitcli::gitIn(h.sim().repoPath(u"shop"_s), {u"fsck"_s, u"--no-progress"_s}));

        // Only the promoted app differs from Git now; staging stays as it was.
        QVERIFY(h.sim().waitForApp(u"shop-prod"_s, [](const QJsonObject &app) {
            return syncStatus(app).value("status"_L1).toString() == "OutOfSync"_L1;
        }));
        QCOMPARE(syncStatus(h.sim().app(u"shop-staging"_s)).value("status"_L1).toString(), u"Synced"_s);
        // A sync deploys it.
        Approval approval;
        approval.reason = u"CHG-9"_s;
        approval.typedName = u"shop-prod"_s;
        approval.reviewedDiffSummary = u"envs/prod/web/kustomization.yaml: 2.5.1 → 2.6.0"_s;
        const ActionOutcome synced = h.waitAction(h.service->sync(prod, SyncOptions(), approval), 60000);
        QVERIFY2(synced.ok, qPrintable(synced.message));
        QVERIFY(h.sim().waitForApp(u"shop-prod"_s, [&](const QJsonObject &app) {
            return syncStatus(app).value("status"_L1).toString() == "Synced"_L1 &&
                   syncStatus(app).value("revision"_L1).toString() == QString::fromLatin1(head);
        }));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    if (!gitcli::useOperatorIdentity(home.path()))
        return 1;
    QCoreApplication app(argc, argv);
    TestGitLoop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitloop.moc"
