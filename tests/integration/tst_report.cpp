// `sextant report` end to end: the real binary against sextant-fleetsim.
#include "fleetsim/fleetstate.h"
#include "fleetsim/scenario.h"
#include "tests/support/fleetsimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace sextant::testing;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run report(const QStringList &arguments,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEXTANT_BINARY), QStringList{QStringLiteral("report")} + arguments);
    QEventLoop loop; // the fixture's server runs on its own thread; just wait here
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class ReportTest : public QObject {
    Q_OBJECT
    FleetsimFixture *m_sim = nullptr;

    QStringList target() const
    {
        return {QStringLiteral("--server"), m_sim->baseUrl(), QStringLiteral("--token"), m_sim->token()};
    }

private slots:
    void initTestCase()
    {
        m_sim = new FleetsimFixture;
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return at(a, QStringLiteral("status.sync.status")).toString() == QStringLiteral("OutOfSync");
        }));
    }
    void cleanupTestCase() { delete m_sim; }

    void fleetAsJson()
    {
        const Run run = report(target() + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                      QStringLiteral("fleet")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonArray apps = doc.value(QStringLiteral("applications")).toArray();
        QCOMPARE(apps.size(), 3);
        QCOMPARE(doc.value(QStringLiteral("instances")).toArray().size(), 1);
        QVERIFY(at(doc, QStringLiteral("instances.0.version")).toString().startsWith(u'v'));
        const QJsonObject manual = apps.at(1).toObject(); // sorted: frozen-app, manual-prod-1, web-dev-1
        QCOMPARE(manual.value(QStringLiteral("name")).toString(), QStringLiteral("manual-prod-1"));
        QCOMPARE(manual.value(QStringLiteral("cluster")).toString(), QStringLiteral("prod-1"));
        QCOMPARE(manual.value(QStringLiteral("namespace")).toString(), QStringLiteral("manual"));
        QCOMPARE(manual.value(QStringLiteral("syncStatus")).toString(), QStringLiteral("OutOfSync"));
        QCOMPARE(manual.value(QStringLiteral("autoSync")).toString(), QStringLiteral("off"));
        QCOMPARE(apps.at(2).toObject().value(QStringLiteral("autoSync")).toString(), QStringLiteral("on"));
        QCOMPARE(manual.value(QStringLiteral("revision")).toString().size(), 40);
    }

    void fleetAsTable()
    {
        const Run run = report(target() + QStringList{QStringLiteral("fleet")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith("INSTANCE"));
        QVERIFY(lines.at(2).contains("manual-prod-1") && lines.at(2).contains("OutOfSync") &&
                lines.at(2).contains("prod-1"));
    }

    void driftListsOutOfSyncResources()
    {
        // A human scales manual-prod-1's Deployment by hand; its Secret and ConfigMap wait for a sync.
        m_sim->invoke([](sextant::fleetsim::FleetSim &sim) {
            const auto applied = sextant::fleetsim::Scenario::apply(
                sim, {0,
                      QStringLiteral("kubectl-edit"),
                      {{QStringLiteral("cluster"), QStringLiteral("prod-1")},
                       {QStringLiteral("resource"), QStringLiteral("apps/Deployment/manual/web")},
                       {QStringLiteral("set"), QJsonObject{{QStringLiteral("spec.replicas"), 5}}}}});
            if (!applied)
                qWarning() << applied.errorMessage();
        });
        const Run json = report(target() + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                       QStringLiteral("drift")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray apps =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("applications")).toArray();
        QStringList names;
        for (const QJsonValue &app : apps)
            names << app.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("frozen-app"), QStringLiteral("manual-prod-1")}));
        QStringList kinds;
        for (const QJsonValue &r : apps.at(1).toObject().value(QStringLiteral("resources")).toArray())
            kinds << r.toObject().value(QStringLiteral("kind")).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("ConfigMap"), QStringLiteral("Deployment"),
                                     QStringLiteral("Secret")}));
        // Each resource says who changed it: origin, manager, changedAt.
        QMap<QString, QJsonObject> byKind;
        for (const QJsonValue &r : apps.at(1).toObject().value(QStringLiteral("resources")).toArray())
            byKind.insert(r.toObject().value(QStringLiteral("kind")).toString(), r.toObject());
        QCOMPARE(byKind[QStringLiteral("Deployment")].value(QStringLiteral("origin")).toString(),
                 QStringLiteral("human-edit"));
        QCOMPARE(byKind[QStringLiteral("Deployment")].value(QStringLiteral("manager")).toString(),
                 QStringLiteral("kubectl-edit"));
        const QDateTime changedAt = QDateTime::fromString(
            byKind[QStringLiteral("Deployment")].value(QStringLiteral("changedAt")).toString(), Qt::ISODate);
        QVERIFY(changedAt.isValid());
        QVERIFY(qAbs(changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(byKind[QStringLiteral("Secret")].value(QStringLiteral("origin")).toString(),
                 QStringLiteral("pending-git"));
        QVERIFY(byKind[QStringLiteral("Secret")].value(QStringLiteral("changedAt")).isNull());
        QCOMPARE(byKind[QStringLiteral("ConfigMap")].value(QStringLiteral("origin")).toString(),
                 QStringLiteral("to-create"));
        QVERIFY(!apps.at(1).toObject().contains(QStringLiteral("driftError")));

        const Run table = report(target() + QStringList{QStringLiteral("drift")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Deployment.apps"));
        QVERIFY(table.out.split('\n').first().contains("ORIGIN"));
        QVERIFY(table.out.split('\n').first().contains("CHANGED-AT"));
        QVERIFY(table.out.contains("human-edit") && table.out.contains("kubectl-edit"));
        QVERIFY(table.out.contains("to-create") && table.out.contains("pending-git"));
        QVERIFY(!table.out.contains("web-dev-1"));
    }

    void jsonNamesEachAppsOwnNamespace()
    {
        // Two apps named shop (argocd, current; team-a, a commit behind) and two named cart.
        FleetsimFixture sim(FleetsimFixture::testConfig(
            FleetsimFixture::sourceDir() + QStringLiteral("/tests/fleetsim/data/namespaces-fleet.yaml")));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(sim.waitForApp(QStringLiteral("shop?appNamespace=team-a"), [](const QJsonObject &a) {
            return at(a, QStringLiteral("status.sync.status")).toString() == QStringLiteral("OutOfSync");
        }));
        // An Application without spec.project, as older manifests have.
        sim.invoke([](sextant::fleetsim::FleetSim &fs) {
            sextant::fleetsim::SimApp *cart =
                fs.state().app(QStringLiteral("team-a"), QStringLiteral("cart"));
            QJsonObject spec = cart->spec();
            spec.remove(QStringLiteral("project"));
            cart->object.insert(QStringLiteral("spec"), spec);
            fs.state().commit(*cart);
        });
        const QStringList server{QStringLiteral("--server"), sim.baseUrl(),
                                 QStringLiteral("--token"),  sim.token(),
                                 QStringLiteral("--format"), QStringLiteral("json")};
        const Run fleet = report(server + QStringList{QStringLiteral("fleet")});
        QVERIFY2(fleet.exitCode == 0, fleet.err.constData());
        QMap<QString, QJsonObject> byApp; // "appNamespace/name"
        for (const QJsonValue &app :
             QJsonDocument::fromJson(fleet.out).object().value(QStringLiteral("applications")).toArray())
            byApp.insert(app.toObject().value(QStringLiteral("appNamespace")).toString() + u'/' +
                             app.toObject().value(QStringLiteral("name")).toString(),
                         app.toObject());
        QCOMPARE(byApp.keys(), (QStringList{QStringLiteral("argocd/cart"), QStringLiteral("argocd/shop"),
                                            QStringLiteral("team-a/cart"), QStringLiteral("team-a/shop")}));
        QCOMPARE(byApp[QStringLiteral("team-a/shop")].value(QStringLiteral("namespace")).toString(),
                 QStringLiteral("shop-a"));
        QCOMPARE(byApp[QStringLiteral("argocd/shop")].value(QStringLiteral("namespace")).toString(),
                 QStringLiteral("shop-main"));
        QCOMPARE(byApp[QStringLiteral("team-a/shop")].value(QStringLiteral("syncStatus")).toString(),
                 QStringLiteral("OutOfSync"));
        QCOMPARE(byApp[QStringLiteral("argocd/shop")].value(QStringLiteral("syncStatus")).toString(),
                 QStringLiteral("Synced"));
        QCOMPARE(byApp[QStringLiteral("team-a/cart")].value(QStringLiteral("project")).toString(),
                 QStringLiteral("default"));

        // The drift of team-a/shop is read from team-a/shop's own managed resources.
        const Run drift = report(server + QStringList{QStringLiteral("drift")});
        QVERIFY2(drift.exitCode == 0, drift.err.constData());
        const QJsonArray apps =
            QJsonDocument::fromJson(drift.out).object().value(QStringLiteral("applications")).toArray();
        QCOMPARE(apps.size(), 1);
        const QJsonObject shop = apps.first().toObject();
        QCOMPARE(shop.value(QStringLiteral("appNamespace")).toString(), QStringLiteral("team-a"));
        QVERIFY(!shop.contains(QStringLiteral("driftError")));
        const QJsonArray resources = shop.value(QStringLiteral("resources")).toArray();
        QVERIFY(resources.size() >= 2);
        for (const QJsonValue &r : resources) {
            QCOMPARE(r.toObject().value(QStringLiteral("namespace")).toString(), QStringLiteral("shop-a"));
            QVERIFY2(r.toObject().value(QStringLiteral("origin")).toString() != QStringLiteral("unknown"),
                     qPrintable(r.toObject().value(QStringLiteral("kind")).toString()));
        }
    }

    void refusedTokenFailsWithOneLine()
    {
        const Run run = report({QStringLiteral("--server"), m_sim->baseUrl(), QStringLiteral("--token"),
                                QStringLiteral("not.a.token"), QStringLiteral("fleet")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("sextant report: "));
        QVERIFY2(run.err.contains("token"), run.err.constData());
    }

    void unreachableServerFails()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        const Run run = report({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                                QStringLiteral("--token"), m_sim->token(), QStringLiteral("fleet")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("sextant report: "), run.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(report({QStringLiteral("fleet")}, QProcessEnvironment()).exitCode, 2);
        QCOMPARE(report(target() + QStringList{QStringLiteral("everything")}).exitCode, 2);
        QCOMPARE(report(target() + QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                               QStringLiteral("fleet")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(ReportTest)
#include "tst_report.moc"
