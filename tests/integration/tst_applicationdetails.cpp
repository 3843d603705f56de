// ApplicationDetails against an in-process sextant-fleetsim: the selected
// application's resource tree (and its live stream), events and manifest; plus
// the detail decoders on hand-written bodies.
#include "model/argocd/detaildecoder.h"
#include "model/fleet/applicationdetails.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace sextant;
using namespace sextant::argocd;
using namespace sextant::testing;

namespace {

const ResourceNode *findNode(const ResourceTree &tree, const QString &kind, const QString &name = {})
{
    for (const ResourceNode &node : tree.nodes)
        if (node.kind == kind && (name.isEmpty() || node.name == name))
            return &node;
    return nullptr;
}

QList<const ResourceNode *> nodesOf(const ResourceTree &tree, const QString &kind)
{
    QList<const ResourceNode *> nodes;
    for (const ResourceNode &node : tree.nodes)
        if (node.kind == kind)
            nodes << &node;
    return nodes;
}

ResourceTree lastTree(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ResourceTree() : spy.last().at(0).value<ResourceTree>();
}

// Every image any Pod of the tree runs.
QStringList podImages(const ResourceTree &tree)
{
    QStringList images;
    for (const ResourceNode *pod : nodesOf(tree, QStringLiteral("Pod")))
        images += pod->images;
    images.removeDuplicates();
    return images;
}

QByteArray json(const char *text)
{
    return QByteArray(text);
}

} // namespace

class ApplicationDetailsTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<FleetConnector> m_connector;

    bool startSim()
    {
        m_sim = std::make_unique<FleetsimFixture>();
        if (!m_sim->start()) {
            qWarning() << "fleetsim did not start:" << m_sim->errorString();
            return false;
        }
        m_store = std::make_unique<FleetStore>();
        m_connector = std::make_unique<FleetConnector>(m_store.get());
        InstanceConfig config;
        config.name = QStringLiteral("sim");
        config.server = QUrl(m_sim->baseUrl());
        config.token = m_sim->token();
        testing::addArgoCdInstance(*m_connector, config);
        return true;
    }

private slots:
    void cleanup()
    {
        m_connector.reset();
        m_store.reset();
        m_sim.reset();
    }

    // --- the decoders -------------------------------------------------------------

    void decodesTrees_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("error"); // a part of the message; empty: decodes
        QTest::addColumn<int>("code");

        const QByteArray tree = json(
            "{\"nodes\":[{\"group\":\"apps\",\"version\":\"v1\",\"kind\":\"Deployment\",\"namespace\":"
            "\"web\","
            "\"name\":\"web\",\"uid\":\"d-1\",\"health\":{\"status\":\"Healthy\"},\"createdAt\":\"2026-05-"
            "04T10:11:12Z\"},"
            "{\"version\":\"v1\",\"kind\":\"Pod\",\"namespace\":\"web\",\"name\":\"web-x\",\"uid\":\"p-1\","
            "\"parentRefs\":[{\"group\":\"apps\",\"kind\":\"ReplicaSet\",\"namespace\":\"web\",\"name\":"
            "\"web-1\","
            "\"uid\":\"r-1\"}],\"info\":[{\"name\":\"Containers\",\"value\":\"0/1\"}],\"images\":[\"r/"
            "web:1\"],"
            "\"health\":{\"status\":\"Degraded\",\"message\":\"Back-off\"},\"unknownField\":[1,2]},"
            "{\"kind\":\"ConfigMap\",\"namespace\":\"web\",\"name\":\"cfg\",\"health\":null}]}");
        QTest::addRow("GET body") << tree << 3 << QString() << 0;
        QTest::addRow("stream line") << QByteArray("{\"result\":" + tree + "}") << 3 << QString() << 0;
        QTest::addRow("SSE line") << QByteArray("data: {\"result\":" + tree + "} ") << 3 << QString() << 0;
        QTest::addRow("empty tree (nodes omitted)") << json("{}") << 0 << QString() << 0;
        QTest::addRow("stream error")
            << json("{\"error\":{\"grpc_code\":7,\"http_code\":403,\"message\":\"permission denied\","
                    "\"http_status\":\"Forbidden\"}}")
            << 0 << QStringLiteral("permission denied") << 403;
        QTest::addRow("truncated") << json("{\"nodes\":[{\"kind\":\"Pod\"") << 0
                                   << QStringLiteral("$: malformed JSON") << 0;
        QTest::addRow("wrong type, with its path")
            << json("{\"nodes\":[{},{\"health\":{\"status\":3}}]}") << 0
            << QStringLiteral("$.nodes[1].health.status: expected a string") << 0;
        QTest::addRow("bad timestamp") << json("{\"nodes\":[{\"createdAt\":\"yesterday\"}]}") << 0
                                       << QStringLiteral("$.nodes[0].createdAt: expected an RFC 3339") << 0;
        QTest::addRow("not an object") << json("[]") << 0 << QStringLiteral("$: expected an object") << 0;
        QTest::addRow("empty body") << QByteArray() << 0 << QStringLiteral("$: empty body") << 0;
    }

    void decodesTrees()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, nodes);
        QFETCH(QString, error);
        QFETCH(int, code);
        const Result<ResourceTree> tree = decodeResourceTree(body);
        if (!error.isEmpty()) {
            QVERIFY(!tree);
            QVERIFY2(tree.errorMessage().contains(error), qPrintable(tree.errorMessage()));
            QCOMPARE(tree.error().code, code);
            return;
        }
        QVERIFY2(tree.ok(), qPrintable(tree.errorMessage()));
        QCOMPARE(tree->nodes.size(), nodes);
        if (nodes == 0)
            return;
        const ResourceNode &deployment = tree->nodes[0];
        QCOMPARE(deployment.identity(), QStringLiteral("apps/Deployment/web/web"));
        QVERIFY(deployment.health == HealthStatus::Healthy);
        QCOMPARE(deployment.createdAt, QDateTime(QDate(2026, 5, 4), QTime(10, 11, 12), QTimeZone::UTC));
        QVERIFY(deployment.exists);
        const ResourceNode &pod = tree->nodes[1];
        QCOMPARE(pod.parents.size(), 1);
        QCOMPARE(pod.parents[0].kind, QStringLiteral("ReplicaSet"));
        QCOMPARE(pod.parents[0].uid, QStringLiteral("r-1"));
        QCOMPARE(pod.info,
                 (QList<QPair<QString, QString>>{{QStringLiteral("Containers"), QStringLiteral("0/1")}}));
        QCOMPARE(pod.images, QStringList{QStringLiteral("r/web:1")});
        QVERIFY(pod.health == HealthStatus::Degraded);
        QCOMPARE(pod.healthMessage, QStringLiteral("Back-off"));
        // Not created yet: no uid, resourceVersion or createdAt; no health sent.
        const ResourceNode &configMap = tree->nodes[2];
        QVERIFY(!configMap.exists);
        QVERIFY(configMap.health == HealthStatus::Unknown);
    }

    void decodesEvents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");

        QTest::addRow("items")
            << json(
                   "{\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"a.1\",\"creationTimestamp\":"
                   "\"2026-05-04T10:00:00Z\"},\"involvedObject\":{\"kind\":\"Application\",\"name\":\"web\"},"
                   "\"reason\":\"OperationStarted\",\"message\":\"initiated sync to "
                   "abc\",\"source\":{\"component\":"
                   "\"argocd-server\"},\"firstTimestamp\":\"2026-05-04T10:00:00Z\",\"lastTimestamp\":"
                   "\"2026-05-04T10:05:00Z\",\"count\":3,\"type\":\"Normal\",\"eventTime\":null},"
                   "{\"type\":\"Warning\",\"reason\":\"SyncFailed\",\"eventTime\":\"2026-05-04T11:00:00."
                   "123456Z\","
                   "\"reportingComponent\":\"kubelet\"}]}")
            << 2 << QString();
        QTest::addRow("no items (omitted when empty)") << json("{\"metadata\":{}}") << 0 << QString();
        QTest::addRow("count is not a number") << json("{\"items\":[{\"count\":\"3\"}]}") << 0
                                               << QStringLiteral("$.items[0].count: expected a number");
        QTest::addRow("items is not an array")
            << json("{\"items\":{}}") << 0 << QStringLiteral("$.items: expected an array");
    }

    void decodesEvents()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        QFETCH(QString, error);
        const Result<QList<EventRecord>> events = decodeEvents(body);
        if (!error.isEmpty()) {
            QVERIFY(!events);
            QVERIFY2(events.errorMessage().contains(error), qPrintable(events.errorMessage()));
            return;
        }
        QVERIFY2(events.ok(), qPrintable(events.errorMessage()));
        QCOMPARE(events->size(), count);
        if (count == 0)
            return;
        const EventRecord &first = events->at(0);
        QCOMPARE(first.reason, QStringLiteral("OperationStarted"));
        QCOMPARE(first.count, 3);
        QCOMPARE(first.involvedKind, QStringLiteral("Application"));
        QCOMPARE(first.involvedName, QStringLiteral("web"));
        QCOMPARE(first.source, QStringLiteral("argocd-server"));
        QCOMPARE(first.lastTimestamp, QDateTime(QDate(2026, 5, 4), QTime(10, 5), QTimeZone::UTC));
        QVERIFY(!first.isWarning());
        // Only eventTime: it is the last (and first) time seen; the reporter is the source.
        const EventRecord &second = events->at(1);
        QVERIFY(second.isWarning());
        QCOMPARE(second.lastTimestamp, QDateTime(QDate(2026, 5, 4), QTime(11, 0, 0, 123), QTimeZone::UTC));
        QCOMPARE(second.firstTimestamp, second.lastTimestamp);
        QCOMPARE(second.source, QStringLiteral("kubelet"));
    }

    void decodesTheApplicationObject()
    {
        const Result<QJsonObject> app = decodeApplicationObject("{\"metadata\":{\"name\":\"web\"}}");
        QVERIFY(app.ok());
        QCOMPARE(at(*app, QStringLiteral("metadata.name")).toString(), QStringLiteral("web"));
        QVERIFY(!decodeApplicationObject("[1]"));
        QVERIFY(!decodeApplicationObject("{"));
    }

    // --- against fleetsim -----------------------------------------------------------

    void treeEventsAndManifestArrive()
    {
        QVERIFY(startSim());
        ApplicationDetails details(m_connector.get());
        QSignalSpy trees(&details, &ApplicationDetails::treeChanged);
        QSignalSpy events(&details, &ApplicationDetails::eventsChanged);
        QSignalSpy manifests(&details, &ApplicationDetails::manifestChanged);
        QSignalSpy failures(&details, &ApplicationDetails::failed);

        details.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("manual-prod-1")});
        QCOMPARE(details.name(), QStringLiteral("manual-prod-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!trees.isEmpty() && !events.isEmpty() && !manifests.isEmpty(), 15000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(1).toString()));

        // Deployment → ReplicaSet → Pods, linked by their owners' uids.
        const ResourceTree tree = lastTree(trees);
        const ResourceNode *deployment = findNode(tree, QStringLiteral("Deployment"), QStringLiteral("web"));
        QVERIFY(deployment);
        QCOMPARE(deployment->ns, QStringLiteral("manual"));
        const ResourceNode *replicaSet = findNode(tree, QStringLiteral("ReplicaSet"));
        QVERIFY(replicaSet);
        QCOMPARE(replicaSet->parents.value(0).uid, deployment->uid);
        const QList<const ResourceNode *> pods = nodesOf(tree, QStringLiteral("Pod"));
        QCOMPARE(pods.size(), 2); // prod runs two replicas
        for (const ResourceNode *pod : pods) {
            QCOMPARE(pod->parents.value(0).uid, replicaSet->uid);
            QVERIFY(!pod->info.isEmpty());
        }
        QCOMPARE(podImages(tree), QStringList{QStringLiteral("registry.test/web:1.0.0")});
        QVERIFY(findNode(tree, QStringLiteral("Secret"), QStringLiteral("web-db")));

        // The manifest: what was declared, readable, without status.
        const QByteArray yaml = manifests.last().at(0).toByteArray();
        QVERIFY2(yaml.startsWith("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n"),
                 yaml.constData());
        QVERIFY(yaml.contains("  name: manual-prod-1\n"));
        QVERIFY(yaml.contains("spec:\n"));
        QVERIFY(yaml.contains("repoURL: "));
        QVERIFY(yaml.contains("path: web/prod\n"));
        QVERIFY(!yaml.contains("\nstatus:"));
        QVERIFY(!yaml.contains("managedFields"));

        // The stream opens after the first tree.
        QTRY_VERIFY_WITH_TIMEOUT(details.isStreaming(), 10000);
    }

    void aSyncReachesTheTreeThroughTheStream()
    {
        QVERIFY(startSim());
        ApplicationDetails details(m_connector.get());
        QSignalSpy trees(&details, &ApplicationDetails::treeChanged);
        QSignalSpy events(&details, &ApplicationDetails::eventsChanged);
        details.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("manual-prod-1")});
        QTRY_VERIFY_WITH_TIMEOUT(!trees.isEmpty() && details.isStreaming(), 15000);
        // One commit behind: the ConfigMap of HEAD does not exist yet.
        const ResourceNode *missing =
            findNode(lastTree(trees), QStringLiteral("ConfigMap"), QStringLiteral("web-config"));
        QVERIFY(missing && !missing->exists && missing->health == HealthStatus::Missing);
        trees.clear();
        events.clear();

        // Nothing here fetches the tree again: a new one can only come through the stream.
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const ResourceTree tree = lastTree(trees);
                const ResourceNode *configMap =
                    findNode(tree, QStringLiteral("ConfigMap"), QStringLiteral("web-config"));
                return configMap && configMap->exists &&
                       podImages(tree) == QStringList{QStringLiteral("registry.test/web:1.1.0")};
            }(),
            15000);
        // The events follow a change of the tree.
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
        bool started = false;
        for (const EventRecord &event : events.last().at(0).value<QList<EventRecord>>())
            started |= event.reason == QStringLiteral("OperationStarted");
        QVERIFY(started);
    }

    void aDroppedStreamIsReopened()
    {
        QVERIFY(startSim());
        ApplicationDetails details(m_connector.get());
        details.setStreamRetryDelays(50, 200);
        QSignalSpy trees(&details, &ApplicationDetails::treeChanged);
        QSignalSpy failures(&details, &ApplicationDetails::failed);
        QSignalSpy streaming(&details, &ApplicationDetails::streamingChanged);
        details.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("manual-prod-1")});
        QTRY_VERIFY_WITH_TIMEOUT(details.isStreaming(), 15000);
        streaming.clear();

        m_sim->invoke([](fleetsim::FleetSim &sim) { sim.api().dropStreams(); });
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 10000);
        QCOMPARE(failures.first().at(0).toString(), QString(ApplicationDetails::StreamPart));
        QTRY_VERIFY_WITH_TIMEOUT(streaming.size() >= 2 && details.isStreaming(), 10000);
        QCOMPARE(streaming.first().at(0).toBool(), false);

        // And it delivers again.
        trees.clear();
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/applications/manual-prod-1/sync"), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const ResourceNode *configMap =
                    findNode(lastTree(trees), QStringLiteral("ConfigMap"), QStringLiteral("web-config"));
                return configMap && configMap->exists;
            }(),
            15000);
    }

    void switchingDropsStaleAnswers()
    {
        QVERIFY(startSim());
        ApplicationDetails details(m_connector.get());
        QSignalSpy trees(&details, &ApplicationDetails::treeChanged);
        QSignalSpy events(&details, &ApplicationDetails::eventsChanged);
        QSignalSpy manifests(&details, &ApplicationDetails::manifestChanged);
        QSignalSpy failures(&details, &ApplicationDetails::failed);

        // Asked for manual-prod-1, then at once for web-dev-1: only web-dev-1's answers count.
        details.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("manual-prod-1")});
        details.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("web-dev-1")});
        // A second observer asks for manual-prod-1 after both: once it has every answer,
        // the first (older) requests for manual-prod-1 have been answered too.
        ApplicationDetails witness(m_connector.get());
        QSignalSpy witnessTrees(&witness, &ApplicationDetails::treeChanged);
        QSignalSpy witnessEvents(&witness, &ApplicationDetails::eventsChanged);
        QSignalSpy witnessManifests(&witness, &ApplicationDetails::manifestChanged);
        witness.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("manual-prod-1")});
        QTRY_VERIFY_WITH_TIMEOUT(!trees.isEmpty() && !events.isEmpty() && !manifests.isEmpty() &&
                                     !witnessTrees.isEmpty() && !witnessEvents.isEmpty() &&
                                     !witnessManifests.isEmpty(),
                                 15000);
        QVERIFY(failures.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(trees))
            for (const ResourceNode &node : signal.at(0).value<ResourceTree>().nodes)
                QCOMPARE(node.ns, QStringLiteral("web")); // web-dev-1's namespace, not "manual"
        for (const QList<QVariant> &signal : std::as_const(manifests)) {
            QVERIFY(signal.at(0).toByteArray().contains("name: web-dev-1\n"));
            QVERIFY(!signal.at(0).toByteArray().contains("manual-prod-1"));
        }
        for (const QList<QVariant> &signal : std::as_const(events))
            for (const EventRecord &event : signal.at(0).value<QList<EventRecord>>())
                QCOMPARE(event.involvedName, QStringLiteral("web-dev-1"));

        // Selecting nothing drops what is in flight, and closes the stream.
        trees.clear();
        events.clear();
        manifests.clear();
        details.refresh();
        details.setApplication({});
        QVERIFY(!details.isStreaming());
        witnessTrees.clear();
        witnessEvents.clear();
        witnessManifests.clear();
        witness.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            !witnessTrees.isEmpty() && !witnessEvents.isEmpty() && !witnessManifests.isEmpty(), 15000);
        QVERIFY(trees.isEmpty());
        QVERIFY(events.isEmpty());
        QVERIFY(manifests.isEmpty());
    }

    void anUnknownApplicationFailsWithTheServersMessage()
    {
        QVERIFY(startSim());
        ApplicationDetails details(m_connector.get());
        QSignalSpy failures(&details, &ApplicationDetails::failed);
        QSignalSpy trees(&details, &ApplicationDetails::treeChanged);
        details.setApplication(
            {QStringLiteral("sim"), QStringLiteral("argocd"), QStringLiteral("no-such-app")});
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 3, 15000);
        QStringList parts;
        for (const QList<QVariant> &failure : std::as_const(failures)) {
            parts << failure.at(0).toString();
            // Without a project, Argo CD answers 403 "permission denied" for a missing app.
            QVERIFY2(failure.at(1).toString().contains(QStringLiteral("permission denied")),
                     qPrintable(failure.at(1).toString()));
        }
        parts.sort();
        QCOMPARE(parts, (QStringList{QString(ApplicationDetails::EventsPart),
                                     QString(ApplicationDetails::ManifestPart),
                                     QString(ApplicationDetails::TreePart)}));
        QVERIFY(trees.isEmpty());
        QVERIFY(!details.isStreaming()); // no stream for a tree that could not be read
    }

    void anUnknownInstanceFails()
    {
        FleetStore store;
        FleetConnector connector(&store);
        ApplicationDetails details(&connector);
        QSignalSpy failures(&details, &ApplicationDetails::failed);
        details.setApplication(
            {QStringLiteral("elsewhere"), QStringLiteral("argocd"), QStringLiteral("web")});
        QVERIFY(failures.isEmpty()); // never inside the call
        QTRY_COMPARE(failures.size(), 3);
        QVERIFY(failures.first().at(1).toString().contains(QStringLiteral("elsewhere")));
    }
};

QTEST_GUILESS_MAIN(ApplicationDetailsTest)
#include "tst_applicationdetails.moc"
