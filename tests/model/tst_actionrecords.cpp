// The action tables of LocalStore (migration from schema 1 keeps the fleet
// cache; journal, ledger, records round trips), the journal's CSV and JSON
// exports, the deployment record's Markdown, the action wire format, protection
// rules and scopes.
#include "model/actions/actiontypes.h"
#include "model/actions/protectionrules.h"
#include "model/argocd/actionwire.h"
#include "model/storage/actionrecords.h"
#include "model/storage/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant;

namespace {

JournalEntry entry(const QString &app, const QString &reason)
{
    JournalEntry e;
    e.startedAt = QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::UTC);
    e.localUser = QStringLiteral("ada");
    e.controllerUser = QStringLiteral("admin");
    e.action = QStringLiteral("sync");
    e.instance = QStringLiteral("prod-eu");
    e.cluster = QStringLiteral("prod-1");
    e.ns = QStringLiteral("web");
    e.app = app;
    e.appNamespace = QStringLiteral("team-a");
    e.parametersJson = QStringLiteral("{\"prune\":true}");
    e.reason = reason;
    return e;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class ActionRecordsTest : public QObject {
    Q_OBJECT

private slots:
    void migrationKeepsTheFleetCache();
    void journalRoundTripAndExports();
    void ledgerRoundTrip();
    void rolloutRunsAreWrittenWithAVersionCheck();
    void deploymentRecordMarkdown();
    void serverVersions_data();
    void serverVersions();
    void pauseAndResumePatches();
    void protectionRules_data();
    void protectionRules();
    void scopes_data();
    void scopes();
};

void ActionRecordsTest::migrationKeepsTheFleetCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A schema-1 database as the previous Sextant left it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE fleet_cache (instance TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, "
                           "format INTEGER NOT NULL, payload BLOB NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fleet_cache VALUES ('kept', 1, 0, x'00')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto store = LocalStore::open(path);
    QVERIFY2(store, qPrintable(store.errorMessage()));
    QCOMPARE((*store)->schemaVersion(), LocalStore::latestSchemaVersion());
    QCOMPARE(LocalStore::latestSchemaVersion(), 4);
    QVERIFY((*store)->addJournalEntry(entry(QStringLiteral("web"), QStringLiteral("r"))));
    store->reset();
    // The cache row is still there, and a second open migrates nothing.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT instance FROM fleet_cache")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    auto again = LocalStore::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->journal({})->size(), 1);
}

void ActionRecordsTest::journalRoundTripAndExports()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store);
    auto first = (*store)->addJournalEntry(
        entry(QStringLiteral("web"), QStringLiteral("release, \"1.1\"\nsecond line")));
    QVERIFY(first);
    QVERIFY((*store)->finishJournalEntry(*first, JournalEntry::Result::Failed, QStringLiteral("403: denied"),
                                         QDateTime(QDate(2026, 11, 26), QTime(7, 1), QTimeZone::UTC)));
    QVERIFY((*store)->addJournalEntry(entry(QStringLiteral("api"), QStringLiteral("plain"))));
    auto all = (*store)->journal({});
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).app, QStringLiteral("api")); // newest first
    QCOMPARE(toString(all->at(1).result), QStringLiteral("failed"));
    QCOMPARE(all->at(1).error, QStringLiteral("403: denied"));
    QCOMPARE(all->at(1).appNamespace, QStringLiteral("team-a"));
    JournalFilter onlyWeb;
    onlyWeb.app = QStringLiteral("web");
    QCOMPARE((*store)->journal(onlyWeb)->size(), 1);

    const QByteArray csv = journalToCsv(*all);
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.first().startsWith("id,startedAt,finishedAt,localUser,controllerUser,action,instance"));
    QVERIFY(lines.first().trimmed().endsWith(",batchId,appNamespace"));
    // Quotes doubled, the field quoted because it holds a comma, a quote and a line break.
    QVERIFY(csv.contains("\"release, \"\"1.1\"\"\nsecond line\""));
    QVERIFY(csv.contains("\"{\"\"prune\"\":true}\""));
    QVERIFY(csv.contains(",failed,403: denied,"));

    const QJsonArray json = QJsonDocument::fromJson(journalToJson(*all)).array();
    QCOMPARE(json.size(), 2);
    const QJsonObject web = json.at(1).toObject();
    QCOMPARE(web.value(QStringLiteral("reason")).toString(), QStringLiteral("release, \"1.1\"\nsecond line"));
    QCOMPARE(web.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("prune")).toBool(),
             true);
    QCOMPARE(web.value(QStringLiteral("finishedAt")).toString(), QStringLiteral("2026-11-26T07:01:00Z"));
    QCOMPARE(web.value(QStringLiteral("controllerUser")).toString(), QStringLiteral("admin"));
    QCOMPARE(web.value(QStringLiteral("appNamespace")).toString(), QStringLiteral("team-a"));
}

void ActionRecordsTest::rolloutRunsAreWrittenWithAVersionCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = LocalStore::open(path);
    QVERIFY(store);
    StoredRollout run{QStringLiteral("web-2-1"), QStringLiteral("web-2"), QStringLiteral("running"), 0, {},
                      QByteArray("{\"step\":1}")};
    auto version = (*store)->saveRollout(run, 0);
    QVERIFY2(version, qPrintable(version.errorMessage()));
    QCOMPARE(*version, 1);
    // A second writer that read version 1 first wins; the one still holding 1 is refused.
    auto other = LocalStore::open(path);
    QVERIFY(other);
    run.document = "{\"step\":2}";
    QCOMPARE(*(*other)->saveRollout(run, 1), 2);
    run.document = "{\"step\":\"stale\"}";
    const auto stale = (*store)->saveRollout(run, 1);
    QVERIFY(!stale);
    QVERIFY2(stale.errorMessage().contains(QStringLiteral("changed elsewhere")),
             qPrintable(stale.errorMessage()));
    QVERIFY(!(*store)->saveRollout(run, 0)); // the id exists: not new
    const auto read = (*store)->rollout(run.id);
    QVERIFY(read && *read);
    QCOMPARE((*read)->version, 2);
    QCOMPARE((*read)->document, QByteArray("{\"step\":2}"));
    QCOMPARE((*store)->rollouts()->size(), 1);
    QVERIFY(!*(*store)->rollout(QStringLiteral("none")));
}

void ActionRecordsTest::ledgerRoundTrip()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store);
    PauseLedgerEntry row;
    row.batchId = QStringLiteral("b1");
    row.instance = QStringLiteral("prod");
    row.appNamespace = QStringLiteral("argocd");
    row.app = QStringLiteral("web");
    row.appKey = QStringLiteral("prod/argocd/web");
    row.project = QStringLiteral("team");
    row.priorPolicyJson = QStringLiteral("{\"automated\":{\"prune\":true}}");
    row.pausedBy = QStringLiteral("admin");
    row.pausedAt = QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::UTC);
    auto ids = (*store)->addLedgerEntries({row, row});
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    row.id = ids->at(0);
    row.state = PauseLedgerEntry::State::Resumed;
    row.resumedBy = QStringLiteral("bob");
    row.resumedAt = row.pausedAt.addSecs(60);
    QVERIFY((*store)->updateLedgerEntries({row}));
    auto active = (*store)->ledger(true);
    QVERIFY(active);
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().id, ids->at(1));
    auto all = (*store)->ledger(false);
    QCOMPARE(all->first(), row);
    QVERIFY(!(*store)->updateLedgerEntry(PauseLedgerEntry{})); // no row 0

    FreezeWindowEntry window{0,
                             QStringLiteral("b1"),
                             QStringLiteral("prod"),
                             QStringLiteral("team"),
                             QStringLiteral("{}"),
                             QStringLiteral("Sextant emergency pause b1"),
                             true};
    auto windowId = (*store)->addFreezeWindow(window);
    QVERIFY(windowId);
    QCOMPARE((*store)->freezeWindows(true)->size(), 1);
    QVERIFY((*store)->setFreezeWindowActive(*windowId, false));
    QVERIFY((*store)->freezeWindows(true)->isEmpty());

    const RollbackMark mark{QStringLiteral("prod/argocd/web"), 3, QStringLiteral("abc"),
                            QStringLiteral("main"), row.pausedAt};
    QVERIFY((*store)->setRollbackMark(mark));
    QCOMPARE((*store)->rollbackMarks()->value(0), mark);
    QVERIFY((*store)->clearRollbackMark(mark.appKey));
    QVERIFY((*store)->rollbackMarks()->isEmpty());
}

void ActionRecordsTest::deploymentRecordMarkdown()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(store);
    DeploymentRecord record;
    record.instance = QStringLiteral("prod-eu");
    record.cluster = QStringLiteral("prod-1");
    record.ns = QStringLiteral("web");
    record.app = QStringLiteral("web");
    record.appNamespace = QStringLiteral("team-a");
    record.project = QStringLiteral("team");
    record.images = {QStringLiteral("Deployment/web: registry/web:1.0 → registry/web:1.1")};
    record.revision = QStringLiteral("4f1c2ab9");
    record.commitMessage = QStringLiteral("web: 1.1 | hotfix");
    record.who = QStringLiteral("admin (ada)");
    record.when = QDateTime(QDate(2026, 11, 26), QTime(7, 5), QTimeZone::UTC);
    record.reason = QStringLiteral("release 1.1");
    record.syncWindowState = QStringLiteral("no sync window applies");
    record.dryRunSummary = QStringLiteral("1 to update");
    record.rollbackHistoryId = 7;
    record.result = QStringLiteral("succeeded");
    auto id = (*store)->addDeploymentRecord(record);
    QVERIFY(id);
    record.id = *id;
    QCOMPARE(*(*store)->deploymentRecord(*id), record);
    QVERIFY(!(*store)->deploymentRecord(*id + 1));

    const QString md = deploymentRecordToMarkdown(record);
    QVERIFY(md.startsWith(QStringLiteral("# Deployment of web\n")));
    QVERIFY(md.contains(QStringLiteral("| Target | prod-eu · prod-1 · web · web |")));
    QVERIFY(md.contains(QStringLiteral("| Application | team-a/web |")));
    QVERIFY(md.contains(QStringLiteral("| Commit message | web: 1.1 \\| hotfix |")));
    QVERIFY(md.contains(QStringLiteral("| Rollback plan | roll back to history id 7 |")));
    QVERIFY(md.contains(QStringLiteral("- `Deployment/web: registry/web:1.0 → registry/web:1.1`")));
    QVERIFY(md.contains(QStringLiteral("## Dry run\n\n1 to update")));
    record.rollbackHistoryId = -1;
    QVERIFY(deploymentRecordToMarkdown(record).contains(QStringLiteral("no earlier deployment")));
}

void ActionRecordsTest::serverVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("honours");
    QTest::addRow("3.5 build") << QStringLiteral("v3.5.1+fleetsim") << true;
    QTest::addRow("3.2.0") << QStringLiteral("v3.2.0") << true;
    QTest::addRow("3.1 has the field, ignores it") << QStringLiteral("v3.1.9+abc") << false;
    QTest::addRow("2.14") << QStringLiteral("v2.14.11") << false;
    QTest::addRow("4.0") << QStringLiteral("4.0.0") << true;
    QTest::addRow("unknown") << QStringLiteral("dev") << false;
}

void ActionRecordsTest::serverVersions()
{
    QFETCH(QString, text);
    QFETCH(bool, honours);
    QCOMPARE(argocd::parseServerVersion(text).honoursAutomatedEnabled(), honours);
}

void ActionRecordsTest::pauseAndResumePatches()
{
    const QJsonObject prior{{QStringLiteral("automated"), QJsonObject{{QStringLiteral("prune"), true},
                                                                      {QStringLiteral("selfHeal"), true}}},
                            {QStringLiteral("retry"), QJsonObject{{QStringLiteral("limit"), 3}}}};
    const QJsonObject app{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                                                 {QStringLiteral("namespace"), QStringLiteral("argocd")}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("project"), QStringLiteral("team")},
                                             {QStringLiteral("syncPolicy"), prior}}}};
    auto state = argocd::decodeAppPolicyState(compact(app));
    QVERIFY(state);
    QVERIFY(state->automatedOn);
    QVERIFY(!state->hasAnnotations);

    // v3.2+: enabled=false, prune/selfHeal/retry kept; older: automated removed, retry kept.
    const QJsonObject paused = QJsonDocument::fromJson(argocd::pausedPolicy(compact(prior), true)).object();
    QCOMPARE(paused.value(QStringLiteral("automated")).toObject().value(QStringLiteral("enabled")),
             QJsonValue(false));
    QCOMPARE(paused.value(QStringLiteral("retry")), prior.value(QStringLiteral("retry")));
    const QJsonObject removed = QJsonDocument::fromJson(argocd::pausedPolicy(compact(prior), false)).object();
    QVERIFY(!removed.contains(QStringLiteral("automated")));
    QVERIFY(removed.contains(QStringLiteral("retry")));

    const QString note = argocd::encodePauseNote({compact(prior), QStringLiteral("admin"),
                                                  QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::UTC),
                                                  QStringLiteral("incident"), QStringLiteral("b1")});
    auto decoded = argocd::decodePauseNote(note);
    QVERIFY(decoded);
    QVERIFY(argocd::samePolicy(decoded->priorPolicyJson, compact(prior)));
    QCOMPARE(decoded->reason, QStringLiteral("incident"));
    QVERIFY(!argocd::decodePauseNote(QStringLiteral("{\"x\":1}")));

    // The pause patch: annotations object created, the policy replaced whole.
    const QJsonObject body =
        QJsonDocument::fromJson(argocd::pausePatchBody(*state, compact(paused), note)).object();
    QCOMPARE(body.value(QStringLiteral("patchType")).toString(), QStringLiteral("json"));
    QCOMPARE(body.value(QStringLiteral("appNamespace")).toString(), QStringLiteral("argocd"));
    const QJsonArray ops =
        QJsonDocument::fromJson(body.value(QStringLiteral("patch")).toString().toUtf8()).array();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/metadata/annotations"));
    QCOMPARE(ops.at(1).toObject().value(QStringLiteral("value")).toObject(), paused);

    // The resume patch: tests the note, removes it, puts the prior policy back whole.
    QJsonObject pausedApp = app;
    QJsonObject metadata = app.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("annotations"), QJsonObject{{argocd::pausedPolicyAnnotation(), note}});
    pausedApp.insert(QStringLiteral("metadata"), metadata);
    auto pausedState = argocd::decodeAppPolicyState(compact(pausedApp));
    QVERIFY(pausedState && pausedState->pauseNote);
    const QJsonObject resume =
        QJsonDocument::fromJson(argocd::resumePatchBody(*pausedState, compact(prior), pausedState->pauseNote))
            .object();
    const QJsonArray resumeOps =
        QJsonDocument::fromJson(resume.value(QStringLiteral("patch")).toString().toUtf8()).array();
    QCOMPARE(resumeOps.size(), 3);
    QCOMPARE(resumeOps.at(0).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("test"));
    QCOMPARE(resumeOps.at(1).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/metadata/annotations/sextant.dev~1paused-sync-policy"));
    QCOMPARE(resumeOps.at(2).toObject().value(QStringLiteral("value")).toObject(), prior);
    // A prior without any policy removes it again.
    const QJsonArray noPolicy =
        QJsonDocument::fromJson(
            QJsonDocument::fromJson(argocd::resumePatchBody(*pausedState, "null", std::nullopt))
                .object()
                .value(QStringLiteral("patch"))
                .toString()
                .toUtf8())
            .array();
    QCOMPARE(noPolicy.last().toObject().value(QStringLiteral("op")).toString(), QStringLiteral("remove"));
    QCOMPARE(noPolicy.last().toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/spec/syncPolicy"));
}

void ActionRecordsTest::protectionRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("protects");
    QTest::addRow("cluster label") << QStringLiteral("cluster-label env=prod") << true;
    QTest::addRow("cluster label other value") << QStringLiteral("cluster-label env=dev") << false;
    QTest::addRow("cluster label any value") << QStringLiteral("cluster-label env=*") << true;
    QTest::addRow("project") << QStringLiteral("project=payments") << true;
    QTest::addRow("other project") << QStringLiteral("project=web") << false;
    QTest::addRow("app label") << QStringLiteral("app-label tier=critical") << true;
    QTest::addRow("other instance") << QStringLiteral("project=payments @staging") << false;
    QTest::addRow("this instance") << QStringLiteral("project=payments @prod-eu") << true;
}

void ActionRecordsTest::protectionRules()
{
    QFETCH(QString, rule);
    QFETCH(bool, protects);
    QString error;
    const ProtectionRule parsed = ProtectionRule::parse(rule, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.describe(), rule);
    Application app;
    app.instance = QStringLiteral("prod-eu");
    app.project = QStringLiteral("payments");
    app.labels = {{QStringLiteral("tier"), QStringLiteral("critical")}};
    Cluster cluster;
    cluster.labels = {{QStringLiteral("env"), QStringLiteral("prod")}};
    QCOMPARE(!ProtectionRules({parsed}).matches(app, &cluster).isEmpty(), protects);
    ProtectionRule::parse(QStringLiteral("cluster env"), &error);
    QVERIFY(!error.isEmpty());
}

void ActionRecordsTest::scopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("fleet") << QStringLiteral("fleet") << int(ActionScope::Kind::Fleet) << QString() << true;
    QTest::addRow("instance") << QStringLiteral("instance=prod-eu") << int(ActionScope::Kind::Instance)
                              << QStringLiteral("prod-eu") << true;
    QTest::addRow("cluster") << QStringLiteral("cluster=prod-1") << int(ActionScope::Kind::Cluster)
                             << QStringLiteral("prod-1") << true;
    QTest::addRow("project") << QStringLiteral("project=team") << int(ActionScope::Kind::Project)
                             << QStringLiteral("team") << true;
    QTest::addRow("app") << QStringLiteral("app=web") << int(ActionScope::Kind::Application)
                         << QStringLiteral("web") << true;
    QTest::addRow("empty name") << QStringLiteral("cluster=") << int(ActionScope::Kind::Selection)
                                << QString() << false;
    QTest::addRow("unknown") << QStringLiteral("galaxy") << int(ActionScope::Kind::Selection) << QString()
                             << false;
}

void ActionRecordsTest::scopes()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString error;
    const ActionScope scope = ActionScope::parse(text, &error);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(int(scope.kind), kind);
    QCOMPARE(scope.name, name);
}

QTEST_GUILESS_MAIN(ActionRecordsTest)
#include "tst_actionrecords.moc"
