// Drift classification: which fields differ between live and desired, and who wrote them,
// read from metadata.managedFields (a human's kubectl, a controller, or nobody but Argo CD).
#include "model/diff/driftclassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sextant;
using namespace sextant::diff;

namespace {

// JSON written with single quotes so that it reads well inside C++ strings (\\' is an escaped quote).
QJsonValue jq(QByteArray text)
{
    text.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s (%s)", text.constData(), qPrintable(error.errorString()));
    return document.array().at(0);
}

JsonPath path(const QString &dotted)
{
    JsonPath steps;
    for (const QString &part : dotted.split(u'.', Qt::SkipEmptyParts)) {
        const qsizetype bracket = part.indexOf(u'[');
        steps.append(FieldStep{bracket < 0 ? part : part.left(bracket), -1});
        if (bracket >= 0)
            steps.append(FieldStep{{}, part.mid(bracket + 1).chopped(1).toInt()});
    }
    return steps;
}

QStringList pathTexts(const QList<JsonPath> &paths)
{
    QStringList texts;
    for (const JsonPath &p : paths)
        texts << toString(p);
    return texts;
}

const char *const deploymentLive =
    "{'apiVersion':'apps/v1','kind':'Deployment',"
    "'metadata':{'name':'web','uid':'u1','resourceVersion':'9','generation':3},"
    "'spec':{'replicas':REPLICAS,'template':{'spec':{'containers':"
    "[{'name':'web','image':'IMAGE'}]}}},'status':{'readyReplicas':1}}";

// A Deployment with these replicas and image, and these managedFields (JSON array text).
QJsonObject deployment(int replicas, const char *image, const QByteArray &managedFields = {})
{
    QByteArray text(deploymentLive);
    text.replace("REPLICAS", QByteArray::number(replicas)).replace("IMAGE", image);
    QJsonObject object = jq(text).toObject();
    if (!managedFields.isEmpty()) {
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("managedFields"), jq(managedFields));
        object.insert(QStringLiteral("metadata"), metadata);
    }
    return object;
}

QByteArray entry(const char *manager, const char *time, const char *fields, const char *operation = "Update")
{
    return QByteArray("{'manager':'") + manager + "','operation':'" + operation + "','time':'" + time +
           "','fieldsType':'FieldsV1','fieldsV1':" + fields + '}';
}

const char *const argoApply = "argocd-controller";
const char *const synced = "2026-11-26T06:00:00Z";
const char *const later = "2026-11-26T06:40:00Z";
const char *const latest = "2026-11-26T06:45:30Z";

} // namespace

Q_DECLARE_METATYPE(sextant::ManagedResource)

class DriftClassifierTest : public QObject {
    Q_OBJECT
private slots:
    void managerKinds_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<int>("kind");
        const int argo = int(ManagerKind::ArgoCd), human = int(ManagerKind::Human),
                  controller = int(ManagerKind::Controller);
        QTest::newRow("argocd-controller") << QStringLiteral("argocd-controller") << argo;
        QTest::newRow("argocd-application-controller")
            << QStringLiteral("argocd-application-controller") << argo;
        QTest::newRow("kubectl-edit") << QStringLiteral("kubectl-edit") << human;
        QTest::newRow("kubectl-client-side-apply") << QStringLiteral("kubectl-client-side-apply") << human;
        QTest::newRow("kubectl-patch") << QStringLiteral("kubectl-patch") << human;
        QTest::newRow("kubectl (server-side apply)") << QStringLiteral("kubectl") << human;
        QTest::newRow("kubectl-scale") << QStringLiteral("kubectl-scale") << human;
        QTest::newRow("k9s") << QStringLiteral("k9s") << human;
        QTest::newRow("kube-controller-manager") << QStringLiteral("kube-controller-manager") << controller;
        QTest::newRow("cert-manager") << QStringLiteral("cert-manager-cainjector") << controller;
        QTest::newRow("empty") << QString() << controller;
    }
    void managerKinds()
    {
        QFETCH(QString, manager);
        QFETCH(int, kind);
        QCOMPARE(int(managerKind(manager)), kind);
    }

    void changedPathsTable_data()
    {
        QTest::addColumn<QJsonValue>("live");
        QTest::addColumn<QJsonValue>("desired");
        QTest::addColumn<bool>("ignoreLiveOnly");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("equal") << jq("{'a':1}") << jq("{'a':1}") << false << QStringList();
        QTest::newRow("leaf") << jq("{'spec':{'replicas':5}}") << jq("{'spec':{'replicas':3}}") << false
                              << QStringList{QStringLiteral("spec.replicas")};
        QTest::newRow("array element") << jq("{'c':[{'n':'a','i':'1'},{'n':'b','i':'2'}]}")
                                       << jq("{'c':[{'n':'a','i':'1'},{'n':'b','i':'3'}]}") << false
                                       << QStringList{QStringLiteral("c[1].i")};
        QTest::newRow("array length")
            << jq("{'c':[1,2]}") << jq("{'c':[1,2,3]}") << false << QStringList{QStringLiteral("c")};
        QTest::newRow("added and removed keys") << jq("{'a':1,'b':2}") << jq("{'b':2,'c':3}") << false
                                                << QStringList{QStringLiteral("a"), QStringLiteral("c")};
        QTest::newRow("live-only keys ignored")
            << jq("{'a':1,'b':2}") << jq("{'b':2,'c':3}") << true << QStringList{QStringLiteral("c")};
        QTest::newRow("server fields skipped")
            << jq("{'status':{'x':1},'metadata':{'uid':'1','resourceVersion':'2','generation':4,"
                  "'creationTimestamp':'t','managedFields':[],'annotations':{"
                  "'kubectl.kubernetes.io/last-applied-configuration':'{}','team':'a'}}}")
            << jq("{'metadata':{'annotations':{'team':'b'}}}") << false
            << QStringList{QStringLiteral("metadata.annotations.team")};
        QTest::newRow("type change") << jq("{'a':{'b':1}}") << jq("{'a':[1]}") << false
                                     << QStringList{QStringLiteral("a")};
        QTest::newRow("whole object missing")
            << jq("null") << jq("{'a':1}") << false << QStringList{QString()};
    }
    void changedPathsTable()
    {
        QFETCH(QJsonValue, live);
        QFETCH(QJsonValue, desired);
        QFETCH(bool, ignoreLiveOnly);
        QFETCH(QStringList, expected);
        QCOMPARE(pathTexts(changedPaths(live, desired, ignoreLiveOnly)), expected);
    }

    void changedPathsLimit()
    {
        QJsonObject live, desired;
        for (int i = 0; i < 50; ++i) {
            live.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), i);
            desired.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), i + 1);
        }
        const QList<JsonPath> paths = changedPaths(live, desired, false, 10);
        QCOMPARE(paths.size(), 10);
        QCOMPARE(toString(paths.last()), QStringLiteral("k09"));
    }

    void ownership_data()
    {
        QTest::addColumn<QJsonValue>("fields");
        QTest::addColumn<QJsonValue>("live");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("owned");
        const QJsonValue live = deployment(5, "web:1.0");
        QTest::newRow("f: leaf") << jq("{'f:spec':{'f:replicas':{}}}") << live
                                 << QStringLiteral("spec.replicas") << true;
        QTest::newRow("f: other leaf")
            << jq("{'f:spec':{'f:paused':{}}}") << live << QStringLiteral("spec.replicas") << false;
        QTest::newRow("k: list element by key")
            << jq("{'f:spec':{'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':"
                  "{'.':{},'f:image':{}}}}}}}")
            << live << QStringLiteral("spec.template.spec.containers[0].image") << true;
        QTest::newRow("k: another element")
            << jq("{'f:spec':{'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'db\\'}':"
                  "{'f:image':{}}}}}}}")
            << live << QStringLiteral("spec.template.spec.containers[0].image") << false;
        QTest::newRow("i: by index") << jq("{'f:list':{'i:1':{}}}") << jq("{'list':['a','b']}")
                                     << QStringLiteral("list[1]") << true;
        QTest::newRow("v: by value") << jq("{'f:finalizers':{'v:\\'keep\\'':{}}}")
                                     << jq("{'finalizers':['other','keep']}")
                                     << QStringLiteral("finalizers[1]") << true;
        QTest::newRow("atomic map owned whole")
            << jq("{'f:data':{}}") << jq("{'data':{'THEME':'x'}}") << QStringLiteral("data.THEME") << true;
        QTest::newRow("empty set owns nothing")
            << jq("{}") << live << QStringLiteral("spec.replicas") << false;
        QTest::newRow("prefix of the path")
            << jq("{'f:spec':{'f:template':{'f:metadata':{}}}}") << live
            << QStringLiteral("spec.template.spec.containers[0].image") << false;
    }
    void ownership()
    {
        QFETCH(QJsonValue, fields);
        QFETCH(QJsonValue, live);
        QFETCH(QString, path);
        QFETCH(bool, owned);
        QCOMPARE(ownsPath(fields.toObject(), live, ::path(path)), owned);
    }

    void classification_data()
    {
        QTest::addColumn<ManagedResource>("resource");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("changedAt");
        QTest::addColumn<QStringList>("fieldOrigins"); // "path=origin"

        const auto item = [](const QJsonObject &live, const QJsonObject &desired, bool predicted = true) {
            ManagedResource r{QStringLiteral("apps"),
                              QStringLiteral("Deployment"),
                              QStringLiteral("web"),
                              QStringLiteral("web"),
                              {},
                              {},
                              {},
                              {},
                              false,
                              false};
            if (!live.isEmpty())
                r.liveState = live;
            if (!desired.isEmpty()) {
                r.targetState = desired;
                if (predicted)
                    r.predictedLiveState = desired;
            }
            return r;
        };
        const QByteArray argo = entry(argoApply, synced, "{}", "Apply");
        const QJsonObject desired = deployment(3, "web:1.0");

        QTest::newRow("human edit: kubectl-edit on spec.replicas")
            << item(deployment(5, "web:1.0",
                               '[' + argo + ',' +
                                   entry("kubectl-edit", later, "{'f:spec':{'f:replicas':{}}}") + ']'),
                    desired)
            << QStringLiteral("human-edit") << QStringLiteral("kubectl-edit") << QString::fromLatin1(later)
            << QStringList{QStringLiteral("spec.replicas=human-edit")};
        QTest::newRow("controller: an HPA scaling spec.replicas")
            << item(deployment(6, "web:1.0",
                               '[' + argo +
                                   ",{'manager':'kube-controller-manager','operation':'Update',"
                                   "'subresource':'scale','time':'" +
                                   latest + "','fieldsV1':{'f:spec':{'f:replicas':{}}}}]"),
                    desired)
            << QStringLiteral("controller") << QStringLiteral("kube-controller-manager")
            << QString::fromLatin1(latest) << QStringList{QStringLiteral("spec.replicas=controller")};
        QTest::newRow("pending Git commit: only Argo CD wrote live")
            << item(deployment(3, "web:1.0", '[' + argo + ']'), deployment(3, "web:1.1"))
            << QStringLiteral("pending-git") << QString() << QString()
            << QStringList{QStringLiteral("spec.template.spec.containers[0].image=pending-git")};
        QTest::newRow("human edit of one container by key")
            << item(deployment(3, "web:1.0-hotfix",
                               '[' + argo + ',' +
                                   entry("kubectl-client-side-apply", later,
                                         "{'f:spec':{'f:template':{'f:spec':{'f:containers':{"
                                         "'k:{\\'name\\':\\'web\\'}':{'f:image':{}}}}}}}") +
                                   ']'),
                    desired)
            << QStringLiteral("human-edit") << QStringLiteral("kubectl-client-side-apply")
            << QString::fromLatin1(later)
            << QStringList{QStringLiteral("spec.template.spec.containers[0].image=human-edit")};
        QTest::newRow("controller field and a pending commit: the controller shows")
            << item(deployment(6, "web:1.0",
                               '[' + argo + ',' +
                                   entry("kube-controller-manager", later, "{'f:spec':{'f:replicas':{}}}") +
                                   ']'),
                    deployment(3, "web:1.1"))
            << QStringLiteral("controller") << QStringLiteral("kube-controller-manager")
            << QString::fromLatin1(later)
            << QStringList{QStringLiteral("spec.replicas=controller"),
                           QStringLiteral("spec.template.spec.containers[0].image=pending-git")};
        QTest::newRow("human and controller: the human shows")
            << item(deployment(6, "web:2.0",
                               '[' + argo + ',' +
                                   entry("kube-controller-manager", latest, "{'f:spec':{'f:replicas':{}}}") +
                                   ',' +
                                   entry("kubectl-patch", later,
                                         "{'f:spec':{'f:template':{'f:spec':{'f:containers':{"
                                         "'k:{\\'name\\':\\'web\\'}':{'f:image':{}}}}}}}") +
                                   ']'),
                    desired)
            << QStringLiteral("human-edit") << QStringLiteral("kubectl-patch") << QString::fromLatin1(later)
            << QStringList{QStringLiteral("spec.replicas=controller"),
                           QStringLiteral("spec.template.spec.containers[0].image=human-edit")};
        QTest::newRow("an edit of another field does not claim this one")
            << item(deployment(5, "web:1.0",
                               '[' + argo + ',' + entry("kubectl-edit", later, "{'f:spec':{'f:paused':{}}}") +
                                   ']'),
                    desired)
            << QStringLiteral("pending-git") << QString() << QString()
            << QStringList{QStringLiteral("spec.replicas=pending-git")};
        QTest::newRow("a writer without fieldsV1 after the last sync")
            << item(deployment(5, "web:1.0",
                               '[' + argo + ",{'manager':'kubectl-patch','time':'" + later + "'}]"),
                    desired)
            << QStringLiteral("human-edit") << QStringLiteral("kubectl-patch") << QString::fromLatin1(later)
            << QStringList{QStringLiteral("spec.replicas=human-edit")};
        QTest::newRow("a writer without fieldsV1 before the last sync")
            << item(deployment(5, "web:1.0",
                               "[{'manager':'kubectl-patch','time':'" + QByteArray(synced) + "'}," +
                                   entry(argoApply, later, "{}", "Apply") + ']'),
                    desired)
            << QStringLiteral("pending-git") << QString() << QString()
            << QStringList{QStringLiteral("spec.replicas=pending-git")};
        QTest::newRow("no managedFields at all")
            << item(deployment(5, "web:1.0"), desired) << QStringLiteral("pending-git") << QString()
            << QString() << QStringList{QStringLiteral("spec.replicas=pending-git")};
        QTest::newRow("to create") << item({}, desired) << QStringLiteral("to-create") << QString()
                                   << QString() << QStringList();
        QTest::newRow("to prune") << item(deployment(3, "web:1.0"), {}) << QStringLiteral("to-prune")
                                  << QString() << QString() << QStringList();
        ManagedResource pruning = item(deployment(3, "web:1.0"), desired);
        pruning.requiresPruning = true;
        QTest::newRow("requires pruning")
            << pruning << QStringLiteral("to-prune") << QString() << QString() << QStringList();
        QTest::newRow("only server fields differ")
            << item(deployment(3, "web:1.0", '[' + argo + ']'), desired) << QStringLiteral("unknown")
            << QString() << QString() << QStringList();
        // Without predictedLiveState the target is compared: fields only live has are not drift.
        QJsonObject annotated = deployment(5, "web:1.0");
        annotated.insert(QStringLiteral("extra"), 1);
        QTest::newRow("target state only: live-only keys skipped")
            << item(annotated, desired, false) << QStringLiteral("pending-git") << QString() << QString()
            << QStringList{QStringLiteral("spec.replicas=pending-git")};
        // normalizedLiveState wins over liveState for the comparison; managedFields still come from live.
        ManagedResource normalized = item(
            deployment(5, "web:1.0",
                       '[' + argo + ',' + entry("kubectl-edit", later, "{'f:spec':{'f:replicas':{}}}") + ']'),
            desired);
        normalized.normalizedLiveState = deployment(3, "web:1.0");
        QTest::newRow("normalized live equal to desired")
            << normalized << QStringLiteral("unknown") << QString() << QString() << QStringList();
        QTest::newRow("config map data edited with kubectl-edit (atomic map)")
            << ManagedResource{QString(),
                               QStringLiteral("ConfigMap"),
                               QStringLiteral("web"),
                               QStringLiteral("web-config"),
                               jq("{'data':{'THEME':'summer','MODE':'prod'},'metadata':{'managedFields':[" +
                                  argo + ',' + entry("kubectl-edit", later, "{'f:data':{}}") + "]}}"),
                               jq("{'data':{'THEME':'winter','MODE':'prod'}}"),
                               {},
                               jq("{'data':{'THEME':'winter','MODE':'prod'}}"),
                               false,
                               false}
            << QStringLiteral("human-edit") << QStringLiteral("kubectl-edit") << QString::fromLatin1(later)
            << QStringList{QStringLiteral("data.THEME=human-edit")};
    }
    void classification()
    {
        QFETCH(ManagedResource, resource);
        QFETCH(QString, origin);
        QFETCH(QString, manager);
        QFETCH(QString, changedAt);
        QFETCH(QStringList, fieldOrigins);
        const DriftClassification result = classifyDrift(resource);
        QCOMPARE(toString(result.origin), origin);
        QCOMPARE(result.manager, manager);
        QCOMPARE(result.changedAt.isValid() ? result.changedAt.toString(Qt::ISODate) : QString(), changedAt);
        QStringList fields;
        for (const FieldDrift &field : result.fields)
            fields << field.path + u'=' + toString(field.origin);
        QCOMPARE(fields, fieldOrigins);
    }

    void managedFieldsParsed()
    {
        const QJsonObject live = deployment(
            3, "web:1.0",
            "[{'manager':'kube-controller-manager','operation':'Update','subresource':'scale',"
            "'time':'2026-11-26T06:45:30.250Z','fieldsV1':{'f:spec':{'f:replicas':{}}}},{'manager':'x'}]");
        const QList<FieldManager> managers = fieldManagers(live);
        QCOMPARE(managers.size(), 2);
        QCOMPARE(managers[0].manager, QStringLiteral("kube-controller-manager"));
        QCOMPARE(managers[0].operation, QStringLiteral("Update"));
        QCOMPARE(managers[0].subresource, QStringLiteral("scale"));
        QCOMPARE(managers[0].time.toMSecsSinceEpoch() % 1000, 250);
        QCOMPARE(managers[0].fieldsV1, jq("{'f:spec':{'f:replicas':{}}}").toObject());
        QVERIFY(!managers[1].time.isValid());
        QVERIFY(fieldManagers(QJsonObject()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DriftClassifierTest)
#include "tst_driftclassifier.moc"
