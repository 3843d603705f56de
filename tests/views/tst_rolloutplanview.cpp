// The wave-rollout page: a plan typed or opened is checked (problems listed with their place;
// activating one moves the cursor there) and dry-run against the fleet in the store.
#include "model/fleet/fleetstore.h"
#include "views/messagebanner.h"
#include "views/rolloutplanview.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sextant;
using namespace sextant::views;
using namespace Qt::StringLiterals;

namespace {

const QString Plan = uR"(apiVersion: sextant.io/v1
kind: WavePlan
metadata: {name: web-2.0}
spec:
  target: {revision: 0123456789abcdef0123456789abcdef01234567}
  selection: {appLabels: {team: web}}
  waves:
    - name: dev
      selector: {clusterLabels: {env: dev}}
      after: {bake: 15m}
    - name: prod
      selector: {clusterLabels: {env: prod}}
      before: {approval: {approvers: [lead]}}
)"_s;

} // namespace

class TestRolloutPlanView : public QObject {
    Q_OBJECT

    FleetStore m_store;

private slots:
    void initTestCase()
    {
        QList<Application> apps;
        QList<Cluster> clusters;
        for (const auto &[cluster, env] : {std::pair{u"dev-1"_s, u"dev"_s}, std::pair{u"prod-1"_s, u"prod"_s},
                                           std::pair{u"prod-2"_s, u"prod"_s}}) {
            Cluster c;
            c.instance = u"eu"_s;
            c.name = cluster;
            c.server = u"https://%1:6443"_s.arg(cluster);
            c.labels.insert(u"env"_s, env);
            clusters << c;
            Application app;
            app.instance = u"eu"_s;
            app.ns = u"argocd"_s;
            app.name = u"web-"_s + cluster;
            app.destinationName = cluster;
            app.labels.insert(u"team"_s, u"web"_s);
            apps << app;
        }
        m_store.applySnapshot(u"eu"_s, apps, clusters, {}, {});
    }

    void aValidPlanShowsItsWaves()
    {
        RolloutPlanView view(&m_store);
        view.resize(1200, 700);
        view.show();
        view.setPlanText(Plan);
        QVERIFY(view.problems().isEmpty());
        QVERIFY(view.problemList()->isHidden());
        QTreeWidget *tree = view.wavesTree();
        QCOMPARE(tree->topLevelItemCount(), 3); // dev, prod, in no wave
        QTreeWidgetItem *dev = tree->topLevelItem(0);
        QVERIFY2(dev->text(0).startsWith(u"1 · dev — 1 app"_s), qPrintable(dev->text(0)));
        QCOMPARE(dev->text(3), u"+0m → +15m"_s);
        QVERIFY(dev->child(0)->text(0).startsWith(u"Gates: "_s));
        QCOMPARE(dev->child(1)->text(0), u"argocd/web-dev-1"_s);
        QTreeWidgetItem *prod = tree->topLevelItem(1);
        QCOMPARE(prod->childCount(), 3); // gates and two apps
        QVERIFY(prod->child(0)->text(0).contains(u"approval by lead"_s));
        QCOMPARE(prod->child(2)->text(1), u"prod-2"_s);
        QVERIFY2(view.summaryLabel()->text().contains(u"3 apps in 2 waves"_s),
                 qPrintable(view.summaryLabel()->text()));
    }

    void problemsAreListedAndLeadToTheirPlace()
    {
        RolloutPlanView view(&m_store);
        view.show();
        QString broken = Plan;
        broken.replace(u"after: {bake: 15m}"_s, u"after: {bake: soon}"_s);
        view.setPlanText(broken);
        QCOMPARE(view.problemList()->count(), 1);
        QVERIFY(!view.problemList()->isHidden());
        QCOMPARE(view.wavesTree()->topLevelItemCount(), 0);
        QListWidgetItem *problem = view.problemList()->item(0);
        QVERIFY2(problem->text().startsWith(u"Line 10, column 21: bake must be a duration"_s),
                 qPrintable(problem->text()));
        emit view.problemList()->itemActivated(problem);
        QCOMPARE(view.editor()->textCursor().blockNumber(), 9);
        QCOMPARE(view.editor()->textCursor().positionInBlock(), 20);
    }

    void typingDryRunsAgainAndTheFleetShowsWhatTheTextCannot()
    {
        RolloutPlanView view(&m_store);
        view.show();
        view.setPlanText(Plan);
        QCOMPARE(view.problemList()->count(), 0);
        // A label no cluster has: found against the fleet, after a short pause in typing.
        QTextCursor cursor = view.editor()->document()->find(u"env: prod"_s);
        QVERIFY(!cursor.isNull());
        cursor.insertText(u"stage: prod"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view.problemList()->count(), 2, 3000);
        // Sorted by place: the wave (line 11), then its label (line 12).
        QVERIFY2(view.problems().at(0).message.contains(u"wave \"prod\" takes no application"_s),
                 qPrintable(view.problems().at(0).message));
        QCOMPARE(view.problems().at(1).at.line, 12);
        QVERIFY(view.problems().at(1).message.contains(u"no cluster has the label stage"_s));
        QVERIFY(view.summaryLabel()->text().contains(u"Fix the problems first"_s));
    }

    void aMissingFileIsSaid()
    {
        RolloutPlanView view(&m_store);
        QTemporaryDir dir;
        QVERIFY(!view.openFile(dir.filePath(u"nope.yaml"_s)));
        QVERIFY(view.findChild<MessageBanner *>()->text().contains(u"Cannot read"_s));
    }
};

QTEST_MAIN(TestRolloutPlanView)
#include "tst_rolloutplanview.moc"
