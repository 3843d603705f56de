// ActionJournal over a real LocalStore in a temporary folder.
#include "model/actions/actionjournal.h"
#include "model/actions/actionstoreworker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant;
using namespace sextant::actions;

namespace {

ActionTarget makeTarget(const QString &instance, const QString &app)
{
    ActionTarget target;
    target.instance = instance;
    target.cluster = QStringLiteral("prod");
    target.ns = app + QStringLiteral("-ns");
    target.app = app;
    target.appNamespace = QStringLiteral("argocd");
    target.appKey = AppRef{instance, target.appNamespace, app}.key();
    return target;
}

} // namespace

class TestActionJournal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<ActionStoreWorker> newWorker()
    {
        return std::make_unique<ActionStoreWorker>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void entryNamesTargetAndUsers()
    {
        auto worker = newWorker();
        ActionJournal journal(worker.get(), QStringLiteral("alice"));
        const JournalEntry entry =
            journal.entry(ActionKind::HardRefresh, makeTarget(QStringLiteral("eu"), QStringLiteral("api")),
                          QStringLiteral("admin"), {}, QStringLiteral("why not"));
        QCOMPARE(entry.localUser, QStringLiteral("alice"));
        QCOMPARE(entry.controllerUser, QStringLiteral("admin"));
        QCOMPARE(entry.action, toString(ActionKind::HardRefresh));
        QCOMPARE(entry.instance, QStringLiteral("eu"));
        QCOMPARE(entry.cluster, QStringLiteral("prod"));
        QCOMPARE(entry.ns, QStringLiteral("api-ns"));
        QCOMPARE(entry.app, QStringLiteral("api"));
        QCOMPARE(entry.appNamespace, QStringLiteral("argocd"));
        QCOMPARE(entry.parametersJson, QStringLiteral("{}"));
        QCOMPARE(entry.reason, QStringLiteral("why not"));
        QVERIFY(entry.startedAt.isValid());
        journal.setLocalUser(QStringLiteral("bob"));
        QCOMPARE(journal.entry(ActionKind::Sync, {}, {}, QStringLiteral("{\"prune\":true}"), {}).localUser,
                 QStringLiteral("bob"));
        QCOMPARE(ActionJournal::refusal(QStringLiteral("disk full")),
                 QStringLiteral("Nothing was sent: the action journal could not be written (disk full)."));
    }

    void startFinishAndLoad()
    {
        auto worker = newWorker();
        ActionJournal journal(worker.get(), QStringLiteral("alice"));
        QSignalSpy changed(&journal, &ActionJournal::journalChanged);
        QSignalSpy loaded(&journal, &ActionJournal::journalLoaded);
        const ActionTarget target = makeTarget(QStringLiteral("eu"), QStringLiteral("api"));

        qint64 id = -1;
        QString error = QStringLiteral("unset");
        journal.start(
            journal.entry(ActionKind::Sync, target, QStringLiteral("admin"), {}, QStringLiteral("r")),
            [&](qint64 written, const QString &message) {
                id = written;
                error = message;
            });
        QTRY_VERIFY(id != -1);
        QVERIFY(id > 0);
        QVERIFY(error.isEmpty());
        QCOMPARE(changed.size(), 1);
        journal.finish(id, false, QStringLiteral("refused"));
        QTRY_COMPARE(changed.size(), 2);
        journal.finish(0, true, {}); // no row: nothing written, nothing signalled

        journal.loadJournal(41, JournalFilter{});
        QCOMPARE(loaded.size(), 0); // never inside the call
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0][0].value<quint64>(), 41u);
        const auto entries = loaded[0][1].value<QList<JournalEntry>>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].id, id);
        QCOMPARE(toString(entries[0].result), toString(JournalEntry::Result::Failed));
        QCOMPARE(entries[0].error, QStringLiteral("refused"));
        QCOMPARE(entries[0].localUser, QStringLiteral("alice"));
        QVERIFY(loaded[0][2].toString().isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void deploymentRecords()
    {
        auto worker = newWorker();
        ActionJournal journal(worker.get(), QStringLiteral("alice"));
        QSignalSpy recordsLoaded(&journal, &ActionJournal::deploymentRecordsLoaded);
        QSignalSpy exported(&journal, &ActionJournal::exportFinished);
        DeploymentRecord record;
        record.instance = QStringLiteral("eu");
        record.app = QStringLiteral("api");
        record.revision = QStringLiteral("abc123");
        record.who = QStringLiteral("admin (alice)");
        record.when = QDateTime::currentDateTimeUtc();
        record.reason = QStringLiteral("release 42");
        std::optional<Result<qint64>> written;
        journal.addDeploymentRecord(record, [&](const Result<qint64> &id) { written = id; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());

        journal.loadDeploymentRecords(7, 10);
        QTRY_COMPARE(recordsLoaded.size(), 1);
        QCOMPARE(recordsLoaded[0][0].value<quint64>(), 7u);
        const auto records = recordsLoaded[0][1].value<QList<DeploymentRecord>>();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].id, **written);
        QCOMPARE(records[0].reason, QStringLiteral("release 42"));

        const QString path = m_dir.filePath(QStringLiteral("record.md"));
        journal.exportDeploymentRecord(8, **written, path);
        QCOMPARE(exported.size(), 0);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported[0][0].value<quint64>(), 8u);
        QCOMPARE(exported[0][1].toString(), path);
        QVERIFY2(exported[0][2].toString().isEmpty(), qPrintable(exported[0][2].toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("abc123")) && text.contains(QStringLiteral("release 42")),
                 qPrintable(text));

        journal.exportDeploymentRecord(9, **written + 100, m_dir.filePath(QStringLiteral("none.md")));
        QTRY_COMPARE(exported.size(), 2);
        QVERIFY(!exported[1][2].toString().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.md"))));
    }
};

QTEST_GUILESS_MAIN(TestActionJournal)
#include "tst_actionjournal.moc"
