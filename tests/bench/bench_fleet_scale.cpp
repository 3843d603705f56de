// Five Argo CD instances of 10,000 applications each against the real client
// stack (Workspace: FleetStore, FleetConnector, FleetCache; the main window
// with its fleet tree, tree model and filter proxy; offscreen):
//   1. connecting all five until every instance shows its 10,000 apps, painted;
//   2. the resident memory the client added for the 50,000 apps;
//   3. filter keystrokes over the 50,000-app tree;
//   4. start-up from the on-disk cache until the tree shows all five instances
//      (in fresh processes, as a real start is);
//   5. 5 × 2,000 watch events per second, probing the GUI thread's event loop.
//
// Each generated fleetsim runs in a process of its own (this program started
// again with SEXTANT_BENCH_ROLE=fleetsim): the client's memory is this process's
// alone. The servers run at the lowest priority (nice 19): on a machine of few
// cores they would otherwise take the CPU from the client's GUI thread, which on
// a desktop whose Argo CD instances run elsewhere is not the case; they still get
// every cycle the client leaves. The CPU time both sides used during the event
// phase is printed too.
#include "app/mainwindow.h"
#include "app/workspace.h"
#include "fleetsim/fleetsim.h"
#include "fleetsim/fleetstate.h"
#include "model/fleet/fleetcache.h"
#include "model/git/gitlibrary.h"
#include "model/itemmodels/fleettreemodel.h"
#include "tests/bench/benchwidgets.h"
#include "views/fleettreeview.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace sextant;

namespace {

constexpr int Instances = 5;

int appsPerInstance()
{
    const int apps = qEnvironmentVariableIntValue("SEXTANT_BENCH_APPS");
    return apps > 0 ? apps : 10000;
}

void bench(const char *name, double value, const char *unit, const char *goal)
{
    std::printf("BENCH %s %.0f %s\n# goal %s\n", name, value, unit, goal);
    std::fflush(stdout);
}

// Seconds of CPU (user + system) a process or thread used, from /proc/<path>/stat.
double cpuSeconds(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// How late a 5 ms timer on the GUI thread fires: the longest time the event loop was busy.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            m_stallsUs << std::max<qint64>(0, now - m_lastUs - IntervalMs * 1000);
            m_lastUs = now;
        });
    }
    void start()
    {
        m_stallsUs.clear();
        m_clock.start();
        m_lastUs = 0;
        m_timer.start(IntervalMs);
    }
    void stop()
    {
        m_timer.stop();
        std::sort(m_stallsUs.begin(), m_stallsUs.end());
    }
    double maxMs() const { return m_stallsUs.isEmpty() ? 0 : double(m_stallsUs.constLast()) / 1000.0; }
    double p99Ms() const
    {
        return m_stallsUs.isEmpty() ? 0 : double(m_stallsUs.at(m_stallsUs.size() * 99 / 100)) / 1000.0;
    }

private:
    static constexpr int IntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastUs = 0;
    QList<qint64> m_stallsUs;
};

// True when the tree has all five instances, each with all of its applications.
bool treeComplete(const FleetTreeModel *tree, int apps)
{
    if (tree->rowCount() != Instances)
        return false;
    for (int row = 0; row < Instances; ++row)
        if (tree->index(row, 0).data(FleetTreeModel::ApplicationCountRole).toInt() != apps)
            return false;
    return true;
}

// SEXTANT_BENCH_ROLE=fleetsim: one generated fleetsim in this process. Prints
// the ready line once the start-up burst of auto-syncs is over; "churn" on
// stdin starts 2,000 health changes per second, "stop" ends them and prints
// "produced <events> <ms>"; end of stdin quits.
int runFleetSim(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    git::GitLibrary git;
    fleetsim::FleetSimConfig config;
    config.generate = QStringLiteral("clusters=100,apps=%1").arg(appsPerInstance());
    config.dataDir = qEnvironmentVariable("SEXTANT_BENCH_DATA");
    fleetsim::FleetSim sim(config);
    auto endpoint = sim.start();
    if (!endpoint) {
        std::fprintf(stderr, "fleetsim did not start: %s\n", qPrintable(endpoint.errorMessage()));
        return 1;
    }
    // A real Argo CD has long been running when Sextant connects: wait until the
    // simulated controller's first auto-syncs are done, then serialize the list
    // items again (a sync drops them), as fleetsim does at start.
    {
        QEventLoop settle;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, [&] {
            const auto &apps = sim.state().apps;
            if (std::none_of(apps.cbegin(), apps.cend(),
                             [](const auto &a) { return a.second.hasOperation(); }))
                settle.quit();
        });
        check.start(250);
        QTimer::singleShot(180000, &settle, &QEventLoop::quit);
        settle.exec();
    }
    for (const auto &[key, simApp] : sim.state().apps)
        simApp.listItemJson();
    std::printf("%s\n", endpoint->readyLine().constData());
    std::fflush(stdout);

    QTimer churn;
    qint64 produced = 0;
    QElapsedTimer churning;
    QObject::connect(&churn, &QTimer::timeout, [&sim, &produced, next = sim.state().apps.begin()]() mutable {
        fleetsim::FleetState &state = sim.state();
        for (int i = 0; i < 20; ++i) { // every 10 ms: 2,000 per second
            if (next == state.apps.end())
                next = state.apps.begin();
            fleetsim::SimApp &simApp = next->second;
            QJsonObject status = simApp.object.value(QStringLiteral("status")).toObject();
            QJsonObject health = status.value(QStringLiteral("health")).toObject();
            health.insert(QStringLiteral("status"),
                          health.value(QStringLiteral("status")).toString() == QStringLiteral("Healthy")
                              ? QStringLiteral("Progressing")
                              : QStringLiteral("Healthy"));
            status.insert(QStringLiteral("health"), health);
            simApp.object.insert(QStringLiteral("status"), status);
            state.commit(simApp);
            ++produced;
            ++next;
        }
    });
    churn.setTimerType(Qt::PreciseTimer);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QCoreApplication::quit();
            return;
        }
        const QByteArray command(buffer, int(n));
        if (command.contains("churn")) {
            churning.start();
            churn.start(10);
        } else if (command.contains("stop")) {
            churn.stop();
            std::printf("produced %lld %lld\n", produced, churning.elapsed());
            std::fflush(stdout);
        }
    });
    return QCoreApplication::exec();
}

// SEXTANT_BENCH_ROLE=cache: a fresh start of the window from the cache at
// SEXTANT_BENCH_CACHE, until the tree shows all five instances, painted.
int runCacheStart(int argc, char *argv[])
{
    git::GitLibrary git;
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    Workspace workspace(qEnvironmentVariable("SEXTANT_BENCH_CACHE"));
    MainWindow window(workspace);
    window.resize(1440, 900);
    window.show();
    paintAndSettle(window);
    QElapsedTimer timer;
    timer.start();
    // When the first cached list reached the store: the time spent reading SQLite.
    qint64 firstListMs = -1;
    QObject::connect(&workspace.store(), &FleetStore::applicationsChanged, [&] {
        if (firstListMs < 0)
            firstListMs = timer.elapsed();
    });
    workspace.loadCache();
    if (!waitFor([&] { return treeComplete(window.fleetTree()->model(), appsPerInstance()); }, 60000)) {
        std::fprintf(stderr, "the cache never showed all instances\n");
        return 1;
    }
    const qint64 treeMs = timer.elapsed();
    paintAndSettle(window);
    std::printf("BENCH fleet_scale_cache_start_ms %lld ms\n", timer.elapsed());
    std::printf("BENCH fleet_scale_cache_read_ms %lld ms\n", firstListMs);
    std::printf("BENCH fleet_scale_cache_tree_ms %lld ms\n", treeMs);
    return 0;
}

struct SimProcess {
    std::unique_ptr<QProcess> process;
    argocd::InstanceConfig instance;
};

std::unique_ptr<QProcess> startChild(const QString &role, const QStringList &variables)
{
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SEXTANT_BENCH_ROLE"), role);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    child->setProcessEnvironment(environment);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (role == QStringLiteral("fleetsim")) // see the comment at the top
        child->setChildProcessModifier([] { [[maybe_unused]] const int niceness = ::nice(19); });
    child->start(QCoreApplication::applicationFilePath(), {});
    return child;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray role = qgetenv("SEXTANT_BENCH_ROLE");
    if (role == "fleetsim")
        return runFleetSim(argc, argv);
    if (role == "cache")
        return runCacheStart(argc, argv);

    git::GitLibrary git;
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int apps = appsPerInstance();
    const int eventSeconds = qEnvironmentVariableIntValue("SEXTANT_BENCH_EVENT_SECONDS") > 0
                                 ? qEnvironmentVariableIntValue("SEXTANT_BENCH_EVENT_SECONDS")
                                 : 15;
    const int coldRuns = qEnvironmentVariableIntValue("SEXTANT_BENCH_COLD_RUNS") > 0
                             ? qEnvironmentVariableIntValue("SEXTANT_BENCH_COLD_RUNS")
                             : 3;
    QTemporaryDir data;
    std::printf("# %d fleetsims of %d applications, each in a process of its own\n", Instances, apps);

    // The five servers start together and settle before the client starts.
    QElapsedTimer timer;
    timer.start();
    std::vector<SimProcess> sims;
    for (int i = 0; i < Instances; ++i) {
        const QString dir = data.filePath(QStringLiteral("fleetsim-%1").arg(i));
        QDir().mkpath(dir);
        sims.push_back(
            {startChild(QStringLiteral("fleetsim"), {QStringLiteral("SEXTANT_BENCH_DATA=") + dir}), {}});
    }
    for (int i = 0; i < Instances; ++i) {
        QProcess &process = *sims[size_t(i)].process;
        if (!waitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; },
                     300000) ||
            !process.canReadLine()) {
            std::fprintf(stderr, "fleetsim %d did not start\n", i);
            return 1;
        }
        const QJsonObject ready = QJsonDocument::fromJson(process.readLine()).object();
        fleetsim::FleetSimEndpoint endpoint{ready.value(QStringLiteral("url")).toString(),
                                            ready.value(QStringLiteral("token")).toString(),
                                            {}};
        sims[size_t(i)].instance = benchInstance(endpoint);
        sims[size_t(i)].instance.name = QStringLiteral("fleet-%1").arg(i + 1);
    }
    std::printf("# the fleetsims were ready after %.1f s\n", double(timer.elapsed()) / 1000.0);
    std::fflush(stdout);

    Workspace workspace(data.filePath(QStringLiteral("sextant.sqlite")));
    MainWindow window(workspace);
    window.resize(1440, 900);
    window.show();
    paintAndSettle(window);
    const FleetTreeModel *tree = window.fleetTree()->model();
    const double rssBefore = residentMb();

    // 1. Connecting to five instances until each shows all its applications, painted.
    StallProbe probe;
    probe.start();
    timer.restart();
    for (const SimProcess &sim : sims)
        workspace.connectInstance(sim.instance, false);
    if (!waitFor([&] { return treeComplete(tree, apps); }, 120000)) {
        std::fprintf(stderr, "the tree never showed all instances (%d apps in the store)\n",
                     workspace.store().applicationCount());
        return 1;
    }
    paintAndSettle(window);
    const qint64 allInstancesMs = timer.elapsed();
    probe.stop();
    bench("fleet_scale_all_instances_ms", double(allInstancesMs), "ms", "≤ 2000 ms");
    std::printf("BENCH fleet_scale_load_max_stall_ms %.0f ms\n", probe.maxMs());

    // 2. What the client holds for 50,000 applications, once the decoders are idle.
    waitFor([&] { return timer.elapsed() > allInstancesMs + 500; }, 5000);
    bench("fleet_scale_rss_added_mb", residentMb() - rssBefore, "MB", "≤ 350 MB");
    std::printf("BENCH fleet_scale_rss_peak_added_mb %.0f MB\n", procStatusMb("VmHWM") - rssBefore);

    // The cache is written a few seconds after the last change: that happens here, idle.
    probe.start();
    timer.restart();
    waitFor([&] { return timer.elapsed() > FleetCache::DebounceMs + 1500; }, 10000);
    probe.stop();
    std::printf("BENCH fleet_scale_idle_after_load_max_stall_ms %.0f ms\n", probe.maxMs());
    std::fflush(stdout);

    // 3. Typing in the filter: each keystroke filters 50,000 apps.
    QLineEdit *filter = window.fleetTree()->filterEdit();
    QList<qint64> keystrokes = timedKeystrokes(filter, QStringLiteral("app-0421"));
    QElapsedTimer clearing;
    clearing.start();
    QTest::keyClick(filter, Qt::Key_Escape);
    QApplication::processEvents();
    const qint64 clearMs = clearing.elapsed();
    std::printf("# keystrokes of \"app-0421\", in order:");
    for (const qint64 ms : std::as_const(keystrokes))
        std::printf(" %lld", ms);
    std::printf(" ms\n");
    std::sort(keystrokes.begin(), keystrokes.end());
    bench("fleet_scale_filter_keystroke_max_ms", double(keystrokes.constLast()), "ms", "≤ 100 ms");
    std::printf("BENCH fleet_scale_filter_keystroke_median_ms %lld ms\n",
                keystrokes.at(keystrokes.size() / 2));
    bench("fleet_scale_filter_clear_ms", double(clearMs), "ms", "≤ 100 ms");

    // 4. Start-up from the cache, in fresh processes.
    const QString cachePath = data.filePath(QStringLiteral("cache.sqlite"));
    {
        FleetCache writer(&workspace.store(), cachePath);
        bool saved = false;
        QObject::connect(&writer, &FleetCache::saved, [&] { saved = true; });
        writer.saveNow();
        if (!waitFor([&] { return saved; }, 120000)) {
            std::fprintf(stderr, "the cache was not written\n");
            return 1;
        }
    }
    QList<double> cacheStarts;
    for (int run = 0; run < coldRuns; ++run) {
        auto child =
            startChild(QStringLiteral("cache"), {QStringLiteral("SEXTANT_BENCH_CACHE=") + cachePath});
        if (!waitFor([&] { return child->state() == QProcess::NotRunning; }, 120000) ||
            child->exitCode() != 0) {
            std::fprintf(stderr, "a cache start failed\n");
            return 1;
        }
        const QByteArray output = child->readAllStandardOutput();
        cacheStarts << benchValue(output, "fleet_scale_cache_start_ms");
        std::printf("# cache start %d: SQLite read %.0f ms, tree complete %.0f ms\n", run + 1,
                    benchValue(output, "fleet_scale_cache_read_ms"),
                    benchValue(output, "fleet_scale_cache_tree_ms"));
    }
    std::sort(cacheStarts.begin(), cacheStarts.end());
    std::printf("# cache starts: ");
    for (double sample : std::as_const(cacheStarts))
        std::printf("%.0f ", sample);
    std::printf("ms\n");
    bench("fleet_scale_cache_start_ms", cacheStarts.at(cacheStarts.size() / 2), "ms", "≤ 400 ms");
    std::printf("BENCH fleet_scale_cache_start_worst_ms %.0f ms\n", cacheStarts.constLast());
    std::fflush(stdout);

    // SEXTANT_BENCH_COLLAPSED=1: the event phase with no group open, which shows
    // what the view's handling of shown rows costs.
    if (qEnvironmentVariableIsSet("SEXTANT_BENCH_COLLAPSED")) {
        auto *view = window.fleetTree()->findChild<QTreeView *>();
        view->collapseAll();
        std::printf("# the fleet tree is collapsed for the events\n");
    }

    // 5. 2,000 events per second from each instance while the event loop is probed.
    qint64 applied = 0;
    QObject::connect(&workspace.store(), &FleetStore::applicationsChanged,
                     [&](const FleetChange &change) { applied += change.updated.size(); });
    for (const SimProcess &sim : sims)
        sim.process->write("churn\n");
    const auto simsCpu = [&] {
        double total = 0;
        for (const SimProcess &sim : sims)
            total += cpuSeconds(QStringLiteral("/proc/%1/stat").arg(sim.process->processId()));
        return total;
    };
    const QString guiThreadStat =
        QStringLiteral("/proc/self/task/%1/stat").arg(QCoreApplication::applicationPid());
    const double simsCpuBefore = simsCpu();
    const double clientCpuBefore = cpuSeconds(QStringLiteral("/proc/self/stat"));
    const double guiCpuBefore = cpuSeconds(guiThreadStat);
    applied = 0;
    const double rssBeforeEvents = residentMb();
    probe.start();
    timer.restart();
    waitFor([&] { return timer.elapsed() >= eventSeconds * 1000; }, eventSeconds * 1000 + 5000);
    probe.stop();
    const double seconds = double(timer.elapsed()) / 1000.0;
    const double rssGrowth = residentMb() - rssBeforeEvents;
    const double clientCores = (cpuSeconds(QStringLiteral("/proc/self/stat")) - clientCpuBefore) / seconds;
    const double guiCores = (cpuSeconds(guiThreadStat) - guiCpuBefore) / seconds;
    const double simsCores = (simsCpu() - simsCpuBefore) / seconds;
    for (const SimProcess &sim : sims)
        sim.process->write("stop\n");
    double producedPerS = 0;
    for (const SimProcess &sim : sims) {
        waitFor([&] { return sim.process->canReadLine(); }, 10000);
        const QList<QByteArray> words = sim.process->readLine().simplified().split(' ');
        if (words.size() == 3 && words[0] == "produced" && words[2].toDouble() > 0)
            producedPerS += words[1].toDouble() * 1000.0 / words[2].toDouble();
    }
    std::printf("BENCH fleet_scale_events_produced_per_s %.0f events/s\n", producedPerS);
    std::printf("BENCH fleet_scale_events_applied_per_s %.0f events/s\n", double(applied) / seconds);
    std::printf("BENCH fleet_scale_events_rss_growth_mb %.0f MB\n", rssGrowth);
    bench("fleet_scale_events_max_stall_ms", probe.maxMs(), "ms", "≤ 50 ms");
    std::printf("BENCH fleet_scale_events_p99_stall_ms %.0f ms\n", probe.p99Ms());
    std::printf("# CPU during the events, in cores: client %.2f (GUI thread %.2f), fleetsims %.2f\n",
                clientCores, guiCores, simsCores);
    std::fflush(stdout);

    for (const SimProcess &sim : sims)
        sim.process->closeWriteChannel();
    for (const SimProcess &sim : sims)
        if (!sim.process->waitForFinished(10000))
            sim.process->kill();
    return 0;
}
