// Drift across the fleet against an in-process sextant-fleetsim running the drift
// scenario (tests/fleetsim/data/drift-*.yaml): a human's kubectl edit, an HPA scaling
// a Deployment, a commit pushed with the git CLI, resources to create and to prune;
// the DriftScanner fetches, classifies and follows them into the DriftTableModel.
#include "model/argocd/argocdbackend.h"
#include "model/fleet/driftscanner.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/itemmodels/drifttablemodel.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sextant;
using namespace sextant::testing;
using diff::DriftOrigin;
using namespace Qt::StringLiterals;

namespace {

// The git CLI with a fixed identity and no user or system config.
bool runGit(const QStringList &args, const QString &workDir = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Pat Pusher"),
                              QStringLiteral("-c"), QStringLiteral("user.email=pat@test.example")} +
                      args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << "git" << args.join(u' ') << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

const DriftRecord *find(const QList<DriftRecord> &records, const QString &kind, const QString &name)
{
    for (const DriftRecord &record : records)
        if (record.kind == kind && record.name == name)
            return &record;
    return nullptr;
}

QStringList fieldPaths(const DriftRecord &record)
{
    QStringList paths;
    for (const diff::FieldDrift &field : record.classification.fields)
        paths << field.path;
    return paths;
}

} // namespace

class DriftScannerTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<FleetConnector> m_connector;

    bool startSim()
    {
        const QString data = FleetsimFixture::sourceDir() + QStringLiteral("/tests/fleetsim/data/");
        fleetsim::FleetSimConfig config =
            FleetsimFixture::testConfig(data + QStringLiteral("drift-fleet.yaml"));
        config.scenarioPath = data + QStringLiteral("drift-scenario.yaml");
        m_sim = std::make_unique<FleetsimFixture>(config);
        if (!m_sim->start()) {
            qWarning() << "fleetsim did not start:" << m_sim->errorString();
            return false;
        }
        m_store = std::make_unique<FleetStore>();
        m_connector = std::make_unique<FleetConnector>(m_store.get());
        argocd::InstanceConfig instance;
        instance.name = QStringLiteral("sim");
        instance.server = QUrl(m_sim->baseUrl());
        instance.token = m_sim->token();
        instance.plainText = true;
        testing::addArgoCdInstance(*m_connector, instance);
        return true;
    }

    bool outOfSync(const QString &name) const
    {
        const Application *app = m_store->application(QStringLiteral("sim/argocd/") + name);
        return app && app->syncStatus == SyncStatus::OutOfSync;
    }

private slots:
    void cleanup()
    {
        m_connector.reset();
        m_store.reset();
        m_sim.reset();
    }

    void classifiesTheScenario()
    {
        QVERIFY(startSim());
        // The scenario edits at 300 ms and scales at 400 ms; the controller notices.
        QTRY_VERIFY_WITH_TIMEOUT(outOfSync(QStringLiteral("edited")) && outOfSync(QStringLiteral("scaled")) &&
                                     outOfSync(QStringLiteral("behind")),
                                 15000);
        QVERIFY(!outOfSync(QStringLiteral("pending")));

        DriftScanner scanner(m_store.get(), m_connector.get());
        DriftTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanner(&scanner);
        QCOMPARE(model.rowCount(), 0); // lazy: nothing before start()
        const QDateTime started = QDateTime::currentDateTimeUtc();
        scanner.start();
        QCOMPARE(scanner.progress().applications, 3);
        QVERIFY(model.rowCount() >= 3); // the store's out-of-sync resources show at once, unclassified
        QTRY_VERIFY_WITH_TIMEOUT(scanner.progress().isComplete(), 10000);
        QCOMPARE(scanner.progress().errors, 0);

        const DriftRecord *edited = find(scanner.records(QStringLiteral("sim/argocd/edited")),
                                         QStringLiteral("Deployment"), u"web"_s);
        QVERIFY(edited);
        QVERIFY(edited->classified);
        QCOMPARE(toString(edited->classification.origin), QStringLiteral("human-edit"));
        QCOMPARE(edited->classification.manager, QStringLiteral("kubectl-edit"));
        QCOMPARE(fieldPaths(*edited), QStringList{QStringLiteral("spec.replicas")});
        QVERIFY(edited->sinceFromManagedFields);
        QVERIFY(edited->outOfSyncSince.secsTo(started) >= 0 && edited->outOfSyncSince.secsTo(started) < 60);
        QCOMPARE(edited->cluster, QStringLiteral("prod-1"));

        const DriftRecord *scaled = find(scanner.records(QStringLiteral("sim/argocd/scaled")),
                                         QStringLiteral("Deployment"), u"web"_s);
        QVERIFY(scaled);
        QCOMPARE(toString(scaled->classification.origin), QStringLiteral("controller"));
        QCOMPARE(scaled->classification.manager, QStringLiteral("kube-controller-manager"));
        QCOMPARE(fieldPaths(*scaled), QStringList{QStringLiteral("spec.replicas")});
        QVERIFY(scaled->classification.changedAt >= edited->classification.changedAt);

        const QList<DriftRecord> behind = scanner.records(QStringLiteral("sim/argocd/behind"));
        QCOMPARE(behind.size(), 2);
        QVERIFY(find(behind, QStringLiteral("ConfigMap"), u"new-config"_s));
        QCOMPARE(toString(find(behind, QStringLiteral("ConfigMap"), u"new-config"_s)->classification.origin),
                 QStringLiteral("to-create"));
        QCOMPARE(toString(find(behind, QStringLiteral("ConfigMap"), u"old-config"_s)->classification.origin),
                 QStringLiteral("to-prune"));
        QVERIFY(!find(behind, QStringLiteral("ConfigMap"), u"new-config"_s)->sinceFromManagedFields);
        QCOMPARE(model.rowCount(), 4);

        // A commit pushed with the git CLI: live is as Argo CD applied it, Git moved on.
        QTemporaryDir work;
        const QString clone = work.filePath(QStringLiteral("shop"));
        QVERIFY(runGit(
            {QStringLiteral("clone"), QStringLiteral("-q"), m_sim->repoPath(QStringLiteral("shop")), clone}));
        QFile manifest(clone + QStringLiteral("/pending/deployment.yaml"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray bumped = manifest.readAll().replace("web:1.0.0", "web:1.1.0");
        manifest.close();
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(bumped);
        manifest.close();
        QVERIFY(runGit({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                        QStringLiteral("pending: web 1.1.0")},
                       clone));
        QVERIFY(runGit(
            {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD")},
            clone));
        QTRY_VERIFY_WITH_TIMEOUT(!scanner.records(QStringLiteral("sim/argocd/pending")).isEmpty() &&
                                     scanner.records(QStringLiteral("sim/argocd/pending")).first().classified,
                                 15000);
        const DriftRecord pending = scanner.records(QStringLiteral("sim/argocd/pending")).first();
        QCOMPARE(pending.kind, QStringLiteral("Deployment"));
        QCOMPARE(toString(pending.classification.origin), QStringLiteral("pending-git"));
        QCOMPARE(fieldPaths(pending), QStringList{QStringLiteral("spec.template.spec.containers[0].image")});
        QVERIFY(!pending.sinceFromManagedFields);
        QVERIFY(pending.outOfSyncSince >= started.addSecs(-1));
        QCOMPARE(model.rowCount(), 5);

        // Synced: the app leaves the drift view.
        QSignalSpy removed(&scanner, &DriftScanner::applicationRemoved);
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/edited/sync"), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(removed.contains(QVariantList{QStringLiteral("sim/argocd/edited")}), 15000);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(
            model.rowOf(QStringLiteral("sim/argocd/edited"), QStringLiteral("apps/Deployment/edited/web")),
            -1);
    }

    void reportsFailuresPerApplication()
    {
        QVERIFY(startSim());
        QTRY_VERIFY_WITH_TIMEOUT(outOfSync(QStringLiteral("behind")), 15000);
        // An instance the connector does not know: its apps fail, the rest go on.
        Application stray = *m_store->application(QStringLiteral("sim/argocd/behind"));
        stray.instance = QStringLiteral("gone");
        m_store->applySnapshot(QStringLiteral("gone"), {stray}, {}, {}, {});
        DriftScanner scanner(m_store.get(), m_connector.get());
        scanner.start();
        QTRY_VERIFY_WITH_TIMEOUT(scanner.progress().isComplete() && scanner.progress().applications >= 2,
                                 15000);
        QCOMPARE(scanner.progress().errors, 1);
        QVERIFY(scanner.error(QStringLiteral("gone/argocd/behind")).contains(u"gone"));
        QVERIFY(scanner.error(QStringLiteral("sim/argocd/behind")).isEmpty());
        const QList<DriftRecord> failed = scanner.records(QStringLiteral("gone/argocd/behind"));
        QVERIFY(!failed.isEmpty());
        QVERIFY(!failed.first().classified);
        QCOMPARE(DriftTableModel::originText(failed.first()), QStringLiteral("could not be read"));
    }

    void classifyBodyRejectsMalformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("not JSON") << QByteArray("<html>") << false;
        QTest::newRow("state not an object")
            << QByteArray("{\"items\":[{\"kind\":\"Deployment\",\"name\":\"web\",\"liveState\":\"[1]\"}]}")
            << false;
    }
    void classifyBodyRejectsMalformedJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        Application app;
        app.instance = QStringLiteral("sim");
        app.ns = QStringLiteral("argocd");
        app.name = QStringLiteral("web");
        const auto resources = argocd::readManagedResources(body, app.ref().displayName());
        const Result<QList<DriftRecord>> result =
            resources ? Result<QList<DriftRecord>>(
                            DriftScanner::classify(*resources, app, QStringLiteral("prod-1")))
                      : Result<QList<DriftRecord>>(resources.error());
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QVERIFY(result.errorMessage().contains(u"cannot be read"));
    }
};

QTEST_MAIN(DriftScannerTest)
#include "tst_driftscanner.moc"
