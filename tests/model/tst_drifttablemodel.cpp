// The drift table: one row per out-of-sync resource, updated in place (never reset),
// and its filter/sort proxy. Checked by QAbstractItemModelTester throughout.
#include "model/itemmodels/driftfilterproxy.h"
#include "model/itemmodels/drifttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sextant;
using diff::DriftOrigin;
using namespace Qt::StringLiterals;

namespace {

DriftRecord record(const QString &app, const QString &kind, const QString &name, DriftOrigin origin,
                   const QString &manager = {}, const QDateTime &since = {})
{
    DriftRecord r;
    r.appKey = u"argo/argocd/"_s + app;
    r.instance = QStringLiteral("argo");
    r.cluster = QStringLiteral("prod-1");
    r.application = app;
    r.group = kind == u"Deployment"_s ? QStringLiteral("apps") : QString();
    r.kind = kind;
    r.ns = QStringLiteral("shop");
    r.name = name;
    r.classified = true;
    r.classification.origin = origin;
    r.classification.manager = manager;
    r.classification.changedAt = since;
    r.outOfSyncSince = since.isValid() ? since : QDateTime(QDate(2026, 11, 26), QTime(6, 0), QTimeZone::UTC);
    return r;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class DriftTableModelTest : public QObject {
    Q_OBJECT
private slots:
    void incrementalUpdates()
    {
        DriftTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QString web = QStringLiteral("argo/argocd/web");
        const QString api = QStringLiteral("argo/argocd/api");
        DriftRecord checking = record(QStringLiteral("web"), QStringLiteral("Deployment"),
                                      QStringLiteral("web"), DriftOrigin::Unknown);
        checking.classified = false;
        model.setApplicationRecords(web, {checking});
        model.setApplicationRecords(api, {record(QStringLiteral("api"), QStringLiteral("ConfigMap"),
                                                 QStringLiteral("api-config"), DriftOrigin::ToCreate)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(0, DriftTableModel::Origin).data(DriftTableModel::OriginRole).toInt(),
                 DriftTableModel::Checking);

        // Classified: the same row changes in place.
        const QDateTime edited(QDate(2026, 11, 26), QTime(6, 40), QTimeZone::UTC);
        model.setApplicationRecords(
            web, {record(QStringLiteral("web"), QStringLiteral("Deployment"), QStringLiteral("web"),
                         DriftOrigin::HumanEdit, QStringLiteral("kubectl-edit"), edited)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, DriftTableModel::Origin).data(DriftTableModel::OriginRole).toInt(),
                 int(DriftOrigin::HumanEdit));
        QVERIFY(model.index(0, DriftTableModel::Origin)
                    .data()
                    .toString()
                    .startsWith(u"human edit by kubectl-edit at "));

        // The same records again: nothing to say.
        model.setApplicationRecords(
            web, {record(QStringLiteral("web"), QStringLiteral("Deployment"), QStringLiteral("web"),
                         DriftOrigin::HumanEdit, QStringLiteral("kubectl-edit"), edited)});
        QCOMPARE(changed.size(), 1);

        // A second resource of web joins its block (before api's rows), then the first leaves.
        model.setApplicationRecords(
            web, {record(QStringLiteral("web"), QStringLiteral("Deployment"), QStringLiteral("web"),
                         DriftOrigin::HumanEdit, QStringLiteral("kubectl-edit"), edited),
                  record(QStringLiteral("web"), QStringLiteral("Service"), QStringLiteral("web"),
                         DriftOrigin::PendingGitCommit)});
        QCOMPARE(column(model, DriftTableModel::Kind),
                 (QStringList{QStringLiteral("Deployment"), QStringLiteral("Service"),
                              QStringLiteral("ConfigMap")}));
        model.setApplicationRecords(web, {record(QStringLiteral("web"), QStringLiteral("Service"),
                                                 QStringLiteral("web"), DriftOrigin::PendingGitCommit)});
        QCOMPARE(column(model, DriftTableModel::Kind),
                 (QStringList{QStringLiteral("Service"), QStringLiteral("ConfigMap")}));
        QCOMPARE(model.rowOf(api, QStringLiteral("/ConfigMap/shop/api-config")), 1);
        QCOMPARE(model.rowOf(web, QStringLiteral("/Service/shop/web")), 0);

        // web syncs: its rows go; api stays.
        model.removeApplication(web);
        QCOMPARE(column(model, DriftTableModel::Application), QStringList{QStringLiteral("api")});
        model.setApplicationRecords(api, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
        QVERIFY(removed.size() >= 3);
    }

    void originTexts_data()
    {
        QTest::addColumn<DriftRecord>("record");
        QTest::addColumn<QString>("text");
        const QDateTime at(QDate(2026, 11, 26), QTime(6, 40), QTimeZone::UTC);
        const QString local = at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const auto make = [](DriftOrigin origin, const QString &manager = {}, const QDateTime &time = {}) {
            return record(QStringLiteral("web"), QStringLiteral("Deployment"), QStringLiteral("web"), origin,
                          manager, time);
        };
        QTest::newRow("human") << make(DriftOrigin::HumanEdit, QStringLiteral("kubectl-edit"), at)
                               << QStringLiteral("human edit by kubectl-edit at ") + local;
        QTest::newRow("controller") << make(DriftOrigin::ControllerOwned,
                                            QStringLiteral("kube-controller-manager"), at)
                                    << QStringLiteral("controller-owned field (kube-controller-manager)");
        QTest::newRow("pending") << make(DriftOrigin::PendingGitCommit)
                                 << QStringLiteral("pending Git commit");
        QTest::newRow("create") << make(DriftOrigin::ToCreate) << QStringLiteral("to create");
        QTest::newRow("prune") << make(DriftOrigin::ToPrune) << QStringLiteral("to prune");
        QTest::newRow("unknown") << make(DriftOrigin::Unknown) << QStringLiteral("differs (no field detail)");
        DriftRecord waiting = make(DriftOrigin::Unknown);
        waiting.classified = false;
        QTest::newRow("checking") << waiting << QStringLiteral("checking…");
        waiting.error = QStringLiteral("403");
        QTest::newRow("failed") << waiting << QStringLiteral("could not be read");
    }
    void originTexts()
    {
        QFETCH(DriftRecord, record);
        QFETCH(QString, text);
        QCOMPARE(DriftTableModel::originText(record), text);
    }

    void filterAndSort()
    {
        DriftTableModel model;
        DriftFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime early(QDate(2026, 11, 26), QTime(5, 0), QTimeZone::UTC);
        const QDateTime late(QDate(2026, 11, 26), QTime(6, 30), QTimeZone::UTC);
        model.setApplicationRecords(
            QStringLiteral("argo/argocd/a"),
            {record(QStringLiteral("a"), QStringLiteral("Deployment"), QStringLiteral("a"),
                    DriftOrigin::ControllerOwned, QStringLiteral("kube-controller-manager"), late)});
        model.setApplicationRecords(
            QStringLiteral("argo/argocd/b"),
            {record(QStringLiteral("b"), QStringLiteral("Deployment"), QStringLiteral("b"),
                    DriftOrigin::HumanEdit, QStringLiteral("kubectl-patch"), early)});
        model.setApplicationRecords(QStringLiteral("argo/argocd/c"),
                                    {record(QStringLiteral("c"), QStringLiteral("ConfigMap"),
                                            QStringLiteral("c"), DriftOrigin::PendingGitCommit)});

        proxy.sort(DriftTableModel::OutOfSyncSince, Qt::DescendingOrder); // c: first seen at 06:00
        QCOMPARE(column(proxy, DriftTableModel::Application),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        proxy.sort(DriftTableModel::Origin, Qt::AscendingOrder);
        QCOMPARE(column(proxy, DriftTableModel::Application),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));

        proxy.setFilterText(QStringLiteral("HUMAN"));
        QCOMPARE(column(proxy, DriftTableModel::Application), QStringList{QStringLiteral("b")});
        proxy.setFilterText(QStringLiteral("deployment kube-controller"));
        QCOMPARE(column(proxy, DriftTableModel::Application), QStringList{QStringLiteral("a")});
        proxy.setFilterText(QStringLiteral("pending-git"));
        QCOMPARE(column(proxy, DriftTableModel::Application), QStringList{QStringLiteral("c")});
        proxy.setFilterText(QStringLiteral("apps"));
        QCOMPARE(proxy.rowCount(), 2); // the API group is searchable too
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);

        // A row that changes keeps its place in the filter as it changes.
        proxy.setFilterText(QStringLiteral("pending"));
        model.setApplicationRecords(QStringLiteral("argo/argocd/a"),
                                    {record(QStringLiteral("a"), QStringLiteral("Deployment"),
                                            QStringLiteral("a"), DriftOrigin::PendingGitCommit)});
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(DriftTableModelTest)
#include "tst_drifttablemodel.moc"
