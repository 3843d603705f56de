// The live model at 10,000 applications: initial load over HTTP into the
// FleetStore, start-up from the disk cache to a populated tree, and 2,000
// watch events per second while the GUI thread's event loop is probed.
#include "fleetsim/fleetsim.h"
#include "fleetsim/fleetstate.h"
#include "model/fleet/fleetcache.h"
#include "model/fleet/fleetconnector.h"
#include "model/git/gitlibrary.h"
#include "model/itemmodels/fleettreemodel.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sextant;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    git::GitLibrary git;
    const int apps = qEnvironmentVariableIntValue("SEXTANT_BENCH_APPS") > 0
                         ? qEnvironmentVariableIntValue("SEXTANT_BENCH_APPS")
                         : 10000;
    const int eventSeconds = qEnvironmentVariableIntValue("SEXTANT_BENCH_EVENT_SECONDS") > 0
                                 ? qEnvironmentVariableIntValue("SEXTANT_BENCH_EVENT_SECONDS")
                                 : 30;
    QTemporaryDir data;
    fleetsim::FleetSimConfig config;
    config.generate = QStringLiteral("clusters=100,apps=%1").arg(apps);
    config.dataDir = data.filePath(QStringLiteral("fleetsim"));
    fleetsim::EmbeddedFleetSim sim(config);
    auto endpoint = sim.start();
    if (!endpoint) {
        std::fprintf(stderr, "fleetsim did not start: %s\n", qPrintable(endpoint.errorMessage()));
        return 1;
    }

    // The simulated controller starts with a burst of auto-syncs (hundreds of sync
    // operations on the server's only thread, seconds long) that also drops its
    // serialized list items. A real Argo CD has long been running when Sextant
    // connects, and serves lists from other processes than its controller: so
    // wait until no operation runs and let fleetsim serialize the items again, as
    // it does at start. The list is still built, sent over HTTP and decoded below.
    waitFor(
        [&] {
            int running = 0;
            sim.invoke([&](fleetsim::FleetSim &fs) {
                for (const auto &[name, simApp] : fs.state().apps)
                    running += simApp.hasOperation() ? 1 : 0;
            });
            return running == 0;
        },
        60000);
    sim.invoke([](fleetsim::FleetSim &fs) {
        for (const auto &[name, simApp] : fs.state().apps)
            simApp.listItemJson();
    });

    // 1. Initial load: list over HTTP, decode off-thread, one batch into the store.
    const double rssBefore = residentMb();
    FleetStore store;
    FleetTreeModel tree(&store);
    FleetConnector connector(&store);
    argocd::InstanceConfig instance;
    instance.name = QStringLiteral("bench");
    instance.server = QUrl(endpoint->url);
    instance.token = endpoint->token;
    instance.plainText = true;
    QElapsedTimer timer;
    timer.start();
    connector.addInstance(instance);
    if (!waitFor([&] { return store.applicationCount() == apps; }, 60000)) {
        std::fprintf(stderr, "the store never reached %d apps (%d)\n", apps, store.applicationCount());
        return 1;
    }
    std::printf("BENCH fleet_initial_load_10k_ms %lld ms\n", timer.elapsed());
    std::printf("BENCH fleet_model_rss_added_10k_mb %.0f MB\n", residentMb() - rssBefore);
    std::fflush(stdout);

    // 2. Start-up from the cache to a populated tree model.
    const QString database = data.filePath(QStringLiteral("cache.sqlite"));
    {
        FleetCache writer(&store, database);
        bool saved = false;
        QObject::connect(&writer, &FleetCache::saved, [&] { saved = true; });
        writer.saveNow();
        waitFor([&] { return saved; }, 60000);
    }
    {
        FleetStore cold;
        FleetTreeModel coldTree(&cold);
        FleetCache reader(&cold, database);
        bool loaded = false;
        QObject::connect(&reader, &FleetCache::loaded, [&] { loaded = true; });
        timer.restart();
        reader.load();
        waitFor([&] { return loaded && coldTree.rowCount() > 0; }, 60000);
        std::printf("BENCH fleet_cache_start_10k_ms %lld ms\n", timer.elapsed());
        std::fflush(stdout);
    }

    // 3. 2,000 events per second from the server while the event loop is probed.
    sim.invoke([](fleetsim::FleetSim &fs) {
        auto *churn = new QTimer(&fs);
        QObject::connect(churn, &QTimer::timeout, &fs, [&fs, next = fs.state().apps.begin()]() mutable {
            for (int i = 0; i < 20; ++i) { // every 10 ms: 2,000 per second
                if (next == fs.state().apps.end())
                    next = fs.state().apps.begin();
                fleetsim::SimApp &simApp = next->second;
                QJsonObject metadata = simApp.object.value(QStringLiteral("metadata")).toObject();
                QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
                annotations.insert(QStringLiteral("bench/tick"), QString::number(fs.state().version()));
                metadata.insert(QStringLiteral("annotations"), annotations);
                simApp.object.insert(QStringLiteral("metadata"), metadata);
                fs.state().commit(simApp);
                ++next;
            }
        });
        churn->start(10);
    });
    qint64 applied = 0;
    QObject::connect(&store, &FleetStore::applicationsChanged,
                     [&](const FleetChange &change) { applied += change.updated.size(); });
    QList<qint64> stalls;
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 last = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.elapsed();
        stalls << std::max<qint64>(0, now - last - 10);
        last = now;
    });
    probe.start(10);
    timer.restart();
    waitFor([&] { return timer.elapsed() >= eventSeconds * 1000; }, eventSeconds * 1000 + 5000);
    probe.stop();
    std::sort(stalls.begin(), stalls.end());
    std::printf("BENCH fleet_events_applied_per_s %.0f events/s\n",
                double(applied) * 1000.0 / double(timer.elapsed()));
    std::printf("BENCH gui_event_loop_max_stall_ms %lld ms\n", stalls.isEmpty() ? 0 : stalls.constLast());
    std::printf("BENCH gui_event_loop_p99_stall_ms %lld ms\n",
                stalls.isEmpty() ? 0 : stalls.at(stalls.size() * 99 / 100));
    return 0;
}
