// The action widgets on their own: the typed confirmation, the approval
// dialog, the paused-fleet banner, the preview view and the journal model.
#include "model/itemmodels/journaltablemodel.h"
#include "views/approvaldialog.h"
#include "views/pausedfleetbanner.h"
#include "views/syncpreviewview.h"
#include "views/typedconfirmation.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace sextant;
using namespace sextant::views;

namespace {

GuardrailCheck protectedCheck()
{
    GuardrailCheck check;
    check.target.appKey = QStringLiteral("eu/argocd/payments-api");
    check.target.instance = QStringLiteral("eu");
    check.target.cluster = QStringLiteral("prod-eu-1");
    check.target.ns = QStringLiteral("payments");
    check.target.app = QStringLiteral("payments-api");
    check.target.project = QStringLiteral("payments");
    check.protectedTarget = true;
    check.protectionReasons = {QStringLiteral("cluster-label env=prod")};
    check.window = {true, true, QStringLiteral("no sync window applies")};
    return check;
}

JournalEntry journalEntry(qint64 id, const QString &action, JournalEntry::Result result)
{
    JournalEntry entry;
    entry.id = id;
    entry.startedAt = QDateTime(QDate(2026, 5, 4), QTime(10, int(id)), QTimeZone::UTC);
    entry.localUser = QStringLiteral("ada");
    entry.controllerUser = QStringLiteral("admin");
    entry.action = action;
    entry.instance = QStringLiteral("eu");
    entry.cluster = QStringLiteral("prod-eu-1");
    entry.ns = QStringLiteral("payments");
    entry.app = QStringLiteral("payments-api");
    entry.result = result;
    return entry;
}

} // namespace

class TestActionDialogs : public QObject {
    Q_OBJECT
private slots:
    void typedConfirmationMatchesExactly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matched");
        QTest::addRow("nothing yet") << QString() << false;
        QTest::addRow("a prefix") << QStringLiteral("payments") << false;
        QTest::addRow("exact") << QStringLiteral("payments-api") << true;
        QTest::addRow("other case") << QStringLiteral("Payments-api") << false;
        QTest::addRow("trailing space") << QStringLiteral("payments-api ") << false;
        QTest::addRow("leading space") << QStringLiteral(" payments-api") << false;
        QTest::addRow("one letter more") << QStringLiteral("payments-apis") << false;
        QTest::addRow("another app") << QStringLiteral("payments-worker") << false;
    }
    void typedConfirmationMatchesExactly()
    {
        QFETCH(QString, typed);
        QFETCH(bool, matched);
        TypedConfirmation confirmation;
        confirmation.setExpected(QStringLiteral("payments-api"));
        QSignalSpy changed(&confirmation, &TypedConfirmation::matchedChanged);
        confirmation.edit()->setText(typed);
        QCOMPARE(confirmation.isMatched(), matched);
        QCOMPARE(changed.size(), matched ? 1 : 0);
        // Typed key by key it may match on the way; what counts is the end.
        confirmation.edit()->clear();
        QTest::keyClicks(confirmation.edit(), typed);
        QCOMPARE(confirmation.isMatched(), matched);
        // Editing away from the match takes it back.
        if (matched) {
            QTest::keyClick(confirmation.edit(), Qt::Key_Backspace);
            QVERIFY(!confirmation.isMatched());
        }
    }

    void approvalNeedsReasonAndExactName_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");
        QTest::addRow("neither") << QString() << QString() << false;
        QTest::addRow("reason only") << QStringLiteral("CHG-1") << QString() << false;
        QTest::addRow("name only") << QString() << QStringLiteral("payments-api") << false;
        QTest::addRow("blank reason") << QStringLiteral("   ") << QStringLiteral("payments-api") << false;
        QTest::addRow("wrong name") << QStringLiteral("CHG-1") << QStringLiteral("payments-ap") << false;
        QTest::addRow("both") << QStringLiteral("CHG-1") << QStringLiteral("payments-api") << true;
    }
    void approvalNeedsReasonAndExactName()
    {
        QFETCH(QString, reason);
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        ApprovalDialog dialog(protectedCheck(), QStringLiteral("Sync"), QStringLiteral("1 to update"));
        // The confirmation names the target: instance · cluster · namespace · app.
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("eu · prod-eu-1 · payments · payments-api")));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), reason);
        QTest::keyClicks(dialog.typedConfirmation()->edit(), typed);
        QCOMPARE(dialog.confirmButton()->isEnabled(), enabled);
        if (enabled) {
            const Approval approval = dialog.approval();
            QCOMPARE(approval.reason, reason.trimmed());
            QCOMPARE(approval.typedName, typed);
            QCOMPARE(approval.reviewedDiffSummary, QStringLiteral("1 to update"));
        }
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(dialog.result() == QDialog::Accepted, enabled);
    }

    void bannerAppearsWhilePausedAndLeavesAfter()
    {
        QWidget window;
        auto *banner = new PausedFleetBanner(&window);
        window.show();
        QVERIFY(banner->isHidden());
        PausedFleetBanner::State paused;
        paused.pausedApps = 12;
        paused.instances = {QStringLiteral("eu"), QStringLiteral("us")};
        paused.since = QDateTime::currentDateTimeUtc().addSecs(-600);
        paused.by = QStringLiteral("ada");
        paused.reason = QStringLiteral("INC-4711");
        banner->setState(paused);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("paused on 12 app")));
        QVERIFY(banner->text().contains(QStringLiteral("eu, us")));
        QVERIFY(banner->text().contains(QStringLiteral("by ada")));
        QVERIFY(banner->text().contains(QStringLiteral("INC-4711")));
        auto *resume = banner->findChild<QPushButton *>(QStringLiteral("resumeAll"));
        auto *complete = banner->findChild<QPushButton *>(QStringLiteral("completePause"));
        QVERIFY(resume->isVisible());
        QVERIFY(complete->isHidden());
        QSignalSpy resumeRequested(banner, &PausedFleetBanner::resumeRequested);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(resumeRequested.size(), 1);

        PausedFleetBanner::State interrupted = paused;
        interrupted.pausedApps = 3;
        interrupted.pendingApps = 9;
        interrupted.interrupted = true;
        banner->setState(interrupted);
        QVERIFY(banner->text().contains(QStringLiteral("interrupted")));
        QVERIFY(complete->isVisible());

        banner->setState({});
        QVERIFY(banner->isHidden());
    }

    void previewListsPrunedFirstAndImages()
    {
        SyncPreview preview;
        preview.revision = QStringLiteral("4f1c2ab9e0d7");
        const auto change = [](const QString &kind, const QString &name, ResourceChange::Change what) {
            ResourceChange c;
            c.resource.kind = kind;
            c.resource.name = name;
            c.change = what;
            return c;
        };
        preview.resources = {
            change(QStringLiteral("Service"), QStringLiteral("web"), ResourceChange::Change::Unchanged),
            change(QStringLiteral("Deployment"), QStringLiteral("web"), ResourceChange::Change::Update),
            change(QStringLiteral("ConfigMap"), QStringLiteral("old"), ResourceChange::Change::Prune)};
        preview.images = {
            {QStringLiteral("Deployment/web"), QStringLiteral("reg/web:1.0"), QStringLiteral("reg/web:1.1")}};
        SyncPreviewView view;
        view.setPreview(preview);
        QVERIFY(view.hasPreview());
        QTreeWidget *resources = view.resourceList();
        QCOMPARE(resources->topLevelItemCount(), 3);
        QCOMPARE(resources->topLevelItem(0)->text(2), QStringLiteral("old")); // prune first
        QCOMPARE(resources->topLevelItem(1)->text(1), QStringLiteral("Deployment"));
        QCOMPARE(resources->topLevelItem(2)->text(1), QStringLiteral("Service"));
        QCOMPARE(view.imageList()->topLevelItemCount(), 1);
        QCOMPARE(view.imageList()->topLevelItem(0)->text(1), QStringLiteral("reg/web:1.0"));
        QCOMPARE(view.imageList()->topLevelItem(0)->text(3), QStringLiteral("reg/web:1.1"));
        QVERIFY(view.summaryText().contains(QStringLiteral("1 to prune")));

        SyncPreview failed;
        failed.error = QStringLiteral("another operation is already in progress");
        view.setPreview(failed);
        QVERIFY(!view.hasPreview());
    }

    void journalModelInsertsNewRowsOnTop()
    {
        JournalTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({journalEntry(2, QStringLiteral("sync"), JournalEntry::Result::Started),
                          journalEntry(1, QStringLiteral("pause"), JournalEntry::Result::Succeeded)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntries({journalEntry(3, QStringLiteral("refresh"), JournalEntry::Result::Succeeded),
                          journalEntry(2, QStringLiteral("sync"), JournalEntry::Result::Failed),
                          journalEntry(1, QStringLiteral("pause"), JournalEntry::Result::Succeeded)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, JournalTableModel::ResultColumn).data().toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(0, JournalTableModel::TargetColumn).data().toString(),
                 QStringLiteral("eu · prod-eu-1 · payments · payments-api"));
        QCOMPARE(model.index(0, JournalTableModel::WhoColumn).data().toString(),
                 QStringLiteral("admin (ada)"));
        // Anything else resets.
        model.setEntries({journalEntry(1, QStringLiteral("pause"), JournalEntry::Result::Succeeded)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
