#include "model/argocd/detaildecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sextant;

// managed-resources carries its four states as strings holding JSON.
class ManagedResourcesTest : public QObject {
    Q_OBJECT

    static QByteArray body(const QJsonArray &items)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
    }
    static QString embedded(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private slots:
    void decodesStates()
    {
        const QJsonObject live{{QStringLiteral("kind"), QStringLiteral("Deployment")},
                               {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 2}}}};
        const QJsonObject target{{QStringLiteral("kind"), QStringLiteral("Deployment")},
                                 {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 3}}}};
        const QJsonArray items{
            QJsonObject{{QStringLiteral("group"), QStringLiteral("apps")},
                        {QStringLiteral("kind"), QStringLiteral("Deployment")},
                        {QStringLiteral("namespace"), QStringLiteral("web")},
                        {QStringLiteral("name"), QStringLiteral("api")},
                        {QStringLiteral("liveState"), embedded(live)},
                        {QStringLiteral("targetState"), embedded(target)},
                        {QStringLiteral("normalizedLiveState"), embedded(live)},
                        {QStringLiteral("predictedLiveState"), embedded(target)},
                        {QStringLiteral("unknownField"), 7}},
            // To be created: live is the literal "null"; omitted zero values.
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                        {QStringLiteral("name"), QStringLiteral("settings")},
                        {QStringLiteral("liveState"), QStringLiteral("null")},
                        {QStringLiteral("targetState"), embedded(target)}},
            // To be pruned.
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("Service")},
                        {QStringLiteral("name"), QStringLiteral("old")},
                        {QStringLiteral("liveState"), embedded(live)},
                        {QStringLiteral("targetState"), QStringLiteral("null")},
                        {QStringLiteral("requiresPruning"), true}},
        };
        const auto decoded = argocd::decodeManagedResources(body(items));
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
        QCOMPARE(decoded->size(), 3);

        const ManagedResource &deployment = decoded->at(0);
        QCOMPARE(deployment.identity(), QStringLiteral("apps/Deployment/web/api"));
        QCOMPARE(deployment.liveForDiff().toObject(), live);
        QCOMPARE(deployment.desiredForDiff().toObject(), target);

        const ManagedResource &created = decoded->at(1);
        QVERIFY(created.liveState.isNull());
        QVERIFY(created.liveForDiff().isNull());
        QCOMPARE(created.desiredForDiff().toObject(), target); // falls back to targetState
        QVERIFY(!created.requiresPruning);

        const ManagedResource &pruned = decoded->at(2);
        QVERIFY(pruned.desiredForDiff().isNull());
        QCOMPARE(pruned.liveForDiff().toObject(), live); // falls back to liveState
        QVERIFY(pruned.requiresPruning);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pathInMessage");
        QTest::addRow("not JSON") << QByteArray("{items:") << QStringLiteral("$");
        QTest::addRow("items not an array") << body({}).replace("[]", "7") << QStringLiteral("$.items");
        QTest::addRow("embedded state malformed")
            << body({QJsonObject{{QStringLiteral("liveState"), QStringLiteral("{\"kind\":")}}})
            << QStringLiteral("$.items[0].liveState");
        QTest::addRow("embedded state not an object")
            << body({QJsonObject{{QStringLiteral("targetState"), QStringLiteral("[1,2]")}}})
            << QStringLiteral("$.items[0].targetState");
        QTest::addRow("state not a string")
            << body({QJsonObject{{QStringLiteral("liveState"), QJsonObject{}}}})
            << QStringLiteral("$.items[0].liveState");
        QTest::addRow("hook not a boolean")
            << body({QJsonObject{{QStringLiteral("hook"), QStringLiteral("yes")}}})
            << QStringLiteral("$.items[0].hook");
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pathInMessage);
        const auto decoded = argocd::decodeManagedResources(json);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.errorMessage().startsWith(pathInMessage + u':'), qPrintable(decoded.errorMessage()));
    }

    void emptyListIsEmpty()
    {
        const auto decoded = argocd::decodeManagedResources("{}");
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
        QVERIFY(decoded->isEmpty());
    }
};

QTEST_GUILESS_MAIN(ManagedResourcesTest)
#include "tst_managedresources.moc"
