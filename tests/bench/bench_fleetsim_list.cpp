// How fast sextant-fleetsim builds and serves a 10,000-application fleet.
// Prints BENCH lines; the goal is a full list in under 2 s.
#include "fleetsim/fleetsim.h"
#include "model/git/gitlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sextant::fleetsim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sextant::git::GitLibrary git;
    const QString spec =
        qEnvironmentVariable("SEXTANT_BENCH_FLEET", QStringLiteral("clusters=100,apps=10000"));
    QTemporaryDir data;

    FleetSimConfig config;
    config.generate = spec;
    config.dataDir = data.path();
    EmbeddedFleetSim sim(config);
    QElapsedTimer timer;
    timer.start();
    auto endpoint = sim.start();
    if (!endpoint) {
        std::fprintf(stderr, "fleetsim did not start: %s\n", qPrintable(endpoint.errorMessage()));
        return 1;
    }
    std::printf("BENCH fleetsim_start_generated_10k_ms %lld ms\n", timer.elapsed());

    QNetworkAccessManager network;
    QList<qint64> times;
    qint64 bytes = 0;
    for (int run = 0; run < 5; ++run) {
        QNetworkRequest request(QUrl(endpoint->url + QStringLiteral("/api/v1/applications")));
        request.setRawHeader("Authorization", "Bearer " + endpoint->token.toLatin1());
        timer.restart();
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        times << timer.elapsed();
        bytes = body.size();
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "list failed: %s\n", qPrintable(reply->errorString()));
            return 1;
        }
        delete reply;
    }
    std::sort(times.begin(), times.end());
    std::printf("BENCH fleetsim_list_10k_apps_median_ms %lld ms\n", times.at(times.size() / 2));
    std::printf("BENCH fleetsim_list_10k_apps_worst_ms %lld ms\n", times.constLast());
    std::printf("BENCH fleetsim_list_10k_apps_body_mb %.1f MB\n", double(bytes) / 1e6);
    return 0;
}
