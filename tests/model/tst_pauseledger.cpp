// PauseLedger over a real LocalStore in a temporary folder.
#include "model/actions/actionstoreworker.h"
#include "model/actions/pauseledger.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace sextant;
using namespace sextant::actions;

namespace {

PauseLedgerEntry row(const QString &instance, const QString &app, PauseLedgerEntry::State state,
                     const QString &batch, const QDateTime &at, const QString &by)
{
    PauseLedgerEntry entry;
    entry.batchId = batch;
    entry.instance = instance;
    entry.appNamespace = QStringLiteral("argocd");
    entry.app = app;
    entry.appKey = entry.ref().key();
    entry.priorPolicyJson = QStringLiteral("null");
    entry.state = state;
    entry.pausedBy = by;
    entry.pausedAt = at;
    entry.reason = QStringLiteral("incident 7");
    return entry;
}

template<typename T> T finished(QFuture<Result<T>> future)
{
    // Not waitForFinished(): it may run the job on this thread, away from the store's connection.
    while (!future.isFinished())
        QThread::msleep(2);
    const Result<T> result = future.result();
    if (!result)
        qFatal("store job failed: %s", qPrintable(result.errorMessage()));
    return *result;
}

} // namespace

class TestPauseLedger : public QObject {
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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<PauseBanner>();
        qRegisterMetaType<InterruptedWork>();
    }

    void ledgerBannerAndInterruptedWork()
    {
        auto worker = newWorker();
        const QDateTime early =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 600, QTimeZone::UTC);
        const QDateTime late = early.addSecs(60);
        finished(worker->run<QList<qint64>>([&](LocalStore &store) {
            return store.addLedgerEntries(
                {row(QStringLiteral("eu"), QStringLiteral("api"), PauseLedgerEntry::State::Paused,
                     QStringLiteral("b1"), late, QStringLiteral("admin")),
                 row(QStringLiteral("eu"), QStringLiteral("db"), PauseLedgerEntry::State::Pending,
                     QStringLiteral("b1"), early, QStringLiteral("admin")),
                 row(QStringLiteral("us"), QStringLiteral("api"), PauseLedgerEntry::State::Resuming,
                     QStringLiteral("b2"), late, QStringLiteral("ops")),
                 row(QStringLiteral("us"), QStringLiteral("old"), PauseLedgerEntry::State::Resumed,
                     QStringLiteral("b0"), early, QStringLiteral("ops"))});
        }));
        bool running = false;
        PauseLedger ledger(worker.get(), [&] { return running; });
        QSignalSpy banners(&ledger, &PauseLedger::pauseStateChanged);
        QSignalSpy interrupted(&ledger, &PauseLedger::interruptedWorkFound);
        QSignalSpy reloaded(&ledger, &PauseLedger::reloaded);
        bool then = false;
        ledger.reload([&] { then = true; });
        QTRY_VERIFY(then);
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(banners.size(), 1);
        const PauseBanner banner = ledger.banner();
        QCOMPARE(banner.apps, 3); // the resumed row is not active
        QCOMPARE(banner.instances, 2);
        QCOMPARE(banner.since, early);
        QCOMPARE(banner.by, (QStringList{QStringLiteral("admin"), QStringLiteral("ops")}));
        QCOMPARE(banner.reasons, QStringList{QStringLiteral("incident 7")});
        QCOMPARE(banner.interrupted, 2);
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(ledger.interrupted().pendingPauses, 1);
        QCOMPARE(ledger.interrupted().pendingResumes, 1);
        QCOMPARE(ledger.interrupted().batchIds, (QStringList{QStringLiteral("b1"), QStringLiteral("b2")}));
        QVERIFY(ledger.isPaused(
            AppRef{QStringLiteral("eu"), QStringLiteral("argocd"), QStringLiteral("api")}.key()));
        QVERIFY(!ledger.isPaused(
            AppRef{QStringLiteral("us"), QStringLiteral("argocd"), QStringLiteral("old")}.key()));
        const QList<PauseLedgerEntry> rows = ledger.activePauses();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].id < rows[1].id && rows[1].id < rows[2].id);

        // While a run is under way nothing counts as interrupted; the banner says so too.
        running = true;
        then = false;
        ledger.reload([&] { then = true; });
        QTRY_VERIFY(then);
        QVERIFY(ledger.interrupted().isEmpty());
        QCOMPARE(ledger.banner().interrupted, 0);
        QCOMPARE(banners.size(), 2);
        QCOMPARE(interrupted.size(), 1);

        // An unchanged banner is not signalled again.
        then = false;
        ledger.reload([&] { then = true; });
        QTRY_VERIFY(then);
        QCOMPARE(banners.size(), 2);
    }

    void closeInstance()
    {
        auto worker = newWorker();
        const QDateTime at =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
        finished(worker->run<QList<qint64>>([&](LocalStore &store) {
            return store.addLedgerEntries(
                {row(QStringLiteral("demo"), QStringLiteral("a"), PauseLedgerEntry::State::Paused,
                     QStringLiteral("b"), at, QStringLiteral("u")),
                 row(QStringLiteral("eu"), QStringLiteral("a"), PauseLedgerEntry::State::Paused,
                     QStringLiteral("b"), at, QStringLiteral("u"))});
        }));
        PauseLedger ledger(worker.get(), {});
        QSignalSpy reloaded(&ledger, &PauseLedger::reloaded);
        ledger.reload();
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(ledger.banner().apps, 2);
        ledger.closeInstance(QStringLiteral("demo"), QStringLiteral("the demo fleet starts afresh"),
                             QStringLiteral("alice"));
        QTRY_COMPARE(reloaded.size(), 2);
        QCOMPARE(ledger.banner().apps, 1);
        QCOMPARE(ledger.activePauses().constFirst().instance, QStringLiteral("eu"));
        const auto all = finished(
            worker->run<QList<PauseLedgerEntry>>([](LocalStore &store) { return store.ledger(false); }));
        QCOMPARE(all.size(), 2);
        for (const PauseLedgerEntry &entry : all) {
            if (entry.instance != QStringLiteral("demo"))
                continue;
            QCOMPARE(toString(entry.state), toString(PauseLedgerEntry::State::Resumed));
            QCOMPARE(entry.resumedBy, QStringLiteral("alice"));
            QCOMPARE(entry.error, QStringLiteral("the demo fleet starts afresh"));
        }
    }

    void rollbackMarks()
    {
        auto worker = newWorker();
        PauseLedger ledger(worker.get(), {});
        QSignalSpy marksChanged(&ledger, &PauseLedger::rollbackMarksChanged);
        const RollbackMark mark{QStringLiteral("eu/argocd/api"), 3, QStringLiteral("aaa"),
                                QStringLiteral("main"), QDateTime::currentDateTimeUtc()};
        QVERIFY(!ledger.rollbackMark(mark.appKey));
        ledger.setRollbackMark(mark);
        QCOMPARE(marksChanged.size(), 1);
        QVERIFY(ledger.rollbackMark(mark.appKey));
        QCOMPARE(ledger.rollbackMark(mark.appKey)->gitWants, QStringLiteral("main"));

        // Written to the database: a second ledger over it reads the mark back.
        PauseLedger reread(worker.get(), {});
        QSignalSpy rereadDone(&reread, &PauseLedger::reloaded);
        reread.reload();
        QTRY_COMPARE(rereadDone.size(), 1);
        QVERIFY(reread.rollbackMark(mark.appKey));
        QCOMPARE(reread.rollbackMark(mark.appKey)->historyId, 3);

        ledger.clearRollbackMark(QStringLiteral("eu/argocd/other")); // none: no signal
        QCOMPARE(marksChanged.size(), 1);
        ledger.clearRollbackMark(mark.appKey);
        QCOMPARE(marksChanged.size(), 2);
        QVERIFY(!ledger.rollbackMark(mark.appKey));
        reread.reload();
        QTRY_COMPARE(rereadDone.size(), 2);
        QVERIFY(!reread.rollbackMark(mark.appKey));
    }
};

QTEST_GUILESS_MAIN(TestPauseLedger)
#include "tst_pauseledger.moc"
