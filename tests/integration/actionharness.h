#pragma once

// One or more in-process fleetsims, a FleetStore fed from them, and an
// ActionService over a scratch database: what the action tests share.
#include "model/actions/actionservice.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/storage/localstore.h"
#include "tests/support/argocdinstance.h"
#include "tests/support/fleetsimfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sextant::testing {

class ActionHarness {
public:
    std::vector<std::unique_ptr<FleetsimFixture>> sims;
    std::unique_ptr<FleetStore> store;
    std::unique_ptr<FleetConnector> connector;
    std::unique_ptr<ActionService> service;
    QTemporaryDir dir;

    QString databasePath() const { return dir.filePath(QStringLiteral("sextant.sqlite")); }
    static QString instanceName(size_t i) { return QStringLiteral("sim-%1").arg(i); }

    // Starts one fleetsim per config and connects to each; false (with a warning) on failure.
    bool start(const QList<fleetsim::FleetSimConfig> &configs, int timeoutMs = 30000)
    {
        store = std::make_unique<FleetStore>();
        connector = std::make_unique<FleetConnector>(store.get());
        for (const fleetsim::FleetSimConfig &config : configs) {
            auto sim = std::make_unique<FleetsimFixture>(config);
            if (!sim->start()) {
                qWarning() << "fleetsim did not start:" << sim->errorString();
                return false;
            }
            sims.push_back(std::move(sim));
        }
        int expected = 0;
        for (size_t i = 0; i < sims.size(); ++i) {
            argocd::InstanceConfig config;
            config.name = instanceName(i);
            config.server = QUrl(sims[i]->baseUrl());
            config.token = sims[i]->token();
            config.plainText = true;
            argocd::ArgoCdClient *client = testing::addArgoCdInstance(*connector, config);
            client->setRetryDelays(std::chrono::milliseconds(10), std::chrono::milliseconds(200));
            client->start();
            expected += int(getOk(*sims[i], QStringLiteral("/api/v1/applications"))
                                .value(QStringLiteral("items"))
                                .toArray()
                                .size());
        }
        if (!QTest::qWaitFor([&] { return store->applicationCount() == expected; }, timeoutMs)) {
            qWarning() << "the store has" << store->applicationCount() << "of" << expected << "apps";
            return false;
        }
        return openService();
    }

    bool openService()
    {
        service = std::make_unique<ActionService>(store.get(), connector.get(), databasePath());
        service->setRetryPolicy(4, std::chrono::milliseconds(20));
        QSignalSpy ready(service.get(), &ActionService::ready);
        service->start();
        return ready.wait(10000);
    }

    // Waits for the batch `requestId` to finish.
    BatchOutcome waitBatch(quint64 requestId, int timeoutMs = 60000)
    {
        QSignalSpy spy(service.get(), &ActionService::batchFinished);
        BatchOutcome outcome;
        (void)QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(spy))
                    if (args.at(0).value<BatchOutcome>().requestId == requestId) {
                        outcome = args.at(0).value<BatchOutcome>();
                        return true;
                    }
                return false;
            },
            timeoutMs);
        return outcome;
    }

    ActionOutcome waitAction(quint64 requestId, int timeoutMs = 30000)
    {
        QSignalSpy spy(service.get(), &ActionService::actionFinished);
        ActionOutcome outcome;
        (void)QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(spy))
                    if (args.at(0).value<ActionOutcome>().requestId == requestId) {
                        outcome = args.at(0).value<ActionOutcome>();
                        return true;
                    }
                return false;
            },
            timeoutMs);
        return outcome;
    }

    FleetsimFixture &sim(size_t i = 0) { return *sims.at(i); }

    // A GET retried past injected faults.
    static QJsonObject getOk(FleetsimFixture &sim, const QString &path)
    {
        for (int attempt = 0; attempt < 30; ++attempt) {
            const HttpReply reply = sim.get(path);
            if (reply.status == 200)
                return reply.json();
        }
        return {};
    }
    QString key(const QString &app, size_t instance = 0) const
    {
        return instanceName(instance) + QStringLiteral("/argocd/") + app;
    }

    // The server's spec.syncPolicy of an app (compact JSON, "null" when absent), and its annotations.
    QByteArray policyOf(const QString &app, size_t instance = 0)
    {
        const QJsonObject object = getOk(*sims.at(instance), QStringLiteral("/api/v1/applications/") + app);
        const QJsonValue policy =
            object.value(QStringLiteral("spec")).toObject().value(QStringLiteral("syncPolicy"));
        return policy.isObject() ? QJsonDocument(policy.toObject()).toJson(QJsonDocument::Compact)
                                 : QByteArray("null");
    }
    QJsonObject annotationsOf(const QString &app, size_t instance = 0)
    {
        return getOk(*sims.at(instance), QStringLiteral("/api/v1/applications/") + app)
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("annotations"))
            .toObject();
    }

    // Every app of an instance → its policy.
    QMap<QString, QByteArray> policies(size_t instance = 0)
    {
        QMap<QString, QByteArray> out;
        const QJsonArray items = getOk(*sims.at(instance), QStringLiteral("/api/v1/applications"))
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject app = item.toObject();
            const QJsonValue policy =
                app.value(QStringLiteral("spec")).toObject().value(QStringLiteral("syncPolicy"));
            out.insert(
                app.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
                policy.isObject() ? QJsonDocument(policy.toObject()).toJson(QJsonDocument::Compact)
                                  : QByteArray("null"));
        }
        return out;
    }

    QList<PauseLedgerEntry> ledger(bool activeOnly)
    {
        auto opened = LocalStore::open(databasePath());
        if (!opened)
            return {};
        auto rows = (*opened)->ledger(activeOnly);
        return rows ? *rows : QList<PauseLedgerEntry>();
    }
};

} // namespace sextant::testing
