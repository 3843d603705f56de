// Specification of the contract-test validator, run against the real Argo CD
// swagger: it accepts what the server sends (the hand-written sample payloads
// of tests/support/argocdsamples.h and the wire forms the swagger gets wrong) and names, with a JSON path,
// each mistake a test double could make.
#include "tests/support/argocdsamples.h"
#include "tests/support/swaggervalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using sextant::testsupport::SwaggerValidator;
namespace argocdsamples = sextant::testsupport::argocdsamples;

namespace {

QJsonValue parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// root with the value at a dotted path ("status.history.0.id") replaced, or removed.
QJsonValue edited(const QJsonValue &node, QStringList path, const std::optional<QJsonValue> &replacement)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && !replacement)
            array.removeAt(index);
        else
            array.replace(index, path.isEmpty() ? *replacement : edited(array.at(index), path, replacement));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && !replacement)
        object.remove(head);
    else
        object.insert(head, path.isEmpty() ? *replacement : edited(object.value(head), path, replacement));
    return object;
}

QJsonValue with(const QJsonValue &root, const QString &path, const QJsonValue &value)
{
    return edited(root, path.split(QLatin1Char('.')), value);
}

QJsonValue without(const QJsonValue &root, const QString &path)
{
    return edited(root, path.split(QLatin1Char('.')), std::nullopt);
}

QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue node = root;
    for (const QString &key : path.split(QLatin1Char('.')))
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
    return node;
}

// The sample payloads of tests/support/argocdsamples.h.
QJsonValue application()
{
    return argocdsamples::application();
}
QJsonValue watchMessage()
{
    return argocdsamples::watchMessage();
}
QJsonValue watchEvent()
{
    return at(watchMessage(), QStringLiteral("result"));
}
QJsonValue managedResource()
{
    return argocdsamples::managedResource();
}

QJsonValue applicationList()
{
    return QJsonObject{{QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("resourceVersion"), QStringLiteral("884213")}}},
                       {QStringLiteral("items"), QJsonArray{application()}}};
}

QJsonValue cluster()
{
    return parse(
        R"json({"server": "https://10.20.0.1:6443", "name": "eu-1", "namespaces": ["payments"], "config": {"tlsClientConfig": {"insecure": false, "serverName": "eu-1.internal"}}, "info": {"connectionState": {"status": "Successful", "attemptedAt": "2026-05-04T10:11:00Z"}, "serverVersion": "1.31", "applicationsCount": 4, "cacheInfo": {"resourcesCount": 1204, "apisCount": 57, "lastCacheSyncTime": "2026-05-04T10:10:00Z"}}, "labels": {"region": "eu"}})json");
}

QJsonValue streamError(int httpCode)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("grpc_code"), 7},
                                    {QStringLiteral("http_code"), httpCode},
                                    {QStringLiteral("message"), QStringLiteral("permission denied")},
                                    {QStringLiteral("http_status"), QStringLiteral("Forbidden")}}}};
}

QJsonValue unaryError()
{
    return QJsonObject{{QStringLiteral("error"), QStringLiteral("no session information")},
                       {QStringLiteral("code"), 16},
                       {QStringLiteral("message"), QStringLiteral("no session information")}};
}

} // namespace

class SwaggerValidatorTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_unavailable = SwaggerValidator::unavailableReason();
        if (!m_unavailable.isEmpty()) {
            qInfo().noquote() << m_unavailable;
            return;
        }
        QString error;
        m_validator = SwaggerValidator::load(SwaggerValidator::defaultSwaggerPath(), &error);
        QVERIFY2(m_validator, qPrintable(error));
        QVERIFY(!argocdsamples::application().isEmpty());
        QVERIFY(!argocdsamples::watchMessage().isEmpty());
        QVERIFY(!argocdsamples::managedResource().isEmpty());
        QVERIFY(!cluster().isUndefined());
    }

    // The tests that read the Argo CD API document skip without it; the rest run.
    void init()
    {
        if (m_unavailable.isEmpty())
            return;
        const QByteArray test = QTest::currentTestFunction();
        if (!test.startsWith("load") && test != "appliesRequiredAndEnumsOfASwagger")
            QSKIP(qPrintable(m_unavailable));
    }

    void loadRefusesWhatItCannotCheck_data()
    {
        QTest::addColumn<QByteArray>("swagger");
        QTest::addColumn<QString>("expectedError");

        QTest::addRow("not JSON") << QByteArray("{\"swagger\": ") << QStringLiteral("is not valid JSON");
        QTest::addRow("OpenAPI 3") << QByteArray(R"({"openapi": "3.0.0", "paths": {}})")
                                   << QStringLiteral("is not a Swagger 2.0 document");
        QTest::addRow("no definitions") << QByteArray(R"({"swagger": "2.0", "paths": {}})")
                                        << QStringLiteral("has no definitions or no paths");
        QTest::addRow("dangling $ref")
            // (an ordinary literal: moc misreads "#" inside a raw string)
            << QByteArray(
                   "{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {\"a\": {\"type\": \"object\", "
                   "\"properties\": {\"b\": {\"$ref\": \"#/definitions/missing\"}}}}}")
            << QStringLiteral(
                   "#/definitions/a/properties/b: $ref \"#/definitions/missing\" resolves to nothing");
        QTest::addRow("oneOf") << QByteArray(R"({"swagger": "2.0", "paths": {}, "definitions": {)"
                                             R"("a": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}})")
                               << QStringLiteral("#/definitions/a: unsupported keyword \"oneOf\"");
        QTest::addRow("pattern in a response schema")
            << QByteArray(R"({"swagger": "2.0", "definitions": {}, "paths": {"/x": {"get": {"responses": {)"
                          R"("200": {"schema": {"type": "string", "pattern": "^a"}}}}}}})")
            << QStringLiteral("paths get /x 200: unsupported keyword \"pattern\"");
    }

    void loadRefusesWhatItCannotCheck()
    {
        QFETCH(QByteArray, swagger);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("swagger.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(swagger);
        file.close();

        QString error;
        QVERIFY(!SwaggerValidator::load(file.fileName(), &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void loadReportsAMissingFile()
    {
        QString error;
        QVERIFY(!SwaggerValidator::load(QStringLiteral("/nonexistent/swagger.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read /nonexistent/swagger.json")),
                 qPrintable(error));
        QVERIFY(!SwaggerValidator::load(QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("SEXTANT_SHARED_DIR")), qPrintable(error));
    }

    void acceptsWhatTheServerSends_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QJsonValue>("value");

        const QString app = QStringLiteral("v1alpha1Application");
        QTest::addRow("sample Application") << app << application();
        QTest::addRow("ApplicationList of it")
            << QStringLiteral("v1alpha1ApplicationList") << applicationList();
        QTest::addRow("sample watch event")
            << QStringLiteral("v1alpha1ApplicationWatchEvent") << watchEvent();
        QTest::addRow("sample managed-resources item")
            << QStringLiteral("v1alpha1ResourceDiff") << managedResource();
        QTest::addRow("managed-resources response")
            << QStringLiteral("applicationManagedResourcesResponse")
            << QJsonValue(QJsonObject{{QStringLiteral("items"), QJsonArray{managedResource()}}});
        QTest::addRow("managed-resources response without items (omitempty)")
            << QStringLiteral("applicationManagedResourcesResponse") << QJsonValue(QJsonObject());

        QTest::addRow("int64 as a numeric string")
            << app << with(application(), QStringLiteral("status.history.0.id"), QStringLiteral("11"));
        QTest::addRow("zero metav1.Time written as null")
            << app << with(application(), QStringLiteral("metadata.creationTimestamp"), QJsonValue::Null);
        QTest::addRow("date-time with an offset and a fraction")
            << app
            << with(application(), QStringLiteral("status.reconciledAt"),
                    QStringLiteral("2026-05-04T12:11:30.5+02:00"));
        QTest::addRow("label keys with dots and slashes")
            << app
            << with(application(), QStringLiteral("metadata.labels"),
                    QJsonObject{{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("api")}});
        QTest::addRow("sync status not compared yet")
            << app << with(application(), QStringLiteral("status.sync.status"), QString());
        QTest::addRow("kind and apiVersion of the embedded TypeMeta")
            << app
            << with(with(application(), QStringLiteral("kind"), QStringLiteral("Application")),
                    QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1"));
        QTest::addRow("helm valuesObject is any JSON (RawExtension)")
            << app
            << with(application(), QStringLiteral("spec.source.helm"),
                    parse(R"({"valuesObject": {"replicas": 3, "image": {"tag": "2.14.0"}, "debug": null}})"));
        QTest::addRow("kustomize replica count as a number (IntOrString)")
            << app
            << with(application(), QStringLiteral("spec.source.kustomize.replicas"),
                    parse(R"([{"name": "eu-api", "count": 3}])"));
        QTest::addRow("kustomize replica count as a string (IntOrString)")
            << app
            << with(application(), QStringLiteral("spec.source.kustomize.replicas"),
                    parse(R"([{"name": "eu-api", "count": "3"}])"));
        QTest::addRow("hook strategy with the embedded apply options")
            << app
            << with(application(), QStringLiteral("status.operationState.operation.sync.syncStrategy"),
                    parse(R"({"hook": {"force": true}})"));
        QTest::addRow("managedFields with a fieldsV1 trie")
            << app
            << with(
                   application(), QStringLiteral("metadata.managedFields"),
                   parse(
                       R"([{"manager": "argocd-application-controller", "operation": "Update",)"
                       R"("apiVersion": "argoproj.io/v1alpha1", "time": "2026-05-04T10:11:30Z",)"
                       R"("fieldsType": "FieldsV1", "fieldsV1": {"f:status": {".": {}, "f:health": {}}}}])"));

        QTest::addRow("resource tree node with the inline ResourceRef")
            << QStringLiteral("v1alpha1ApplicationTree")
            << parse(
                   R"({"nodes": [{"group": "apps", "version": "v1", "kind": "ReplicaSet", "namespace": "payments",)"
                   R"("name": "eu-api-7c9f", "uid": "0b5e7c1a-2f4e-4e55-9d7e-1f6c1b2a3d4e", "resourceVersion": "77100",)"
                   R"("parentRefs": [{"group": "apps", "kind": "Deployment", "namespace": "payments", "name": "eu-api"}],)"
                   R"("info": [{"name": "Revision", "value": "Rev:3"}], "health": {"status": "Healthy"},)"
                   R"("createdAt": "2026-05-04T10:11:35Z"}]})");
        QTest::addRow("cluster with its info") << QStringLiteral("v1alpha1Cluster") << cluster();
        QTest::addRow("sync windows of an app")
            << QStringLiteral("applicationApplicationSyncWindowsResponse")
            << parse(R"({"assignedWindows": [{"kind": "deny", "schedule": "0 22 * * *", "duration": "1h",)"
                     R"("manualSync": true}], "canSync": true})");
        QTest::addRow("unary error") << QStringLiteral("runtimeError") << unaryError();
        QTest::addRow("empty message")
            << QStringLiteral("applicationOperationTerminateResponse") << QJsonValue(QJsonObject());
        QTest::addRow("version for anonymous callers")
            << QStringLiteral("versionVersionMessage") << parse(R"({"Version": "v3.5.1+c8e4f6a"})");
    }

    void acceptsWhatTheServerSends()
    {
        QFETCH(QString, definition);
        QFETCH(QJsonValue, value);
        QCOMPARE(m_validator->validate(definition, value), QStringList());
    }

    void namesEachMistake_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("violations");

        const QString app = QStringLiteral("v1alpha1Application");
        const QString event = QStringLiteral("v1alpha1ApplicationWatchEvent");

        // Wrong types.
        QTest::addRow("health.status as a number")
            << app << with(application(), QStringLiteral("status.health.status"), 3)
            << QStringList{QStringLiteral("$.status.health.status: expected string, got number 3")};
        QTest::addRow("label value as a number")
            << app << with(application(), QStringLiteral("metadata.labels.team"), 1)
            << QStringList{QStringLiteral("$.metadata.labels.team: expected string, got number 1")};
        QTest::addRow("null where an object belongs")
            << app << with(application(), QStringLiteral("spec.source"), QJsonValue::Null)
            << QStringList{QStringLiteral("$.spec.source: expected object, got null")};
        QTest::addRow("liveState as an object instead of a JSON string")
            << QStringLiteral("v1alpha1ResourceDiff")
            << with(managedResource(), QStringLiteral("liveState"), QJsonObject())
            << QStringList{QStringLiteral("$.liveState: expected string, got object")};
        QTest::addRow("items as an object")
            << QStringLiteral("v1alpha1ApplicationList")
            << with(applicationList(), QStringLiteral("items"), QJsonObject())
            << QStringList{QStringLiteral("$.items: expected array, got object")};
        QTest::addRow("history id as a word")
            << app << with(application(), QStringLiteral("status.history.0.id"), QStringLiteral("eleven"))
            << QStringList{QStringLiteral(
                   "$.status.history[0].id: expected an integer (int64), got string \"eleven\"")};
        QTest::addRow("history id with a fraction")
            << app << with(application(), QStringLiteral("status.history.0.id"), 11.5)
            << QStringList{
                   QStringLiteral("$.status.history[0].id: expected an integer (int64), got number 11.5")};
        QTest::addRow("IntOrString as a boolean")
            << app
            << with(application(), QStringLiteral("spec.source.kustomize.replicas"),
                    parse(R"([{"name": "eu-api", "count": true}])"))
            << QStringList{QStringLiteral("$.spec.source.kustomize.replicas[0].count: expected an int32 or a "
                                          "string (IntOrString), got boolean true")};
        QTest::addRow("bytes that are not base64")
            << QStringLiteral("v1alpha1TLSClientConfig") << parse(R"({"caData": "not base64!"})")
            << QStringList{QStringLiteral("$.caData: \"not base64!\" is not base64 (format byte)")};

        // Unknown fields.
        QTest::addRow("typo'd key in the sync policy")
            << app << with(application(), QStringLiteral("spec.syncPolicy.automated.selfHeel"), true)
            << QStringList{QStringLiteral("$.spec.syncPolicy.automated.selfHeel: unknown field (not in "
                                          "v1alpha1SyncPolicyAutomated; did you mean \"selfHeal\"?)")};
        QTest::addRow("typo'd top-level key")
            << app << with(application(), QStringLiteral("stauts"), QJsonObject())
            << QStringList{QStringLiteral(
                   "$.stauts: unknown field (not in v1alpha1Application; did you mean \"status\"?)")};
        QTest::addRow("lower-case key of the capitalised version message")
            << QStringLiteral("versionVersionMessage") << parse(R"({"version": "v3.5.1"})")
            << QStringList{QStringLiteral(
                   "$.version: unknown field (not in versionVersionMessage; did you mean \"Version\"?)")};
        QTest::addRow("the swagger's name of an embedded struct")
            << app
            << with(application(), QStringLiteral("status.operationState.operation.sync.syncStrategy"),
                    parse(R"({"hook": {"syncStrategyApply": {"force": true}}})"))
            << QStringList{QStringLiteral(
                   "$.status.operationState.operation.sync.syncStrategy.hook.syncStrategyApply: "
                   "unknown field (not in v1alpha1SyncStrategyHook)")};
        QTest::addRow("a field in an empty message")
            << QStringLiteral("applicationOperationTerminateResponse") << parse(R"({"ok": true})")
            << QStringList{QStringLiteral(
                   "$.ok: unknown field (applicationOperationTerminateResponse has no fields)")};

        // Fields the server always sends (Go fields without omitempty).
        QTest::addRow("no status.sync.status")
            << app << without(application(), QStringLiteral("status.sync.status"))
            << QStringList{QStringLiteral("$.status.sync: missing required field \"status\"")};
        QTest::addRow("no spec.project in a watch event")
            << event << without(watchEvent(), QStringLiteral("application.spec.project"))
            << QStringList{QStringLiteral("$.application.spec: missing required field \"project\"")};
        QTest::addRow("no operationState.phase")
            << event << without(watchEvent(), QStringLiteral("application.status.operationState.phase"))
            << QStringList{
                   QStringLiteral("$.application.status.operationState: missing required field \"phase\"")};
        QTest::addRow("no history id")
            << app << without(application(), QStringLiteral("status.history.0.id"))
            << QStringList{QStringLiteral("$.status.history[0]: missing required field \"id\"")};
        QTest::addRow("no cluster applicationsCount")
            << QStringLiteral("v1alpha1Cluster")
            << without(cluster(), QStringLiteral("info.applicationsCount"))
            << QStringList{QStringLiteral("$.info: missing required field \"applicationsCount\"")};
        QTest::addRow("an item of a list without status.sync.status")
            << QStringLiteral("v1alpha1ApplicationList")
            << without(applicationList(), QStringLiteral("items.0.status.sync.status"))
            << QStringList{QStringLiteral("$.items[0].status.sync: missing required field \"status\"")};

        // Date-times.
        QTest::addRow("date-time with a space")
            << app
            << with(application(), QStringLiteral("metadata.creationTimestamp"),
                    QStringLiteral("2026-03-02 09:15:00"))
            << QStringList{QStringLiteral(
                   "$.metadata.creationTimestamp: \"2026-03-02 09:15:00\" is not an RFC 3339 date-time")};
        QTest::addRow("date-time without an offset")
            << app
            << with(application(), QStringLiteral("status.reconciledAt"),
                    QStringLiteral("2026-05-04T10:11:30"))
            << QStringList{QStringLiteral(
                   "$.status.reconciledAt: \"2026-05-04T10:11:30\" is not an RFC 3339 date-time")};
        QTest::addRow("impossible date")
            << app
            << with(application(), QStringLiteral("status.history.0.deployedAt"),
                    QStringLiteral("2026-02-30T08:00:12Z"))
            << QStringList{QStringLiteral(
                   "$.status.history[0].deployedAt: \"2026-02-30T08:00:12Z\" is not an RFC 3339 date-time")};
        QTest::addRow("date-time as a Unix time")
            << app << with(application(), QStringLiteral("status.reconciledAt"), 1777889490)
            << QStringList{QStringLiteral("$.status.reconciledAt: expected string, got number 1777889490")};

        // Values outside what the server uses (the swagger itself declares no enums).
        QTest::addRow("sync status outside the enum")
            << app << with(application(), QStringLiteral("status.sync.status"), QStringLiteral("Fine"))
            << QStringList{QStringLiteral("$.status.sync.status: \"Fine\" is not one of \"Synced\", "
                                          "\"OutOfSync\", \"Unknown\", \"\"")};
        QTest::addRow("resource health outside the enum")
            << app
            << with(application(), QStringLiteral("status.resources.1.health.status"),
                    QStringLiteral("Broken"))
            << QStringList{QStringLiteral(
                   "$.status.resources[1].health.status: \"Broken\" is not one of \"Healthy\", "
                   "\"Progressing\", \"Degraded\", \"Suspended\", \"Missing\", \"Unknown\"")};
        QTest::addRow("operation phase outside the enum")
            << app
            << with(application(), QStringLiteral("status.operationState.phase"), QStringLiteral("Done"))
            << QStringList{
                   QStringLiteral("$.status.operationState.phase: \"Done\" is not one of \"Running\", "
                                  "\"Terminating\", \"Succeeded\", \"Failed\", \"Error\"")};
        QTest::addRow("watch event type outside the enum")
            << event << with(watchEvent(), QStringLiteral("type"), QStringLiteral("UPDATED"))
            << QStringList{
                   QStringLiteral("$.type: \"UPDATED\" is not one of \"ADDED\", \"MODIFIED\", \"DELETED\"")};

        QTest::addRow("several mistakes, in document order")
            << app
            << with(without(application(), QStringLiteral("spec.project")),
                    QStringLiteral("status.health.status"), false)
            << QStringList{QStringLiteral("$.spec: missing required field \"project\""),
                           QStringLiteral("$.status.health.status: expected string, got boolean false")};
        QTest::addRow("unknown definition")
            << QStringLiteral("v1alpha1Nothing") << QJsonValue(QJsonObject())
            << QStringList{QStringLiteral("unknown definition \"v1alpha1Nothing\"")};
    }

    void namesEachMistake()
    {
        QFETCH(QString, definition);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, violations);
        QCOMPARE(m_validator->validate(definition, value), violations);
    }

    void appliesRequiredAndEnumsOfASwagger_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("violations");

        QTest::addRow("valid")
            << parse(R"({"kind": "deny", "weight": 0.5, "labels": {"a": "b"}, "extra": {"z": 1}})")
            << QStringList();
        QTest::addRow("value outside the enum")
            << parse(R"({"kind": "maybe"})")
            << QStringList{QStringLiteral("$.kind: \"maybe\" is not one of \"allow\", \"deny\"")};
        QTest::addRow("required field missing")
            << parse(R"({"weight": 1})") << QStringList{QStringLiteral("$: missing required field \"kind\"")};
        QTest::addRow("number as a string")
            << parse(R"({"kind": "allow", "weight": "1"})")
            << QStringList{QStringLiteral("$.weight: expected number, got string \"1\"")};
        QTest::addRow("map value of the wrong type")
            << parse(R"({"kind": "allow", "labels": {"a": true}})")
            << QStringList{QStringLiteral("$.labels.a: expected string, got boolean true")};
        QTest::addRow("additionalProperties: false")
            << parse(R"({"kind": "allow", "closed": {"a": "x", "b": "y"}})")
            << QStringList{QStringLiteral("$.closed.b: unknown field (not in the schema)")};
        QTest::addRow("not an object")
            << QJsonValue(QJsonArray()) << QStringList{QStringLiteral("$: expected object, got array")};
    }

    void appliesRequiredAndEnumsOfASwagger()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, violations);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("swagger.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"swagger": "2.0", "paths": {}, "definitions": {"demoWindow": {)"
            R"("type": "object", "required": ["kind"], "properties": {)"
            R"("kind": {"type": "string", "enum": ["allow", "deny"]},)"
            R"("weight": {"type": "number", "format": "double"},)"
            R"("labels": {"type": "object", "additionalProperties": {"type": "string"}},)"
            R"("extra": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": true},)"
            R"("closed": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}}}}})");
        file.close();
        QString error;
        const auto validator = SwaggerValidator::load(file.fileName(), &error);
        QVERIFY2(validator, qPrintable(error));
        QCOMPARE(validator->validate(QStringLiteral("demoWindow"), value), violations);
    }

    void requireAlwaysAndRestrictEnumExtendTheContract()
    {
        const QJsonValue app =
            with(application(), QStringLiteral("status.resources.0.health"), QJsonObject());
        QCOMPARE(m_validator->validate(QStringLiteral("v1alpha1Application"), app), QStringList());

        SwaggerValidator strict = *m_validator;
        strict.requireAlways(QStringLiteral("v1alpha1HealthStatus"), QStringLiteral("status"));
        strict.restrictEnum(QStringLiteral("v1alpha1ApplicationStatus"), QStringLiteral("sourceType"),
                            {QStringLiteral("Helm"), QStringLiteral("Directory")});
        QCOMPARE(
            strict.validate(QStringLiteral("v1alpha1Application"), app),
            (QStringList{
                QStringLiteral("$.status.resources[0].health: missing required field \"status\""),
                QStringLiteral("$.status.sourceType: \"Kustomize\" is not one of \"Helm\", \"Directory\"")}));
        // The copy it was made from is unchanged.
        QCOMPARE(m_validator->validate(QStringLiteral("v1alpha1Application"), app), QStringList());
    }

    void findsOperations_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("schema");

        const QString stream = QStringLiteral("Stream result of v1alpha1ApplicationWatchEvent");
        QTest::addRow("list applications") << QStringLiteral("GET") << QStringLiteral("/api/v1/applications")
                                           << 200 << QStringLiteral("v1alpha1ApplicationList");
        QTest::addRow("version") << QStringLiteral("GET") << QStringLiteral("/api/version") << 200
                                 << QStringLiteral("versionVersionMessage");
        QTest::addRow("watch applications")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/stream/applications") << 200 << stream;
        QTest::addRow("get one application")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/applications/{name}") << 200
            << QStringLiteral("v1alpha1Application");
        QTest::addRow("a concrete path")
            << QStringLiteral("get") << QStringLiteral("/api/v1/applications/payments-eu") << 200
            << QStringLiteral("v1alpha1Application");
        QTest::addRow("a concrete path under another parameter name")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/applications/payments-eu/managed-resources")
            << 200 << QStringLiteral("applicationManagedResourcesResponse");
        QTest::addRow("the same path for PUT")
            << QStringLiteral("PUT") << QStringLiteral("/api/v1/applications/payments-eu") << 200
            << QStringLiteral("v1alpha1Application");
        QTest::addRow("a query string")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/applications?projects=a&projects=b") << 200
            << QStringLiteral("v1alpha1ApplicationList");
        QTest::addRow("an error status takes default")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/applications") << 403
            << QStringLiteral("runtimeError");
        QTest::addRow("a refused stream sends a stream message")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/stream/applications") << 401 << stream;
        QTest::addRow("terminate operation")
            << QStringLiteral("DELETE") << QStringLiteral("/api/v1/applications/{name}/operation") << 200
            << QStringLiteral("applicationOperationTerminateResponse");
        QTest::addRow("no such path")
            << QStringLiteral("GET") << QStringLiteral("/api/v2/applications") << 200 << QString();
        QTest::addRow("no such method")
            << QStringLiteral("POST") << QStringLiteral("/api/version") << 200 << QString();
    }

    void findsOperations()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, schema);
        QCOMPARE(m_validator->responseSchemaName(method, path, status), schema);
    }

    void validatesResponses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QStringList>("violations");

        const QString get = QStringLiteral("GET");
        const QString list = QStringLiteral("/api/v1/applications");
        const QString version = QStringLiteral("/api/version");
        const QString watch = QStringLiteral("/api/v1/stream/applications");

        QTest::addRow("application list") << get << list << 200 << applicationList() << QStringList();
        QTest::addRow("application list with a bad item")
            << get << list << 200 << with(applicationList(), QStringLiteral("items.0.spec.project"), 7)
            << QStringList{QStringLiteral("$.items[0].spec.project: expected string, got number 7")};
        QTest::addRow("unary error") << get << list << 401 << unaryError() << QStringList();
        QTest::addRow("version for logged-in callers")
            << get << version << 200
            << parse(
                   R"({"Version": "v3.5.1+c8e4f6a", "BuildDate": "2026-04-01T10:00:00Z", "GitCommit": "c8e4f6a",)"
                   R"("GitTreeState": "clean", "GoVersion": "go1.25.1", "Compiler": "gc", "Platform": "linux/amd64",)"
                   R"("KustomizeVersion": "v5.7.0", "HelmVersion": "v3.18.4", "KubectlVersion": "v0.34.0",)"
                   R"("JsonnetVersion": "v0.21.0"})")
            << QStringList();
        QTest::addRow("version as a number")
            << get << version << 200 << parse(R"({"Version": 3})")
            << QStringList{QStringLiteral("$.Version: expected string, got number 3")};
        QTest::addRow("sample watch message") << get << watch << 200 << watchMessage() << QStringList();
        QTest::addRow("watch message with a bad application")
            << get << watch << 200
            << with(watchMessage(), QStringLiteral("result.application.status.health.status"), 3)
            << QStringList{QStringLiteral(
                   "$.result.application.status.health.status: expected string, got number 3")};
        QTest::addRow("stream error after data") << get << watch << 200 << streamError(403) << QStringList();
        QTest::addRow("stream message with result and error")
            << get << watch << 200
            << with(watchMessage(), QStringLiteral("error"), at(streamError(403), QStringLiteral("error")))
            << QStringList{
                   QStringLiteral("$: a stream message carries exactly one of \"result\" and \"error\"")};
        QTest::addRow("empty stream message")
            << get << watch << 200 << QJsonValue(QJsonObject())
            << QStringList{
                   QStringLiteral("$: a stream message carries exactly one of \"result\" and \"error\"")};
        QTest::addRow("stream refused before data")
            << get << watch << 403 << streamError(403) << QStringList();
        QTest::addRow("stream refused with another http_code")
            << get << watch << 401 << streamError(403)
            << QStringList{QStringLiteral("$.error.http_code: 403 does not match the HTTP status 401")};
        QTest::addRow("stream refused with a result")
            << get << watch << 403 << watchMessage()
            << QStringList{QStringLiteral(
                   "$: a stream that fails with HTTP 403 must send {\"error\": ...}, not a result")};
        QTest::addRow("stream refused with a unary error body")
            << get << watch << 401 << unaryError()
            << QStringList{QStringLiteral("$.code: unknown field (not in the stream message)"),
                           QStringLiteral("$.error: expected object, got string \"no session information\""),
                           QStringLiteral("$.message: unknown field (not in the stream message)")};
        QTest::addRow("managed resources on a concrete path")
            << get << QStringLiteral("/api/v1/applications/payments-eu/managed-resources") << 200
            << QJsonValue(QJsonObject{{QStringLiteral("items"), QJsonArray{managedResource()}}})
            << QStringList();
        QTest::addRow("no such path")
            << get << QStringLiteral("/api/v2/applications") << 200 << QJsonValue(QJsonObject())
            << QStringList{QStringLiteral("GET /api/v2/applications: no such path in the swagger")};
        QTest::addRow("no such method")
            << QStringLiteral("POST") << version << 200 << QJsonValue(QJsonObject())
            << QStringList{
                   QStringLiteral("POST /api/version: /api/version has no POST operation (it has: get)")};
    }

    void validatesResponses()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QJsonValue, body);
        QFETCH(QStringList, violations);
        QCOMPARE(m_validator->validateResponse(method, path, status, body), violations);
    }

private:
    std::optional<SwaggerValidator> m_validator;
    QString m_unavailable; // why the document cannot be read, when it cannot
};

QTEST_GUILESS_MAIN(SwaggerValidatorTest)
#include "tst_swaggervalidator.moc"
