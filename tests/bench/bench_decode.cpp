// How fast the Argo CD decoder turns a 10,000-application list into domain types, and how
// much memory the decoded list keeps. Prints BENCH lines; the goals are >= 500 MB/s and
// <= 120 MB resident for the 10,000 applications.
#include "fleetsim/fleetsim.h"
#include "model/argocd/argocddecoder.h"
#include "model/git/gitlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <thread>
#include <cstdio>

using namespace sextant;
using namespace sextant::fleetsim;

namespace {

// VmRSS of this process, in kB.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Usage {
    double cpuMs = 0;
    long minorFaults = 0;
};

Usage usage()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return {double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
                double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3,
            u.ru_minflt};
}

// Returns freed heap pages to the system, so that VmRSS shows what is still in use.
qint64 settledResidentKb()
{
    malloc_trim(0);
    return residentKb();
}

QByteArray fetchList(const FleetSimEndpoint &endpoint)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(endpoint.url + QStringLiteral("/api/v1/applications")));
    request.setRawHeader("Authorization", "Bearer " + endpoint.token.toLatin1());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(reply->errorString()));
        body.clear();
    }
    delete reply;
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sextant::git::GitLibrary git;
    const QString spec =
        qEnvironmentVariable("SEXTANT_BENCH_FLEET", QStringLiteral("clusters=100,apps=10000"));
    const int runs = qEnvironmentVariableIsSet("SEXTANT_BENCH_RUNS")
                         ? qMax(1, qEnvironmentVariableIntValue("SEXTANT_BENCH_RUNS"))
                         : 7;

    QByteArray body;
    {
        QTemporaryDir data;
        FleetSimConfig config;
        config.generate = spec;
        config.dataDir = data.path();
        EmbeddedFleetSim sim(config);
        auto endpoint = sim.start();
        if (!endpoint) {
            std::fprintf(stderr, "fleetsim did not start: %s\n", qPrintable(endpoint.errorMessage()));
            return 1;
        }
        body = fetchList(*endpoint);
    } // the simulation (and its memory) is gone before anything is measured
    if (body.isEmpty())
        return 1;
    if (const QByteArray dump = qgetenv("SEXTANT_BENCH_DUMP"); !dump.isEmpty()) {
        QFile file(QString::fromLocal8Bit(dump));
        if (file.open(QIODevice::WriteOnly))
            file.write(body);
    }
    const bool inPlace = body.capacity() - body.size() >= 64;
    std::fprintf(stderr, "body: %lld bytes, capacity %lld (%s)\n", qint64(body.size()),
                 qint64(body.capacity()), inPlace ? "parsed in place" : "copied once per decode");

    QList<qint64> times;
    qsizetype apps = 0;
    std::thread worker([&] {
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const Usage before = usage();
        timer.start();
        auto list = argocd::decodeApplicationList(body);
        times << timer.nsecsElapsed();
        const Usage after = usage();
        std::fprintf(stderr, "run %d: %.1f ms wall, %.1f ms cpu, %ld page faults\n", run,
                     double(times.last()) / 1e6, after.cpuMs - before.cpuMs,
                     after.minorFaults - before.minorFaults);
        { struct mallinfo2 mi = mallinfo2(); std::fprintf(stderr, "   arena %zu MB, mmapped %zu MB, free %zu MB, top %zu MB\n", mi.arena >> 20, mi.hblkhd >> 20, mi.fordblks >> 20, mi.keepcost >> 20); }
        if (!list) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(list.errorMessage()));
            std::exit(1);
        }
        apps = list->items.size();
    }
    });
    worker.join();
    std::sort(times.begin(), times.end());
    const double medianMs = double(times.at(times.size() / 2)) / 1e6;
    const double mb = double(body.size()) / 1e6;
    std::fprintf(stderr, "%lld applications; decode best %.1f ms, median %.1f ms, worst %.1f ms\n",
                 qint64(apps), double(times.constFirst()) / 1e6, medianMs, double(times.constLast()) / 1e6);
    std::printf("BENCH argocd_decode_10k_list_mb_per_s %.0f MB/s\n", mb / (medianMs / 1e3));
    std::printf("BENCH argocd_decode_10k_list_ms %.1f ms\n", medianMs);
    std::printf("BENCH argocd_list_body_mb %.1f MB\n", mb);

    // Memory: decode once more and keep the result, release the body, then compare VmRSS
    // with the list alive and after it is gone (freed pages handed back each time).
    auto kept = argocd::decodeApplicationList(body);
    body = QByteArray();
    const qint64 withList = settledResidentKb();
    kept = Error{};
    const qint64 withoutList = settledResidentKb();
    std::fprintf(stderr, "VmRSS with the list %lld kB, without %lld kB\n", withList, withoutList);
    std::printf("BENCH model_rss_10k_apps_mb %.1f MB\n", double(withList - withoutList) * 1024.0 / 1e6);
    return 0;
}
