// The action dialogs against a real ActionService and fleetsim over loopback:
// the sync preview from a real dry run, a blocking sync window, the emergency
// pause confirmation's counts and its run, and the Activity page's exports.
#include "model/itemmodels/journaltablemodel.h"
#include "tests/views/actionfixture.h"
#include "views/activitypage.h"
#include "views/batchprogresspanel.h"
#include "views/emergencypausedialog.h"
#include "views/resumedialog.h"
#include "views/rollbackdialog.h"
#include "views/syncdialog.h"
#include "views/syncpreviewview.h"
#include "views/syncselectiondialog.h"
#include "views/typedconfirmation.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace sextant;
using namespace sextant::views;
using actionfixture::Fleet;

class TestActionFlows : public QObject {
    Q_OBJECT
    Fleet m_fleet;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fleet.start());
    }

    void syncDialogShowsTheDryRun()
    {
        // manual-prod-1 runs web 1.0.0 while Git has 1.1.0; prod-1 carries env=prod.
        SyncDialog dialog(m_fleet.service.get(), m_fleet.store.get(),
                          Fleet::key(QStringLiteral("manual-prod-1")));
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sync sim · prod-1 · manual · manual-prod-1"));
        QVERIFY(!dialog.syncButton()->isEnabled()); // not before the preview
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewView()->hasPreview(), 20000);
        QVERIFY(dialog.guardrails().protectedTarget);

        QTreeWidget *resources = dialog.previewView()->resourceList();
        QHash<QString, QString> changeOf; // kind/name → change
        for (int i = 0; i < resources->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = resources->topLevelItem(i);
            changeOf.insert(item->text(1) + u'/' + item->text(2), item->text(0));
        }
        QCOMPARE(changeOf.value(QStringLiteral("Deployment/web")), QStringLiteral("update"));
        QTreeWidget *images = dialog.previewView()->imageList();
        QCOMPARE(images->topLevelItemCount(), 1);
        QVERIFY(images->topLevelItem(0)->text(1).endsWith(QStringLiteral("web:1.0.0")));
        QVERIFY(images->topLevelItem(0)->text(3).endsWith(QStringLiteral("web:1.1.0")));
        QTRY_VERIFY(dialog.syncButton()->isEnabled());

        // Other options than the previewed ones: Sync waits for a new dry run.
        dialog.pruneBox()->toggle();
        QVERIFY(!dialog.previewIsCurrent());
        QVERIFY(!dialog.syncButton()->isEnabled());
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewIsCurrent(), 20000);
        QTRY_VERIFY(dialog.syncButton()->isEnabled());
    }

    void syncDialogExplainsABlockingWindow()
    {
        // frozen-app's project has an always-active deny window.
        SyncDialog dialog(m_fleet.service.get(), m_fleet.store.get(),
                          Fleet::key(QStringLiteral("frozen-app")));
        dialog.show();
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("windowNotice"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        QVERIFY(notice->text().contains(QStringLiteral("sync window")));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.previewView()->hasPreview() || !dialog.problemLabel()->isHidden() ||
                !dialog.findChild<QLabel *>(QStringLiteral("previewMessage"))->text().isEmpty(),
            20000);
        QVERIFY(!dialog.syncButton()->isEnabled());
    }

    void emergencyPauseCountsAndRuns()
    {
        EmergencyPauseDialog dialog(m_fleet.service.get(), m_fleet.store.get(), {});
        dialog.show();
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Emergency pause")));
        // The whole fleet: 3 apps on one instance, one with auto-sync on.
        QCOMPARE(dialog.countList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = dialog.countList()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("sim"));
        QCOMPARE(row->text(1), QStringLiteral("3"));
        QCOMPARE(row->text(2), QStringLiteral("1"));
        QCOMPARE(row->text(3), QStringLiteral("0"));
        QCOMPARE(dialog.appsToPause(), 1);
        QVERIFY(dialog.summaryLabel()->text().startsWith(QStringLiteral("1 app")));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("will be paused")));
        QVERIFY(!dialog.confirmButton()->isEnabled()); // no reason yet

        // Cluster prod-1 holds no auto-synced app: nothing to pause.
        dialog.setScope(ActionScope::ofCluster(QStringLiteral("prod-1"), QStringLiteral("sim")));
        QCOMPARE(dialog.countList()->topLevelItem(0)->text(1), QStringLiteral("2"));
        QCOMPARE(dialog.appsToPause(), 0);
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("INC-1: test"));
        QVERIFY(!dialog.confirmButton()->isEnabled());

        dialog.setScope(ActionScope::fleet());
        QVERIFY(dialog.confirmButton()->isEnabled());
        QSignalSpy finished(&dialog, &EmergencyPauseDialog::finished);
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<BatchOutcome>();
        QCOMPARE(outcome.succeeded.size(), 1);
        QVERIFY(outcome.failed.isEmpty());
        QVERIFY2(dialog.progressPanel()->statusText().startsWith(QStringLiteral("1 of 3 app")),
                 qPrintable(dialog.progressPanel()->statusText()));
        // The two apps without auto-sync are named as skipped, not dropped silently.
        QCOMPARE(outcome.skipped.size(), 2);
        QCOMPARE(dialog.progressPanel()->problemList()->topLevelItemCount(), 2);
        QTRY_COMPARE(m_fleet.service->pauseBanner().apps, 1);

        // And back, so the next test starts from the seed's policies.
        QSignalSpy resumed(m_fleet.service.get(), &ActionService::batchFinished);
        m_fleet.service->resume(ActionScope::fleet(), QStringLiteral("INC-1 over"));
        QVERIFY(resumed.wait(30000));
        QTRY_VERIFY(m_fleet.service->pauseBanner().isEmpty());
    }

    void resumeDialogTakesTheKeyboardAndShowsTheLiveState()
    {
        ActionService *service = m_fleet.service.get();
        const QString app = QStringLiteral("web-dev-1"); // the only auto-synced app of the seed
        const QJsonObject policy =
            testing::at(m_fleet.sim->app(app), QStringLiteral("spec.syncPolicy")).toObject();
        QVERIFY(!policy.isEmpty());
        const auto pauseFleet = [&] {
            QSignalSpy paused(service, &ActionService::batchFinished);
            service->pause(ActionScope::fleet(), QStringLiteral("INC-3"));
            QVERIFY(paused.wait(30000));
            QTRY_COMPARE(service->pauseBanner().apps, 1);
            QTRY_VERIFY(m_fleet.store->application(Fleet::key(app))->autoSync() == AutoSyncState::Paused);
        };
        // Rows are checked against the server only when the test says so.
        service->setLedgerCheckDelay(std::chrono::hours(1));
        pauseFleet();
        {
            ResumeDialog dialog(service, ResumeDialog::Mode::Resume);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QCOMPARE(dialog.appCount(), 1);
            QCOMPARE(dialog.appList()->topLevelItem(0)->child(0)->text(1), QStringLiteral("paused"));
            // From the keyboard alone: typing lands in the reason, Enter resumes.
            QCOMPARE(QApplication::focusWidget(), dialog.reasonEdit());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("INC-3 over"));
            QCOMPARE(dialog.reasonEdit()->text(), QStringLiteral("INC-3 over"));
            QSignalSpy finished(&dialog, &ResumeDialog::finished);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.at(0).at(0).value<BatchOutcome>().succeeded.size(), 1);
            QTRY_VERIFY(service->pauseBanner().isEmpty());
        }

        // Paused again, then auto-sync turned on in the Argo CD UI.
        pauseFleet();
        const QJsonArray ops{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                         {QStringLiteral("path"), QStringLiteral("/spec/syncPolicy")},
                                         {QStringLiteral("value"), policy}}};
        const QJsonObject patch{
            {QStringLiteral("name"), app},
            {QStringLiteral("patchType"), QStringLiteral("json")},
            {QStringLiteral("patch"), QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))}};
        QCOMPARE(m_fleet.sim
                     ->request("PATCH", QStringLiteral("/api/v1/applications/") + app,
                               QJsonDocument(patch).toJson(QJsonDocument::Compact))
                     .status,
                 200);
        QTRY_VERIFY(m_fleet.store->application(Fleet::key(app))->autoSync() == AutoSyncState::On);
        {
            ResumeDialog dialog(service, ResumeDialog::Mode::Resume);
            dialog.show();
            QCOMPARE(dialog.appCount(), 0);
            QCOMPARE(dialog.appList()->topLevelItem(0)->child(0)->text(1),
                     QStringLiteral("resumed elsewhere"));
            QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("nothing to do"));
            QVERIFY(!dialog.confirmButton()->isEnabled());
        }
        // Once the server is asked, the row is closed and the banner goes.
        service->setLedgerCheckDelay(std::chrono::milliseconds(10));
        QTRY_VERIFY_WITH_TIMEOUT(service->pauseBanner().isEmpty(), 10000);
        QVERIFY(service->activePauses().isEmpty());
        service->setLedgerCheckDelay(std::chrono::milliseconds(300));
    }

    void syncSelectionLeavesProtectedAppsOut()
    {
        const QStringList keys{Fleet::key(QStringLiteral("web-dev-1")),
                               Fleet::key(QStringLiteral("manual-prod-1"))};
        SyncSelectionDialog dialog(m_fleet.service.get(), keys);
        dialog.show();
        QCOMPARE(dialog.appsToSync(), QStringList{keys.first()});
        QCOMPARE(dialog.protectedApps(), QStringList{keys.last()});
        QCOMPARE(dialog.appList()->topLevelItemCount(), 2);
        QVERIFY(dialog.appList()->topLevelItem(1)->text(2).contains(QStringLiteral("protected")));
        QSignalSpy finished(&dialog, &SyncSelectionDialog::finished);
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<BatchOutcome>();
        QCOMPARE(outcome.total, 1);
        QCOMPARE(outcome.succeeded.size() + outcome.failed.size() + outcome.skipped.size(), 1);
        QCOMPARE(dialog.appList()->topLevelItem(1)->text(1), QStringLiteral("left out"));
    }

    void rollbackExplainsFirstAndNamesTheTarget()
    {
        const QString key = Fleet::key(QStringLiteral("manual-prod-1"));
        const Application *app = m_fleet.store->application(key);
        QVERIFY(app && !app->history.isEmpty());
        RollbackDialog dialog(m_fleet.service.get(), key, app->history.first().id);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Roll back sim · prod-1 · manual · manual-prod-1"));
        QVERIFY(dialog.plan().error.isEmpty());
        QVERIFY(!dialog.plan().steps.isEmpty());
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("INC-2"));
        // prod-1 is protected: the name must be typed as well.
        QVERIFY(dialog.typedConfirmation());
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.typedConfirmation()->edit(), QStringLiteral("manual-prod-1"));
        QVERIFY(dialog.confirmButton()->isEnabled());
    }

    void activityPageExportsWhatItShows()
    {
        ActivityPage page(m_fleet.service.get());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
        QList<JournalEntry> shown = page.visibleEntries();
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [](const JournalEntry &e) { return e.action == QStringLiteral("pause"); }));

        // Filtered to pauses: the export holds exactly those rows.
        QTest::keyClicks(page.filterEdit(), QStringLiteral("INC-1: test"));
        shown = page.visibleEntries();
        QVERIFY(!shown.isEmpty());
        for (const JournalEntry &entry : std::as_const(shown))
            QCOMPARE(entry.reason, QStringLiteral("INC-1: test"));

        QTemporaryDir out;
        QSignalSpy exported(&page, &ActivityPage::exported);
        const QString csvPath = out.filePath(QStringLiteral("activity.csv"));
        page.exportTo(csvPath, ActivityPage::Format::Csv);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), shown.size() + 1); // a header row
        QVERIFY(lines.at(1).contains("INC-1: test"));

        const QString jsonPath = out.filePath(QStringLiteral("activity.json"));
        page.exportTo(jsonPath, ActivityPage::Format::Json);
        QVERIFY(exported.wait(10000));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(rows.size(), shown.size());

        // A folder that does not exist: the error reaches the caller.
        page.exportTo(out.filePath(QStringLiteral("missing/activity.csv")), ActivityPage::Format::Csv);
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.last().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestActionFlows)
#include "tst_actionflows.moc"
