#pragma once

#include "fleetsim/fleetsim.h"
#include "model/git/gitlibrary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace sextant::testing {

struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when an HTTP answer arrived

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// A raw HTTP/1.1 exchange over a plain socket, for byte-exact stream checks.
struct RawStream {
    int status = 0;
    QByteArray head;          // status line and headers
    QList<QByteArray> chunks; // decoded chunked-transfer chunks, in order
    bool ended = false;       // the terminating zero-size chunk arrived
};

// Starts an in-process sextant-fleetsim on its own thread over a scratch data
// directory and talks to it over real loopback HTTP.
class FleetsimFixture {
public:
    static QString sourceDir();
    static QString testSeedPath();
    // Short timings so tests run in seconds; git polled every 200 ms.
    static fleetsim::FleetSimConfig testConfig(const QString &seedPath = testSeedPath());

    explicit FleetsimFixture(fleetsim::FleetSimConfig config = testConfig());
    ~FleetsimFixture();

    bool start(); // false with errorString() on failure
    QString errorString() const { return m_error; }

    QString baseUrl() const { return m_endpoint.url; }
    QString token() const { return m_endpoint.token; }
    QString readonlyToken() const { return m_endpoint.readonlyToken; }
    QString dataDir() const { return m_dir.path(); }
    QString repoPath(const QString &name) const;

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &token = QStringLiteral("admin"),
                      const QList<QPair<QByteArray, QByteArray>> &headers = {},
                      const QByteArray &contentType = "application/json");
    HttpReply get(const QString &path, const QString &token = QStringLiteral("admin"));
    HttpReply post(const QString &path, const QJsonObject &body,
                   const QString &token = QStringLiteral("admin"));

    QJsonObject app(const QString &name);
    // Polls the app until `predicate` holds; false after `timeoutMs`.
    bool waitForApp(const QString &name, const std::function<bool(const QJsonObject &)> &predicate,
                    int timeoutMs = 15000);

    // Opens a stream and reads for `durationMs` (or until `enough` holds).
    RawStream readStream(const QString &path, const QByteArray &accept, int durationMs,
                         const std::function<bool(const RawStream &)> &enough = {},
                         const QString &token = QStringLiteral("admin"));

    void invoke(const std::function<void(fleetsim::FleetSim &)> &work);

private:
    QString resolveToken(const QString &token) const;

    git::GitLibrary m_git;
    QTemporaryDir m_dir;
    fleetsim::FleetSimConfig m_config;
    std::unique_ptr<fleetsim::EmbeddedFleetSim> m_sim;
    fleetsim::FleetSimEndpoint m_endpoint;
    QNetworkAccessManager m_network;
    QString m_error;
};

// Shorthand for JSON paths in assertions: at(app, "status.sync.status").
QJsonValue at(const QJsonValue &value, const QString &dottedPath);

} // namespace sextant::testing
