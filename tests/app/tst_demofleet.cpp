// The embedded demo fleet starts without blocking and is a believable fleet.
#include "app/demofleet.h"
#include "model/git/gitlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class DemoFleetTest : public QObject {
    Q_OBJECT
private slots:
    void startsAsynchronouslyAndServesTheDemoSeed()
    {
        sextant::git::GitLibrary git;
        QTemporaryDir data;
        sextant::DemoFleet demo;
        QObject context;
        std::optional<sextant::Result<sextant::fleetsim::FleetSimEndpoint>> started;
        demo.start(
            &context, [&](const auto &endpoint) { started = endpoint; }, data.path());
        QVERIFY(!started); // the caller's thread was not blocked
        QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 30000);
        QVERIFY2(started->ok(), qPrintable(started->errorMessage()));

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl((*started)->url + QStringLiteral("/api/v1/applications")));
        request.setRawHeader("Authorization", "Bearer " + (*started)->token.toLatin1());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        const QJsonArray items =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("items")).toArray();
        delete reply;

        // Around 48 apps over at least 8 clusters and 4 teams, none broken by the seed itself.
        QCOMPARE(items.size(), 48);
        QSet<QString> servers, projects, syncStates;
        int autoSync = 0;
        for (const QJsonValue &item : items) {
            const QJsonObject app = item.toObject();
            const QJsonObject spec = app.value(QStringLiteral("spec")).toObject();
            const QJsonObject status = app.value(QStringLiteral("status")).toObject();
            servers << spec.value(QStringLiteral("destination"))
                           .toObject()
                           .value(QStringLiteral("server"))
                           .toString();
            projects << spec.value(QStringLiteral("project")).toString();
            syncStates
                << status.value(QStringLiteral("sync")).toObject().value(QStringLiteral("status")).toString();
            autoSync +=
                spec.value(QStringLiteral("syncPolicy")).toObject().contains(QStringLiteral("automated"));
            QVERIFY2(!status.contains(QStringLiteral("conditions")),
                     qPrintable(app.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("name"))
                                    .toString()));
        }
        QVERIFY(servers.size() >= 8);
        QCOMPARE(projects.size(), 4);
        QVERIFY(autoSync > 10 && autoSync < 48);                   // some auto-sync, some manual
        QVERIFY(syncStates.contains(QStringLiteral("OutOfSync"))); // pending releases to review
        QVERIFY(syncStates.contains(QStringLiteral("Synced")));
    }
};

QTEST_GUILESS_MAIN(DemoFleetTest)
#include "tst_demofleet.moc"
