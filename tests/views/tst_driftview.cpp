// The drift page: rows from the drift model, the filter box, activation opening a
// resource's diff, Esc, and the status line.
#include "model/fleet/driftscanner.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/itemmodels/driftfilterproxy.h"
#include "model/itemmodels/drifttablemodel.h"
#include "views/driftview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace sextant;
using diff::DriftOrigin;

namespace {

DriftRecord record(const QString &app, const QString &kind, const QString &name, DriftOrigin origin,
                   const QString &manager = {})
{
    DriftRecord r;
    r.appKey = QStringLiteral("argo/argocd/") + app;
    r.instance = QStringLiteral("argo");
    r.cluster = QStringLiteral("prod-1");
    r.application = app;
    r.kind = kind;
    r.ns = QStringLiteral("shop");
    r.name = name;
    r.classified = true;
    r.classification.origin = origin;
    r.classification.manager = manager;
    r.classification.changedAt = QDateTime(QDate(2026, 11, 26), QTime(6, 40), QTimeZone::UTC);
    r.outOfSyncSince = r.classification.changedAt;
    return r;
}

} // namespace

class DriftViewTest : public QObject {
    Q_OBJECT
private slots:
    void showsFiltersAndActivates()
    {
        FleetStore store;
        FleetConnector connector(&store);
        DriftScanner scanner(&store, &connector);
        views::DriftView view(&scanner);
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.statusText(), QStringLiteral("Not scanned yet"));
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(scanner.isStarted()); // shown: the scan starts
        QCOMPARE(view.statusText(), QStringLiteral("No application is out of sync"));

        view.model()->setApplicationRecords(
            QStringLiteral("argo/argocd/web"),
            {record(QStringLiteral("web"), QStringLiteral("Deployment"), QStringLiteral("web"),
                    DriftOrigin::HumanEdit, QStringLiteral("kubectl-edit"))});
        view.model()->setApplicationRecords(
            QStringLiteral("argo/argocd/api"),
            {record(QStringLiteral("api"), QStringLiteral("ConfigMap"), QStringLiteral("api-config"),
                    DriftOrigin::PendingGitCommit)});
        QCOMPARE(view.table()->model()->rowCount(), 2);

        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("driftFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("human"));
        QCOMPARE(view.table()->model()->rowCount(), 1);

        QSignalSpy activated(&view, &views::DriftView::resourceActivated);
        const QModelIndex first = view.table()->model()->index(0, DriftTableModel::Name);
        const QRect cell = view.table()->visualRect(first);
        // As a real double-click arrives: press, release, double-click.
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("argo/argocd/web"));
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("/Deployment/shop/web"));

        // Esc clears the filter first, then asks to leave the page.
        QSignalSpy closing(&view, &views::DriftView::closeRequested);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(closing.size(), 0);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(closing.size(), 1);
    }
};

QTEST_MAIN(DriftViewTest)
#include "tst_driftview.moc"
