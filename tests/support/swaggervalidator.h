#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sextant::testsupport {

// Checks JSON bodies against the Swagger 2.0 definitions of the Argo CD API
// ($SEXTANT_SHARED_DIR/argocd/swagger.json), so that contract tests can prove that
// sextant-fleetsim answers in the shape the real server does.
//
// A violation is one readable line that starts with a JSON path:
//   $.items[3].status.sync: missing required field "status"
// An empty list means the value is valid.
//
// Beyond the swagger, the validator knows how the real server writes JSON
// (Go's encoding/json): the places where the generated
// swagger and the wire disagree are corrected when the file is loaded, and the
// fields the server always sends are required (requireAlways). Both lists are
// in swaggervalidator.cpp, each entry with its source.
class SwaggerValidator {
public:
    // Reads and checks a swagger file. Fails, with a message in *error, when
    // the file is unreadable, is not Swagger 2.0, has a $ref that resolves to
    // nothing, or uses a schema construct this validator does not implement
    // (so that a newer swagger cannot be accepted by silently skipping rules).
    static std::optional<SwaggerValidator> load(const QString &swaggerPath, QString *error);

    // $SEXTANT_SHARED_DIR/argocd/swagger.json, or an empty string when
    // SEXTANT_SHARED_DIR is not set (sextant_add_test sets it).
    static QString defaultSwaggerPath();
    // Why the Argo CD API document cannot be used here (no SEXTANT_SHARED_DIR, or no
    // swagger.json in it), in one line for a skip message; empty when it can.
    static QString unavailableReason();

    // Validates value against definitions/<definitionName>.
    QStringList validate(const QString &definitionName, const QJsonValue &value) const;

    // Validates a response body of one operation: method as in HTTP ("GET"),
    // pathTemplate as in the swagger's paths ("/api/v1/applications/{name}";
    // a concrete path such as "/api/v1/applications/web" is matched against
    // the templates too). The schema is that of the status, else "default".
    // For a streaming operation the body is one message ({"result": …} or
    // {"error": …}); a stream that fails before its first message answers a
    // non-200 status with an {"error": …} message, so that is what is expected
    // for such a status (a stream error is wrapped in {"error": …}), not the unary "default" error.
    QStringList validateResponse(const QString &method, const QString &pathTemplate, int status,
                                 const QJsonValue &body) const;

    // The schema validateResponse would use: the definition name it refers
    // to ("v1alpha1ApplicationList"), the title of an inline schema ("Stream
    // result of v1alpha1ApplicationWatchEvent"), or an empty string when the
    // operation or status has no schema.
    QString responseSchemaName(const QString &method, const QString &pathTemplate, int status) const;

    // Requires a property the swagger leaves optional but the real server
    // always sends (a Go field without omitempty). Registered by default:
    // v1alpha1ApplicationSpec.project, v1alpha1SyncStatus.status,
    // v1alpha1OperationState.phase, v1alpha1RevisionHistory.id,
    // v1alpha1ClusterInfo.applicationsCount (sent even when zero).
    void requireAlways(const QString &definitionName, const QString &propertyName);

    // Limits a string property to the given values. The swagger declares no
    // enums at all; the values the real server uses are registered by default
    // for sync status, health status, operation phase, watch event type and
    // connection status. A property may have
    // only one list; a new call replaces it.
    void restrictEnum(const QString &definitionName, const QString &propertyName, const QStringList &values);

    bool hasDefinition(const QString &definitionName) const;

private:
    SwaggerValidator() = default;

    struct ObjectShape;
    struct ResponseSchema;

    void applyWireErrata();
    void registerServerFacts();
    QStringList unsupportedConstructs() const;

    QString findPath(const QString &method, const QString &path) const;
    ResponseSchema findResponseSchema(const QString &method, const QString &pathTemplate, int status) const;

    void check(const QJsonObject &schema, const QString &definition, const QJsonValue &value,
               const QString &path, QStringList &violations, int refHops = 0) const;
    void checkObject(const QJsonObject &schema, const QString &definition, const QJsonObject &object,
                     const QString &path, QStringList &violations) const;
    void collectShape(const QJsonObject &schema, const QString &definition, ObjectShape &shape,
                      int depth) const;

    QJsonObject m_definitions;
    QJsonObject m_paths;
    QHash<QString, QSet<QString>> m_alwaysPresent;              // definition -> properties
    QHash<QString, QHash<QString, QStringList>> m_enumOverlays; // definition -> property -> values
};

} // namespace sextant::testsupport
