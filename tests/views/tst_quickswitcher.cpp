// QuickSwitcher: fuzzy ranking, keyboard, and speed over a large fleet.
#include "fleetfixture.h"

#include "views/quickswitcher.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace sextant;
using namespace sextant::views;

namespace {

QString keyOf(const QString &name)
{
    return QStringLiteral("eu/argocd/") + name;
}

void fillSimilar(FleetStore &store)
{
    QList<Application> apps;
    for (const char *name : {"payments-api-prod-us-1", "payments-api-preprod-eu-1", "payment-processor-dev",
                             "payments-worker-prod-eu-1", "payments-api-staging-eu-1",
                             "payments-api-prod-eu-1", "checkout-prod-eu-1", "promtail"}) {
        fixture::AppSpec spec{QString::fromUtf8(name), QStringLiteral("prod-eu"), QStringLiteral("payments"),
                              QStringLiteral("prod")};
        apps << fixture::makeApp(spec);
    }
    store.applySnapshot(QStringLiteral("eu"), apps, fixture::clustersFor({QStringLiteral("prod-eu")}), {},
                        {});
}

QLineEdit *editOf(QuickSwitcher &switcher)
{
    return switcher.findChild<QLineEdit *>();
}

} // namespace

class QuickSwitcherTest : public QObject {
    Q_OBJECT
private slots:
    void score_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::addRow("prefix beats middle") << "pay"
                                             << "payments"
                                             << "repay";
        QTest::addRow("contiguous beats scattered") << "api"
                                                    << "payments-api"
                                                    << "a-p-i-gateway";
        QTest::addRow("word starts beat inner letters") << "pa"
                                                        << "payments-api"
                                                        << "opaque";
        QTest::addRow("one word's abbreviation beats spread letters") << "prd"
                                                                      << "prod"
                                                                      << "p-r-x-d";
        QTest::addRow("camel case humps are word starts") << "ca"
                                                          << "checkoutApi"
                                                          << "checkoutbay";
    }

    void score()
    {
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const int b = QuickSwitcher::fuzzyScore(query, better);
        const int w = QuickSwitcher::fuzzyScore(query, worse);
        QVERIFY2(b > w, qPrintable(QStringLiteral("%1: %2 vs %3").arg(query).arg(b).arg(w)));
    }

    void scoreRejectsNonSubsequences()
    {
        QCOMPARE(QuickSwitcher::fuzzyScore(u"xyz", u"payments"), -1);
        QCOMPARE(QuickSwitcher::fuzzyScore(u"yap", u"payments"), -1); // order matters
        QVERIFY(QuickSwitcher::fuzzyScore(u"pay", u"PAYMENTS") >= 0); // case-insensitive
        QCOMPARE(QuickSwitcher::fuzzyScore(u"", u"payments"), 0);
    }

    void abbreviationFindsTheApplicationFirst()
    {
        FleetStore store;
        fillSimilar(store);
        QuickSwitcher switcher(&store);
        switcher.show();
        QTest::keyClicks(editOf(switcher), QStringLiteral("pmtprd"));
        const QStringList results = switcher.results();
        QVERIFY(results.size() >= 4);
        QCOMPARE(results.first(), keyOf(QStringLiteral("payments-api-prod-eu-1")));
        // Matched only through its cluster's name (prod-eu): ranked after every name match.
        QVERIFY(results.indexOf(keyOf(QStringLiteral("payments-api-staging-eu-1"))) >
                results.indexOf(keyOf(QStringLiteral("payment-processor-dev"))));
        QVERIFY(!results.contains(keyOf(QStringLiteral("checkout-prod-eu-1"))));
    }

    void keyboardChooses()
    {
        FleetStore store;
        fillSimilar(store);
        QuickSwitcher switcher(&store);
        QSignalSpy chosen(&switcher, &QuickSwitcher::applicationChosen);
        switcher.show();
        QTest::keyClicks(editOf(switcher), QStringLiteral("pmtprd"));
        QTest::keyClick(editOf(switcher), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), keyOf(QStringLiteral("payments-api-prod-eu-1")));
        QCOMPARE(switcher.result(), int(QDialog::Accepted));
        QVERIFY(!switcher.isVisible());

        // Down picks the second; showing again starts empty.
        switcher.show();
        QVERIFY(editOf(switcher)->text().isEmpty());
        QTest::keyClicks(editOf(switcher), QStringLiteral("pmtprd"));
        const QString second = switcher.results().at(1);
        QTest::keyClick(editOf(switcher), Qt::Key_Down);
        QTest::keyClick(editOf(switcher), Qt::Key_Enter);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().first().toString(), second);

        // Escape closes without choosing.
        switcher.show();
        QTest::keyClick(editOf(switcher), Qt::Key_Escape);
        QVERIFY(!switcher.isVisible());
        QCOMPARE(switcher.result(), int(QDialog::Rejected));
        QCOMPARE(chosen.count(), 2);
    }

    void matchesContextWhenTheNameDoesNot()
    {
        FleetStore store;
        fillSimilar(store);
        QuickSwitcher switcher(&store);
        switcher.show();
        QTest::keyClicks(editOf(switcher), QStringLiteral("checkout prodeu")); // spaces are ignored
        QCOMPARE(switcher.results().first(), keyOf(QStringLiteral("checkout-prod-eu-1")));
        editOf(switcher)->clear();
        QTest::keyClicks(editOf(switcher), QStringLiteral("promtail eu"));
        QCOMPARE(switcher.results(), QStringList{keyOf(QStringLiteral("promtail"))}); // by instance name
    }

    void fastOverTenThousandApplications()
    {
        FleetStore store;
        fixture::fillLarge(store, 10'000);
        QuickSwitcher switcher(&store);
        switcher.show();
        QLineEdit *edit = editOf(switcher);
        QElapsedTimer timer;
        qint64 worst = 0;
        for (const QChar c : QStringLiteral("ledgprod12")) {
            timer.start();
            QTest::keyClick(edit, c.toLatin1());
            worst = std::max(worst, timer.elapsed());
        }
        QVERIFY(!switcher.results().isEmpty());
        QVERIFY(switcher.results().first().contains(QStringLiteral("ledger-prod-")));
        edit->clear();
        QCOMPARE(switcher.results().size(), QuickSwitcher::MaxResults); // the best 50 only
        qInfo("slowest keystroke over 10,000 applications: %lld ms", qlonglong(worst));
        QVERIFY2(worst < 400,
                 qPrintable(QStringLiteral("%1 ms").arg(worst))); // generous: debug builds, busy CI
    }
};

QTEST_MAIN(QuickSwitcherTest)
#include "tst_quickswitcher.moc"
