// The main window at 10,000 applications (offscreen): how soon it is
// interactive after the list arrives, filter keystrokes, selecting an app,
// and event-loop stalls while 2,000 watch events per second arrive.
#include "app/mainwindow.h"
#include "app/workspace.h"
#include "fleetsim/fleetsim.h"
#include "fleetsim/fleetstate.h"
#include "model/git/gitlibrary.h"
#include "tests/bench/benchwidgets.h"
#include "tests/support/argocdinstance.h"
#include "views/applicationview.h"
#include "views/fleettreeview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sextant;

int main(int argc, char *argv[])
{
    git::GitLibrary git;
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int apps = qEnvironmentVariableIntValue("SEXTANT_BENCH_APPS") > 0
                         ? qEnvironmentVariableIntValue("SEXTANT_BENCH_APPS")
                         : 10000;
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

    Workspace workspace(data.filePath(QStringLiteral("sextant.sqlite")));
    MainWindow window(workspace);
    window.resize(1440, 900);
    window.show();
    const argocd::InstanceConfig instance = benchInstance(*endpoint);

    // 1. From the list's arrival to a painted, responsive window.
    QElapsedTimer sinceList;
    workspace.connectInstance(instance, false);
    QObject::connect(testing::argoCdClient(workspace.connector(), QStringLiteral("bench")),
                     &argocd::ArgoCdClient::snapshotLoaded, [&] { sinceList.start(); });
    if (!waitFor([&] { return workspace.store().applicationCount() == apps; }, 120000)) {
        std::fprintf(stderr, "the window never got %d apps\n", apps);
        return 1;
    }
    paintAndSettle(window);
    std::printf("BENCH window_interactive_after_list_10k_ms %lld ms\n", sinceList.elapsed());
    std::fflush(stdout);

    // 2. Typing in the filter: each keystroke filters 10,000 apps.
    QLineEdit *filter = window.fleetTree()->filterEdit();
    QList<qint64> keystrokes = timedKeystrokes(filter, QStringLiteral("app-0421"));
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("BENCH filter_keystroke_10k_max_ms %lld ms\n", keystrokes.constLast());
    std::printf("BENCH filter_keystroke_10k_median_ms %lld ms\n", keystrokes.at(keystrokes.size() / 2));
    filter->clear();
    QApplication::processEvents();
    std::fflush(stdout);

    // 3. Selecting an app: header at once, resource tree over loopback.
    const QString key = QStringLiteral("bench/argocd/app-04321");
    bool treeArrived = false;
    QObject::connect(&workspace.details(), &ApplicationDetails::treeChanged, [&] { treeArrived = true; });
    QElapsedTimer select;
    select.start();
    window.fleetTree()->selectApplication(key);
    const qint64 header = select.elapsed();
    waitFor([&] { return treeArrived; }, 10000);
    std::printf("BENCH select_app_header_ms %lld ms\n", header);
    std::printf("BENCH select_app_resource_tree_ms %lld ms\n", select.elapsed());
    std::fflush(stdout);

    // 4. 2,000 events per second for 15 s with the window up.
    sim.invoke([](fleetsim::FleetSim &fs) {
        auto *churn = new QTimer(&fs);
        QObject::connect(churn, &QTimer::timeout, &fs, [&fs, next = fs.state().apps.begin()]() mutable {
            for (int i = 0; i < 20; ++i) {
                if (next == fs.state().apps.end())
                    next = fs.state().apps.begin();
                QJsonObject status = next->second.object.value(QStringLiteral("status")).toObject();
                QJsonObject health = status.value(QStringLiteral("health")).toObject();
                health.insert(QStringLiteral("status"),
                              health.value(QStringLiteral("status")).toString() == QStringLiteral("Healthy")
                                  ? QStringLiteral("Progressing")
                                  : QStringLiteral("Healthy"));
                status.insert(QStringLiteral("health"), health);
                next->second.object.insert(QStringLiteral("status"), status);
                fs.state().commit(next->second);
                ++next;
            }
        });
        churn->start(10);
    });
    QList<qint64> stalls;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        stalls << std::max<qint64>(0, now - last - 10);
        last = now;
    });
    probe.start(10);
    waitFor([&] { return clock.elapsed() > 15000; }, 20000);
    probe.stop();
    std::sort(stalls.begin(), stalls.end());
    std::printf("BENCH window_events_2000_per_s_max_stall_ms %lld ms\n",
                stalls.isEmpty() ? 0 : stalls.constLast());
    std::printf("BENCH window_events_2000_per_s_p99_stall_ms %lld ms\n",
                stalls.isEmpty() ? 0 : stalls.at(stalls.size() * 99 / 100));
    return 0;
}
