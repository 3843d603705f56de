#pragma once

// One in-process fleetsim (tests/fleetsim/data/test-fleet.yaml), a FleetStore
// fed from it and an ActionService over a scratch database, for the tests of
// the action dialogs.
#include "model/actions/actionservice.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace actionfixture {

using namespace sextant;

struct Fleet {
    std::unique_ptr<testing::FleetsimFixture> sim;
    std::unique_ptr<FleetStore> store;
    std::unique_ptr<FleetConnector> connector;
    std::unique_ptr<ActionService> service;
    QTemporaryDir dir;

    static constexpr QLatin1StringView Instance{"sim"};
    static QString key(const QString &app) { return QStringLiteral("sim/argocd/") + app; }

    bool start()
    {
        sim = std::make_unique<testing::FleetsimFixture>();
        if (!sim->start()) {
            qWarning() << "fleetsim did not start:" << sim->errorString();
            return false;
        }
        store = std::make_unique<FleetStore>();
        connector = std::make_unique<FleetConnector>(store.get());
        argocd::InstanceConfig config;
        config.name = Instance;
        config.server = QUrl(sim->baseUrl());
        config.token = sim->token();
        config.plainText = true;
        testing::addArgoCdInstance(*connector, config)->start();
        if (!QTest::qWaitFor([&] { return store->applicationCount() == 3 && !store->clusters().isEmpty(); },
                             20000))
            return false;
        service = std::make_unique<ActionService>(store.get(), connector.get(),
                                                  dir.filePath(QStringLiteral("sextant.sqlite")));
        service->setRetryPolicy(3, std::chrono::milliseconds(20));
        QSignalSpy ready(service.get(), &ActionService::ready);
        service->start();
        return ready.wait(10000);
    }
};

} // namespace actionfixture
