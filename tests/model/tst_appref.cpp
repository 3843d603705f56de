// AppRef: the one identity of an application (instance, appNamespace, name), its key,
// its request paths and the wording of a refused request.
#include "model/actions/actiontypes.h"
#include "model/argocd/apipaths.h"
#include "model/domain/application.h"
#include "model/domain/appref.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace sextant;
using namespace Qt::StringLiterals;

class AppRefTest : public QObject {
    Q_OBJECT

private slots:
    void keyIsApplicationKey()
    {
        Application app;
        app.instance = u"prod-eu"_s;
        app.ns = u"team-a"_s;
        app.name = u"shop"_s;
        QCOMPARE(app.ref(), (AppRef{u"prod-eu"_s, u"team-a"_s, u"shop"_s}));
        QCOMPARE(app.key(), u"prod-eu/team-a/shop"_s);
        QCOMPARE(app.ref().key(), app.key());
    }

    void fromKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("appNamespace");
        QTest::addColumn<QString>("name");
        QTest::addRow("plain") << u"eu/argocd/web"_s << true << u"eu"_s << u"argocd"_s << u"web"_s;
        QTest::addRow("instance with slashes") << u"https://argocd.example.org/team-a/shop"_s << true
                                               << u"https://argocd.example.org"_s << u"team-a"_s << u"shop"_s;
        QTest::addRow("empty namespace") << u"eu//web"_s << true << u"eu"_s << QString() << u"web"_s;
        QTest::addRow("no namespace part") << u"eu/web"_s << false << QString() << QString() << QString();
        QTest::addRow("no name") << u"eu/argocd/"_s << false << QString() << QString() << QString();
        QTest::addRow("empty") << QString() << false << QString() << QString() << QString();
    }

    void fromKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        const std::optional<AppRef> ref = AppRef::fromKey(key);
        QCOMPARE(ref.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QString, instance);
        QFETCH(QString, appNamespace);
        QFETCH(QString, name);
        QCOMPARE(ref->instance, instance);
        QCOMPARE(ref->appNamespace, appNamespace);
        QCOMPARE(ref->name, name);
        QCOMPARE(ref->key(), key);
    }

    void appsOfOneNameInTwoNamespacesDiffer()
    {
        const AppRef own{u"eu"_s, u"argocd"_s, u"shop"_s};
        const AppRef team{u"eu"_s, u"team-a"_s, u"shop"_s};
        QVERIFY(own != team);
        QVERIFY(own < team);
        QSet<AppRef> set{own, team, AppRef{u"eu"_s, u"argocd"_s, u"shop"_s}};
        QCOMPARE(set.size(), 2);
        QCOMPARE(own.displayName(), u"argocd/shop"_s);
        QCOMPARE(team.displayNameWithInstance(), u"eu · team-a/shop"_s);
        QCOMPARE((AppRef{u"eu"_s, {}, u"shop"_s}).displayName(), u"shop"_s);
    }

    void pathsNameTheNamespace()
    {
        const AppRef team{u"eu"_s, u"team-a"_s, u"shop"_s};
        QCOMPARE(argocd::appPath(team), u"/api/v1/applications/shop?appNamespace=team-a"_s);
        QCOMPARE(argocd::appPath(team, u"/managed-resources"),
                 u"/api/v1/applications/shop/managed-resources?appNamespace=team-a"_s);
        QCOMPARE(argocd::appPath(team, u"?refresh=hard"),
                 u"/api/v1/applications/shop?refresh=hard&appNamespace=team-a"_s);
        QCOMPARE(argocd::appTreeStreamPath(team),
                 u"/api/v1/stream/applications/shop/resource-tree?appNamespace=team-a"_s);
        QCOMPARE(argocd::appBodyPath(team, u"/sync"), u"/api/v1/applications/shop/sync"_s);
        const AppRef unknown{u"eu"_s, {}, u"a b"_s};
        QCOMPARE(argocd::appPath(unknown, u"/events"), u"/api/v1/applications/a%20b/events"_s);
        QCOMPARE(argocd::appTreeStreamPath(unknown), u"/api/v1/stream/applications/a%20b/resource-tree"_s);
    }

    void anAppScopeMayNameTheNamespace()
    {
        const AppRef own{u"eu"_s, u"argocd"_s, u"shop"_s};
        const AppRef team{u"eu"_s, u"team-a"_s, u"shop"_s};
        QString error;
        const ActionScope qualified = ActionScope::parse(u"app=team-a/shop"_s, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(qualified.kind, ActionScope::Kind::Application);
        QVERIFY(qualified.matchesApplication(team));
        QVERIFY(!qualified.matchesApplication(own));
        const ActionScope byName = ActionScope::parse(u"app=shop"_s, &error);
        QVERIFY(byName.matchesApplication(team) && byName.matchesApplication(own));
    }

    void aRefusalSaysWhereItWasLookedFor()
    {
        const AppRef team{u"eu"_s, u"team-a"_s, u"shop"_s};
        const Error denied = team.describeFailure(Error{
            u"The Argo CD server denied this (403 Forbidden): permission denied. Your account lacks the "
            u"permission for it; ask an Argo CD admin to grant it (RBAC)."_s,
            403, u"permission denied"_s});
        QCOMPARE(denied.code, 403);
        QVERIFY2(denied.message.contains(u"shop was not found in namespace team-a or not permitted"_s),
                 qPrintable(denied.message));
        QVERIFY2(denied.message.contains(u"permission denied"_s), qPrintable(denied.message));
        QVERIFY(!denied.message.contains(u"RBAC"_s) && !denied.message.contains(u"admin"_s));
        // Other failures keep their words.
        const Error failed{u"The Argo CD server failed (500 Internal Server Error): boom"_s, 500, u"boom"_s};
        QCOMPARE(team.describeFailure(failed).message, failed.message);
    }
};

QTEST_GUILESS_MAIN(AppRefTest)
#include "tst_appref.moc"
