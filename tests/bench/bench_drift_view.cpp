// The drift view over 10,000 applications of which 500 are out of sync (fleetsim's
// generator, outofsync=500): from the start of the scan (the page shown) to a complete,
// painted table, with the managed resources fetched over loopback, at most three
// requests in flight; and how long the table took after the last answer arrived.
#include "fleetsim/fleetsim.h"
#include "model/fleet/driftscanner.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/git/gitlibrary.h"
#include "model/itemmodels/drifttablemodel.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/argocdinstance.h"
#include "views/driftview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace sextant;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    git::GitLibrary git;
    QApplication app(argc, argv);
    constexpr int Apps = 10000;
    constexpr int OutOfSync = 500;
    QTemporaryDir data;
    fleetsim::FleetSimConfig config;
    config.generate = QStringLiteral("clusters=100,apps=%1,outofsync=%2").arg(Apps).arg(OutOfSync);
    config.dataDir = data.filePath(QStringLiteral("fleetsim"));
    config.scenarioPath = QStringLiteral("none");
    fleetsim::EmbeddedFleetSim sim(config);
    auto endpoint = sim.start();
    if (!endpoint) {
        std::fprintf(stderr, "fleetsim did not start: %s\n", qPrintable(endpoint.errorMessage()));
        return 1;
    }

    FleetStore store;
    FleetConnector connector(&store);
    const argocd::InstanceConfig instance = benchInstance(*endpoint);
    testing::addArgoCdInstance(connector, instance); // starts loading
    const auto outOfSync = [&] {
        int count = 0;
        for (const Application &a : store.applications())
            count += a.syncStatus == SyncStatus::OutOfSync ? 1 : 0;
        return count;
    };
    if (!waitFor([&] { return store.applicationCount() == Apps; }, 120000)) {
        std::fprintf(stderr, "the store never got %d apps\n", Apps);
        return 1;
    }
    if (outOfSync() != OutOfSync) {
        std::fprintf(stderr, "%d apps are out of sync, expected %d\n", outOfSync(), OutOfSync);
        return 1;
    }

    DriftScanner scanner(&store, &connector);
    views::DriftView view(&scanner);
    view.resize(1440, 900);
    QElapsedTimer clock;
    qint64 lastResponse = 0;
    int responses = 0;
    QObject::connect(&scanner, &DriftScanner::responseReceived, [&] {
        lastResponse = clock.elapsed();
        ++responses;
    });
    clock.start();
    view.show(); // starts the scan
    const auto complete = [&] {
        if (!scanner.progress().isComplete() || scanner.progress().applications != OutOfSync)
            return false;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            if (!view.model()->record(row)->classified)
                return false;
        return true;
    };
    // Sleep between events rather than spin (benchsupport's waitFor spins, which on two
    // cores starves the fleetsim and network threads and measures the spinning).
    QElapsedTimer timeout;
    timeout.start();
    QTimer wake; // bounds each wait
    wake.start(100);
    while (!complete() && timeout.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!complete()) {
        std::fprintf(stderr, "the drift view did not complete: %d of %d scanned\n",
                     scanner.progress().scanned, scanner.progress().applications);
        return 1;
    }
    view.table()->viewport()->repaint();
    const qint64 total = clock.elapsed();
    std::printf("BENCH drift_view_fill_10k_500_ms %lld ms\n", total);
    std::printf("BENCH drift_view_fill_after_last_response_ms %lld ms\n", total - lastResponse);
    std::printf("BENCH drift_view_rows %d rows\n", view.model()->rowCount());
    std::printf("BENCH drift_view_responses %d requests\n", responses);
    std::printf("BENCH drift_view_errors %d apps\n", scanner.progress().errors);
    return 0;
}
