// Reverts as commits, from the Git tab through GitChangeDialog and ActionService to a push,
// against a bare "remote" made and checked with the git CLI.
#include "model/actions/actionservice.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"
#include "model/git/gitlibrary.h"
#include "model/itemmodels/githistorymodel.h"
#include "tests/model/gitcli.h"
#include "views/applicationactions.h"
#include "views/applicationgittab.h"
#include "views/gitchangedialog.h"
#include "views/gitchangeview.h"
#include "views/messagebanner.h"
#include "views/syncdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sextant;
using namespace sextant::views;
using namespace Qt::StringLiterals;

namespace {

QByteArray deployment(const QByteArray &image, int replicas = 2)
{
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: " +
           QByteArray::number(replicas) +
           "\n  template:\n    spec:\n      containers:\n      - name: web\n"
           "        image: " +
           image + "\n";
}

const QString Key = AppRef{u"eu"_s, u"argocd"_s, u"web"_s}.key();

} // namespace

class TestGitRevert : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_work;
    QString m_remote;
    QString m_first, m_bad, m_api, m_later; // commits, oldest first
    FleetStore m_store;
    std::unique_ptr<FleetConnector> m_connector;
    std::unique_ptr<RepositoryMirrors> m_mirrors;
    std::unique_ptr<ActionService> m_service;

    void setApp(const QString &deployed)
    {
        Application app;
        app.instance = u"eu"_s;
        app.ns = u"argocd"_s;
        app.name = u"web"_s;
        app.project = u"default"_s;
        app.destinationServer = u"https://dev:6443"_s;
        app.destinationNamespace = u"web"_s;
        app.sources = {ApplicationSource{m_remote, u"apps/web"_s, u"main"_s, {}}};
        app.syncRevision = deployed;
        if (!deployed.isEmpty()) {
            HistoryEntry entry;
            entry.id = 1;
            entry.revision = deployed;
            app.history = {entry};
        }
        m_store.applySnapshot(u"eu"_s, {app}, {}, {}, {});
    }

    QString remoteHead(const QString &branch)
    {
        QByteArray id;
        return gitcli::gitIn(m_remote, {u"rev-parse"_s, u"--verify"_s, u"-q"_s, u"refs/heads/"_s + branch},
                             &id)
                   ? QString::fromLatin1(id)
                   : QString();
    }

    // Opens the dialog on `commits` and waits for its preview.
    std::unique_ptr<GitChangeDialog> previewed(const QStringList &commits)
    {
        auto dialog = std::make_unique<GitChangeDialog>(m_service.get(), Key, commits);
        QSignalSpy ready(dialog.get(), &GitChangeDialog::previewReady);
        if (!ready.wait(20000))
            return nullptr;
        return dialog;
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
        m_first = gitcli::commit(m_work,
                                 {{u"apps/web/deployment.yaml"_s, deployment("web:1.0")},
                                  {u"apps/api/deployment.yaml"_s, deployment("api:1.0")}},
                                 u"first release"_s);
        m_bad =
            gitcli::commit(m_work, {{u"apps/web/deployment.yaml"_s, deployment("web:2.0")}}, u"web 2.0"_s);
        m_api =
            gitcli::commit(m_work, {{u"apps/api/deployment.yaml"_s, deployment("api:1.1")}}, u"api 1.1"_s);
        m_later =
            gitcli::commit(m_work, {{u"apps/web/deployment.yaml"_s, deployment("web:2.1")}}, u"web 2.1"_s);
        QVERIFY(!m_later.isEmpty());
        QVERIFY(gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}));

        m_connector = std::make_unique<FleetConnector>(&m_store);
        m_mirrors = std::make_unique<RepositoryMirrors>(m_dir.filePath(u"mirrors"_s),
                                                        RepositoryMirrors::CredentialSources{});
        m_service =
            std::make_unique<ActionService>(&m_store, m_connector.get(), m_dir.filePath(u"sextant.sqlite"_s));
        m_service->setRepositoryMirrors(m_mirrors.get());
        QSignalSpy ready(m_service.get(), &ActionService::ready);
        m_service->start();
        QVERIFY(ready.wait(10000));
        setApp(m_later);
    }

    void gitTabShowsHistoryAndPending()
    {
        setApp(m_first); // two web commits deploy next
        ApplicationGitTab tab(m_mirrors.get());
        tab.resize(1000, 700);
        tab.show();
        QSignalSpy loaded(tab.model(), &GitHistoryModel::loaded);
        tab.setApplication(m_store.application(Key));
        QVERIFY(loaded.wait(20000));
        if (!tab.model()->error().isEmpty()) { // read before the first fetch finished: the fetch reloads it
            QVERIFY(loaded.wait(20000));
        }
        // Nothing failed: once the first fetch is reported (the history may be read while the
        // fetch is still being reported, with "Fetching…" shown), the banner is empty. The fetch
        // reloads the history, so it is compared after.
        QTRY_VERIFY2_WITH_TIMEOUT(tab.banner()->text().isEmpty(), qPrintable(tab.banner()->text()), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tab.model()->rowCount(), 3, 20000); // api 1.1 is another app's commit
        QTRY_COMPARE_WITH_TIMEOUT(tab.model()->pendingCount(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tab.title(), u"Git (2 pending)"_s, 20000);
        QVERIFY2(tab.summaryLabel()->text().contains(u"deployed "_s + m_first.left(7) + u": 2 commit"_s),
                 qPrintable(tab.summaryLabel()->text()));
        // With commits pending, the combined change is shown first: web 1.0 → 2.1.
        QTRY_COMPARE_WITH_TIMEOUT(tab.changeView()->fileCount(), 1, 20000);
        QCOMPARE(tab.changeView()->fileList()->item(0)->text(), u"M  apps/web/deployment.yaml"_s);
        QCOMPARE(tab.commitsDownTo(1), (QStringList{m_later, m_bad}));

        // The sync dialog says what the sync deploys from Git.
        SyncDialog sync(m_service.get(), &m_store, Key);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.gitNextLabel()->isHidden(), 20000);
        const QString next = sync.gitNextLabel()->text();
        QVERIFY2(next.contains(m_later.left(7)) && next.contains(m_bad.left(7)) &&
                     next.contains(u"web 2.1"_s),
                 qPrintable(next));
        QVERIFY(!next.contains(m_api.left(7))); // another app's commit
        setApp(m_later);
    }

    void makeGitAgreeRevertsWhatDoesNotRun()
    {
        // After a history rollback the app runs web 1.0 while Git wants 2.1: the commits
        // between are what to revert.
        setApp(m_first);
        QWidget parent;
        ApplicationActions actions(m_service.get(), &m_store, &parent);
        actions.openMakeGitAgree(Key);
        GitChangeDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = parent.findChild<GitChangeDialog *>()) != nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 20000);
        QCOMPARE(dialog->proposal().reverted.size(), 2);
        QCOMPARE(dialog->proposal().reverted.at(0).id, m_later);
        QCOMPARE(dialog->proposal().reverted.at(1).id, m_bad);
        QVERIFY(dialog->proposal().canCommit());
        dialog->reject();
        setApp(m_later);
    }

    void revertOnANewBranch()
    {
        auto dialog = previewed({m_later});
        QVERIFY(dialog);
        QVERIFY2(dialog->proposal().error.isEmpty(), qPrintable(dialog->proposal().error));
        QCOMPARE(dialog->proposal().trackedBranch, u"main"_s);
        QCOMPARE(dialog->proposal().onto, m_later);
        QCOMPARE(dialog->changeView()->fileCount(), 1);
        QCOMPARE(dialog->branchEdit()->text(), u"sextant/revert/web-"_s + m_later.left(7));
        // No reason, no commit.
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->reasonEdit()->setText(u"INC-42: 2.1 leaks memory"_s);
        QVERIFY(dialog->confirmButton()->isEnabled());

        QSignalSpy committed(dialog.get(), &GitChangeDialog::committed);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY(committed.wait(30000));
        const auto outcome = committed.first().first().value<ActionOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));

        // The git CLI sees the commit on the remote, with its trailers; main is untouched.
        const QString branch = u"sextant/revert/web-"_s + m_later.left(7);
        QVERIFY(!remoteHead(branch).isEmpty());
        QCOMPARE(remoteHead(u"main"_s), m_later);
        QByteArray message, parent, stat, content;
        QVERIFY(gitcli::gitIn(m_remote, {u"log"_s, u"-1"_s, u"--format=%B"_s, branch}, &message));
        QVERIFY2(message.startsWith("Revert \"web 2.1\""), message.constData());
        QVERIFY(message.contains("This reverts commit " + m_later.toLatin1()));
        QVERIFY(message.contains("Sextant-Revert-Of: " + m_later.toLatin1()));
        QVERIFY(message.contains("Sextant-Reason: INC-42: 2.1 leaks memory"));
        QVERIFY(gitcli::gitIn(m_remote, {u"log"_s, u"-1"_s, u"--format=%P %an <%ae>"_s, branch}, &parent));
        QCOMPARE(parent, m_later.toLatin1() + " Sextant Operator <operator@example.org>");
        QVERIFY(gitcli::gitIn(m_remote, {u"show"_s, u"--stat"_s, u"--format="_s, branch}, &stat));
        QVERIFY2(stat.contains("apps/web/deployment.yaml | 2 +-"), stat.constData());
        QVERIFY(gitcli::gitIn(m_remote, {u"show"_s, branch + u":apps/web/deployment.yaml"_s}, &content));
        QVERIFY(content.contains("image: web:2.0"));
        QVERIFY(gitcli::gitIn(m_remote, {u"fsck"_s, u"--no-progress"_s}));

        // Journaled.
        QSignalSpy journal(m_service.get(), &ActionService::journalLoaded);
        m_service->loadJournal(JournalFilter{{}, {}, {}, u"git-revert"_s, 10});
        QVERIFY(journal.wait(10000));
        const auto rows = journal.first().at(1).value<QList<JournalEntry>>();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().result == JournalEntry::Result::Succeeded);
        QCOMPARE(rows.first().reason, u"INC-42: 2.1 leaks memory"_s);
        QVERIFY(rows.first().parametersJson.contains(m_later));
    }

    void conflictingRevertIsRefusedNamingTheFile()
    {
        // web 2.1 changed the line web 2.0 introduced: reverting 2.0 alone conflicts.
        auto dialog = previewed({m_bad});
        QVERIFY(dialog);
        QCOMPARE(dialog->proposal().conflicts, QStringList{u"apps/web/deployment.yaml"_s});
        QCOMPARE(dialog->banner()->tone(), MessageBanner::Tone::Error);
        QVERIFY(dialog->banner()->text().contains(u"apps/web/deployment.yaml"_s));
        dialog->reasonEdit()->setText(u"try"_s);
        QVERIFY(!dialog->confirmButton()->isEnabled());
    }

    void rollBackToACommitOnTheTrackedBranch()
    {
        // Both web commits, newest first: back to 1.0 on main; api 1.1 stays.
        auto dialog = previewed({m_later, m_bad});
        QVERIFY(dialog);
        QVERIFY(dialog->proposal().conflicts.isEmpty());
        QVERIFY(dialog->trackedBranchButton()->isEnabled());
        dialog->trackedBranchButton()->setChecked(true);
        dialog->reasonEdit()->setText(u"INC-43"_s);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QSignalSpy committed(dialog.get(), &GitChangeDialog::committed);
        dialog->confirm();
        QVERIFY(committed.wait(30000));
        const auto outcome = committed.first().first().value<ActionOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        const QString head = remoteHead(u"main"_s);
        QVERIFY(head != m_later);
        QByteArray content, message, api;
        QVERIFY(gitcli::gitIn(m_remote, {u"show"_s, u"main:apps/web/deployment.yaml"_s}, &content));
        QCOMPARE(content + '\n', deployment("web:1.0"));
        QVERIFY(gitcli::gitIn(m_remote, {u"show"_s, u"main:apps/api/deployment.yaml"_s}, &api));
        QVERIFY(api.contains("api:1.1"));
        QVERIFY(gitcli::gitIn(m_remote, {u"log"_s, u"-1"_s, u"--format=%B"_s, u"main"_s}, &message));
        QVERIFY2(message.startsWith("Revert 2 commits since " + m_bad.left(7).toLatin1()),
                 message.constData());
        QVERIFY(message.contains("Sextant-Revert-Of: " + m_bad.toLatin1()));
        QVERIFY(message.contains("Sextant-Revert-Of: " + m_later.toLatin1()));
        QVERIFY(gitcli::gitIn(m_remote, {u"fsck"_s, u"--no-progress"_s}));
        // Keep the work tree in step for the next test.
        QVERIFY(gitcli::gitIn(m_work, {u"pull"_s, u"-q"_s, u"--ff-only"_s, u"origin"_s, u"main"_s}));
    }

    void aBranchThatMovedSinceThePreviewIsRefused()
    {
        auto dialog = previewed({m_api});
        QVERIFY(dialog);
        QVERIFY(dialog->proposal().canCommit());
        // Someone pushes meanwhile.
        const QString moved =
            gitcli::commit(m_work, {{u"apps/api/deployment.yaml"_s, deployment("api:1.2")}}, u"api 1.2"_s);
        QVERIFY(gitcli::gitIn(m_work, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}));
        dialog->trackedBranchButton()->setChecked(true);
        dialog->reasonEdit()->setText(u"INC-44"_s);
        QSignalSpy finished(m_service.get(), &ActionService::actionFinished);
        dialog->confirm();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().first().value<ActionOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(u"moved since the preview"_s), qPrintable(outcome.message));
        QVERIFY(dialog->stateLabel()->text().contains(u"moved since the preview"_s));
        QCOMPARE(remoteHead(u"main"_s), moved);            // nothing was pushed
        QVERIFY(dialog->isVisible() || !dialog->result()); // the dialog stays for another try
    }
};

int main(int argc, char **argv)
{
    // Commits made by Sextant take the identity from the user's git config.
    QTemporaryDir home;
    if (!gitcli::useOperatorIdentity(home.path()))
        return 1;
    QApplication app(argc, argv);
    const git::GitLibrary library;
    TestGitRevert test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitrevert.moc"
