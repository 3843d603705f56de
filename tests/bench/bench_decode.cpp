// How fast the Argo CD decoder turns a 10,000-application list into domain types, and how
// much memory the decoded list keeps. Prints BENCH lines; the goals are >= 500 MB/s and
// <= 120 MB resident for the 10,000 applications.
//
// The list is fetched once from an in-process sextant-fleetsim, then decoded several times on
// a worker thread, as ArgoCdClient does on its decode pool; the figures are medians of the
// wall time. Details (per run: wall and thread CPU time, page faults) go to stderr: on a
// shared machine the wall time also shows what the neighbours are doing.
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
#include <QThread>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

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

// Hands freed heap pages back to the system, so that VmRSS shows what is still in use.
qint64 settledResidentKb()
{
    malloc_trim(0);
    return residentKb();
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
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

// Runs `work` on a thread of its own and waits for it.
template<typename Work> void onWorker(Work work)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    thread->wait();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
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
                         : 9;

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
    const bool inPlace = body.capacity() - body.size() >= 64;
    std::fprintf(stderr, "body: %lld bytes, capacity %lld (%s)\n", qint64(body.size()),
                 qint64(body.capacity()), inPlace ? "parsed in place" : "copied once per decode");

    // The first run also sets up the parser kept for big documents and grows the heap; later
    // runs reuse both, as a client re-listing does.
    QList<double> wallMs, cpuMs;
    qsizetype apps = 0;
    QString failure;
    onWorker([&] {
        for (int run = 0; run < runs && failure.isEmpty(); ++run) {
            QElapsedTimer timer;
            const double cpuBefore = threadCpuMs();
            const long faultsBefore = minorFaults();
            timer.start();
            const auto list = argocd::decodeApplicationList(body);
            wallMs << double(timer.nsecsElapsed()) / 1e6;
            cpuMs << threadCpuMs() - cpuBefore;
            std::fprintf(stderr, "run %d: %.1f ms wall, %.1f ms thread CPU, %ld page faults\n", run,
                         wallMs.last(), cpuMs.last(), minorFaults() - faultsBefore);
            if (!list)
                failure = list.errorMessage();
            else
                apps = list->items.size();
        }
    });
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "decode failed: %s\n", qPrintable(failure));
        return 1;
    }
    const double mb = double(body.size()) / 1e6;
    const double ms = median(wallMs);
    std::fprintf(stderr,
                 "%lld applications; median %.1f ms wall (%.0f MB/s), %.1f ms thread CPU (%.0f MB/s)\n",
                 qint64(apps), ms, mb / (ms / 1e3), median(cpuMs), mb / (median(cpuMs) / 1e3));
    std::printf("BENCH argocd_decode_10k_list_mb_per_s %.0f MB/s\n", mb / (ms / 1e3));
    std::printf("BENCH argocd_decode_10k_list_ms %.1f ms\n", ms);
    std::printf("BENCH argocd_list_body_mb %.1f MB\n", mb);

    // The client's way: the same body decoded as it arrives, in the 128 kB pieces it reads.
    QList<double> streamMs;
    onWorker([&] {
        for (int run = 0; run < runs && failure.isEmpty(); ++run) {
            QElapsedTimer timer;
            timer.start();
            argocd::ApplicationListStream stream(body.size());
            for (qsizetype at = 0; at < body.size(); at += 128 * 1024)
                stream.feed(QByteArrayView(body).sliced(at, qMin<qsizetype>(128 * 1024, body.size() - at)));
            const auto list = stream.finish();
            streamMs << double(timer.nsecsElapsed()) / 1e6;
            if (!list || list->items.size() != apps)
                failure = list ? QStringLiteral("the streamed list differs") : list.errorMessage();
        }
    });
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "streamed decode failed: %s\n", qPrintable(failure));
        return 1;
    }
    std::printf("BENCH argocd_stream_decode_10k_list_mb_per_s %.0f MB/s\n", mb / (median(streamMs) / 1e3));

    // Memory: decode once more and keep the result, release the body, then compare VmRSS with
    // the list alive and after it is gone (freed pages handed back each time).
    std::optional<Result<argocd::ApplicationList>> kept;
    onWorker([&] { kept.emplace(argocd::decodeApplicationList(body)); });
    body = QByteArray();
    const qint64 withList = settledResidentKb();
    kept.reset();
    const qint64 withoutList = settledResidentKb();
    std::fprintf(stderr, "VmRSS with the list %lld kB, without %lld kB\n", withList, withoutList);
    std::printf("BENCH model_rss_10k_apps_mb %.1f MB\n", double(withList - withoutList) * 1024.0 / 1e6);
    return 0;
}
