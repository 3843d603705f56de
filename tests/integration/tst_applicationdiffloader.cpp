// ApplicationDiffLoader against an in-process sextant-fleetsim: the diff of an
// application one commit behind (an image bump, a Secret whose value changed, a
// ConfigMap to create), the cache by resourceVersion, options recomputed without a
// request, the application's ignoreDifferences, stale selections and failures.
#include "model/diff/resourcediff.h"
#include "model/fleet/applicationdiffloader.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sextant;
using namespace sextant::diff;
using namespace sextant::testing;
using namespace Qt::StringLiterals;

namespace {

const ResourceDiff *findResource(const ApplicationDiff &diff, const QString &kind, const QString &name)
{
    for (const ResourceDiff &resource : diff.resources)
        if (resource.kind == kind && resource.name == name)
            return &resource;
    return nullptr;
}

ApplicationDiff lastDiff(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ApplicationDiff() : spy.last().at(0).value<ApplicationDiff>();
}

} // namespace

class ApplicationDiffLoaderTest : public QObject {
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
        connectInstance();
        return true;
    }

    void connectInstance()
    {
        argocd::InstanceConfig config;
        config.name = u"sim"_s;
        config.server = QUrl(m_sim->baseUrl());
        config.token = m_sim->token();
        testing::addArgoCdInstance(*m_connector, config);
    }

    QString resourceVersionOf(const QString &app)
    {
        return at(m_sim->app(app), u"metadata.resourceVersion"_s).toString();
    }

private slots:
    void cleanup()
    {
        m_connector.reset();
        m_store.reset();
        m_sim.reset();
    }

    void anApplicationOneCommitBehind()
    {
        QVERIFY(startSim());
        ApplicationDiffLoader loader(m_connector.get());
        QSignalSpy diffs(&loader, &ApplicationDiffLoader::diffReady);
        QSignalSpy failures(&loader, &ApplicationDiffLoader::failed);
        QSignalSpy loading(&loader, &ApplicationDiffLoader::loadingChanged);

        loader.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s});
        QVERIFY(loader.isLoading());
        QVERIFY(diffs.isEmpty()); // never inside the call
        QVERIFY(diffs.wait(15000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
        QVERIFY(!loader.isLoading());
        QCOMPARE(loading.size(), 2);

        const ApplicationDiff diff = lastDiff(diffs);
        // Differing first, then by kind: ConfigMap (to create), Deployment, Secret.
        QStringList order;
        for (const ResourceDiff &resource : diff.resources)
            order << resource.kind + u'/' + resource.name + u'=' + toString(resource.change);
        QCOMPARE(order, (QStringList{u"ConfigMap/web-config=ToCreate"_s, u"Deployment/web=Modified"_s,
                                     u"Secret/web-db=Modified"_s}));
        QCOMPARE(diff.modified, 2);
        QCOMPARE(diff.toCreate, 1);
        QCOMPARE(diff.toPrune, 0);
        QCOMPARE(diff.imageChanges.size(), 1);
        QCOMPARE(diff.imageChanges.first(),
                 (diff::ImageChange{u"Deployment/web"_s, u"web"_s, u"registry.test/web:1.0.0"_s,
                                    u"registry.test/web:1.1.0"_s}));
        QVERIFY(diff.notes.isEmpty());

        const ResourceDiff *deployment = findResource(diff, u"Deployment"_s, u"web"_s);
        QVERIFY(deployment);
        QCOMPARE(deployment->identity, u"apps/Deployment/manual/web"_s);
        QVERIFY(deployment->liveYaml.startsWith(
            u"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"_s));
        QVERIFY(!deployment->liveYaml.contains(u"resourceVersion"_s));
        QVERIFY(!deployment->liveYaml.contains(u"\nstatus:"_s));
        QCOMPARE(deployment->document.changes.size(), 1);
        const DiffRow &changed = deployment->document.rows.at(deployment->document.changes.first().firstRow);
        QCOMPARE(int(changed.left.kind), int(LineKind::Changed));
        QVERIFY(changed.left.text.endsWith(u"image: registry.test/web:1.0.0"_s));
        QCOMPARE(changed.right.spans.size(), 1);

        // The password changed between the commits: visible as a longer mask, never as a value.
        const ResourceDiff *secret = findResource(diff, u"Secret"_s, u"web-db"_s);
        QVERIFY(secret);
        for (const QString &text : {secret->liveYaml, secret->desiredYaml}) {
            for (const QString &raw : {u"first-prod"_s, u"second-prod"_s, u"d2Vi"_s /* base64 of "web" */,
                                       QString::fromLatin1(QByteArray("first-prod").toBase64()),
                                       QString::fromLatin1(QByteArray("second-prod").toBase64())})
                QVERIFY2(!text.contains(raw), qPrintable(text));
        }
        QCOMPARE(secret->document.changes.size(), 1);
        const DiffRow &password = secret->document.rows.at(secret->document.changes.first().firstRow);
        QVERIFY2(password.left.text.contains(u"password: +"_s), qPrintable(password.left.text));
        QVERIFY(password.left.text.size() != password.right.text.size());

        const ResourceDiff *configMap = findResource(diff, u"ConfigMap"_s, u"web-config"_s);
        QVERIFY(configMap && configMap->liveYaml.isEmpty());
        QCOMPARE(configMap->document.addedLines, configMap->document.rows.size());
    }

    void theCacheAnswersForTheSameResourceVersion()
    {
        QVERIFY(startSim());
        ApplicationDiffLoader loader(m_connector.get());
        QSignalSpy diffs(&loader, &ApplicationDiffLoader::diffReady);
        QSignalSpy failures(&loader, &ApplicationDiffLoader::failed);
        const QString version = resourceVersionOf(u"manual-prod-1"_s);
        QVERIFY(!version.isEmpty());
        loader.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, version);
        QVERIFY(diffs.wait(15000));
        const ApplicationDiff first = lastDiff(diffs);
        loader.setApplication({u"sim"_s, u"argocd"_s, u"web-dev-1"_s});
        QVERIFY(diffs.wait(15000));

        // Without the instance nothing can be fetched: the answer can only come from the cache.
        m_connector->removeInstance(u"sim"_s);
        diffs.clear();
        loader.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, version);
        QVERIFY(diffs.isEmpty());
        QVERIFY(diffs.wait(5000));
        QCOMPARE(lastDiff(diffs), first);
        QVERIFY(failures.isEmpty());

        // Another resourceVersion is another state of the application: it must be fetched.
        loader.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s}, version + u"0"_s);
        QTRY_COMPARE(failures.size(), 1);
        QVERIFY2(failures.first().at(0).toString().contains(u"sim"_s),
                 qPrintable(failures.first().at(0).toString()));
        QCOMPARE(diffs.size(), 1);
    }

    void ignoreDifferencesOfTheApplicationAndOptionsWithoutARequest()
    {
        QVERIFY(startSim());
        // The image is ignored by a pointer; a jq expression Sextant cannot apply is named.
        const QJsonObject rule{{u"group"_s, u"apps"_s},
                               {u"kind"_s, u"Deployment"_s},
                               {u"jsonPointers"_s, QJsonArray{u"/spec/template/spec/containers/0/image"_s}},
                               {u"jqPathExpressions"_s, QJsonArray{u".spec | keys"_s}}};
        const QJsonObject patch{{u"spec"_s, QJsonObject{{u"ignoreDifferences"_s, QJsonArray{rule}}}}};
        const QJsonObject body{
            {u"name"_s, u"manual-prod-1"_s},
            {u"patchType"_s, u"merge"_s},
            {u"patch"_s, QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact))}};
        const HttpReply reply = m_sim->request("PATCH", u"/api/v1/applications/manual-prod-1"_s,
                                               QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(reply.status, 200);

        ApplicationDiffLoader loader(m_connector.get());
        QSignalSpy diffs(&loader, &ApplicationDiffLoader::diffReady);
        QSignalSpy failures(&loader, &ApplicationDiffLoader::failed);
        loader.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s});
        QVERIFY(diffs.wait(15000));
        ApplicationDiff diff = lastDiff(diffs);
        const ResourceDiff *deployment = findResource(diff, u"Deployment"_s, u"web"_s);
        QVERIFY(deployment);
        QCOMPARE(toString(deployment->change), u"Unchanged"_s);
        QVERIFY(diff.imageChanges.isEmpty());
        QCOMPARE(diff.notes.size(), 1);
        QVERIFY2(diff.notes.first().contains(u"'.spec | keys'"_s), qPrintable(diff.notes.first()));

        // Options apply to the fetched resources: no request is needed (or possible).
        m_connector->removeInstance(u"sim"_s);
        DiffOptions options;
        options.normalize.applyIgnoreDifferences = false;
        loader.setOptions(options);
        QVERIFY(loader.isLoading());
        QCOMPARE(diffs.size(), 1); // never inside the call, however fast the worker is
        QVERIFY(diffs.wait(5000));
        QVERIFY(failures.isEmpty());
        diff = lastDiff(diffs);
        deployment = findResource(diff, u"Deployment"_s, u"web"_s);
        QVERIFY(deployment);
        QCOMPARE(toString(deployment->change), u"Modified"_s);
        QCOMPARE(diff.imageChanges.size(), 1);
        QVERIFY(diff.notes.isEmpty());
        QCOMPARE(loader.options(), options);
    }

    void aStaleSelectionIsDropped()
    {
        QVERIFY(startSim());
        ApplicationDiffLoader loader(m_connector.get());
        QSignalSpy diffs(&loader, &ApplicationDiffLoader::diffReady);
        loader.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s});
        loader.setApplication({u"sim"_s, u"argocd"_s, u"web-dev-1"_s});
        // A second loader asks for manual-prod-1 after both: once it has its answer, the
        // first (older) requests for manual-prod-1 have been answered too.
        ApplicationDiffLoader witness(m_connector.get());
        QSignalSpy witnessDiffs(&witness, &ApplicationDiffLoader::diffReady);
        witness.setApplication({u"sim"_s, u"argocd"_s, u"manual-prod-1"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!diffs.isEmpty() && !witnessDiffs.isEmpty(), 15000);
        QCOMPARE(diffs.size(), 1);
        const ApplicationDiff diff = lastDiff(diffs);
        QVERIFY(!diff.resources.isEmpty());
        for (const ResourceDiff &resource : diff.resources)
            QCOMPARE(resource.ns, u"web"_s); // web-dev-1's namespace, not "manual"

        // Selecting nothing drops what is in flight.
        diffs.clear();
        loader.refresh();
        loader.setApplication({});
        QVERIFY(!loader.isLoading());
        witnessDiffs.clear();
        witness.refresh();
        QVERIFY(witnessDiffs.wait(15000));
        QVERIFY(diffs.isEmpty());
    }

    void failuresNameTheApplication()
    {
        QVERIFY(startSim());
        ApplicationDiffLoader loader(m_connector.get());
        QSignalSpy failures(&loader, &ApplicationDiffLoader::failed);
        QSignalSpy diffs(&loader, &ApplicationDiffLoader::diffReady);
        loader.setApplication({u"sim"_s, u"argocd"_s, u"no-such-app"_s});
        QVERIFY(failures.wait(15000));
        const QString message = failures.first().at(0).toString();
        QVERIFY2(message.contains(u"no-such-app"_s) && message.contains(u"permission denied"_s),
                 qPrintable(message));
        QVERIFY(!loader.isLoading());
        QCOMPARE(failures.size(), 1); // one message, though both requests failed
        QVERIFY(diffs.isEmpty());

        ApplicationDiffLoader unconnected(m_connector.get());
        QSignalSpy unconnectedFailures(&unconnected, &ApplicationDiffLoader::failed);
        unconnected.setApplication({u"elsewhere"_s, u"argocd"_s, u"web"_s});
        QVERIFY(unconnectedFailures.isEmpty()); // never inside the call
        QTRY_COMPARE(unconnectedFailures.size(), 1);
        QVERIFY(unconnectedFailures.first().at(0).toString().contains(u"elsewhere"_s));
    }
};

QTEST_GUILESS_MAIN(ApplicationDiffLoaderTest)
#include "tst_applicationdiffloader.moc"
