#include "tests/support/swaggervalidator.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtDebug>

#include <algorithm>
#include <cmath>

// What the swagger of Argo CD v3.5.1 contains, and how each construct is treated
// (counted with a script over the Argo CD API document, argocd/swagger.json):
//
// - Swagger 2.0, 270 definitions, 82 paths, 106 operations; every operation has a
//   "200" and a "default" response (runtimeError), each with a schema.
// - Schema keywords: type, format, title, description, $ref, properties, items,
//   additionalProperties, allOf (once: v1alpha1ResourceNode inlines
//   v1alpha1ResourceRef). No "required" and no "enum" anywhere, no oneOf/anyOf,
//   no pattern or bounds. Any other keyword makes load() fail rather than be
//   skipped silently; required and enum are implemented for future swaggers.
// - Types: object, array, string, boolean, integer. "number" never appears but is
//   implemented (any JSON number).
// - Formats: integer/int32 (a whole JSON number in range), integer/int64 (a whole
//   JSON number or a numeric string; the server writes numbers), string/int64 (once,
//   applicationApplicationSyncRequest.sourcePositions: treated like integer/int64),
//   string/byte (standard base64 with padding, as Go encodes []byte), string/date-time
//   (only in v1Time: RFC 3339, any offset, optional fraction; metav1.Time itself
//   always writes UTC to the second, which is not enforced). Unknown formats are
//   ignored, as JSON Schema does.
// - Objects with properties: unknown keys are violations unless additionalProperties
//   allows them. additionalProperties (29 maps, values string, boolean or a $ref) is
//   checked per value. A "type: object" with neither properties nor
//   additionalProperties (10 definitions such as applicationOperationTerminateResponse)
//   is how grpc-gateway renders an EMPTY proto message, so it is treated as "{}"
//   with no keys allowed, not as a free-form object.
// - Inline schemas of the five streaming operations: {result: $ref X, error:
//   $ref runtimeStreamError}, titled "Stream result of X". One message must carry
//   exactly one of the two.
// - null is accepted only where Go writes it for a valid value: a zero metav1.Time
//   (v1Time, v1MicroTime; e.g. creationTimestamp) and the free-form types below.
//   Elsewhere null is a violation, although Go would write null for a nil slice,
//   map or pointer without omitempty: a faithful double omits such fields or sends
//   [] and {}, which is what the real server does on the paths we use.
//
// Treated loosely, because the swagger describes the protobuf form and the wire
// differs (Kubernetes types with custom JSON marshalling):
// - runtimeRawExtension (helm.valuesObject, execProviderConfig.config) and v1JSON
//   (generator parameters): any JSON value, which is what they marshal to.
// - v1FieldsV1 (managedFields[].fieldsV1): any JSON object (the field trie).
// - intstrIntOrString (kustomize replicas[].count, rollout maxUpdate): an int32 or
//   a string, not the {intVal, strVal, type} object of the swagger.
// - v1MicroTime (events): an RFC 3339 string or null, not {seconds, nanos}.
// Also corrected at load, see applyWireErrata(): embedded Go structs that the
// swagger shows as a nested property, TypeMeta's kind/apiVersion, and properties
// whose swagger name is not the Go JSON name.

namespace sextant::testsupport {

namespace {

// Private schema keywords that applyWireErrata() writes (x- keys are extensions in
// Swagger 2.0, so they never clash with the spec).
const QString kLoose = QStringLiteral("x-sextant-loose"); // "any" | "object" | "int-or-string"
const QString kNullable = QStringLiteral("x-sextant-nullable");
const QString kDefinitionsPrefix = QStringLiteral("#/definitions/");

QString refName(const QJsonObject &schema)
{
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    return ref.startsWith(kDefinitionsPrefix) ? ref.mid(kDefinitionsPrefix.size()) : QString();
}

QString childPath(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("%1[\"%2\"]").arg(path, escaped);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("boolean true") : QStringLiteral("boolean false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 1e15)
            return QStringLiteral("number %1").arg(qint64(d));
        return QStringLiteral("number %1").arg(d);
    }
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(37) + QStringLiteral("...");
        return QStringLiteral("string \"%1\"").arg(text);
    }
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// A JSON value as it is written: "text", 3, true, null.
QString literal(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << literal(value);
    return quoted.join(QStringLiteral(", "));
}

QString effectiveType(const QJsonObject &schema)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        return type;
    if (schema.contains(QStringLiteral("properties")) ||
        schema.contains(QStringLiteral("additionalProperties")) || schema.contains(QStringLiteral("allOf")))
        return QStringLiteral("object");
    if (schema.contains(QStringLiteral("items")))
        return QStringLiteral("array");
    return QString(); // any value
}

bool isStreamMessage(const QJsonObject &schema)
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    return properties.size() == 2 && properties.contains(QStringLiteral("result")) &&
           refName(properties.value(QStringLiteral("error")).toObject()) ==
               QStringLiteral("runtimeStreamError");
}

// RFC 3339 section 5.6 date-time: full-date "T" full-time, "T" and "Z" in either case,
// optional fraction, "Z" or a numeric offset; a leap second (:60) is allowed.
bool isRfc3339DateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    auto number = [&match](int group) { return match.captured(group).toInt(); };
    if (!QDate(number(1), number(2), number(3)).isValid())
        return false;
    if (number(4) > 23 || number(5) > 59 || number(6) > 60)
        return false;
    if (match.hasCaptured(8) && (number(8) > 23 || number(9) > 59))
        return false;
    return true;
}

// Go's encoding/json writes []byte as standard base64 with padding.
bool isBase64(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"));
    return pattern.match(text).hasMatch();
}

bool isIntegerFormat(const QString &format)
{
    return format == QStringLiteral("int32") || format == QStringLiteral("int64") ||
           format == QStringLiteral("uint32") || format == QStringLiteral("uint64");
}

// int64 and uint64 may come as numeric strings (protobuf JSON) or as numbers (what
// Argo CD's encoding/json writes); the 32-bit formats only as numbers.
void checkInteger(const QString &format, bool stringForm, const QJsonValue &value, const QString &path,
                  QStringList &violations)
{
    const QString name = format.isEmpty() ? QStringLiteral("integer") : format;
    const bool wide = format == QStringLiteral("int64") || format == QStringLiteral("uint64");
    const bool acceptsString = wide || stringForm;
    const bool isUnsigned = format.startsWith(QLatin1Char('u'));
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d) {
            violations
                << QStringLiteral("%1: expected an integer (%2), got %3").arg(path, name, describe(value));
            return;
        }
        bool inRange = true;
        if (format == QStringLiteral("int32"))
            inRange = d >= -2147483648.0 && d <= 2147483647.0;
        else if (format == QStringLiteral("uint32"))
            inRange = d >= 0 && d <= 4294967295.0;
        else if (format == QStringLiteral("int64"))
            inRange = d >= -9223372036854775808.0 && d < 9223372036854775808.0;
        else if (format == QStringLiteral("uint64"))
            inRange = d >= 0 && d < 18446744073709551616.0;
        if (!inRange)
            violations << QStringLiteral("%1: %2 is out of range for %3").arg(path, describe(value), name);
        return;
    }
    if (value.isString() && acceptsString) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
        const QString text = value.toString();
        bool ok = digits.match(text).hasMatch();
        if (ok && isUnsigned)
            text.toULongLong(&ok);
        else if (ok)
            text.toLongLong(&ok);
        if (!ok)
            violations
                << QStringLiteral("%1: expected an integer (%2), got %3").arg(path, name, describe(value));
        return;
    }
    violations << QStringLiteral("%1: expected an integer (%2), got %3").arg(path, name, describe(value));
}

void checkString(const QJsonObject &schema, const QJsonValue &value, const QString &path,
                 QStringList &violations)
{
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (isIntegerFormat(format)) {
        checkInteger(format, true, value, path, violations);
        return;
    }
    if (!value.isString()) {
        violations << QStringLiteral("%1: expected string, got %2").arg(path, describe(value));
        return;
    }
    const QString text = value.toString();
    if (format == QStringLiteral("date-time") && !isRfc3339DateTime(text))
        violations << QStringLiteral("%1: \"%2\" is not an RFC 3339 date-time").arg(path, text);
    else if (format == QStringLiteral("byte") && !isBase64(text))
        violations << QStringLiteral("%1: \"%2\" is not base64 (format byte)").arg(path, text);
}

QString expectation(const QJsonObject &schema)
{
    const QString loose = schema.value(kLoose).toString();
    if (loose == QStringLiteral("int-or-string"))
        return QStringLiteral("an int32 or a string (IntOrString)");
    if (loose == QStringLiteral("object"))
        return QStringLiteral("object");
    const QString type = effectiveType(schema);
    if (type == QStringLiteral("integer"))
        return QStringLiteral("an integer");
    return type.isEmpty() ? QStringLiteral("a value") : type;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString closestName(const QString &key, const QStringList &names)
{
    QString best;
    int bestDistance = 3; // suggest only close misspellings
    for (const QString &name : names) {
        const int distance = editDistance(key.toLower(), name.toLower());
        if (distance < bestDistance && distance * 2 < std::max<int>(key.size(), 2)) {
            best = name;
            bestDistance = distance;
        }
    }
    return best;
}

// Schema keywords this validator implements, and annotations it may ignore.
bool isSupportedKeyword(const QString &key)
{
    static const QStringList supported = {
        QStringLiteral("type"),       QStringLiteral("format"),      QStringLiteral("$ref"),
        QStringLiteral("properties"), QStringLiteral("items"),       QStringLiteral("additionalProperties"),
        QStringLiteral("allOf"),      QStringLiteral("enum"),        QStringLiteral("required"),
        QStringLiteral("title"),      QStringLiteral("description"), QStringLiteral("default"),
        QStringLiteral("example"),    QStringLiteral("readOnly"),    QStringLiteral("externalDocs"),
    };
    return key.startsWith(QStringLiteral("x-")) || supported.contains(key);
}

void findUnsupported(const QJsonValue &node, const QString &where, const QJsonObject &definitions,
                     QStringList &problems)
{
    if (!node.isObject()) {
        problems << QStringLiteral("%1: a schema must be an object").arg(where);
        return;
    }
    const QJsonObject schema = node.toObject();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!isSupportedKeyword(it.key()))
            problems << QStringLiteral("%1: unsupported keyword \"%2\"").arg(where, it.key());
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString name = refName(schema);
        if (name.isEmpty() || !definitions.contains(name))
            problems << QStringLiteral("%1: $ref \"%2\" resolves to nothing")
                            .arg(where, schema.value(QStringLiteral("$ref")).toString());
    }
    if (schema.contains(QStringLiteral("type"))) {
        static const QStringList types = {QStringLiteral("object"), QStringLiteral("array"),
                                          QStringLiteral("string"), QStringLiteral("integer"),
                                          QStringLiteral("number"), QStringLiteral("boolean")};
        const QJsonValue type = schema.value(QStringLiteral("type"));
        if (!type.isString() || !types.contains(type.toString()))
            problems << QStringLiteral("%1: unsupported type %2").arg(where, describe(type));
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        findUnsupported(it.value(), where + QStringLiteral("/properties/") + it.key(), definitions, problems);
    if (schema.contains(QStringLiteral("items")))
        findUnsupported(schema.value(QStringLiteral("items")), where + QStringLiteral("/items"), definitions,
                        problems);
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    if (additional.isObject())
        findUnsupported(additional, where + QStringLiteral("/additionalProperties"), definitions, problems);
    else if (!additional.isUndefined() && !additional.isBool())
        problems << QStringLiteral("%1: additionalProperties must be a schema or a boolean").arg(where);
    const QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
    for (qsizetype i = 0; i < allOf.size(); ++i)
        findUnsupported(allOf.at(i), QStringLiteral("%1/allOf/%2").arg(where).arg(i), definitions, problems);
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).isArray())
        problems << QStringLiteral("%1: enum must be an array").arg(where);
    if (schema.contains(QStringLiteral("required")) && !schema.value(QStringLiteral("required")).isArray())
        problems << QStringLiteral("%1: required must be an array").arg(where);
}

QJsonObject stringSchema()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}};
}

} // namespace

struct SwaggerValidator::ObjectShape {
    QString name;                  // for messages: the definition, or empty for an inline schema
    QJsonObject properties;        // own and allOf-merged properties
    QHash<QString, QString> owner; // property -> definition that declares it (for the overlays)
    QStringList required;
    QJsonValue additional = QJsonValue(QJsonValue::Undefined);
};

struct SwaggerValidator::ResponseSchema {
    QString error;      // set when there is no such operation or response
    QJsonObject schema; // empty: any body
    QString name;
    bool streamFailure = false; // a streaming operation answering with a non-200 status
};

std::optional<SwaggerValidator> SwaggerValidator::load(const QString &swaggerPath, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SwaggerValidator>();
    };
    if (swaggerPath.isEmpty())
        return fail(QStringLiteral("no swagger path given (is SEXTANT_SHARED_DIR set?)"));
    QFile file(swaggerPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(swaggerPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                        .arg(swaggerPath, parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("swagger")).toString() != QStringLiteral("2.0"))
        return fail(QStringLiteral("%1 is not a Swagger 2.0 document").arg(swaggerPath));
    if (!root.value(QStringLiteral("definitions")).isObject() ||
        !root.value(QStringLiteral("paths")).isObject())
        return fail(QStringLiteral("%1 has no definitions or no paths").arg(swaggerPath));

    SwaggerValidator validator;
    validator.m_definitions = root.value(QStringLiteral("definitions")).toObject();
    validator.m_paths = root.value(QStringLiteral("paths")).toObject();
    validator.applyWireErrata();
    const QStringList problems = validator.unsupportedConstructs();
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, 10);
        if (problems.size() > shown.size())
            shown << QStringLiteral("and %1 more").arg(problems.size() - shown.size());
        return fail(QStringLiteral("%1 uses what this validator cannot check: %2")
                        .arg(swaggerPath, shown.join(QStringLiteral("; "))));
    }
    validator.registerServerFacts();
    return validator;
}

QString SwaggerValidator::defaultSwaggerPath()
{
    const QString shared = qEnvironmentVariable("SEXTANT_SHARED_DIR");
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/argocd/swagger.json");
}

QString SwaggerValidator::unavailableReason()
{
    const QString path = defaultSwaggerPath();
    if (path.isEmpty())
        return QStringLiteral("SEXTANT_SHARED_DIR is not set, so the Argo CD API document "
                              "(argocd/swagger.json) is not available: its checks are skipped");
    if (!QFileInfo::exists(path))
        return QStringLiteral(
                   "no Argo CD API document at %1 (from SEXTANT_SHARED_DIR): its checks are skipped")
            .arg(path);
    return {};
}

// The places where the generated swagger (protobuf view) and the JSON the server
// writes (Go's encoding/json over the Go structs) disagree. Sources are Argo CD
// v3.5.1, pkg/apis/application/v1alpha1/*.go, and k8s.io/apimachinery. Entries
// whose definition is absent (a cut-down swagger in a test) are skipped; an entry
// whose property is gone means the swagger changed and is reported.
void SwaggerValidator::applyWireErrata()
{
    auto patch = [this](const QString &name, const auto &edit) {
        if (!m_definitions.contains(name))
            return;
        QJsonObject schema = m_definitions.value(name).toObject();
        edit(schema);
        m_definitions.insert(name, schema);
    };
    auto replaceWith = [&patch](const QString &name, const QJsonObject &replacement) {
        patch(name, [&replacement](QJsonObject &schema) {
            const QJsonValue description = schema.value(QStringLiteral("description"));
            schema = replacement;
            if (!description.isUndefined())
                schema.insert(QStringLiteral("description"), description);
        });
    };
    auto stale = [](const QString &name, const QString &property) {
        qWarning("SwaggerValidator: erratum for %s.%s no longer applies; check the swagger", qPrintable(name),
                 qPrintable(property));
    };

    // Custom JSON marshalling in k8s.io/apimachinery (see the comment at the top).
    replaceWith(QStringLiteral("runtimeRawExtension"), {{kLoose, QStringLiteral("any")}});
    replaceWith(QStringLiteral("v1JSON"), {{kLoose, QStringLiteral("any")}});
    replaceWith(QStringLiteral("v1FieldsV1"), {{kLoose, QStringLiteral("object")}});
    replaceWith(QStringLiteral("intstrIntOrString"), {{kLoose, QStringLiteral("int-or-string")}});
    replaceWith(QStringLiteral("v1MicroTime"), {{QStringLiteral("type"), QStringLiteral("string")},
                                                {QStringLiteral("format"), QStringLiteral("date-time")},
                                                {kNullable, true}});
    // metav1.Time has no omitempty effect (a struct): a zero time is written as null.
    patch(QStringLiteral("v1Time"), [](QJsonObject &schema) { schema.insert(kNullable, true); });

    // Go structs that embed metav1.TypeMeta `json:",inline"` may carry kind and
    // apiVersion (usually absent from the server; the swagger omits them).
    for (const QString &name :
         {QStringLiteral("v1alpha1Application"), QStringLiteral("v1alpha1ApplicationList"),
          QStringLiteral("v1alpha1AppProject"), QStringLiteral("v1alpha1AppProjectList"),
          QStringLiteral("v1alpha1ApplicationSet"), QStringLiteral("v1alpha1ApplicationSetList")}) {
        patch(name, [](QJsonObject &schema) {
            QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            properties.insert(QStringLiteral("kind"), stringSchema());
            properties.insert(QStringLiteral("apiVersion"), stringSchema());
            schema.insert(QStringLiteral("properties"), properties);
        });
    }

    // Embedded structs (`json:",inline"`) that the swagger shows as a nested property:
    // on the wire their fields sit in the parent, e.g. "hook": {"force": true}.
    const struct {
        QString definition, property;
    } inlined[] = {
        {QStringLiteral("v1alpha1SyncStrategyHook"), QStringLiteral("syncStrategyApply")},
        {QStringLiteral("v1alpha1KustomizeSelector"), QStringLiteral("resId")},
        {QStringLiteral("v1alpha1KustomizeResId"), QStringLiteral("gvk")},
    };
    for (const auto &entry : inlined) {
        patch(entry.definition, [&](QJsonObject &schema) {
            QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            const QJsonObject embedded = properties.value(entry.property).toObject();
            if (refName(embedded).isEmpty()) {
                stale(entry.definition, entry.property);
                return;
            }
            properties.remove(entry.property);
            QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
            allOf.append(QJsonObject{{QStringLiteral("$ref"), embedded.value(QStringLiteral("$ref"))}});
            schema.insert(QStringLiteral("properties"), properties);
            schema.insert(QStringLiteral("allOf"), allOf);
        });
    }

    // Properties whose swagger name (the protobuf field name) is not the JSON name:
    // a different json tag, or no json tag at all (encoding/json then uses the Go
    // field name).
    const struct {
        QString definition, swaggerName, wireName;
    } renamed[] = {
        {QStringLiteral("v1alpha1ApplicationSetApplicationStatus"), QStringLiteral("targetrevisions"),
         QStringLiteral("targetRevisions")},
        {QStringLiteral("v1alpha1OverrideIgnoreDiff"), QStringLiteral("jSONPointers"),
         QStringLiteral("jsonPointers")},
        {QStringLiteral("v1alpha1KustomizeOptions"), QStringLiteral("buildOptions"),
         QStringLiteral("BuildOptions")},
        {QStringLiteral("v1alpha1KustomizeOptions"), QStringLiteral("binaryPath"),
         QStringLiteral("BinaryPath")},
        {QStringLiteral("v1alpha1KustomizeOptions"), QStringLiteral("versions"), QStringLiteral("Versions")},
        {QStringLiteral("v1alpha1KustomizeVersion"), QStringLiteral("name"), QStringLiteral("Name")},
        {QStringLiteral("v1alpha1KustomizeVersion"), QStringLiteral("path"), QStringLiteral("Path")},
        {QStringLiteral("v1alpha1KustomizeVersion"), QStringLiteral("buildOptions"),
         QStringLiteral("BuildOptions")},
        {QStringLiteral("v1alpha1SourceIntegrityCheckResult"), QStringLiteral("checks"),
         QStringLiteral("Checks")},
        {QStringLiteral("v1alpha1SourceIntegrityCheckResultItem"), QStringLiteral("name"),
         QStringLiteral("Name")},
        {QStringLiteral("v1alpha1SourceIntegrityCheckResultItem"), QStringLiteral("problems"),
         QStringLiteral("Problems")},
    };
    for (const auto &entry : renamed) {
        patch(entry.definition, [&](QJsonObject &schema) {
            QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            if (!properties.contains(entry.swaggerName)) {
                stale(entry.definition, entry.swaggerName);
                return;
            }
            properties.insert(entry.wireName, properties.take(entry.swaggerName));
            schema.insert(QStringLiteral("properties"), properties);
        });
    }

    // ResourceOverride (settings.resourceOverrides) has its own MarshalJSON: dotted
    // keys for the Lua fields and the two ignore lists as YAML text.
    patch(QStringLiteral("v1alpha1ResourceOverride"), [](QJsonObject &schema) {
        const QJsonObject old = schema.value(QStringLiteral("properties")).toObject();
        const QJsonObject boolean{{QStringLiteral("type"), QStringLiteral("boolean")}};
        schema.insert(
            QStringLiteral("properties"),
            QJsonObject{{QStringLiteral("health.lua"), stringSchema()},
                        {QStringLiteral("health.lua.useOpenLibs"), boolean},
                        {QStringLiteral("actions"), stringSchema()},
                        {QStringLiteral("ignoreDifferences"), stringSchema()},
                        {QStringLiteral("ignoreResourceUpdates"), stringSchema()},
                        {QStringLiteral("knownTypeFields"), old.value(QStringLiteral("knownTypeFields"))}});
    });
}

// What the real server always sends or only ever sends, beyond the swagger.
void SwaggerValidator::registerServerFacts()
{
    // Go fields without omitempty.
    const struct {
        QString definition, property;
    } always[] = {
        {QStringLiteral("v1alpha1ApplicationSpec"), QStringLiteral("project")},
        {QStringLiteral("v1alpha1SyncStatus"), QStringLiteral("status")},
        {QStringLiteral("v1alpha1OperationState"), QStringLiteral("phase")},
        {QStringLiteral("v1alpha1RevisionHistory"), QStringLiteral("id")},
        {QStringLiteral("v1alpha1ClusterInfo"), QStringLiteral("applicationsCount")},
    };
    for (const auto &entry : always) {
        if (m_definitions.contains(entry.definition))
            requireAlways(entry.definition, entry.property);
    }

    const QStringList health = {QStringLiteral("Healthy"),  QStringLiteral("Progressing"),
                                QStringLiteral("Degraded"), QStringLiteral("Suspended"),
                                QStringLiteral("Missing"),  QStringLiteral("Unknown")};
    // Sync status: an app the controller has not compared yet has "" (the field has
    // no omitempty, so the zero value is written).
    const QStringList sync = {QStringLiteral("Synced"), QStringLiteral("OutOfSync"),
                              QStringLiteral("Unknown"), QString()};
    const QStringList phase = {QStringLiteral("Running"), QStringLiteral("Terminating"),
                               QStringLiteral("Succeeded"), QStringLiteral("Failed"),
                               QStringLiteral("Error")};
    const struct {
        QString definition, property;
        QStringList values;
    } enums[] = {
        {QStringLiteral("v1alpha1SyncStatus"), QStringLiteral("status"), sync},
        {QStringLiteral("applicationv1alpha1ResourceStatus"), QStringLiteral("status"), sync},
        {QStringLiteral("v1alpha1AppHealthStatus"), QStringLiteral("status"), health},
        {QStringLiteral("v1alpha1HealthStatus"), QStringLiteral("status"), health},
        {QStringLiteral("v1alpha1OperationState"), QStringLiteral("phase"), phase},
        {QStringLiteral("v1alpha1ApplicationWatchEvent"),
         QStringLiteral("type"),
         {QStringLiteral("ADDED"), QStringLiteral("MODIFIED"), QStringLiteral("DELETED")}},
        {QStringLiteral("v1alpha1ConnectionState"),
         QStringLiteral("status"),
         {QStringLiteral("Successful"), QStringLiteral("Failed"), QStringLiteral("Unknown")}},
    };
    for (const auto &entry : enums) {
        if (m_definitions.contains(entry.definition))
            restrictEnum(entry.definition, entry.property, entry.values);
    }
}

QStringList SwaggerValidator::unsupportedConstructs() const
{
    QStringList problems;
    for (auto it = m_definitions.begin(); it != m_definitions.end(); ++it)
        findUnsupported(it.value(), kDefinitionsPrefix + it.key(), m_definitions, problems);
    for (auto path = m_paths.begin(); path != m_paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QJsonObject responses = op.value().toObject().value(QStringLiteral("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const QJsonObject body = response.value().toObject();
                if (body.contains(QStringLiteral("schema")))
                    findUnsupported(
                        body.value(QStringLiteral("schema")),
                        QStringLiteral("paths %1 %2 %3").arg(op.key(), path.key(), response.key()),
                        m_definitions, problems);
            }
        }
    }
    return problems;
}

bool SwaggerValidator::hasDefinition(const QString &definitionName) const
{
    return m_definitions.contains(definitionName);
}

void SwaggerValidator::requireAlways(const QString &definitionName, const QString &propertyName)
{
    ObjectShape shape;
    collectShape(m_definitions.value(definitionName).toObject(), definitionName, shape, 0);
    if (!shape.properties.contains(propertyName))
        qWarning("SwaggerValidator::requireAlways: the swagger has no %s.%s", qPrintable(definitionName),
                 qPrintable(propertyName));
    m_alwaysPresent[definitionName].insert(propertyName);
}

void SwaggerValidator::restrictEnum(const QString &definitionName, const QString &propertyName,
                                    const QStringList &values)
{
    ObjectShape shape;
    collectShape(m_definitions.value(definitionName).toObject(), definitionName, shape, 0);
    if (!shape.properties.contains(propertyName))
        qWarning("SwaggerValidator::restrictEnum: the swagger has no %s.%s", qPrintable(definitionName),
                 qPrintable(propertyName));
    m_enumOverlays[definitionName].insert(propertyName, values);
}

QStringList SwaggerValidator::validate(const QString &definitionName, const QJsonValue &value) const
{
    if (!m_definitions.contains(definitionName))
        return {QStringLiteral("unknown definition \"%1\"").arg(definitionName)};
    QStringList violations;
    check(m_definitions.value(definitionName).toObject(), definitionName, value, QStringLiteral("$"),
          violations);
    return violations;
}

QString SwaggerValidator::findPath(const QString &method, const QString &path) const
{
    const QString bare = path.section(QLatin1Char('?'), 0, 0);
    if (m_paths.contains(bare))
        return bare;
    // A concrete path: match it segment by segment, "{param}" matching one
    // non-empty segment; prefer templates with the method, then more literals.
    const QStringList segments = bare.split(QLatin1Char('/'));
    QString best;
    int bestScore = -1;
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        const QStringList pattern = it.key().split(QLatin1Char('/'));
        if (pattern.size() != segments.size())
            continue;
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            if (pattern[i].startsWith(QLatin1Char('{')) && pattern[i].endsWith(QLatin1Char('}')))
                matches = !segments[i].isEmpty();
            else if (pattern[i] == segments[i])
                ++literals;
            else
                matches = false;
        }
        if (!matches)
            continue;
        const bool hasMethod = it.value().toObject().contains(method.toLower());
        const int score = (hasMethod ? 1000 : 0) + literals;
        if (score > bestScore) {
            best = it.key();
            bestScore = score;
        }
    }
    return best;
}

SwaggerValidator::ResponseSchema
SwaggerValidator::findResponseSchema(const QString &method, const QString &pathTemplate, int status) const
{
    ResponseSchema result;
    const QString operationName = QStringLiteral("%1 %2").arg(method.toUpper(), pathTemplate);
    const QString key = findPath(method, pathTemplate);
    if (key.isEmpty()) {
        result.error = QStringLiteral("%1: no such path in the swagger").arg(operationName);
        return result;
    }
    const QJsonObject pathItem = m_paths.value(key).toObject();
    const QJsonObject operation = pathItem.value(method.toLower()).toObject();
    if (operation.isEmpty()) {
        result.error =
            QStringLiteral("%1: %2 has no %3 operation (it has: %4)")
                .arg(operationName, key, method.toUpper(), pathItem.keys().join(QStringLiteral(", ")));
        return result;
    }
    const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
    const QJsonObject ok =
        responses.value(QStringLiteral("200")).toObject().value(QStringLiteral("schema")).toObject();
    QJsonObject response;
    if (status != 200 && isStreamMessage(ok)) {
        result.streamFailure = true;
        response = QJsonObject{{QStringLiteral("schema"), ok}};
    } else if (responses.contains(QString::number(status))) {
        response = responses.value(QString::number(status)).toObject();
    } else if (responses.contains(QStringLiteral("default"))) {
        response = responses.value(QStringLiteral("default")).toObject();
    } else {
        result.error =
            QStringLiteral("%1: no response for status %2 and no default").arg(operationName).arg(status);
        return result;
    }
    result.schema = response.value(QStringLiteral("schema")).toObject();
    result.name = refName(result.schema);
    if (result.name.isEmpty())
        result.name = result.schema.value(QStringLiteral("title")).toString();
    return result;
}

QString SwaggerValidator::responseSchemaName(const QString &method, const QString &pathTemplate,
                                             int status) const
{
    return findResponseSchema(method, pathTemplate, status).name;
}

QStringList SwaggerValidator::validateResponse(const QString &method, const QString &pathTemplate, int status,
                                               const QJsonValue &body) const
{
    const ResponseSchema response = findResponseSchema(method, pathTemplate, status);
    if (!response.error.isEmpty())
        return {response.error};
    QStringList violations;
    check(response.schema, QString(), body, QStringLiteral("$"), violations);
    if (response.streamFailure && body.isObject()) {
        const QJsonObject message = body.toObject();
        if (!message.contains(QStringLiteral("error"))) {
            violations << QStringLiteral(
                              "$: a stream that fails with HTTP %1 must send {\"error\": ...}, not a result")
                              .arg(status);
        } else {
            const QJsonValue code =
                message.value(QStringLiteral("error")).toObject().value(QStringLiteral("http_code"));
            if (code.isDouble() && code.toInt() != status)
                violations << QStringLiteral("$.error.http_code: %1 does not match the HTTP status %2")
                                  .arg(code.toInt())
                                  .arg(status);
        }
    }
    return violations;
}

void SwaggerValidator::check(const QJsonObject &schema, const QString &definition, const QJsonValue &value,
                             const QString &path, QStringList &violations, int refHops) const
{
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString name = refName(schema);
        if (!m_definitions.contains(name)) {
            violations << QStringLiteral("%1: the schema's $ref \"%2\" resolves to nothing")
                              .arg(path, schema.value(QStringLiteral("$ref")).toString());
            return;
        }
        if (refHops > 64) {
            violations << QStringLiteral("%1: $ref cycle through %2").arg(path, name);
            return;
        }
        check(m_definitions.value(name).toObject(), name, value, path, violations, refHops + 1);
        return;
    }

    const QString loose = schema.value(kLoose).toString();
    if (loose == QStringLiteral("any"))
        return;
    if (value.isNull() || value.isUndefined()) {
        if (schema.value(kNullable).toBool() || (loose.isEmpty() && effectiveType(schema).isEmpty()))
            return;
        violations
            << QStringLiteral("%1: expected %2, got %3").arg(path, expectation(schema), describe(value));
        return;
    }
    if (loose == QStringLiteral("object")) {
        if (!value.isObject())
            violations << QStringLiteral("%1: expected object, got %2").arg(path, describe(value));
        return;
    }
    if (loose == QStringLiteral("int-or-string")) {
        if (value.isDouble())
            checkInteger(QStringLiteral("int32"), false, value, path, violations);
        else if (!value.isString())
            violations
                << QStringLiteral("%1: expected %2, got %3").arg(path, expectation(schema), describe(value));
        return;
    }

    if (schema.contains(QStringLiteral("enum"))) {
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &item : allowed)
                names << literal(item);
            violations << QStringLiteral("%1: %2 is not one of %3")
                              .arg(path, literal(value), names.join(QStringLiteral(", ")));
            return;
        }
    }

    const QString type = effectiveType(schema);
    if (type == QStringLiteral("object")) {
        if (!value.isObject()) {
            violations << QStringLiteral("%1: expected object, got %2").arg(path, describe(value));
            return;
        }
        checkObject(schema, definition, value.toObject(), path, violations);
    } else if (type == QStringLiteral("array")) {
        if (!value.isArray()) {
            violations << QStringLiteral("%1: expected array, got %2").arg(path, describe(value));
            return;
        }
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(items, QString(), array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), violations);
    } else if (type == QStringLiteral("string")) {
        checkString(schema, value, path, violations);
    } else if (type == QStringLiteral("integer")) {
        checkInteger(schema.value(QStringLiteral("format")).toString(), false, value, path, violations);
    } else if (type == QStringLiteral("number")) {
        if (!value.isDouble())
            violations << QStringLiteral("%1: expected number, got %2").arg(path, describe(value));
    } else if (type == QStringLiteral("boolean")) {
        if (!value.isBool())
            violations << QStringLiteral("%1: expected boolean, got %2").arg(path, describe(value));
    }
}

void SwaggerValidator::collectShape(const QJsonObject &schema, const QString &definition, ObjectShape &shape,
                                    int depth) const
{
    if (depth > 32)
        return;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!shape.properties.contains(it.key())) {
            shape.properties.insert(it.key(), it.value());
            shape.owner.insert(it.key(), definition);
        }
    }
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &name : required) {
        if (!shape.required.contains(name.toString()))
            shape.required << name.toString();
    }
    if (!definition.isEmpty()) {
        QStringList always = m_alwaysPresent.value(definition).values();
        always.sort();
        for (const QString &name : std::as_const(always)) {
            if (!shape.required.contains(name))
                shape.required << name;
        }
    }
    if (shape.additional.isUndefined() && schema.contains(QStringLiteral("additionalProperties")))
        shape.additional = schema.value(QStringLiteral("additionalProperties"));
    const QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
    for (const QJsonValue &part : allOf) {
        const QString name = refName(part.toObject());
        if (name.isEmpty())
            collectShape(part.toObject(), QString(), shape, depth + 1);
        else
            collectShape(m_definitions.value(name).toObject(), name, shape, depth + 1);
    }
}

void SwaggerValidator::checkObject(const QJsonObject &schema, const QString &definition,
                                   const QJsonObject &object, const QString &path,
                                   QStringList &violations) const
{
    ObjectShape shape;
    shape.name = definition;
    const bool streamMessage = definition.isEmpty() && isStreamMessage(schema);
    if (streamMessage)
        shape.name = QStringLiteral("the stream message");
    collectShape(schema, definition, shape, 0);

    for (const QString &name : std::as_const(shape.required)) {
        if (!object.contains(name))
            violations << QStringLiteral("%1: missing required field \"%2\"").arg(path, name);
    }
    if (streamMessage) {
        const bool hasResult = object.contains(QStringLiteral("result"));
        const bool hasError = object.contains(QStringLiteral("error"));
        if (hasResult == hasError)
            violations << QStringLiteral(
                              "%1: a stream message carries exactly one of \"result\" and \"error\"")
                              .arg(path);
    }

    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString child = childPath(path, key);
        if (shape.properties.contains(key)) {
            check(shape.properties.value(key).toObject(), QString(), it.value(), child, violations);
            const auto overlay = m_enumOverlays.constFind(shape.owner.value(key));
            if (overlay != m_enumOverlays.constEnd() && overlay->contains(key) && it.value().isString()) {
                const QStringList allowed = overlay->value(key);
                if (!allowed.contains(it.value().toString()))
                    violations << QStringLiteral("%1: %2 is not one of %3")
                                      .arg(child, literal(it.value()), quotedList(allowed));
            }
        } else if (shape.additional.isObject()) {
            check(shape.additional.toObject(), QString(), it.value(), child, violations);
        } else if (shape.additional.isBool() && shape.additional.toBool()) {
            continue;
        } else {
            const QString where = shape.name.isEmpty() ? QStringLiteral("the schema") : shape.name;
            if (shape.properties.isEmpty()) {
                violations << QStringLiteral("%1: unknown field (%2 has no fields)").arg(child, where);
                continue;
            }
            const QString suggestion = closestName(key, shape.properties.keys());
            if (suggestion.isEmpty())
                violations << QStringLiteral("%1: unknown field (not in %2)").arg(child, where);
            else
                violations << QStringLiteral("%1: unknown field (not in %2; did you mean \"%3\"?)")
                                  .arg(child, where, suggestion);
        }
    }
}

} // namespace sextant::testsupport
