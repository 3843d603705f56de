// Applications in any namespace: sextant-fleetsim keys apps by (namespace, name) as Argo CD
// does, lists and watches every namespace, and finds an app in ?appNamespace= (or, for
// requests whose body is the whole request, in the body), else in its own namespace.
#include "tests/support/fleetsimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace sextant::testing;

namespace {

QString namespaceOf(const QJsonObject &app)
{
    return at(app, QStringLiteral("metadata.namespace")).toString();
}

QString destinationOf(const QJsonObject &app)
{
    return at(app, QStringLiteral("spec.destination.namespace")).toString();
}

QString seedPath()
{
    return FleetsimFixture::sourceDir() + QStringLiteral("/tests/fleetsim/data/namespaces-fleet.yaml");
}

} // namespace

class FleetsimNamespacesTest : public QObject {
    Q_OBJECT

    std::unique_ptr<FleetsimFixture> m_sim;

    bool start(const QString &serverNamespace = {})
    {
        sextant::fleetsim::FleetSimConfig config = FleetsimFixture::testConfig(seedPath());
        if (!serverNamespace.isEmpty())
            config.serverNamespace = serverNamespace;
        m_sim = std::make_unique<FleetsimFixture>(config);
        if (!m_sim->start()) {
            qWarning() << m_sim->errorString();
            return false;
        }
        return true;
    }

private slots:
    void cleanup() { m_sim.reset(); }

    void theListHoldsEveryNamespace()
    {
        QVERIFY(start());
        const QJsonArray items = m_sim->get(QStringLiteral("/api/v1/applications"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QStringList apps;
        for (const QJsonValue &item : items)
            apps << namespaceOf(item.toObject()) + u'/' +
                        at(item, QStringLiteral("metadata.name")).toString();
        apps.sort();
        QCOMPARE(apps, (QStringList{QStringLiteral("argocd/cart"), QStringLiteral("argocd/shop"),
                                    QStringLiteral("team-a/cart"), QStringLiteral("team-a/shop")}));
        // ?appNamespace= narrows the list to one namespace.
        const QJsonArray teamA = m_sim->get(QStringLiteral("/api/v1/applications?appNamespace=team-a"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(teamA.size(), 2);
        for (const QJsonValue &item : teamA)
            QCOMPARE(namespaceOf(item.toObject()), QStringLiteral("team-a"));
    }

    void aRequestFindsTheAppInItsNamespace()
    {
        QVERIFY(start());
        // Without a namespace, the server's own.
        const QJsonObject own = m_sim->app(QStringLiteral("shop"));
        QCOMPARE(namespaceOf(own), QStringLiteral("argocd"));
        QCOMPARE(destinationOf(own), QStringLiteral("shop-main"));
        const QJsonObject teamA = m_sim->app(QStringLiteral("shop?appNamespace=team-a"));
        QCOMPARE(namespaceOf(teamA), QStringLiteral("team-a"));
        QCOMPARE(destinationOf(teamA), QStringLiteral("shop-a"));
        QVERIFY(m_sim->waitForApp(QStringLiteral("shop?appNamespace=team-a"), [](const QJsonObject &app) {
            return at(app, QStringLiteral("status.sync.status")).toString() == QStringLiteral("OutOfSync");
        }));
        QCOMPARE(at(m_sim->app(QStringLiteral("shop")), QStringLiteral("status.sync.status")).toString(),
                 QStringLiteral("Synced"));

        // Every per-app endpoint answers for the app of that namespace.
        const QJsonArray managed =
            m_sim->get(QStringLiteral("/api/v1/applications/shop/managed-resources?appNamespace=team-a"))
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QVERIFY(!managed.isEmpty());
        for (const QJsonValue &item : managed)
            QCOMPARE(item.toObject().value(QStringLiteral("namespace")).toString(), QStringLiteral("shop-a"));
        const QJsonArray nodes =
            m_sim->get(QStringLiteral("/api/v1/applications/shop/resource-tree?appNamespace=team-a"))
                .json()
                .value(QStringLiteral("nodes"))
                .toArray();
        QVERIFY(!nodes.isEmpty());
        for (const QJsonValue &node : nodes)
            QCOMPARE(node.toObject().value(QStringLiteral("namespace")).toString(), QStringLiteral("shop-a"));

        // Not in that namespace: Argo CD's 403, as for an app that does not exist.
        const HttpReply elsewhere =
            m_sim->get(QStringLiteral("/api/v1/applications/shop?appNamespace=team-b"));
        QCOMPARE(elsewhere.status, 403);
        QCOMPARE(elsewhere.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("permission denied"));
    }

    void aSyncTakesTheNamespaceFromItsBody()
    {
        QVERIFY(start());
        const HttpReply reply = m_sim->post(QStringLiteral("/api/v1/applications/shop/sync"),
                                            {{QStringLiteral("appNamespace"), QStringLiteral("team-a")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(namespaceOf(reply.json()), QStringLiteral("team-a"));
        QVERIFY(m_sim->waitForApp(QStringLiteral("shop?appNamespace=team-a"), [](const QJsonObject &app) {
            return at(app, QStringLiteral("status.operationState.phase")).toString() ==
                       QStringLiteral("Succeeded") &&
                   at(app, QStringLiteral("status.operationState.operation.initiatedBy.username"))
                           .toString() == QStringLiteral("admin");
        }));
        // The argocd shop keeps its seeded past: an automated sync, three history entries.
        const QJsonObject other = m_sim->app(QStringLiteral("shop"));
        QVERIFY(
            at(other, QStringLiteral("status.operationState.operation.initiatedBy.username")).isUndefined());
        QCOMPARE(at(other, QStringLiteral("status.history")).toArray().size(), 3);
    }

    void theWatchStreamsEveryNamespace()
    {
        QVERIFY(start());
        const RawStream stream =
            m_sim->readStream(QStringLiteral("/api/v1/stream/applications"), "application/json", 5000,
                              [](const RawStream &s) { return s.chunks.size() >= 4; });
        QStringList added;
        for (const QByteArray &chunk : stream.chunks)
            for (const QByteArray &line : chunk.split('\n'))
                if (const QJsonObject event = QJsonDocument::fromJson(line).object(); !event.isEmpty())
                    added << at(event, QStringLiteral("result.application.metadata.namespace")).toString() +
                                 u'/' +
                                 at(event, QStringLiteral("result.application.metadata.name")).toString();
        added.removeDuplicates();
        added.sort();
        QCOMPARE(added, (QStringList{QStringLiteral("argocd/cart"), QStringLiteral("argocd/shop"),
                                     QStringLiteral("team-a/cart"), QStringLiteral("team-a/shop")}));
    }

    void theServerNamespaceIsASetting()
    {
        QVERIFY(start(QStringLiteral("gitops")));
        const QJsonObject own = m_sim->app(QStringLiteral("shop"));
        QCOMPARE(namespaceOf(own), QStringLiteral("gitops"));
        QCOMPARE(destinationOf(own), QStringLiteral("shop-main"));
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/applications/shop?appNamespace=argocd")).status, 403);
        QCOMPARE(namespaceOf(m_sim->app(QStringLiteral("cart?appNamespace=team-a"))),
                 QStringLiteral("team-a"));
    }
};

QTEST_GUILESS_MAIN(FleetsimNamespacesTest)
#include "tst_fleetsim_namespaces.moc"
