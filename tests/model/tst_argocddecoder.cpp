// The Argo CD wire decoder. Real-shaped payloads (lists, watch events, actions, samples;
// checked against the real swagger where it is available) with every wire quirk decode into the domain types;
// malformed input becomes an Error whose message starts with the JSON path of the mistake.
#include "model/argocd/argocddecoder.h"
#include "model/support/rfc3339.h"
#include "tests/support/argocddata.h"
#include "tests/support/argocdsamples.h"
#include "tests/support/swaggervalidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace sextant;
using namespace sextant::argocd;
using namespace Qt::StringLiterals;
using sextant::testsupport::SwaggerValidator;
namespace argocdsamples = sextant::testsupport::argocdsamples;

namespace {

QByteArray dataFile(const QString &name)
{
    return sextant::testsupport::argocdDataFile(name);
}

QList<QByteArray> dataLines(const QString &name)
{
    QList<QByteArray> lines = dataFile(name).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

// JSON written with single quotes, so that it reads well inside C++ strings. (No raw string
// literals here: moc 6.8 mis-lexes them and then misses the test class.)
QByteArray json(QByteArray singleQuoted)
{
    return singleQuoted.replace('\'', '"');
}

QDateTime utc(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QLatin1StringView(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        qFatal("bad time in test: %s", iso);
    return time.toUTC();
}

QString text(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString text(const QStringList &list)
{
    return list.join(u',');
}

QString text(const QMap<QString, QString> &map)
{
    QStringList pairs;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        pairs << it.key() + u'=' + it.value();
    return pairs.join(u',');
}

QString text(const ApplicationSource &source)
{
    return QStringList{source.repoUrl, source.path, source.targetRevision, source.chart}.join(u'|');
}

// One property of an application as text, so that the tables below can name what they check.
QString describe(const Application &app, const QString &name)
{
    const auto flag = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
    if (name == u"name"_s)
        return app.name;
    if (name == u"ns"_s)
        return app.ns;
    if (name == u"uid"_s)
        return app.uid;
    if (name == u"resourceVersion"_s)
        return QString::number(app.resourceVersion);
    if (name == u"createdAt"_s)
        return text(app.createdAt);
    if (name == u"labels"_s)
        return text(app.labels);
    if (name == u"annotations"_s)
        return text(app.annotations);
    if (name == u"project"_s)
        return app.project;
    if (name == u"sources"_s) {
        QStringList sources;
        for (const ApplicationSource &source : app.sources)
            sources << text(source);
        return (app.multiSource ? QStringLiteral("multi:") : QString()) + sources.join(u';');
    }
    if (name == u"destination"_s)
        return QStringList{app.destinationServer, app.destinationName, app.destinationNamespace}.join(u'|');
    if (name == u"autoSync"_s)
        return toString(app.autoSync());
    if (name == u"syncPolicy"_s) {
        const SyncPolicy &p = app.syncPolicy;
        return QStringList{flag(p.automated), flag(p.enabled),    flag(p.prune),
                           flag(p.selfHeal),  flag(p.allowEmpty), text(p.syncOptions)}
            .join(u'|');
    }
    if (name == u"sync"_s)
        return QStringList{toString(app.syncStatus), app.syncRevision, text(app.syncRevisions)}.join(u'|');
    if (name == u"health"_s)
        return toString(app.health) + u'|' + app.healthMessage;
    if (name == u"resources"_s) {
        QStringList resources;
        for (const ResourceStatus &r : app.resources)
            resources << QStringList{r.group,
                                     r.version,
                                     r.kind,
                                     r.ns,
                                     r.name,
                                     toString(r.status),
                                     toString(r.health),
                                     r.healthMessage,
                                     flag(r.requiresPruning)}
                             .join(u'|');
        return resources.join(u';');
    }
    if (name == u"history"_s) {
        QStringList entries;
        for (const HistoryEntry &h : app.history)
            entries << QStringList{QString::number(h.id),   h.revision,
                                   text(h.revisions),       text(h.deployedAt),
                                   text(h.deployStartedAt), h.initiatedBy,
                                   flag(h.automated),       text(h.source)}
                           .join(u'|');
        return entries.join(u';');
    }
    if (name == u"operationState"_s) {
        if (!app.operationState)
            return QStringLiteral("none");
        const OperationState &o = *app.operationState;
        return QStringList{toString(o.phase),  o.message,         text(o.startedAt),
                           text(o.finishedAt), o.revision,        text(o.revisions),
                           o.initiatedBy,      flag(o.automated), flag(o.dryRun)}
            .join(u'|');
    }
    if (name == u"operationInProgress"_s)
        return flag(app.operationInProgress);
    if (name == u"conditions"_s) {
        QStringList conditions;
        for (const Condition &c : app.conditions)
            conditions << c.type + u':' + c.message;
        return conditions.join(u';');
    }
    if (name == u"reconciledAt"_s)
        return text(app.reconciledAt);
    if (name == u"images"_s)
        return text(app.images);
    qFatal("unknown property %s", qPrintable(name));
}

} // namespace

class TestArgoCdDecoder : public QObject {
    Q_OBJECT

private slots:
    // The fixtures are what the real server sends: valid against its swagger.
    void fixturesMatchTheSwagger_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addRow("application") << u"application-full.json"_s << u"/api/v1/applications/{name}"_s << 200;
        QTest::addRow("multi-source")
            << u"application-multisource.json"_s << u"/api/v1/applications/{name}"_s << 200;
        QTest::addRow("list") << u"application-list.json"_s << u"/api/v1/applications"_s << 200;
        QTest::addRow("clusters") << u"clusters.json"_s << u"/api/v1/clusters"_s << 200;
        QTest::addRow("projects") << u"projects.json"_s << u"/api/v1/projects"_s << 200;
        QTest::addRow("repositories") << u"repositories.json"_s << u"/api/v1/repositories"_s << 200;
        QTest::addRow("version") << u"version.json"_s << u"/api/version"_s << 200;
    }
    void fixturesMatchTheSwagger()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(int, status);
        if (const QString reason = SwaggerValidator::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString error;
        const auto validator = SwaggerValidator::load(SwaggerValidator::defaultSwaggerPath(), &error);
        QVERIFY2(validator, qPrintable(error));
        const QJsonDocument body = QJsonDocument::fromJson(dataFile(file));
        QCOMPARE(validator->validateResponse(QStringLiteral("GET"), path, status, body.object()),
                 QStringList());
    }

    void watchFixturesMatchTheSwagger()
    {
        if (const QString reason = SwaggerValidator::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString error;
        const auto validator = SwaggerValidator::load(SwaggerValidator::defaultSwaggerPath(), &error);
        QVERIFY2(validator, qPrintable(error));
        for (const QByteArray &line : dataLines(QStringLiteral("watch.ndjson"))) {
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            const int status = message.contains(u"error"_s) ? 403 : 200;
            QCOMPARE(validator->validateResponse(QStringLiteral("GET"),
                                                 QStringLiteral("/api/v1/stream/applications"), status,
                                                 message),
                     QStringList());
        }
    }

    // A single application carrying every field the views use.
    void fullApplication()
    {
        const auto app = decodeApplication(dataFile(QStringLiteral("application-full.json")));
        QVERIFY2(app, qPrintable(app.errorMessage()));
        QCOMPARE(app->name, u"payments-eu"_s);
        QCOMPARE(app->ns, u"argocd"_s);
        QCOMPARE(app->uid, u"0f3c9a52-7d1e-4b8a-9c3f-2e6d1a4b5c7d"_s);
        QCOMPARE(app->resourceVersion, 884213);
        QCOMPARE(app->createdAt, utc("2026-03-02T09:15:00Z"));
        QCOMPARE(describe(*app, u"labels"_s),
                 u"app.kubernetes.io/part-of=payments,region=eu,team=payments"_s);
        QCOMPARE(app->annotations.value(u"notifications.argoproj.io/subscribe.on-sync-failed.slack"_s),
                 u"payments-alerts"_s);
        QCOMPARE(app->annotations.value(u"sextant.dev/paused-sync-policy"_s),
                 u"{\"automated\":{\"prune\":true,\"selfHeal\":true}}"_s);
        QCOMPARE(app->project, u"payments"_s);
        QCOMPARE(describe(*app, u"sources"_s),
                 u"https://git.example.org/platform/payments.git|deploy/eu|main|"_s);
        QCOMPARE(describe(*app, u"destination"_s), u"https://10.20.0.1:6443||payments"_s);
        QCOMPARE(describe(*app, u"syncPolicy"_s),
                 u"true|true|true|true|true|CreateNamespace=true,PruneLast=true,ServerSideApply=true"_s);
        QCOMPARE(toString(app->autoSync()), toString(AutoSyncState::On));
        QCOMPARE(describe(*app, u"sync"_s), u"OutOfSync|4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b|"_s);
        QCOMPARE(describe(*app, u"health"_s), u"Degraded|Deployment eu-api exceeded its progress deadline"_s);
        QCOMPARE(describe(*app, u"resources"_s),
                 u"|v1|Service|payments|eu-api|Synced|Healthy||false;"_s
                 u"apps|v1|Deployment|payments|eu-api|OutOfSync|Degraded|"_s
                 u"Deployment \"eu-api\" exceeded its progress deadline|false;"_s
                 u"|v1|ConfigMap|payments|eu-legacy|OutOfSync|Unknown||true"_s);
        QCOMPARE(app->history.size(), 2);
        QCOMPARE(
            describe(*app, u"history"_s),
            u"10|0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5||2026-04-28T16:02:09.000Z|2026-04-28T16:01:55.000Z|"_s
            u"alice|false|https://git.example.org/platform/payments.git|deploy/eu|main|;"_s
            u"9007199254740993|9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5||2026-05-01T08:00:12.000Z|"_s
            u"2026-05-01T07:59:58.000Z||true|https://git.example.org/platform/payments.git|deploy/eu|main|"_s);
        QCOMPARE(
            describe(*app, u"operationState"_s),
            u"Failed|one or more objects failed to apply|2026-05-04T10:11:31.000Z|2026-05-04T10:12:05.000Z|"_s
            u"4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b||bob|false|true"_s);
        QVERIFY(app->operationInProgress);
        QCOMPARE(describe(*app, u"conditions"_s),
                 u"SyncError:Failed sync attempt to 4f1c2ab: one or more objects failed to apply;"_s
                 u"OrphanedResourceWarning:Application has 1 orphaned resources"_s);
        QCOMPARE(app->reconciledAt, utc("2026-05-04T10:21:45Z"));
        QCOMPARE(describe(*app, u"images"_s),
                 u"registry.example.org/payments/api:2.14.0,registry.example.org/payments/worker:2.14.0"_s);
        QVERIFY(app->instance.isEmpty()); // the store's business
    }

    void multiSourceApplication()
    {
        const auto app = decodeApplication(dataFile(QStringLiteral("application-multisource.json")));
        QVERIFY2(app, qPrintable(app.errorMessage()));
        QVERIFY(app->multiSource);
        QCOMPARE(describe(*app, u"sources"_s),
                 u"multi:https://charts.example.org/stable||25.8.0|prometheus;"_s
                 u"https://git.example.org/platform/values.git||main|"_s);
        QCOMPARE(describe(*app, u"destination"_s), u"|prod-eu-1|observability"_s);
        QCOMPARE(toString(app->autoSync()), toString(AutoSyncState::Paused));
        QCOMPARE(describe(*app, u"syncPolicy"_s), u"true|false|true|false|false|"_s);
        QCOMPARE(describe(*app, u"sync"_s), u"Synced||25.8.0,7d3e1f2a9b8c4d5e6f708192a3b4c5d6e7f80912"_s);
        QCOMPARE(app->history.size(), 1);
        QCOMPARE(app->history[0].revisions,
                 (QStringList{u"25.8.0"_s, u"7d3e1f2a9b8c4d5e6f708192a3b4c5d6e7f80912"_s}));
        QCOMPARE(app->history[0].initiatedBy, u"carol"_s);
        QVERIFY(app->history[0].source.repoUrl.isEmpty()); // a multi-source entry has `sources` only
        QCOMPARE(app->operationState->revisions, app->syncRevisions);
        QCOMPARE(toString(app->operationState->phase), toString(OperationPhase::Succeeded));
        QVERIFY(!app->operationInProgress);
        QVERIFY(app->images.isEmpty());
    }

    // The hand-written samples of tests/support/argocdsamples.h.
    void notesSamples()
    {
        const auto app = decodeApplication(QJsonDocument(argocdsamples::application()).toJson());
        QVERIFY2(app, qPrintable(app.errorMessage()));
        QCOMPARE(app->name, u"payments-eu"_s);
        QCOMPARE(toString(app->syncStatus), toString(SyncStatus::OutOfSync));
        QCOMPARE(toString(app->health), toString(HealthStatus::Progressing));
        QCOMPARE(app->resources.size(), 2);
        QCOMPARE(app->resources[1].healthMessage, u"Waiting for rollout to finish"_s);
        QCOMPARE(app->history[0].id, 11);
        QVERIFY(app->history[0].automated);
        QCOMPARE(toString(app->operationState->phase), toString(OperationPhase::Running));
        QVERIFY(!app->operationState->finishedAt.isValid());
        QCOMPARE(app->images, QStringList{u"registry.example.org/payments/api:2.14.0"_s});

        const auto event = decodeWatchEvent(QJsonDocument(argocdsamples::watchMessage()).toJson());
        QVERIFY2(event, qPrintable(event.errorMessage()));
        QCOMPARE(event->type, WatchEvent::Type::Modified);
        QCOMPARE(event->application.resourceVersion, 884260);
        QCOMPARE(event->application.operationState->finishedAt, utc("2026-05-04T10:12:05Z"));
    }

    // Each quirk of the wire, one row each.
    void quirks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("expected");

        const QByteArray base =
            "{'metadata':{'name':'web','namespace':'argocd'},'spec':{'project':'default'},";
        QTest::addRow("omitted syncPolicy: auto-sync off")
            << json(base + "'status':{'sync':{'status':'Synced'}}}") << u"autoSync"_s << u"off"_s;
        QTest::addRow("automated {}: on, all flags false")
            << json("{'spec':{'project':'default','syncPolicy':{'automated':{}}}}") << u"syncPolicy"_s
            << u"true|true|false|false|false|"_s;
        QTest::addRow("automated.enabled false: paused, flags kept")
            << json("{'spec':{'syncPolicy':{'automated':{'prune':true,'selfHeal':true,'enabled':false}}}}")
            << u"syncPolicy"_s << u"true|false|true|true|false|"_s;
        QTest::addRow("automated.enabled false: state paused")
            << json("{'spec':{'syncPolicy':{'automated':{'enabled':false}}}}") << u"autoSync"_s
            << u"paused"_s;
        QTest::addRow("automated.enabled true: on")
            << json("{'spec':{'syncPolicy':{'automated':{'enabled':true}}}}") << u"autoSync"_s << u"on"_s;
        QTest::addRow("automated null (pause by removal): off")
            << json("{'spec':{'syncPolicy':{'automated':null,'syncOptions':['Validate=false']}}}")
            << u"syncPolicy"_s << u"false|true|false|false|false|Validate=false"_s;
        QTest::addRow("allowEmpty") << json("{'spec':{'syncPolicy':{'automated':{'allowEmpty':true}}}}")
                                    << u"syncPolicy"_s << u"true|true|false|false|true|"_s;
        QTest::addRow("resourceVersion is a string")
            << json("{'metadata':{'resourceVersion':'884213'}}") << u"resourceVersion"_s << u"884213"_s;
        QTest::addRow("resourceVersion as a number is accepted")
            << json("{'metadata':{'resourceVersion':77}}") << u"resourceVersion"_s << u"77"_s;
        QTest::addRow("resourceVersion absent: 0")
            << json("{'metadata':{}}") << u"resourceVersion"_s << u"0"_s;
        QTest::addRow("history ids are JSON numbers, int64")
            << json("{'status':{'history':[{'id':0},{'id':9223372036854775807}]}}") << u"history"_s
            << u"0|||-|-||false||||;9223372036854775807|||-|-||false||||"_s;
        QTest::addRow("no status at all: Unknown, Unknown")
            << json("{'metadata':{'name':'web'},'spec':{'project':'default'}}") << u"sync"_s
            << u"Unknown||"_s;
        QTest::addRow("no status: health Unknown")
            << json("{'metadata':{'name':'web'}}") << u"health"_s << u"Unknown|"_s;
        QTest::addRow("status without health")
            << json("{'status':{'sync':{'status':'OutOfSync'}}}") << u"health"_s << u"Unknown|"_s;
        QTest::addRow("status {}") << json("{'status':{}}") << u"operationState"_s << u"none"_s;
        QTest::addRow("unknown status words: Unknown")
            << json("{'status':{'sync':{'status':'Drifting'},'health':{'status':'Sleepy'}}}") << u"sync"_s
            << u"Unknown||"_s;
        QTest::addRow("unknown fields are ignored, at every level")
            << json("{'kind':'Application','apiVersion':'argoproj.io/v1alpha1','future':{'a':[1,{'b':null}]},"
                    "'metadata':{'name':'web','newMeta':[true,false],'managedFields':[{'manager':'x'}]},"
                    "'spec':{'project':'p','sourceHydrator':{'drySource':{'repoURL':'r'}},"
                    "'source':{'repoURL':'r','plugin':{'env':[{'name':'A','value':'1'}]}}},"
                    "'status':{'sync':{'status':'Synced','comparedTo':{'source':{'repoURL':'other'}}},'new':"
                    "1}}")
            << u"sources"_s << u"r|||"_s;
        QTest::addRow("kind and apiVersion absent")
            << json("{'metadata':{'name':'web'},'spec':{'project':'p'}}") << u"name"_s << u"web"_s;
        QTest::addRow("single source")
            << json("{'spec':{'source':{'repoURL':'r','path':'p','targetRevision':'t'}}}") << u"sources"_s
            << u"r|p|t|"_s;
        QTest::addRow("targetRevision omitted means HEAD: empty")
            << json("{'spec':{'source':{'repoURL':'r','path':'p'}}}") << u"sources"_s << u"r|p||"_s;
        QTest::addRow("sources win over source") << json("{'spec':{'source':{'repoURL':'old'},'sources':[{'"
                                                         "repoURL':'a'},{'repoURL':'b','chart':'c'}]}}")
                                                 << u"sources"_s << u"multi:a|||;b|||c"_s;
        QTest::addRow("empty sources: the single source")
            << json("{'spec':{'sources':[],'source':{'repoURL':'r'}}}") << u"sources"_s << u"r|||"_s;
        QTest::addRow("no source at all") << json("{'spec':{'project':'p'}}") << u"sources"_s << QString();
        QTest::addRow("destination by name")
            << json("{'spec':{'destination':{'name':'prod','namespace':'web'}}}") << u"destination"_s
            << u"|prod|web"_s;
        QTest::addRow("operation present: in progress")
            << json("{'operation':{'sync':{'revision':'abc'},'initiatedBy':{'username':'alice'}}}")
            << u"operationInProgress"_s << u"true"_s;
        QTest::addRow("operation {}: in progress")
            << json("{'operation':{}}") << u"operationInProgress"_s << u"true"_s;
        QTest::addRow("operation absent") << json("{'status':{}}") << u"operationInProgress"_s << u"false"_s;
        QTest::addRow("operation null")
            << json("{'operation':null}") << u"operationInProgress"_s << u"false"_s;
        QTest::addRow("operationState null")
            << json("{'status':{'operationState':null}}") << u"operationState"_s << u"none"_s;
        QTest::addRow("operationState running, automated")
            << json("{'status':{'operationState':{'phase':'Running','startedAt':'2026-05-04T10:11:31Z',"
                    "'operation':{'sync':{'revision':'abc'},'initiatedBy':{'automated':true}}}}}")
            << u"operationState"_s << u"Running||2026-05-04T10:11:31.000Z|-|abc|||true|false"_s;
        QTest::addRow("operationState terminating")
            << json("{'status':{'operationState':{'phase':'Terminating'}}}") << u"operationState"_s
            << u"Terminating||-|-||||false|false"_s;
        QTest::addRow("operationState error, dry run by a user")
            << json("{'status':{'operationState':{'phase':'Error','message':'boom',"
                    "'operation':{'sync':{'dryRun':true},'initiatedBy':{'username':'bob'}}}}}")
            << u"operationState"_s << u"Error|boom|-|-|||bob|false|true"_s;
        QTest::addRow("conditions")
            << json("{'status':{'conditions':[{'type':'ComparisonError','message':'x'},"
                    "{'type':'SharedResourceWarning','message':'y',"
                    "'lastTransitionTime':'2026-05-04T10:00:00Z'}]}}")
            << u"conditions"_s << u"ComparisonError:x;SharedResourceWarning:y"_s;
        QTest::addRow("reconciledAt") << json("{'status':{'reconciledAt':'2026-05-04T10:11:30Z'}}")
                                      << u"reconciledAt"_s << u"2026-05-04T10:11:30.000Z"_s;
        QTest::addRow("summary.images")
            << json("{'status':{'summary':{'images':['a:1','b:2'],'externalURLs':['u']}}}") << u"images"_s
            << u"a:1,b:2"_s;
        QTest::addRow("summary {}: no images")
            << json("{'status':{'summary':{}}}") << u"images"_s << QString();
        QTest::addRow("timestamp with fraction and offset")
            << json("{'metadata':{'creationTimestamp':'2026-05-04T12:11:12.345678+02:00'}}") << u"createdAt"_s
            << u"2026-05-04T10:11:12.345Z"_s;
        QTest::addRow("timestamp null (Go's zero time)")
            << json("{'metadata':{'creationTimestamp':null}}") << u"createdAt"_s << u"-"_s;
        QTest::addRow("List has no resource health: Unknown")
            << json("{'status':{'resources':[{'kind':'Service','name':'web','status':'Synced'}]}}")
            << u"resources"_s << u"||Service||web|Synced|Unknown||false"_s;
        QTest::addRow("resource health and requiresPruning")
            << json("{'status':{'resources':[{'group':'apps','version':'v1','kind':'Deployment','namespace':'"
                    "n',"
                    "'name':'web','status':'OutOfSync','requiresPruning':true,'syncWave':-1,"
                    "'health':{'status':'Missing','message':'gone'}}]}}")
            << u"resources"_s << u"apps|v1|Deployment|n|web|OutOfSync|Missing|gone|true"_s;
        QTest::addRow("label keys with dots and slashes")
            << json("{'metadata':{'labels':{'app.kubernetes.io/name':'web','env':'prod'}}}") << u"labels"_s
            << u"app.kubernetes.io/name=web,env=prod"_s;
        QTest::addRow("escapes in strings")
            << QByteArray("{\"metadata\":{\"name\":\"caf\\u00e9 "
                          "\\ud83d\\ude80\",\"labels\":{\"a\\\"b\":\"x\\\\y\\n\"}}}")
            << u"labels"_s << u"a\"b=x\\y\n"_s;
        QTest::addRow("escapes in a unique string")
            << QByteArray("{\"metadata\":{\"name\":\"caf\\u00e9 \\ud83d\\ude80\\t\\/\"}}") << u"name"_s
            << u"caf\u00e9 \U0001F680\t/"_s;
        QTest::addRow("non-ASCII UTF-8") << QByteArray("{\"metadata\":{\"name\":\"\xc3\xa9t\xc3\xa9\"}}")
                                         << u"name"_s << u"\u00e9t\u00e9"_s;
        QTest::addRow("null is absent, everywhere")
            << json("{'metadata':{'name':null,'labels':null,'annotations':null,'resourceVersion':null},"
                    "'spec':{'project':null,'source':null,'sources':null,'destination':null,'syncPolicy':"
                    "null},"
                    "'status':{'sync':null,'health':null,'resources':null,'history':null,'conditions':null,"
                    "'summary':null,'operationState':null,'reconciledAt':null},'operation':null}")
            << u"syncPolicy"_s << u"false|true|false|false|false|"_s;
        QTest::addRow("whitespace everywhere")
            << json(" \n {\n 'metadata' : {\t'name' :  'web'  , 'labels' : { 'a' : 'b' } } \r\n } \n ")
            << u"labels"_s << u"a=b"_s;
    }
    void quirks()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, property);
        QFETCH(QString, expected);
        const auto app = decodeApplication(body);
        QVERIFY2(app, qPrintable(app.errorMessage()));
        QCOMPARE(::describe(*app, property), expected);
    }

    void applicationList()
    {
        const QByteArray body = dataFile(QStringLiteral("application-list.json"));
        const auto list = decodeApplicationList(body);
        QVERIFY2(list, qPrintable(list.errorMessage()));
        QCOMPARE(list->resourceVersion, 884260);
        QCOMPARE(list->items.size(), 3);
        const Application &cart = list->items[0];
        const Application &catalog = list->items[1];
        const Application &fresh = list->items[2];
        QCOMPARE(cart.name, u"cart"_s);
        QCOMPARE(toString(cart.autoSync()), toString(AutoSyncState::On));
        QCOMPARE(describe(cart, u"history"_s),
                 u"7|v1.8.2||2026-05-03T09:00:41.000Z|2026-05-03T09:00:30.000Z||true|"_s
                 u"https://git.example.org/shop/deploy.git|cart/prod|v1.8.2|"_s);
        QCOMPARE(toString(catalog.autoSync()), toString(AutoSyncState::Paused));
        QCOMPARE(toString(catalog.health), toString(HealthStatus::Suspended));
        QCOMPARE(toString(fresh.syncStatus), toString(SyncStatus::Unknown));
        QCOMPARE(toString(fresh.health), toString(HealthStatus::Missing));
        QVERIFY(fresh.labels.isEmpty());
        QVERIFY(!fresh.operationState);

        // Repeated strings and identical label sets are shared, not copied per application.
        QCOMPARE(cart.sources[0].repoUrl.constData(), catalog.sources[0].repoUrl.constData());
        QCOMPARE(cart.sources[0].repoUrl.constData(), fresh.sources[0].repoUrl.constData());
        QCOMPARE(cart.destinationServer.constData(), catalog.destinationServer.constData());
        QCOMPARE(cart.resources[0].kind.constData(), catalog.resources[0].kind.constData());
        QVERIFY(cart.labels.isSharedWith(catalog.labels));
        QCOMPARE(cart.history[0].source.repoUrl.constData(), cart.sources[0].repoUrl.constData());

        // The same body read in place (capacity to spare) and copied (none) decodes the same.
        QByteArray roomy = body;
        roomy.reserve(body.size() + 4096);
        QVERIFY(roomy.capacity() - roomy.size() >= 64);
        const auto inPlace = decodeApplicationList(roomy);
        const QByteArray tight = QByteArray::fromRawData(body.constData(), body.size());
        const auto copied = decodeApplicationList(tight);
        QVERIFY(inPlace && copied);
        QCOMPARE(inPlace->items, list->items);
        QCOMPARE(copied->items, list->items);
        // A slice of a bigger buffer, with the readable bytes after it.
        QByteArray padded = body + QByteArray(64, ' ');
        const auto sliced = decodeApplicationList(QByteArrayView(padded).first(body.size()), padded.size());
        QVERIFY(sliced);
        QCOMPARE(sliced->items, list->items);
    }

    void emptyList()
    {
        const auto empty = decodeApplicationList(json("{'metadata':{'resourceVersion':'12'},'items':[]}"));
        QVERIFY2(empty, qPrintable(empty.errorMessage()));
        QCOMPARE(empty->resourceVersion, 12);
        QVERIFY(empty->items.isEmpty());
        const auto none = decodeApplicationList(json("{'metadata':{}}"));
        QVERIFY(none);
        QVERIFY(none->items.isEmpty());
        const auto nullItems = decodeApplicationList(json("{'items':null}"));
        QVERIFY(nullItems);
    }

    void watchEvents_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("code");

        const QList<QByteArray> lines = dataLines(QStringLiteral("watch.ndjson"));
        QCOMPARE(lines.size(), 4);
        QTest::addRow("ADDED") << lines[0] << true << int(WatchEvent::Type::Added) << u"cart"_s << QString()
                               << 0;
        QTest::addRow("MODIFIED") << lines[1] << true << int(WatchEvent::Type::Modified) << u"payments-eu"_s
                                  << QString() << 0;
        QTest::addRow("DELETED: the last state")
            << lines[2] << true << int(WatchEvent::Type::Deleted) << u"old-app"_s << QString() << 0;
        QTest::addRow("stream error: message and http_code")
            << lines[3] << false << 0 << QString() << u"permission denied"_s << 403;
        QTest::addRow("401 before any data")
            << json("{'error':{'grpc_code':16,'http_code':401,'message':'no session information',"
                    "'http_status':'Unauthorized'}}")
            << false << 0 << QString() << u"no session information"_s << 401;
        QTest::addRow("error without message: the HTTP status")
            << json("{'error':{'grpc_code':14,'http_code':503,'http_status':'Service Unavailable'}}") << false
            << 0 << QString() << u"Service Unavailable"_s << 503;
        QTest::addRow("with the newline")
            << lines[0] + '\n'
            << true << int(WatchEvent::Type::Added) << u"cart"_s << QString() << 0;
        QTest::addRow("SSE framing") << "data: " + lines[1] + " \n\n\n"
                                     << true << int(WatchEvent::Type::Modified) << u"payments-eu"_s
                                     << QString() << 0;
        QTest::addRow("type omitted by a fields projection: MODIFIED")
            << json("{'result':{'application':{'metadata':{'name':'web'}}}}") << true
            << int(WatchEvent::Type::Modified) << u"web"_s << QString() << 0;
        QTest::addRow("unknown type")
            << json("{'result':{'type':'BOOKMARK','application':{}}}") << false << 0 << QString()
            << u"$.result.type: unknown event type \"BOOKMARK\""_s << 0;
        QTest::addRow("neither result nor error") << json("{'other':{}}") << false << 0 << QString()
                                                  << u"$: expected \"result\" or \"error\""_s << 0;
        QTest::addRow("application not an object")
            << json("{'result':{'type':'ADDED','application':[]}}") << false << 0 << QString()
            << u"$.result.application: expected an object"_s << 0;
        QTest::addRow("wrong type inside the application")
            << json("{'result':{'type':'ADDED','application':{'status':{'health':{'status':3}}}}}") << false
            << 0 << QString() << u"$.result.application.status.health.status: expected a string"_s << 0;
        QTest::addRow("cut short") << lines[1].first(120) << false << 0 << QString()
                                   << u"$: the JSON ends too early (truncated?)"_s << 0;
        QTest::addRow("empty line") << QByteArray("\n") << false << 0 << QString() << u"$: empty body"_s << 0;
    }
    void watchEvents()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, error);
        QFETCH(int, code);
        const auto event = decodeWatchEvent(line);
        QCOMPARE(event.errorMessage(), error);
        QCOMPARE(event.ok(), ok);
        if (ok) {
            QCOMPARE(int(event->type), type);
            QCOMPARE(event->application.name, name);
        } else {
            QCOMPARE(event.error().code, code);
        }
    }

    void watchEventCarriesTheApplication()
    {
        const auto event = decodeWatchEvent(dataLines(QStringLiteral("watch.ndjson"))[0]);
        QVERIFY(event);
        QCOMPARE(event->application.resourceVersion, 884101);
        QVERIFY(!event->application.deletionRequestedAt.isValid());
        // Get and Watch fill in the resource health (List does not).
        QCOMPARE(toString(event->application.resources[0].health), toString(HealthStatus::Healthy));

        const auto deleted = decodeWatchEvent(dataLines(QStringLiteral("watch.ndjson"))[2]);
        QVERIFY(deleted);
        QCOMPARE(deleted->application.deletionRequestedAt, utc("2026-05-04T10:13:00Z"));
    }

    void clusters()
    {
        const auto clusters = decodeClusterList(dataFile(QStringLiteral("clusters.json")));
        QVERIFY2(clusters, qPrintable(clusters.errorMessage()));
        QCOMPARE(clusters->size(), 3);
        const Cluster &local = clusters->at(0);
        QCOMPARE(local.server, u"https://kubernetes.default.svc"_s);
        QCOMPARE(local.name, u"in-cluster"_s);
        QCOMPARE(local.connectionStatus, u"Successful"_s);
        QCOMPARE(local.serverVersion, u"1.31"_s);
        QCOMPARE(local.applicationsCount, 41);
        QVERIFY(local.labels.isEmpty());
        const Cluster &prod = clusters->at(1);
        QCOMPARE(prod.labels, (QMap<QString, QString>{{u"env"_s, u"prod"_s}, {u"region"_s, u"eu"_s}}));
        QCOMPARE(prod.connectionStatus, u"Failed"_s);
        QCOMPARE(prod.connectionMessage, u"dial tcp 10.20.0.1:6443: i/o timeout"_s);
        QCOMPARE(prod.applicationsCount, 0);
        QVERIFY(prod.serverVersion.isEmpty());
        // Without info.connectionState, the deprecated top-level copies.
        const Cluster &staging = clusters->at(2);
        QCOMPARE(staging.connectionStatus, u"Unknown"_s);
        QCOMPARE(staging.serverVersion, u"1.30"_s);
        QCOMPARE(staging.applicationsCount, 3);
    }

    void projects()
    {
        const auto projects = decodeProjectList(dataFile(QStringLiteral("projects.json")));
        QVERIFY2(projects, qPrintable(projects.errorMessage()));
        QCOMPARE(projects->size(), 2);
        QCOMPARE(projects->at(0).name, u"default"_s);
        QCOMPARE(projects->at(0).resourceVersion, 1001);
        QVERIFY(projects->at(0).description.isEmpty());
        QVERIFY(projects->at(0).syncWindows.isEmpty()); // an empty list is omitted
        const Project &payments = projects->at(1);
        QCOMPARE(payments.description, u"Payments team"_s);
        QCOMPARE(payments.resourceVersion, 5119);
        QCOMPARE(payments.syncWindows.size(), 2);
        SyncWindow deny;
        deny.kind = u"deny"_s;
        deny.schedule = u"0 22 * * *"_s;
        deny.duration = u"8h"_s;
        deny.applications = {u"*"_s};
        deny.manualSync = true;
        deny.timeZone = u"Europe/Berlin"_s;
        deny.description = u"night freeze"_s;
        QCOMPARE(payments.syncWindows[0], deny);
        SyncWindow allow;
        allow.kind = u"allow"_s;
        allow.schedule = u"0 9 * * 1-5"_s;
        allow.duration = u"9h"_s;
        allow.namespaces = {u"payments"_s};
        allow.clusters = {u"prod-*"_s};
        allow.andOperator = true;
        allow.syncOverrun = true;
        QCOMPARE(payments.syncWindows[1], allow);
    }

    void repositories()
    {
        const auto repositories = decodeRepositoryList(dataFile(QStringLiteral("repositories.json")));
        QVERIFY2(repositories, qPrintable(repositories.errorMessage()));
        QCOMPARE(repositories->size(), 3);
        const Repository &payments = repositories->at(0);
        QCOMPARE(payments.url, u"https://git.example.org/platform/payments.git"_s);
        QCOMPARE(payments.type, u"git"_s);
        QCOMPARE(payments.name, u"payments"_s);
        QCOMPARE(payments.project, u"payments"_s);
        QCOMPARE(payments.connectionStatus, u"Successful"_s);
        QCOMPARE(repositories->at(1).type, u"helm"_s);
        QCOMPARE(repositories->at(1).connectionMessage,
                 u"Unable to connect to repository: 503 Service Unavailable"_s);
        QVERIFY(repositories->at(2).name.isEmpty());
        QVERIFY(repositories->at(2).project.isEmpty());
    }

    void version_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("error");
        QTest::addRow("logged in") << dataFile(u"version.json"_s) << u"v3.5.1+5f4c2e1"_s << QString();
        QTest::addRow("anonymous: Version only")
            << json("{'Version':'v3.2.0+abc'}") << u"v3.2.0+abc"_s << QString();
        QTest::addRow("lower-case key is not it")
            << json("{'version':'v3'}") << QString() << u"$.Version: missing"_s;
        QTest::addRow("not a string")
            << json("{'Version':3}") << QString() << u"$.Version: expected a string"_s;
        QTest::addRow("empty body") << QByteArray() << QString() << u"$: empty body"_s;
    }
    void version()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, version);
        QFETCH(QString, error);
        const auto decoded = decodeVersion(body);
        QCOMPARE(decoded.errorMessage(), error);
        if (decoded)
            QCOMPARE(*decoded, version);
    }

    void errorMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addRow("unary error")
            << json("{'error':'permission denied','code':7,'message':'permission denied'}")
            << u"permission denied"_s;
        QTest::addRow("message wins")
            << json("{'error':'a','code':9,'message':'another operation is already in "
                    "progress'}")
            << u"another operation is already in progress"_s;
        QTest::addRow("error only") << json("{'error':'no session information','code':16}")
                                    << u"no session information"_s;
        QTest::addRow("with details")
            << json("{'error':'x','code':3,'message':'bad','details':[{'@type':'t'}]}") << u"bad"_s;
        QTest::addRow("stream error") << json("{'error':{'grpc_code':7,'http_code':403,'message':'denied',"
                                              "'http_status':'Forbidden'}}")
                                      << u"denied"_s;
        QTest::addRow("415 is plain text")
            << QByteArray("Invalid content type\n") << u"Invalid content type"_s;
        QTest::addRow("404 of grpc-gateway") << QByteArray("Not Found") << u"Not Found"_s;
        QTest::addRow("JSON without a message: the text") << json("{'code':5}") << u"{\"code\":5}"_s;
        QTest::addRow("empty") << QByteArray() << QString();
        const QByteArray page = "<html>\n<body>\n" + QByteArray(300, 'x') + "</body></html>";
        QTest::addRow("a proxy page: simplified and cut")
            << page << QString(u"<html> <body> "_s + QString(185, u'x') + u'\u2026');
    }
    void errorMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(decodeErrorMessage(body), message);
    }

    // Malformed input: an Error whose message starts with the JSON path, never a crash.
    void malformed_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");

        const QByteArray list = dataFile(u"application-list.json"_s);
        const QByteArray ok = "{'metadata':{'name':'ok'},'status':{'sync':{'status':'Synced'}}}";
        QTest::addRow("empty body") << u"list"_s << QByteArray() << u"$: empty body"_s;
        QTest::addRow("only whitespace") << u"list"_s << QByteArray(" \r\n\t") << u"$: empty body"_s;
        QTest::addRow("not JSON") << u"list"_s << QByteArray("<html>502 Bad Gateway</html>")
                                  << u"$: expected an object"_s;
        QTest::addRow("an array, not an object")
            << u"list"_s << QByteArray("[]") << u"$: expected an object"_s;
        QTest::addRow("truncated (connection dropped)")
            << u"list"_s << list.first(list.size() / 2) << u"$: the JSON ends too early (truncated?)"_s;
        QTest::addRow("truncated in a string")
            << u"list"_s << list.first(35) << u"$: the JSON ends too early (truncated?)"_s;
        QTest::addRow("truncated right after an item")
            << u"list"_s << json("{'items':[{'metadata':{'name':'a'}},{'metadata':{'name':'b'}}")
            << u"$.items: malformed JSON (a brace, bracket, comma or colon is missing or misplaced)"_s;
        QTest::addRow("data after the document")
            << u"list"_s << QByteArray("{}{}") << u"$: unexpected data after the JSON document"_s;
        QTest::addRow("invalid UTF-8")
            << u"list"_s << QByteArray("{\"items\":[{\"metadata\":{\"name\":\"\xff\"}}]}")
            << u"$: the JSON is not valid UTF-8"_s;
        QTest::addRow("items is an object")
            << u"list"_s << json("{'items':{}}") << u"$.items: expected an array"_s;
        QTest::addRow("an item that is not an object")
            << u"list"_s << json("{'items':[" + ok + "," + ok + "," + ok + ",42]}")
            << u"$.items[3]: expected an object"_s;
        QTest::addRow("a null item") << u"list"_s << json("{'items':[" + ok + ",null]}")
                                     << u"$.items[1]: expected an object"_s;
        QTest::addRow("sync status a number, at depth")
            << u"list"_s
            << json("{'items':[" + ok + "," + ok + "," + ok + ",{'status':{'sync':{'status':1}}}]}")
            << u"$.items[3].status.sync.status: expected a string"_s;
        QTest::addRow("history id as a string")
            << u"list"_s << json("{'items':[{'status':{'history':[{'id':1},{'id':'3'}]}}]}")
            << u"$.items[0].status.history[1].id: expected an integer"_s;
        QTest::addRow("history id with a fraction")
            << u"list"_s << json("{'items':[{'status':{'history':[{'id':3.5}]}}]}")
            << u"$.items[0].status.history[0].id: expected an integer"_s;
        QTest::addRow("int64 overflow")
            << u"list"_s << json("{'items':[{'status':{'history':[{'id':99999999999999999999}]}}]}")
            << u"$.items[0].status.history[0].id: expected an integer"_s;
        QTest::addRow("list resourceVersion not a number")
            << u"list"_s << json("{'metadata':{'resourceVersion':'abc'}}")
            << u"$.metadata.resourceVersion: expected a number in a string, got \"abc\""_s;
        QTest::addRow("resourceVersion an object")
            << u"list"_s << json("{'items':[{'metadata':{'resourceVersion':{}}}]}")
            << u"$.items[0].metadata.resourceVersion: expected a string"_s;
        QTest::addRow("a label value not a string")
            << u"list"_s << json("{'items':[{'metadata':{'labels':{'app.kubernetes.io/name':1}}}]}")
            << u"$.items[0].metadata.labels[\"app.kubernetes.io/name\"]: expected a string"_s;
        QTest::addRow("labels a list") << u"list"_s << json("{'items':[{'metadata':{'labels':['a']}}]}")
                                       << u"$.items[0].metadata.labels: expected an object"_s;
        QTest::addRow("not a timestamp")
            << u"list"_s << json("{'items':[{'metadata':{'creationTimestamp':'yesterday'}}]}")
            << u"$.items[0].metadata.creationTimestamp: expected an RFC 3339 timestamp, got \"yesterday\""_s;
        QTest::addRow("no such date")
            << u"list"_s << json("{'items':[{'status':{'history':[{'deployedAt':'2026-02-29T10:00:00Z'}]}}]}")
            << u"$.items[0].status.history[0].deployedAt: expected an RFC 3339 timestamp, got "_s
               u"\"2026-02-29T10:00:00Z\""_s;
        QTest::addRow("automated a boolean")
            << u"list"_s << json("{'items':[{'spec':{'syncPolicy':{'automated':true}}}]}")
            << u"$.items[0].spec.syncPolicy.automated: expected an object"_s;
        QTest::addRow("prune a string")
            << u"list"_s << json("{'items':[{'spec':{'syncPolicy':{'automated':{'prune':'yes'}}}}]}")
            << u"$.items[0].spec.syncPolicy.automated.prune: expected a boolean"_s;
        QTest::addRow("syncOptions a string")
            << u"list"_s << json("{'items':[{'spec':{'syncPolicy':{'syncOptions':'PruneLast=true'}}}]}")
            << u"$.items[0].spec.syncPolicy.syncOptions: expected an array"_s;
        QTest::addRow("a sync option not a string")
            << u"list"_s << json("{'items':[{'spec':{'syncPolicy':{'syncOptions':['a',{}]}}}]}")
            << u"$.items[0].spec.syncPolicy.syncOptions[1]: expected a string"_s;
        QTest::addRow("a source not an object")
            << u"list"_s << json("{'items':[{'spec':{'sources':[{'repoURL':'a'},'b']}}]}")
            << u"$.items[0].spec.sources[1]: expected an object"_s;
        QTest::addRow("resource health status a number")
            << u"list"_s
            << json(
                   "{'items':[{'status':{'resources':[{'kind':'A'},{'kind':'B'},{'health':{'status':2}}]}}]}")
            << u"$.items[0].status.resources[2].health.status: expected a string"_s;
        QTest::addRow("an invalid escape")
            << u"list"_s << QByteArray("{\"items\":[{\"spec\":{\"project\":\"a\\x\"}}]}")
            << u"$.items[0].spec.project: invalid escape in a string"_s;
        QTest::addRow("a lone surrogate") << u"app"_s << QByteArray("{\"metadata\":{\"name\":\"\\udc00\"}}")
                                          << u"$.metadata.name: invalid escape in a string"_s;
        QTest::addRow("operation a string")
            << u"app"_s << json("{'operation':'sync'}") << u"$.operation: expected an object"_s;
        QTest::addRow("application body an array")
            << u"app"_s << QByteArray("[{}]") << u"$: expected an object"_s;
        QTest::addRow("applicationsCount a string")
            << u"clusters"_s << json("{'items':[{'server':'s','info':{'applicationsCount':'3'}}]}")
            << u"$.items[0].info.applicationsCount: expected an integer"_s;
        QTest::addRow("cluster labels with a number")
            << u"clusters"_s << json("{'items':[{'labels':{'env':'prod'}},{'labels':{'tier':1}}]}")
            << u"$.items[1].labels.tier: expected a string"_s;
        QTest::addRow("a sync window that is not an object")
            << u"projects"_s << json("{'items':[{'spec':{'syncWindows':[{'kind':'allow'},'deny']}}]}")
            << u"$.items[0].spec.syncWindows[1]: expected an object"_s;
        QTest::addRow("manualSync a string")
            << u"projects"_s << json("{'items':[{'spec':{'syncWindows':[{'manualSync':'true'}]}}]}")
            << u"$.items[0].spec.syncWindows[0].manualSync: expected a boolean"_s;
        QTest::addRow("project resourceVersion not a number")
            << u"projects"_s << json("{'items':[{'metadata':{'name':'p','resourceVersion':'v1'}}]}")
            << u"$.items[0].metadata.resourceVersion: expected a number in a string, got \"v1\""_s;
        QTest::addRow("repository connectionState a list")
            << u"repositories"_s << json("{'items':[{'repo':'r','connectionState':[]}]}")
            << u"$.items[0].connectionState: expected an object"_s;
        QTest::addRow("repository not an object")
            << u"repositories"_s << json("{'items':['r']}") << u"$.items[0]: expected an object"_s;
    }
    void malformed()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        Error error;
        if (decoder == u"list"_s) {
            const auto result = decodeApplicationList(body);
            QVERIFY(!result);
            error = result.error();
        } else if (decoder == u"app"_s) {
            const auto result = decodeApplication(body);
            QVERIFY(!result);
            error = result.error();
        } else if (decoder == u"clusters"_s) {
            const auto result = decodeClusterList(body);
            QVERIFY(!result);
            error = result.error();
        } else if (decoder == u"projects"_s) {
            const auto result = decodeProjectList(body);
            QVERIFY(!result);
            error = result.error();
        } else {
            const auto result = decodeRepositoryList(body);
            QVERIFY(!result);
            error = result.error();
        }
        QCOMPARE(error.message, message);
    }

    // Every prefix of a real list is either an error or, never, a crash.
    void everyTruncationIsAnError()
    {
        const QByteArray body = dataFile(u"application-multisource.json"_s);
        for (qsizetype length = 0; length < body.size(); ++length) {
            const auto result = decodeApplication(QByteArrayView(body).first(length));
            if (result) // a prefix can be a complete document only when it ends after the root
                QVERIFY2(body.sliced(length).trimmed().isEmpty(), qPrintable(QString::number(length)));
            else
                QVERIFY(result.errorMessage().startsWith(u'$'));
        }
    }

    void rfc3339_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // ISO with ms in UTC, or empty for "not a timestamp"
        QTest::addRow("Kubernetes form")
            << QByteArray("2026-05-04T10:11:12Z") << u"2026-05-04T10:11:12.000Z"_s;
        QTest::addRow("lower-case t and z")
            << QByteArray("2026-05-04t10:11:12z") << u"2026-05-04T10:11:12.000Z"_s;
        QTest::addRow("milliseconds")
            << QByteArray("2026-05-04T10:11:12.5Z") << u"2026-05-04T10:11:12.500Z"_s;
        QTest::addRow("nanoseconds, cut to ms")
            << QByteArray("2026-05-04T10:11:12.123456789Z") << u"2026-05-04T10:11:12.123Z"_s;
        QTest::addRow("positive offset")
            << QByteArray("2026-05-04T00:30:00+02:00") << u"2026-05-03T22:30:00.000Z"_s;
        QTest::addRow("negative offset")
            << QByteArray("2026-12-31T20:00:00-05:30") << u"2027-01-01T01:30:00.000Z"_s;
        QTest::addRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << u"2024-02-29T00:00:00.000Z"_s;
        QTest::addRow("leap day of 2000")
            << QByteArray("2000-02-29T23:59:59Z") << u"2000-02-29T23:59:59.000Z"_s;
        QTest::addRow("the epoch") << QByteArray("1970-01-01T00:00:00Z") << u"1970-01-01T00:00:00.000Z"_s;
        QTest::addRow("before the epoch")
            << QByteArray("1969-12-31T23:59:59Z") << u"1969-12-31T23:59:59.000Z"_s;
        QTest::addRow("no leap day in 2026") << QByteArray("2026-02-29T00:00:00Z") << QString();
        QTest::addRow("no leap day in 1900") << QByteArray("1900-02-29T00:00:00Z") << QString();
        QTest::addRow("April 31st") << QByteArray("2026-04-31T00:00:00Z") << QString();
        QTest::addRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << QString();
        QTest::addRow("hour 24") << QByteArray("2026-05-04T24:00:00Z") << QString();
        QTest::addRow("second 60") << QByteArray("2026-05-04T10:11:60Z") << QString();
        QTest::addRow("no zone") << QByteArray("2026-05-04T10:11:12") << QString();
        QTest::addRow("date only") << QByteArray("2026-05-04") << QString();
        QTest::addRow("space for T") << QByteArray("2026-05-04 10:11:12Z") << QString();
        QTest::addRow("one-digit month") << QByteArray("2026-5-04T10:11:12Z") << QString();
        QTest::addRow("empty fraction") << QByteArray("2026-05-04T10:11:12.Z") << QString();
        QTest::addRow("trailing text") << QByteArray("2026-05-04T10:11:12Zx") << QString();
        QTest::addRow("offset without colon") << QByteArray("2026-05-04T10:11:12+0200") << QString();
        QTest::addRow("empty") << QByteArray() << QString();
    }
    void rfc3339()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto msecs = support::parseRfc3339(std::string_view(text.constData(), size_t(text.size())));
        if (expected.isEmpty()) {
            QVERIFY(!msecs);
        } else {
            QVERIFY(msecs);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::UTC).toString(Qt::ISODateWithMs),
                     expected);
        }
    }

    // The decoders are pure: the same input from several threads at once gives the same result.
    void concurrentDecodes()
    {
        const QByteArray body = dataFile(u"application-list.json"_s);
        QByteArray big = "{\"items\":[";
        const QByteArray full = dataFile(u"application-full.json"_s);
        for (int i = 0; i < 400; ++i)
            big += (i ? "," : "") + full;
        big += "]}";
        QVERIFY(big.size() > (1 << 20)); // the shared parser for big documents
        const auto expectedBig = decodeApplicationList(big);
        QVERIFY(expectedBig);
        QCOMPARE(expectedBig->items.size(), 400);
        QList<QThread *> threads;
        QAtomicInt failures;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&] {
                for (int i = 0; i < 5; ++i) {
                    const auto small = decodeApplicationList(body);
                    const auto large = decodeApplicationList(big);
                    if (!small || !large || small->items.size() != 3 || large->items != expectedBig->items)
                        failures.ref();
                }
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);

        // Without the kept parser, big documents still decode (with a parser set up anew).
        releaseCachedParser();
        const auto again = decodeApplicationList(big);
        QVERIFY(again);
        QCOMPARE(again->items, expectedBig->items);
    }
};

QTEST_GUILESS_MAIN(TestArgoCdDecoder)
#include "tst_argocddecoder.moc"
