// How the simulated controller behaves over time, observed over loopback HTTP.
#include "fleetsim/controller.h"
#include "fleetsim/scenario.h"
#include "tests/support/fleetsimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant::testing;
using sextant::fleetsim::FleetSim;
using sextant::fleetsim::Scenario;

namespace {

QString phase(const QJsonObject &app)
{
    return at(app, QStringLiteral("status.operationState.phase")).toString();
}
QString syncStatus(const QJsonObject &app)
{
    return at(app, QStringLiteral("status.sync.status")).toString();
}
QString health(const QJsonObject &app)
{
    return at(app, QStringLiteral("status.health.status")).toString();
}
qsizetype historySize(const QJsonObject &app)
{
    return at(app, QStringLiteral("status.history")).toArray().size();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Runs git with a fixed identity (the test environment has no git config).
bool git(const QStringList &args, const QString &workDir, QString *output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=CLI Tester"),
                              QStringLiteral("-c"), QStringLiteral("user.email=cli@test.example")} +
                      args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "git" << args << "failed:" << process.readAllStandardError();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

QJsonObject liveState(FleetsimFixture &sim, const QString &app, const QString &kind)
{
    const QJsonArray items = sim.get(QStringLiteral("/api/v1/applications/%1/managed-resources").arg(app))
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &item : items)
        if (item.toObject().value(QStringLiteral("kind")).toString() == kind)
            return QJsonDocument::fromJson(
                       item.toObject().value(QStringLiteral("liveState")).toString().toUtf8())
                .object();
    return {};
}

} // namespace

class FleetsimBehaviourTest : public QObject {
    Q_OBJECT

    FleetsimFixture *m_sim = nullptr;

private slots:
    void init()
    {
        m_sim = new FleetsimFixture;
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void seededFleetStartsCompared()
    {
        const QJsonObject list = m_sim->get(QStringLiteral("/api/v1/applications")).json();
        QCOMPARE(list.value(QStringLiteral("items")).toArray().size(), 3);
        QVERIFY(m_sim->waitForApp(QStringLiteral("web-dev-1"), [](const QJsonObject &app) {
            return syncStatus(app) == QStringLiteral("Synced") && health(app) == QStringLiteral("Healthy");
        }));
        // Deployed one commit behind and not auto-synced: it waits for a human.
        const QJsonObject manual = m_sim->app(QStringLiteral("manual-prod-1"));
        QCOMPARE(syncStatus(manual), QStringLiteral("OutOfSync"));
        QCOMPARE(historySize(manual), 3);
    }

    void manualSyncRunsThenSucceedsAndAddsHistory()
    {
        const QString path = QStringLiteral("/api/v1/applications/manual-prod-1/sync");
        const HttpReply reply = m_sim->post(path, {{QStringLiteral("prune"), true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(at(reply.json(), QStringLiteral("operation.initiatedBy.username")).toString(),
                 QStringLiteral("admin"));
        QCOMPARE(phase(reply.json()), QStringLiteral("Running"));

        const HttpReply again = m_sim->post(path, {});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("another operation is already in progress"));

        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &app) {
            return phase(app) == QStringLiteral("Succeeded") && syncStatus(app) == QStringLiteral("Synced");
        }));
        const QJsonObject app = m_sim->app(QStringLiteral("manual-prod-1"));
        QCOMPARE(historySize(app), 4);
        const QJsonObject last = at(app, QStringLiteral("status.history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("revision")), at(app, QStringLiteral("status.sync.revision")));
        QCOMPARE(at(last, QStringLiteral("initiatedBy.username")).toString(), QStringLiteral("admin"));
        QVERIFY(!app.contains(QStringLiteral("operation")));
        const QJsonArray results =
            at(app, QStringLiteral("status.operationState.syncResult.resources")).toArray();
        QCOMPARE(results.size(), 3); // Deployment, Secret and the new ConfigMap
        QVERIFY(QJsonDocument(results).toJson().contains("web-config created"));
        // A changed Deployment is Progressing for a while, then Healthy.
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return health(a) == QStringLiteral("Healthy");
        }));
    }

    void dryRunChangesNothing()
    {
        const QJsonObject before = m_sim->app(QStringLiteral("manual-prod-1"));
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"),
                            {{QStringLiteral("dryRun"), true}})
                     .status,
                 200);
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return phase(a) == QStringLiteral("Succeeded") && !a.contains(QStringLiteral("operation"));
        }));
        const QJsonObject after = m_sim->app(QStringLiteral("manual-prod-1"));
        QCOMPARE(syncStatus(after), QStringLiteral("OutOfSync"));
        QCOMPARE(historySize(after), historySize(before));
        QVERIFY(QJsonDocument(at(after, QStringLiteral("status.operationState.syncResult")).toObject())
                    .toJson()
                    .contains("(dry run)"));
    }

    void rollbackRefusedWhileAutoSyncOnThenDoneAfterPause()
    {
        const QString rollback = QStringLiteral("/api/v1/applications/web-dev-1/rollback");
        HttpReply reply = m_sim->post(rollback, {{QStringLiteral("id"), 0}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("rollback cannot be initiated when auto-sync is enabled"));
        QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), 9);

        // Pause the way v3.2+ allows: automated.enabled=false keeps prune/selfHeal.
        const QJsonObject patch{
            {QStringLiteral("name"), QStringLiteral("web-dev-1")},
            {QStringLiteral("patchType"), QStringLiteral("merge")},
            {QStringLiteral("patch"),
             QString::fromUtf8(R"({"spec":{"syncPolicy":{"automated":{"enabled":false}}}})")}};
        reply = m_sim->request("PATCH", QStringLiteral("/api/v1/applications/web-dev-1"), compact(patch));
        QCOMPARE(reply.status, 200);
        QCOMPARE(at(reply.json(), QStringLiteral("spec.syncPolicy.automated.enabled")).toBool(true), false);
        QCOMPARE(at(reply.json(), QStringLiteral("spec.syncPolicy.automated.selfHeal")).toBool(), true);

        // History ids start at 0; a missing id is named in the error.
        reply = m_sim->post(rollback, {{QStringLiteral("id"), 99}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("does not have deployment with id 99")));
        reply = m_sim->post(rollback, {{QStringLiteral("id"), 0}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(at(reply.json(), QStringLiteral("operation.sync.syncStrategy.apply")).isObject(), true);
        QVERIFY(m_sim->waitForApp(QStringLiteral("web-dev-1"), [](const QJsonObject &a) {
            return phase(a) == QStringLiteral("Succeeded") && !a.contains(QStringLiteral("operation"));
        }));
    }

    void rollbackReturnsToAnOlderRevision()
    {
        // manual-prod-1 runs commit 1; sync to HEAD, then roll back to history id 0.
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("Synced");
        }));
        const QJsonObject synced = m_sim->app(QStringLiteral("manual-prod-1"));
        const QString oldRevision = at(synced, QStringLiteral("status.history.0.revision")).toString();
        QVERIFY(oldRevision != at(synced, QStringLiteral("status.sync.revision")).toString());
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/applications/manual-prod-1/rollback"),
                            {{QStringLiteral("id"), 0}})
                     .status,
                 200);
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [&](const QJsonObject &a) {
            return phase(a) == QStringLiteral("Succeeded") &&
                   at(a, QStringLiteral("status.operationState.syncResult.revision")).toString() ==
                       oldRevision;
        }));
        // Git still wants the newer revision, so the app shows OutOfSync.
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("OutOfSync");
        }));
        QCOMPARE(liveState(*m_sim, QStringLiteral("manual-prod-1"), QStringLiteral("Deployment"))
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("template"))
                     .toObject()
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("image"))
                     .toString(),
                 QStringLiteral("registry.test/web:1.0.0"));
    }

    void syncWindowBlocksManualSync()
    {
        const HttpReply reply = m_sim->post(QStringLiteral("/api/v1/applications/frozen-app/sync"), {});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("cannot sync: blocked by sync window"));
        const QJsonObject windows =
            m_sim->get(QStringLiteral("/api/v1/applications/frozen-app/syncwindows")).json();
        QCOMPARE(windows.value(QStringLiteral("canSync")).toBool(true), false);
        QCOMPARE(at(windows, QStringLiteral("activeWindows.0.kind")).toString(), QStringLiteral("deny"));
        const QJsonObject open =
            m_sim->get(QStringLiteral("/api/v1/applications/manual-prod-1/syncwindows")).json();
        QCOMPARE(open.value(QStringLiteral("canSync")).toBool(), true);
        QVERIFY(!open.contains(QStringLiteral("activeWindows")));
    }

    void readonlyTokenMayReadButNotSync()
    {
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/applications"), QStringLiteral("readonly")).status, 200);
        const HttpReply reply = m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {},
                                            QStringLiteral("readonly"));
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral(
                        "permission denied: applications, sync, team/manual-prod-1, sub: readonly:apiKey")));
        QVERIFY(!m_sim->app(QStringLiteral("manual-prod-1")).contains(QStringLiteral("operation")));
    }

    void commitPushedWithGitCliIsPickedUp()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QVERIFY(git({QStringLiteral("clone"), QStringLiteral("-q"), m_sim->repoPath(QStringLiteral("web")),
                     QStringLiteral("clone")},
                    work.path()));
        const QString clone = work.filePath(QStringLiteral("clone"));
        QFile file(clone + QStringLiteral("/web/dev/deployment.yaml"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bumped = file.readAll().replace("web:1.1.0", "web:1.2.0");
        QVERIFY(file.resize(0));
        file.write(bumped);
        file.close();
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("web 1.2.0")}, clone));
        QString sha;
        QVERIFY(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, clone, &sha));
        QVERIFY(git(
            {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD")},
            clone));

        // Polled within 200 ms here; auto-sync then deploys it.
        QVERIFY(m_sim->waitForApp(QStringLiteral("web-dev-1"), [&](const QJsonObject &a) {
            return at(a, QStringLiteral("status.sync.revision")).toString() == sha &&
                   syncStatus(a) == QStringLiteral("Synced") &&
                   at(a, QStringLiteral("status.summary.images"))
                       .toArray()
                       .contains(QStringLiteral("registry.test/web:1.2.0"));
        }));
    }

    void scenarioDriftTurnsAppOutOfSyncAndSelfHealRestores()
    {
        auto scenario = Scenario::parse(R"(
apiVersion: sextant.dev/v1
kind: FleetScenario
events:
- {at: 0s, type: kubectl-edit, cluster: prod-1, resource: apps/Deployment/manual/web, set: {spec.replicas: 5}}
- {at: 0s, type: kubectl-edit, cluster: dev-1, resource: apps/Deployment/web/web, set: {spec.replicas: 7}}
)");
        QVERIFY2(scenario.ok(), qPrintable(scenario.errorMessage()));
        QCOMPARE(scenario->events().size(), 2);
        QVERIFY(m_sim->waitForApp(QStringLiteral("web-dev-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("Synced");
        }));
        const qsizetype historyBefore = historySize(m_sim->app(QStringLiteral("web-dev-1")));
        m_sim->invoke([&](FleetSim &sim) {
            for (const Scenario::Event &event : scenario->events())
                QVERIFY(Scenario::apply(sim, event).ok());
        });

        // Without auto-sync the drift stays, attributed to the human edit.
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("OutOfSync");
        }));
        const QJsonObject edited =
            liveState(*m_sim, QStringLiteral("manual-prod-1"), QStringLiteral("Deployment"));
        QCOMPARE(at(edited, QStringLiteral("spec.replicas")).toInt(), 5);
        const QJsonArray managers = at(edited, QStringLiteral("metadata.managedFields")).toArray();
        QCOMPARE(managers.last().toObject().value(QStringLiteral("manager")).toString(),
                 QStringLiteral("kubectl-edit"));
        QVERIFY(managers.last()
                    .toObject()
                    .value(QStringLiteral("fieldsV1"))
                    .toObject()
                    .contains(QStringLiteral("f:spec")));

        // With selfHeal, the controller syncs the drift away.
        QVERIFY(m_sim->waitForApp(QStringLiteral("web-dev-1"), [&](const QJsonObject &a) {
            return historySize(a) > historyBefore ||
                   (historyBefore == 10 && phase(a) == QStringLiteral("Succeeded") &&
                    syncStatus(a) == QStringLiteral("Synced"));
        }));
        QVERIFY(m_sim->waitForApp(QStringLiteral("web-dev-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("Synced");
        }));
        QCOMPARE(at(liveState(*m_sim, QStringLiteral("web-dev-1"), QStringLiteral("Deployment")),
                    QStringLiteral("spec.replicas"))
                     .toInt(),
                 1);
        QCOMPARE(at(m_sim->app(QStringLiteral("web-dev-1")),
                    QStringLiteral("status.operationState.operation.initiatedBy.automated"))
                     .toBool(),
                 true);
    }

    void unreachableClusterMakesAppsUnknownThenRecovers()
    {
        m_sim->invoke([](FleetSim &sim) {
            QVERIFY(sim.controller().setClusterReachable(QStringLiteral("prod-1"), false).ok());
        });
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("Unknown") &&
                   at(a, QStringLiteral("status.conditions.0.type")).toString() ==
                       QStringLiteral("ComparisonError");
        }));
        const QJsonArray clusters =
            m_sim->get(QStringLiteral("/api/v1/clusters")).json().value(QStringLiteral("items")).toArray();
        bool sawFailed = false;
        for (const QJsonValue &c : clusters)
            sawFailed |=
                at(c, QStringLiteral("info.connectionState.status")).toString() == QStringLiteral("Failed");
        QVERIFY(sawFailed);
        m_sim->invoke([](FleetSim &sim) {
            QVERIFY(sim.controller().setClusterReachable(QStringLiteral("prod-1"), true).ok());
        });
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return syncStatus(a) == QStringLiteral("OutOfSync") &&
                   !at(a, QStringLiteral("status")).toObject().contains(QStringLiteral("conditions"));
        }));
    }

    void pruneRemovesWhatGitNoLongerHas()
    {
        // Delete the Secret from Git; the manual app then needs pruning.
        QTemporaryDir work;
        QVERIFY(git({QStringLiteral("clone"), QStringLiteral("-q"), m_sim->repoPath(QStringLiteral("web")),
                     QStringLiteral("c")},
                    work.path()));
        const QString clone = work.filePath(QStringLiteral("c"));
        QVERIFY(
            git({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("web/prod/secret.yaml")}, clone));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("drop secret")}, clone));
        QVERIFY(git(
            {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD")},
            clone));
        const auto secretStatus = [](const QJsonObject &a) {
            for (const QJsonValue &r : at(a, QStringLiteral("status.resources")).toArray())
                if (r.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("Secret"))
                    return r.toObject();
            return QJsonObject();
        };
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [&](const QJsonObject &a) {
            return secretStatus(a).value(QStringLiteral("requiresPruning")).toBool();
        }));
        // Without prune the Secret stays (PruneSkipped); with prune it goes.
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return phase(a) == QStringLiteral("Succeeded") && !a.contains(QStringLiteral("operation"));
        }));
        QVERIFY(QJsonDocument(m_sim->app(QStringLiteral("manual-prod-1"))).toJson().contains("PruneSkipped"));
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"),
                            {{QStringLiteral("prune"), true}})
                     .status,
                 200);
        QVERIFY(m_sim->waitForApp(QStringLiteral("manual-prod-1"), [&](const QJsonObject &a) {
            return !a.contains(QStringLiteral("operation")) && secretStatus(a).isEmpty() &&
                   syncStatus(a) == QStringLiteral("Synced");
        }));
    }

    void loginWithPasswordGivesAWorkingToken()
    {
        HttpReply reply = m_sim->post(QStringLiteral("/api/v1/session"),
                                      {{QStringLiteral("username"), QStringLiteral("admin")},
                                       {QStringLiteral("password"), QStringLiteral("wrong")}},
                                      QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid username or password"));
        reply = m_sim->post(QStringLiteral("/api/v1/session"),
                            {{QStringLiteral("username"), QStringLiteral("admin")},
                             {QStringLiteral("password"), QStringLiteral("password")}},
                            QString());
        QCOMPARE(reply.status, 200);
        const QString token = reply.json().value(QStringLiteral("token")).toString();
        QCOMPARE(token.count(u'.'), 2);
        QVERIFY(reply.header("Set-Cookie").startsWith("argocd.token="));
        const QJsonObject info = m_sim->get(QStringLiteral("/api/v1/session/userinfo"), token).json();
        QCOMPARE(info.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
        QCOMPARE(info.value(QStringLiteral("loggedIn")).toBool(), true);
        // A day-long session is not renewed.
        QVERIFY(m_sim->get(QStringLiteral("/api/v1/applications"), token)
                    .header("Grpc-Metadata-Renew-Token")
                    .isEmpty());
    }

    void shortSessionIsRenewedThroughTheHeader()
    {
        auto config = FleetsimFixture::testConfig();
        config.sessionSeconds = 120; // less than the five minutes Argo CD renews within
        FleetsimFixture sim(config);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QString token = sim.post(QStringLiteral("/api/v1/session"),
                                       {{QStringLiteral("username"), QStringLiteral("admin")},
                                        {QStringLiteral("password"), QStringLiteral("password")}},
                                       QString())
                                  .json()
                                  .value(QStringLiteral("token"))
                                  .toString();
        const HttpReply reply = sim.get(QStringLiteral("/api/v1/applications"), token);
        QCOMPARE(reply.status, 200);
        const QByteArray renewed = reply.header("Grpc-Metadata-Renew-Token");
        QVERIFY(!renewed.isEmpty());
        QCOMPARE(sim.get(QStringLiteral("/api/v1/session/userinfo"), QString::fromLatin1(renewed)).status,
                 200);
    }

    void terminateStopsARunningOperation()
    {
        auto config = FleetsimFixture::testConfig();
        config.controller.operationDelayMs = 5000;
        FleetsimFixture sim(config);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QString operation = QStringLiteral("/api/v1/applications/manual-prod-1/operation");
        HttpReply reply = sim.request("DELETE", operation);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unable to terminate operation. No operation is in progress"));
        QCOMPARE(sim.post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        reply = sim.request("DELETE", operation);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{}"));
        QVERIFY(sim.waitForApp(QStringLiteral("manual-prod-1"), [](const QJsonObject &a) {
            return phase(a) == QStringLiteral("Failed") &&
                   at(a, QStringLiteral("status.operationState.message")).toString() ==
                       QStringLiteral("Operation terminated");
        }));
        QCOMPARE(syncStatus(sim.app(QStringLiteral("manual-prod-1"))), QStringLiteral("OutOfSync"));
    }
};

QTEST_GUILESS_MAIN(FleetsimBehaviourTest)
#include "tst_fleetsim_behaviour.moc"
