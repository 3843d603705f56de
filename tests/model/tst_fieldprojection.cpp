// The `fields` projection of Argo CD responses: the generic path filter of streams and the
// fixed allow-list of the application list.
#include "model/argocd/fieldprojection.h"

#include <QJsonDocument>
#include <QTest>

using namespace sextant;

namespace {

// JSON written with single quotes, so that it reads well inside C++ strings. (No raw string
// literals here: moc 6.8 mis-lexes them and then misses the test class.)
QJsonObject object(QByteArray json)
{
    json.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad JSON in test: %s", json.constData());
    return document.object();
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray kList =
    "{"
    "  'kind': 'ApplicationList', 'apiVersion': 'argoproj.io/v1alpha1',"
    "  'metadata': {'resourceVersion': '123'},"
    "  'items': ["
    "    {'metadata': {'name': 'shop', 'namespace': 'argocd', 'resourceVersion': '77', 'uid': 'u1',"
    "                  'labels': {'env': 'prod'}},"
    "     'spec': {'project': 'default', 'destination': {'server': 'https://x', 'namespace': 'prod'},"
    "              'source': {'repoURL': 'file:///r', 'path': 'shop'}, 'revisionHistoryLimit': 5},"
    "     'status': {'sync': {'status': 'Synced', 'revision': 'abc', 'comparedTo': {'source': {}}},"
    "                'health': {'status': 'Healthy'}, 'history': [{'id': 1}],"
    "                'reconciledAt': '2026-05-04T10:00:00Z', 'resources': [{'kind': 'Deployment', 'name': "
    "'web'}],"
    "                'operationState': {'phase': 'Succeeded', 'startedAt': 't1', 'finishedAt': 't2',"
    "                                   'message': 'ok', 'syncResult': {'revision': 'abc'}}}},"
    "    {'metadata': {'name': 'cart', 'namespace': 'argocd'}, 'spec': {'project': 'default'},"
    "     'status': {'sync': {'status': 'OutOfSync'}, 'resources': []}}"
    "  ]}";

// What the web UI asks for on its list page.
const QString kUiFields = QStringLiteral(
    "metadata.resourceVersion,items.metadata.name,items.metadata.namespace,items.metadata.annotations,"
    "items.metadata.labels,items.metadata.creationTimestamp,items.metadata.deletionTimestamp,"
    "items.spec.destination,items.spec.project,items.spec.source,items.spec.sources,items.spec."
    "sourceHydrator,"
    "items.spec.syncPolicy,items.operation.sync,items.status.sourceHydrator,items.status.summary,"
    "items.status.sync.status,items.status.sync.revision,items.status.health,items.status.operationState."
    "phase,"
    "items.status.operationState.startedAt,items.status.operationState.finishedAt");

} // namespace

class FieldProjectionTest : public QObject {
    Q_OBJECT
private slots:
    void parseQuery_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<bool>("exclude");

        QTest::addRow("empty") << QString() << QStringList() << false;
        QTest::addRow("one") << QStringLiteral("items.metadata.name")
                             << QStringList{QStringLiteral("items.metadata.name")} << false;
        QTest::addRow("several") << QStringLiteral("a.b,c")
                                 << QStringList{QStringLiteral("a.b"), QStringLiteral("c")} << false;
        QTest::addRow("exclude") << QStringLiteral("-a.b,c")
                                 << QStringList{QStringLiteral("a.b"), QStringLiteral("c")} << true;
        QTest::addRow("minus only on the whole value")
            << QStringLiteral("a,-b") << QStringList{QStringLiteral("a"), QStringLiteral("-b")} << false;
        QTest::addRow("a lone minus") << QStringLiteral("-") << QStringList{QString()} << true;
        QTest::addRow("empty pieces kept")
            << QStringLiteral("a,,b,")
            << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b"), QString()} << false;
        QTest::addRow("no trimming") << QStringLiteral("a, b")
                                     << QStringList{QStringLiteral("a"), QStringLiteral(" b")} << false;
    }

    void parseQuery()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, paths);
        QFETCH(bool, exclude);
        const FieldsQuery query = parseFieldsQuery(value);
        QCOMPARE(query.paths, paths);
        QCOMPARE(query.exclude, exclude);
        QCOMPARE(query.isEmpty(), paths.isEmpty());
    }

    void projectFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QByteArray>("expected");

        const QByteArray app = "{'metadata':{'name':'a','namespace':'b'},'spec':{'x':1,'y':[1,2]}}";
        QTest::addRow("include one leaf")
            << app << QStringLiteral("metadata.name") << QByteArray("{'metadata':{'name':'a'}}");
        QTest::addRow("include a subtree")
            << app << QStringLiteral("spec") << QByteArray("{'spec':{'x':1,'y':[1,2]}}");
        QTest::addRow("include two") << app << QStringLiteral("metadata.name,spec.y")
                                     << QByteArray("{'metadata':{'name':'a'},'spec':{'y':[1,2]}}");
        QTest::addRow("include nothing that exists") << app << QStringLiteral("status") << QByteArray("{}");
        QTest::addRow("include keeps an emptied parent")
            << app << QStringLiteral("metadata.uid") << QByteArray("{'metadata':{}}");
        QTest::addRow("include keeps a scalar a path goes through")
            << QByteArray("{'metadata':'x','spec':1}") << QStringLiteral("metadata.name")
            << QByteArray("{'metadata':'x'}");
        QTest::addRow("include over an array")
            << QByteArray("{'items':[{'metadata':{'name':'a','uid':'1'}},{'metadata':{'name':'b','uid':'2'}},"
                          "{'spec':{}}],'metadata':{'resourceVersion':'9'}}")
            << QStringLiteral("items.metadata.name")
            << QByteArray("{'items':[{'metadata':{'name':'a'}},{'metadata':{'name':'b'}},{}]}");
        QTest::addRow("include over nested arrays")
            << QByteArray("{'a':[[{'b':1,'c':2}],[{'b':3}]],'d':4}") << QStringLiteral("a.b")
            << QByteArray("{'a':[[{'b':1}],[{'b':3}]]}");
        QTest::addRow("include keeps scalars inside arrays")
            << QByteArray("{'a':[1,{'b':1,'c':2},'s']}") << QStringLiteral("a.b")
            << QByteArray("{'a':[1,{'b':1},'s']}");
        QTest::addRow("include matches whole segments")
            << QByteArray("{'spec':{'source':{'repoURL':'a'},'sources':[{'repoURL':'b'}]}}")
            << QStringLiteral("spec.sources") << QByteArray("{'spec':{'sources':[{'repoURL':'b'}]}}");
        QTest::addRow("argoproj/pkg include example")
            << QByteArray("{'metadata':{'name':'test'},'spec':{'source':{'path':'test_path'}},"
                          "'status':{'message':'Failed'}}")
            << QStringLiteral("metadata.name,spec.source")
            << QByteArray("{'metadata':{'name':'test'},'spec':{'source':{'path':'test_path'}}}");
        QTest::addRow("stream event")
            << QByteArray("{'result':{'type':'MODIFIED','application':{'metadata':{'name':'a','uid':'u'},"
                          "'status':{'health':{'status':'Healthy'},'history':[{'id':1}]}}}}")
            << QStringLiteral("result.type,result.application.metadata.name,result.application.status.health")
            << QByteArray("{'result':{'application':{'metadata':{'name':'a'},'status':{'health':"
                          "{'status':'Healthy'}}},'type':'MODIFIED'}}");
        QTest::addRow("exclude one leaf")
            << app << QStringLiteral("-metadata.name")
            << QByteArray("{'metadata':{'namespace':'b'},'spec':{'x':1,'y':[1,2]}}");
        QTest::addRow("exclude a subtree")
            << app << QStringLiteral("-spec") << QByteArray("{'metadata':{'name':'a','namespace':'b'}}");
        QTest::addRow("exclude leaves an empty parent")
            << QByteArray("{'metadata':{'name':'test'},'spec':{'source':{'path':'test_path'}},"
                          "'status':{'message':'Failed'}}")
            << QStringLiteral("-metadata.name")
            << QByteArray(
                   "{'metadata':{},'spec':{'source':{'path':'test_path'}},'status':{'message':'Failed'}}");
        QTest::addRow("exclude over an array")
            << QByteArray(
                   "{'items':[{'status':{'resources':[1],'health':'ok'}},{'status':{'health':'bad'}}]}")
            << QStringLiteral("-items.status.resources")
            << QByteArray("{'items':[{'status':{'health':'ok'}},{'status':{'health':'bad'}}]}");
        QTest::addRow("exclude something absent") << app << QStringLiteral("-status.history") << app;
        QTest::addRow("exclude matches whole paths only") << app << QStringLiteral("-meta,spec.x.y") << app;
        QTest::addRow("no paths: unchanged") << app << QString() << app;
    }

    void projectFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fields);
        QFETCH(QByteArray, expected);
        const FieldsQuery query = parseFieldsQuery(fields);
        QCOMPARE(text(sextant::projectFields(object(input), query.paths, query.exclude)),
                 text(object(expected)));
    }

    void applicationList_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QByteArray>("expected");

        QTest::addRow("the web UI's list query")
            << kUiFields
            << QByteArray(
                   "{'metadata':{'resourceVersion':'123'},'items':["
                   "{'metadata':{'name':'shop','namespace':'argocd','labels':{'env':'prod'}},"
                   "'spec':{'project':'default','destination':{'server':'https://x','namespace':'prod'},"
                   "'source':{'repoURL':'file:///r','path':'shop'}},"
                   "'status':{'sync':{'status':'Synced','revision':'abc'},'health':{'status':'Healthy'},"
                   "'operationState':{'phase':'Succeeded','startedAt':'t1','finishedAt':'t2'}}},"
                   "{'metadata':{'name':'cart','namespace':'argocd'},'spec':{'project':'default'},"
                   "'status':{'sync':{'status':'OutOfSync'}}}]}");
        QTest::addRow("paths off the allow-list are dropped")
            << QStringLiteral("items.status.history,items.metadata.resourceVersion,items.status.reconciledAt,"
                              "items.metadata.name")
            << QByteArray("{'metadata':{'resourceVersion':'123'},'items':[{'metadata':{'name':'shop'}},"
                          "{'metadata':{'name':'cart'}}]}");
        QTest::addRow("only off-list paths give empty items")
            << QStringLiteral("items.status.history,metadata.resourceVersion")
            << QByteArray("{'metadata':{'resourceVersion':'123'},'items':[{},{}]}");
        QTest::addRow("exclude returns every allow-listed field, and only those")
            << QStringLiteral("-items.status.history")
            << QByteArray(
                   "{'metadata':{'resourceVersion':'123'},'items':["
                   "{'metadata':{'name':'shop','namespace':'argocd','labels':{'env':'prod'}},"
                   "'spec':{'project':'default','destination':{'server':'https://x','namespace':'prod'},"
                   "'source':{'repoURL':'file:///r','path':'shop'},'revisionHistoryLimit':5},"
                   "'status':{'sync':{'status':'Synced','revision':'abc'},'health':{'status':'Healthy'},"
                   "'resources':[{'kind':'Deployment','name':'web'}],"
                   "'operationState':{'phase':'Succeeded','startedAt':'t1','finishedAt':'t2',"
                   "'operation':{'sync':{'revision':'abc'}}}}},"
                   "{'metadata':{'name':'cart','namespace':'argocd'},'spec':{'project':'default'},"
                   "'status':{'sync':{'status':'OutOfSync'}}}]}");
        QTest::addRow("excluding an off-list path changes nothing")
            << QStringLiteral("-items.metadata.resourceVersion")
            << text(projectApplicationList(object(kList),
                                           parseFieldsQuery(QStringLiteral("-items.status.history"))));
        QTest::addRow("excluding items.spec keeps its listed children")
            << QStringLiteral("-items.spec,items.metadata,items.status")
            << QByteArray(
                   "{'metadata':{'resourceVersion':'123'},'items':["
                   "{'metadata':{'name':'shop','namespace':'argocd','labels':{'env':'prod'}},"
                   "'spec':{'project':'default','destination':{'server':'https://x','namespace':'prod'},"
                   "'source':{'repoURL':'file:///r','path':'shop'}},"
                   "'status':{'sync':{'status':'Synced','revision':'abc'},'health':{'status':'Healthy'},"
                   "'resources':[{'kind':'Deployment','name':'web'}],"
                   "'operationState':{'phase':'Succeeded','startedAt':'t1','finishedAt':'t2',"
                   "'operation':{'sync':{'revision':'abc'}}}}},"
                   "{'metadata':{'name':'cart','namespace':'argocd'},'spec':{'project':'default'},"
                   "'status':{'sync':{'status':'OutOfSync'}}}]}");
        QTest::addRow("excluding a child of items.spec changes nothing")
            << QStringLiteral("-items.spec.project,items.metadata,items.status")
            << QByteArray(
                   "{'metadata':{'resourceVersion':'123'},'items':["
                   "{'metadata':{'name':'shop','namespace':'argocd','labels':{'env':'prod'}},"
                   "'spec':{'project':'default','destination':{'server':'https://x','namespace':'prod'},"
                   "'source':{'repoURL':'file:///r','path':'shop'},'revisionHistoryLimit':5},"
                   "'status':{'sync':{'status':'Synced','revision':'abc'},'health':{'status':'Healthy'},"
                   "'resources':[{'kind':'Deployment','name':'web'}],"
                   "'operationState':{'phase':'Succeeded','startedAt':'t1','finishedAt':'t2',"
                   "'operation':{'sync':{'revision':'abc'}}}}},"
                   "{'metadata':{'name':'cart','namespace':'argocd'},'spec':{'project':'default'},"
                   "'status':{'sync':{'status':'OutOfSync'}}}]}");
        QTest::addRow("include items.spec covers its children")
            << QStringLiteral("items.spec,items.spec.project")
            << QByteArray(
                   "{'metadata':{'resourceVersion':'123'},'items':["
                   "{'spec':{'project':'default','destination':{'server':'https://x','namespace':'prod'},"
                   "'source':{'repoURL':'file:///r','path':'shop'},'revisionHistoryLimit':5}},"
                   "{'spec':{'project':'default'}}]}");
        QTest::addRow("operation.sync quirk reads syncResult")
            << QStringLiteral("items.status.operationState.operation.sync")
            << QByteArray("{'metadata':{'resourceVersion':'123'},'items':["
                          "{'status':{'operationState':{'operation':{'sync':{'revision':'abc'}}}}},{}]}");
        QTest::addRow("empty resources are left out")
            << QStringLiteral("items.status.resources")
            << QByteArray("{'metadata':{'resourceVersion':'123'},'items':["
                          "{'status':{'resources':[{'kind':'Deployment','name':'web'}]}},{}]}");
    }

    void applicationList()
    {
        QFETCH(QString, fields);
        QFETCH(QByteArray, expected);
        const QJsonObject projected = projectApplicationList(object(kList), parseFieldsQuery(fields));
        QCOMPARE(text(projected), text(object(expected)));
    }

    void applicationListEdges()
    {
        const QJsonObject list = object(kList);
        QCOMPARE(projectApplicationList(list, FieldsQuery{}), list);
        const QJsonObject noItems = projectApplicationList(
            object("{'metadata':{}}"), parseFieldsQuery(QStringLiteral("items.metadata.name")));
        QCOMPARE(text(noItems), text(object("{'items':null,'metadata':{}}")));
        const QJsonObject noMetadata = projectApplicationList(
            object("{'items':[]}"), parseFieldsQuery(QStringLiteral("items.metadata.name")));
        QCOMPARE(text(noMetadata), text(object("{'items':[],'metadata':{}}")));
        QVERIFY(applicationListFields().contains(QStringLiteral("status.sync.revision")));
        QVERIFY(!applicationListFields().contains(QStringLiteral("status.history")));
    }
};

QTEST_GUILESS_MAIN(FieldProjectionTest)
#include "tst_fieldprojection.moc"
