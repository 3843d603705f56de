// Argo CD ApplicationSets with the RollingSync strategy, read-only: fleetsim runs the steps as
// the ApplicationSet controller does (one step after another, maxUpdate apps at a time, apps in
// no step never synced, auto-sync off on the generated apps), and the rollout dashboard shows
// them over HTTP in the words and columns of a wave plan's run.
#include "actionharness.h"
#include "model/rollout/rollingsync.h"
#include "model/rollout/rolloutrunner.h"
#include "tests/model/gitcli.h"
#include "views/rollingsyncview.h"
#include "views/rolloutdashboard.h"
#include "views/waveprogressdelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace sextant;
using namespace sextant::rollout;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

class TestRollingSync : public QObject {
    Q_OBJECT

    ActionHarness h;

    QString seedPath() const
    {
        return FleetsimFixture::sourceDir() + u"/tests/fleetsim/data/rollingsync-fleet.yaml"_s;
    }

    // The ApplicationSet's status per app as the server has it: name → {status, step, revision}.
    QMap<QString, QJsonObject> statuses()
    {
        QMap<QString, QJsonObject> byApp;
        const QJsonObject set = ActionHarness::getOk(h.sim(), u"/api/v1/applicationsets/web"_s);
        for (const QJsonValue &value :
             set.value("status"_L1).toObject().value("applicationStatus"_L1).toArray())
            byApp.insert(value.toObject().value("application"_L1).toString(), value.toObject());
        return byApp;
    }

private slots:
    void initTestCase() { QVERIFY(h.start({FleetsimFixture::testConfig(seedPath())})); }

    void theServerListsItsApplicationSets()
    {
        const QJsonObject list = ActionHarness::getOk(h.sim(), u"/api/v1/applicationsets?projects=shop"_s);
        QCOMPARE(list.value("items"_L1).toArray().size(), 1);
        QCOMPARE(ActionHarness::getOk(h.sim(), u"/api/v1/applicationsets?projects=other"_s)
                     .value("items"_L1)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(h.sim().get(u"/api/v1/applicationsets/none"_s).status, 404);
        // RollingSync syncs the apps itself: their auto-sync is off.
        QVERIFY2(!h.policyOf(u"web-dev-1"_s).contains("automated"), h.policyOf(u"web-dev-1"_s).constData());
        const QMap<QString, QJsonObject> now = statuses();
        QCOMPARE(now.size(), 7);
        QCOMPARE(now.value(u"web-dev-1"_s).value("step"_L1).toString(), u"1"_s);
        QCOMPARE(now.value(u"web-prod-3"_s).value("step"_L1).toString(), u"3"_s);
        QCOMPARE(now.value(u"batch-prod-1"_s).value("step"_L1).toString(), u"-1"_s);
    }

    void aReleaseGoesOutStepByStepAndTheDashboardFollows()
    {
        RolloutRunner runner(h.store.get(), h.service.get(), h.databasePath());
        RollingSyncMonitor monitor(h.connector.get());
        monitor.setInterval(std::chrono::milliseconds(200));
        views::RolloutDashboard dashboard(&runner, h.store.get());
        dashboard.setRollingSyncMonitor(&monitor);
        dashboard.resize(1100, 600);
        dashboard.show();
        // The chooser offers the ApplicationSet beside the runs; all steps are done at first.
        QTRY_VERIFY(dashboard.runChooser()->count() == 1);
        QVERIFY(views::isAppSetChoice(dashboard.runChooser()->itemData(0).toString()));
        dashboard.showRun(dashboard.runChooser()->itemData(0).toString());
        QTRY_COMPARE(dashboard.wavesTree()->topLevelItemCount(), 4);
        QTRY_VERIFY(dashboard.stateLabel()->text().contains(u"has completed"_s));
        QVERIFY(dashboard.stateLabel()->text().contains(u"read-only"_s));
        QCOMPARE(dashboard.wavesTree()->topLevelItem(0)->text(1), u"healthy"_s);
        QCOMPARE(dashboard.wavesTree()->topLevelItem(3)->text(0), u"in no step"_s);
        QCOMPARE(dashboard.wavesTree()->topLevelItem(3)->text(1), u"never synced"_s);
        for (const QString &button : {u"rolloutPause"_s, u"rolloutResume"_s, u"rolloutApprove"_s,
                                      u"rolloutRollBack"_s, u"rolloutAbort"_s})
            QVERIFY2(!dashboard.button(button)->isEnabled(), qPrintable(button));

        // A release: the steps go in order, prod two at a time, the batch app never.
        const QString work = h.dir.filePath(u"work"_s);
        QVERIFY(gitcli::git({u"clone"_s, u"-q"_s, h.sim().repoPath(u"web"_s), work}));
        QMap<QString, QByteArray> files;
        for (const QString &env : {u"dev"_s, u"staging"_s, u"prod"_s}) {
            QByteArray text;
            QVERIFY(gitcli::gitIn(work, {u"show"_s, u"HEAD:web/"_s + env + u"/deployment.yaml"_s}, &text));
            files.insert(u"web/"_s + env + u"/deployment.yaml"_s,
                         text.replace("web:1.0.0", "web:1.1.0") + '\n');
        }
        const QString release = gitcli::commit(work, files, u"web: 1.1.0"_s);
        QVERIFY(gitcli::gitIn(work, {u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:main"_s}));
        const auto healthyAtRelease = [&](const QJsonObject &status) {
            return status.value("status"_L1).toString() == "Healthy"_L1 &&
                   status.value("targetrevisions"_L1).toArray().first().toString() == release;
        };
        int mostProdUnderWay = 0;
        bool stagingBeforeDev = false, prodBeforeStaging = false, sawProgressingRow = false;
        const bool done = QTest::qWaitFor(
            [&] {
                const QMap<QString, QJsonObject> now = statuses();
                const auto started = [&](const QString &app) {
                    const QString status = now.value(app).value("status"_L1).toString();
                    return status == "Pending"_L1 || status == "Progressing"_L1 ||
                           healthyAtRelease(now.value(app));
                };
                int prodUnderWay = 0;
                bool prodStarted = false;
                for (const QString &app :
                     {u"web-prod-1"_s, u"web-prod-2"_s, u"web-prod-3"_s, u"web-prod-4"_s}) {
                    const QString status = now.value(app).value("status"_L1).toString();
                    prodUnderWay += status == "Pending"_L1 || status == "Progressing"_L1 ? 1 : 0;
                    prodStarted = prodStarted || started(app);
                }
                mostProdUnderWay = qMax(mostProdUnderWay, prodUnderWay);
                stagingBeforeDev = stagingBeforeDev || (started(u"web-staging-1"_s) &&
                                                        !healthyAtRelease(now.value(u"web-dev-1"_s)));
                prodBeforeStaging =
                    prodBeforeStaging || (prodStarted && !healthyAtRelease(now.value(u"web-staging-1"_s)));
                for (int i = 0; i < dashboard.wavesTree()->topLevelItemCount(); ++i)
                    sawProgressingRow =
                        sawProgressingRow ||
                        (dashboard.wavesTree()->topLevelItem(i)->text(1) == u"progressing"_s &&
                         dashboard.wavesTree()->topLevelItem(i)->text(5).contains(u"waiting on"_s));
                for (const QString &app : now.keys())
                    if (app.startsWith(u"web-"_s) && !healthyAtRelease(now.value(app)))
                        return false;
                return true;
            },
            60000);
        if (!done)
            for (const QJsonObject &status : statuses())
                qWarning() << status;
        QVERIFY(done);
        QVERIFY(!stagingBeforeDev);
        QVERIFY(!prodBeforeStaging);
        QVERIFY2(mostProdUnderWay >= 1 && mostProdUnderWay <= 2, qPrintable(QString::number(mostProdUnderWay)));
        QVERIFY(sawProgressingRow);
        // The batch app is in no step: still at the old release.
        QVERIFY(
            statuses().value(u"batch-prod-1"_s).value("targetrevisions"_L1).toArray().first().toString() ==
            release);
        QCOMPARE(statuses().value(u"batch-prod-1"_s).value("status"_L1).toString(), u"Waiting"_s);
        // The dashboard ends with every step healthy, its bar full.
        QTRY_VERIFY(dashboard.stateLabel()->text().contains(u"has completed"_s));
        QTRY_COMPARE(dashboard.wavesTree()->topLevelItem(2)->text(1), u"healthy"_s);
        QCOMPARE(dashboard.wavesTree()
                     ->topLevelItem(2)
                     ->data(2, views::WaveProgressDelegate::CountsRole)
                     .toList()
                     .at(int(AppProgress::Healthy)),
                 QVariant(4));
        QCOMPARE(dashboard.wavesTree()->topLevelItem(2)->childCount(), 4);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestRollingSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rollingsync.moc"
