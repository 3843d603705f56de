#pragma once

#include "fleetsim/http/httpmessage.h"

namespace sextant::fleetsim {

// gRPC status codes the Argo CD API answers with.
namespace grpc {
enum Code {
    Unknown = 2,
    InvalidArgument = 3,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    FailedPrecondition = 9,
    Aborted = 10,
    Internal = 13,
    Unavailable = 14,
    Unauthenticated = 16,
};
int httpStatus(int code);
} // namespace grpc

// A unary error as grpc-gateway v1 writes it: {"error","code","message"}.
HttpResponse errorResponse(int grpcCode, const QString &message);
// A stream error chunk: {"error":{"grpc_code","http_code","message","http_status"}}.
QByteArray streamErrorChunk(int grpcCode, const QString &message);
HttpResponse jsonResponse(const QByteArray &body, int status = 200);

} // namespace sextant::fleetsim
