#pragma once

#include <QJsonObject>

// Sample payloads: hand-written illustrations of
// what Argo CD sends, not server captures. Shared by the tests of the validator
// and the contract tests of sextant-fleetsim.
namespace sextant::testsupport::argocdsamples {

// GET /api/v1/applications/payments-eu (trimmed).
QJsonObject application();

// One NDJSON line of GET /api/v1/stream/applications: {"result": {"type", "application"}}.
QJsonObject watchMessage();

// items[0] of GET /api/v1/applications/payments-eu/managed-resources: a Secret whose
// four states are strings holding JSON, values masked.
QJsonObject managedResource();

} // namespace sextant::testsupport::argocdsamples
