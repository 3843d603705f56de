#include "fleetsim/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

int grpc::httpStatus(int code)
{
    switch (code) {
    case InvalidArgument:
    case FailedPrecondition: return 400;
    case NotFound: return 404;
    case AlreadyExists:
    case Aborted: return 409;
    case PermissionDenied: return 403;
    case Unavailable: return 503;
    case Unauthenticated: return 401;
    default: return 500;
    }
}

namespace {

// A JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

// Both bodies are Go structs written by encoding/json, so their keys come in
// declaration order (internal.Error, internal.StreamError), not sorted.
HttpResponse errorResponse(int grpcCode, const QString &message)
{
    const QByteArray text = jsonString(message);
    return {grpc::httpStatus(grpcCode),
            "application/json",
            "{\"error\":" + text + ",\"code\":" + QByteArray::number(grpcCode) + ",\"message\":" + text + '}',
            {}};
}

QByteArray streamErrorChunk(int grpcCode, const QString &message)
{
    const int status = grpc::httpStatus(grpcCode);
    return "{\"error\":{\"grpc_code\":" + QByteArray::number(grpcCode) +
           ",\"http_code\":" + QByteArray::number(status) + ",\"message\":" + jsonString(message) +
           ",\"http_status\":\"" + reasonPhrase(status) + "\"}}";
}

HttpResponse jsonResponse(const QByteArray &body, int status)
{
    return {status, "application/json", body, {}};
}

} // namespace sextant::fleetsim
