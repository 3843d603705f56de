#pragma once

#include "model/controller/fleetsnapshot.h"
#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <concepts>
#include <memory>

namespace sextant::argocd {

// The one place the Argo CD wire format is read. Tolerant of what real
// servers send (omitted zero values, unknown fields, int64 as numbers,
// missing status parts, absent kind/apiVersion); malformed input is an Error
// whose message names the JSON path ("$.items[3].status.sync.status: ...").
// A list either decodes whole or not at all: never half an update.
// A JSON null counts as an absent field. Pure functions: any thread.

struct ApplicationList {
    qint64 resourceVersion = 0; // metadata.resourceVersion: where a watch resumes
    QList<Application> items;
};

using sextant::WatchEvent; // model/controller/fleetsnapshot.h

Result<ApplicationList> decodeApplicationList(QByteArrayView json);
// The same for a body whose bytes may be read up to json.data() + readable
// (readable >= json.size()): with 64 bytes to spare (simdjson's padding) the
// body is parsed in place, else it is copied once.
Result<ApplicationList> decodeApplicationList(QByteArrayView json, qsizetype readable);
// A body as QNetworkReply::readAll() returns it: parsed in place when its
// capacity allows, so a 50 MB list is not copied. (A template only so that
// string literals still pick the QByteArrayView overload.)
template<typename Bytes>
requires std::same_as<Bytes, QByteArray> Result<ApplicationList> decodeApplicationList(const Bytes &body)
{
    return decodeApplicationList(QByteArrayView(body), body.capacity());
}

// The same list decoded while its body arrives: feed() it the bytes as they come (any
// pieces), finish() once the body is complete. Whole items are decoded as soon as they are in,
// so the decoding overlaps the transfer, and only a batch of the body is held at a time. What
// it decodes, decodeApplicationList() decodes alike from the whole body; its errors name the
// JSON path too (a document with several mistakes may name another one, and a batch can notice
// broken JSON that the whole decode skips unread). One thread at a time.
class ApplicationListStream {
public:
    explicit ApplicationListStream(qsizetype expectedBytes = 0, qsizetype batchBytes = 256 * 1024);
    ~ApplicationListStream();
    ApplicationListStream(const ApplicationListStream &) = delete;
    ApplicationListStream &operator=(const ApplicationListStream &) = delete;

    void feed(QByteArrayView bytes);
    Result<ApplicationList> finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

Result<Application> decodeApplication(QByteArrayView json);
// One NDJSON line of /api/v1/stream/applications (an SSE "data: " prefix is
// accepted too). A stream error ({"error":{...}}) is an Error whose message
// is the server's and whose code is the error's http_code.
Result<WatchEvent> decodeWatchEvent(QByteArrayView line);

Result<QList<Cluster>> decodeClusterList(QByteArrayView json);
Result<QList<Project>> decodeProjectList(QByteArrayView json);
Result<QList<Repository>> decodeRepositoryList(QByteArrayView json);

// GET /api/version → "v3.5.1+abc"; {"error","code","message"} bodies → their message.
Result<QString> decodeVersion(QByteArrayView json);
// Also reads stream errors ({"error":{"message":...}}); a body that is not such
// JSON (415 "Invalid content type", an HTML proxy page) gives its text, whitespace
// simplified and cut to 200 characters; an empty body gives an empty string.
QString decodeErrorMessage(QByteArrayView json);

// Decoding a document over 1 MB keeps simdjson's buffers for the next big one (its index
// stays resident: about 0.7 x the largest body, ~35 MB for a 50 MB list), because setting them
// up again costs more than the decode itself. This frees them; the next big decode is slower.
void releaseCachedParser();

} // namespace sextant::argocd
