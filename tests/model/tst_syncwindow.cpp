// Argo CD sync windows: cron schedules, Go durations, when a window is open, which apps it
// applies to, and the CanSync rules.
#include "model/domain/syncwindow.h"
#include "model/support/cron.h"
#include "model/support/goduration.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sextant;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sextant::SyncWindow)
Q_DECLARE_METATYPE(sextant::SyncWindowTarget)

namespace {

QDateTime utc(const char *isoTime)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(isoTime), Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toUTC();
}

SyncWindow window(const char *kind, const char *schedule, const char *duration,
                  QStringList applications = {QStringLiteral("*")}, bool manualSync = false)
{
    SyncWindow w;
    w.kind = QString::fromLatin1(kind);
    w.schedule = QString::fromLatin1(schedule);
    w.duration = QString::fromLatin1(duration);
    w.applications = std::move(applications);
    w.manualSync = manualSync;
    return w;
}

} // namespace

class SyncWindowTest : public QObject {
    Q_OBJECT
private slots:
    void cronMatches_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<bool>("expected");

        // 2026-05-04 is a Monday.
        QTest::addRow("every minute") << QStringLiteral("* * * * *") << utc("2026-05-04T10:17:00Z") << true;
        QTest::addRow("22:00 at 22:00")
            << QStringLiteral("0 22 * * *") << utc("2026-05-04T22:00:00Z") << true;
        QTest::addRow("22:00 at 22:01")
            << QStringLiteral("0 22 * * *") << utc("2026-05-04T22:01:00Z") << false;
        QTest::addRow("seconds are ignored")
            << QStringLiteral("0 22 * * *") << utc("2026-05-04T22:00:59Z") << true;
        QTest::addRow("step from star hit")
            << QStringLiteral("*/15 * * * *") << utc("2026-05-04T10:45:00Z") << true;
        QTest::addRow("step from star miss")
            << QStringLiteral("*/15 * * * *") << utc("2026-05-04T10:50:00Z") << false;
        QTest::addRow("range step hit")
            << QStringLiteral("0-10/5 * * * *") << utc("2026-05-04T10:10:00Z") << true;
        QTest::addRow("range step miss")
            << QStringLiteral("0-10/5 * * * *") << utc("2026-05-04T10:07:00Z") << false;
        QTest::addRow("range step beyond range")
            << QStringLiteral("0-10/5 * * * *") << utc("2026-05-04T10:15:00Z") << false;
        QTest::addRow("a/n runs to the max")
            << QStringLiteral("5/20 * * * *") << utc("2026-05-04T10:45:00Z") << true;
        QTest::addRow("a/n miss") << QStringLiteral("5/20 * * * *") << utc("2026-05-04T10:40:00Z") << false;
        QTest::addRow("list") << QStringLiteral("0 6,18 * * *") << utc("2026-05-04T18:00:00Z") << true;
        QTest::addRow("list miss") << QStringLiteral("0 6,18 * * *") << utc("2026-05-04T12:00:00Z") << false;
        QTest::addRow("office hours monday")
            << QStringLiteral("0 9-17 * * 1-5") << utc("2026-05-04T10:00:00Z") << true;
        QTest::addRow("office hours saturday")
            << QStringLiteral("0 9-17 * * 1-5") << utc("2026-05-09T10:00:00Z") << false;
        QTest::addRow("first of month") << QStringLiteral("0 0 1 * *") << utc("2026-06-01T00:00:00Z") << true;
        QTest::addRow("sunday as 0") << QStringLiteral("0 0 * * 0") << utc("2026-05-10T00:00:00Z") << true;
        QTest::addRow("sunday as 7") << QStringLiteral("0 0 * * 7") << utc("2026-05-10T00:00:00Z") << true;
        QTest::addRow("7 is not saturday")
            << QStringLiteral("0 0 * * 7") << utc("2026-05-09T00:00:00Z") << false;
        QTest::addRow("range to 7") << QStringLiteral("0 0 * * 5-7") << utc("2026-05-10T00:00:00Z") << true;
        QTest::addRow("day name") << QStringLiteral("0 0 * * SUN") << utc("2026-05-10T00:00:00Z") << true;
        QTest::addRow("day name lower case")
            << QStringLiteral("0 0 * * mon-fri") << utc("2026-05-06T00:00:00Z") << true;
        QTest::addRow("month name") << QStringLiteral("0 0 * JAN *") << utc("2026-01-05T00:00:00Z") << true;
        QTest::addRow("month name miss")
            << QStringLiteral("0 0 * jan,feb *") << utc("2026-05-05T00:00:00Z") << false;
        QTest::addRow("question mark")
            << QStringLiteral("0 0 ? * MON") << utc("2026-05-04T00:00:00Z") << true;
        // Day-of-month and day-of-week both restricted: either matches.
        QTest::addRow("dom or dow: the 13th")
            << QStringLiteral("0 0 13 * 5") << utc("2026-05-13T00:00:00Z") << true;
        QTest::addRow("dom or dow: a friday")
            << QStringLiteral("0 0 13 * 5") << utc("2026-05-15T00:00:00Z") << true;
        QTest::addRow("dom or dow: neither")
            << QStringLiteral("0 0 13 * 5") << utc("2026-05-14T00:00:00Z") << false;
        QTest::addRow("dow only: not friday")
            << QStringLiteral("0 0 * * 5") << utc("2026-05-13T00:00:00Z") << false;
        QTest::addRow("dom only: not the 13th")
            << QStringLiteral("0 0 13 * *") << utc("2026-05-15T00:00:00Z") << false;
        QTest::addRow("*/2 counts as restricted")
            << QStringLiteral("0 0 */2 * 5") << utc("2026-05-22T00:00:00Z") << true;
        QTest::addRow("*/2 restricted, neither")
            << QStringLiteral("0 0 */2 * 5") << utc("2026-05-20T00:00:00Z") << false;
        QTest::addRow("star in a list is unrestricted")
            << QStringLiteral("0 0 *,13 * 5") << utc("2026-05-13T00:00:00Z") << false;
        QTest::addRow("extra whitespace")
            << QStringLiteral("  0   22 *\t* *  ") << utc("2026-05-04T22:00:00Z") << true;
        QTest::addRow("feb 29") << QStringLiteral("0 0 29 2 *") << utc("2028-02-29T00:00:00Z") << true;
        QTest::addRow("wall clock of the given zone")
            << QStringLiteral("0 22 * * *")
            << utc("2026-05-04T20:00:00Z").toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin"))) << true;
    }

    void cronMatches()
    {
        QFETCH(QString, schedule);
        QFETCH(QDateTime, time);
        QFETCH(bool, expected);
        const auto parsed = CronSchedule::parse(schedule);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->matches(time), expected);
    }

    void cronInvalid_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("message");

        QTest::addRow("empty") << QString() << QStringLiteral("expected 5 fields");
        QTest::addRow("four fields") << QStringLiteral("* * * *") << QStringLiteral("found 4");
        QTest::addRow("six fields") << QStringLiteral("0 * * * * *") << QStringLiteral("found 6");
        QTest::addRow("descriptor") << QStringLiteral("@daily") << QStringLiteral("descriptors");
        QTest::addRow("minute 60") << QStringLiteral("60 * * * *")
                                   << QStringLiteral("minute: 60 is above the maximum 59");
        QTest::addRow("hour 24") << QStringLiteral("0 24 * * *")
                                 << QStringLiteral("hour: 24 is above the maximum 23");
        QTest::addRow("day 0") << QStringLiteral("0 0 0 * *")
                               << QStringLiteral("day-of-month: 0 is below the minimum 1");
        QTest::addRow("day 32") << QStringLiteral("0 0 32 * *")
                                << QStringLiteral("day-of-month: 32 is above");
        QTest::addRow("month 13") << QStringLiteral("0 0 * 13 *") << QStringLiteral("month: 13 is above");
        QTest::addRow("weekday 8") << QStringLiteral("0 0 * * 8")
                                   << QStringLiteral("day-of-week: 8 is above");
        QTest::addRow("zero step") << QStringLiteral("*/0 * * * *")
                                   << QStringLiteral("must be a positive number");
        QTest::addRow("empty step") << QStringLiteral("*/ * * * *")
                                    << QStringLiteral("must be a positive number");
        QTest::addRow("backwards range") << QStringLiteral("5-1 * * * *") << QStringLiteral("runs backwards");
        QTest::addRow("not a number")
            << QStringLiteral("a * * * *") << QStringLiteral("minute: \"a\" is not a number");
        QTest::addRow("negative") << QStringLiteral("-1 * * * *") << QStringLiteral("minute: ");
        QTest::addRow("too many hyphens")
            << QStringLiteral("1-2-3 * * * *") << QStringLiteral("too many hyphens");
        QTest::addRow("too many slashes")
            << QStringLiteral("1/2/3 * * * *") << QStringLiteral("too many slashes");
        QTest::addRow("empty list item") << QStringLiteral(",1 * * * *") << QStringLiteral("empty item");
        QTest::addRow("unknown month name")
            << QStringLiteral("0 0 * FOO *") << QStringLiteral("month: \"FOO\"");
        QTest::addRow("day name in the month field")
            << QStringLiteral("0 0 * MON *") << QStringLiteral("month: ");
        QTest::addRow("star range") << QStringLiteral("*-5 * * * *") << QStringLiteral("cannot start with *");
        QTest::addRow("L is not supported")
            << QStringLiteral("0 0 L * *") << QStringLiteral("day-of-month: ");
    }

    void cronInvalid()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, message);
        const auto parsed = CronSchedule::parse(schedule);
        QVERIFY(!parsed.ok());
        QVERIFY2(
            parsed.errorMessage().startsWith(QStringLiteral("cannot parse schedule \"%1\": ").arg(schedule)),
            qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
    }

    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");

        QTest::addRow("1h") << QStringLiteral("1h") << qint64(3600);
        QTest::addRow("90m") << QStringLiteral("90m") << qint64(5400);
        QTest::addRow("1h30m") << QStringLiteral("1h30m") << qint64(5400);
        QTest::addRow("8760h") << QStringLiteral("8760h") << qint64(31536000);
        QTest::addRow("45s") << QStringLiteral("45s") << qint64(45);
        QTest::addRow("1.5h") << QStringLiteral("1.5h") << qint64(5400);
        QTest::addRow(".5m") << QStringLiteral(".5m") << qint64(30);
        QTest::addRow("1.m") << QStringLiteral("1.m") << qint64(60);
        QTest::addRow("1h0m0s") << QStringLiteral("1h0m0s") << qint64(3600);
        QTest::addRow("zero without unit") << QStringLiteral("0") << qint64(0);
        QTest::addRow("negative") << QStringLiteral("-1h") << qint64(-3600);
        QTest::addRow("plus") << QStringLiteral("+2m") << qint64(120);
        QTest::addRow("milliseconds truncate") << QStringLiteral("1500ms") << qint64(1);
        QTest::addRow("micro sign") << QStringLiteral("2000000µs") << qint64(2);
        QTest::addRow("nanoseconds") << QStringLiteral("3000000000ns") << qint64(3);
        QTest::addRow("largest") << QStringLiteral("2562047h") << qint64(9223369200);
        QTest::addRow("units in any order") << QStringLiteral("30m1h") << qint64(5400);
    }

    void duration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = parseGoDuration(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(qint64(parsed->count()), seconds);
    }

    void durationInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        QTest::addRow("empty") << QString() << QStringLiteral("time: invalid duration \"\"");
        QTest::addRow("no unit") << QStringLiteral("1")
                                 << QStringLiteral("time: missing unit in duration \"1\"");
        QTest::addRow("unit only") << QStringLiteral("h") << QStringLiteral("time: invalid duration \"h\"");
        QTest::addRow("days") << QStringLiteral("1d")
                              << QStringLiteral("time: unknown unit \"d\" in duration \"1d\"");
        QTest::addRow("dot only") << QStringLiteral(".h") << QStringLiteral("time: invalid duration \".h\"");
        QTest::addRow("sign only") << QStringLiteral("-") << QStringLiteral("time: invalid duration \"-\"");
        QTest::addRow("space") << QStringLiteral("1 h") << QStringLiteral("unknown unit \" h\"");
        QTest::addRow("two dots") << QStringLiteral("1..5h")
                                  << QStringLiteral("time: missing unit in duration");
        QTest::addRow("overflow") << QStringLiteral("2562048h") << QStringLiteral("time: invalid duration");
        QTest::addRow("huge number") << QStringLiteral("99999999999999999999h")
                                     << QStringLiteral("time: invalid duration");
        QTest::addRow("trailing number") << QStringLiteral("1h30") << QStringLiteral("missing unit");
    }

    void durationInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = parseGoDuration(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
    }

    void isActive_data()
    {
        QTest::addColumn<SyncWindow>("window");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("expected");

        const SyncWindow nightly = window("deny", "0 22 * * *", "1h");
        QTest::addRow("just before") << nightly << utc("2026-05-04T21:59:59Z") << false;
        QTest::addRow("at the trigger") << nightly << utc("2026-05-04T22:00:00Z") << true;
        QTest::addRow("inside") << nightly << utc("2026-05-04T22:30:00Z") << true;
        QTest::addRow("last second") << nightly << utc("2026-05-04T22:59:59Z") << true;
        QTest::addRow("last millisecond") << nightly << utc("2026-05-04T22:59:59Z").addMSecs(999) << true;
        QTest::addRow("at the end") << nightly << utc("2026-05-04T23:00:00Z") << false;
        QTest::addRow("the other offset, same instant")
            << nightly << utc("2026-05-04T22:30:00Z").toOffsetFromUtc(-7 * 3600) << true;
        QTest::addRow("past midnight, short")
            << window("deny", "0 22 * * *", "2h") << utc("2026-05-05T00:00:00Z") << false;
        QTest::addRow("past midnight, long")
            << window("deny", "0 22 * * *", "3h") << utc("2026-05-05T00:30:00Z") << true;
        QTest::addRow("across a month end")
            << window("allow", "0 23 31 * *", "2h") << utc("2026-06-01T00:30:00Z") << true;
        QTest::addRow("across a year end")
            << window("allow", "30 23 31 12 *", "1h") << utc("2027-01-01T00:15:00Z") << true;
        QTest::addRow("emergency stop")
            << window("deny", "* * * * *", "8760h") << utc("2026-05-04T10:17:42Z") << true;
        QTest::addRow("yearly, a year long")
            << window("allow", "0 0 1 1 *", "8760h") << utc("2026-12-31T23:59:00Z") << true;
        QTest::addRow("yearly, a day long")
            << window("allow", "0 0 1 1 *", "24h") << utc("2026-06-15T12:00:00Z") << false;
        QTest::addRow("leap day, long ago")
            << window("allow", "0 0 29 2 *", "24h") << utc("2026-03-01T12:00:00Z") << false;
        QTest::addRow("weekdays only, on a saturday")
            << window("allow", "0 9 * * 1-5", "8h") << utc("2026-05-09T10:00:00Z") << false;
        QTest::addRow("friday window on saturday morning")
            << window("allow", "0 20 * * 5", "16h") << utc("2026-05-09T10:00:00Z") << true;
        QTest::addRow("zero duration")
            << window("deny", "* * * * *", "0s") << utc("2026-05-04T10:17:00Z") << false;
        QTest::addRow("negative duration")
            << window("deny", "* * * * *", "-1h") << utc("2026-05-04T10:17:00Z") << false;
        QTest::addRow("invalid schedule")
            << window("deny", "* * *", "1h") << utc("2026-05-04T10:17:00Z") << false;
        QTest::addRow("invalid duration")
            << window("deny", "* * * * *", "1d") << utc("2026-05-04T10:17:00Z") << false;

        SyncWindow berlin = nightly;
        berlin.timeZone = QStringLiteral("Europe/Berlin"); // CEST, UTC+2 in May
        QTest::addRow("Berlin 22:30 local") << berlin << utc("2026-05-04T20:30:00Z") << true;
        QTest::addRow("Berlin, 22:30 UTC is past midnight") << berlin << utc("2026-05-04T22:30:00Z") << false;
        QTest::addRow("Berlin, 21:59 local") << berlin << utc("2026-05-04T19:59:00Z") << false;
        QTest::addRow("Berlin in winter (CET)") << berlin << utc("2026-01-15T21:30:00Z") << true;
        QTest::addRow("Berlin in winter, an hour early") << berlin << utc("2026-01-15T20:30:00Z") << false;
        SyncWindow newYork = window("allow", "0 9 * * 1-5", "8h");
        newYork.timeZone = QStringLiteral("America/New_York");
        QTest::addRow("New York opens at 13:00 UTC") << newYork << utc("2026-05-04T13:00:00Z") << true;
        QTest::addRow("New York, a minute before") << newYork << utc("2026-05-04T12:59:00Z") << false;
        QTest::addRow("New York, sunday night local")
            << newYork << utc("2026-05-04T03:00:00Z") << false; // 23:00 EDT
        SyncWindow unknownZone = nightly;
        unknownZone.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QTest::addRow("unknown zone is UTC") << unknownZone << utc("2026-05-04T22:30:00Z") << true;
    }

    void isActive()
    {
        QFETCH(SyncWindow, window);
        QFETCH(QDateTime, now);
        QFETCH(bool, expected);
        QCOMPARE(sextant::isActive(window, now), expected);
    }

    void latestTrigger()
    {
        const auto schedule = CronSchedule::parse(QStringLiteral("30 2 * * 1"));
        QVERIFY(schedule.ok());
        const QDateTime now = utc("2026-05-07T12:00:00Z"); // Thursday
        QCOMPARE(schedule->latestTrigger(now, QTimeZone(QTimeZone::UTC), 7 * 24h),
                 utc("2026-05-04T02:30:00Z"));
        QVERIFY(!schedule->latestTrigger(now, QTimeZone(QTimeZone::UTC), 24h).isValid());
        QVERIFY(!CronSchedule().latestTrigger(now, QTimeZone(QTimeZone::UTC), 24h).isValid());
        // A schedule that never fires, looked back at as far as anything can: bounded, and quick.
        const auto never = CronSchedule::parse(QStringLiteral("0 0 30 2 *"));
        QVERIFY(never.ok());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!never->latestTrigger(now, QTimeZone(QTimeZone::UTC), std::chrono::seconds::max()).isValid());
        QVERIFY2(timer.elapsed() < 2000, "the walk back is capped");
    }

    void isActiveIsFast()
    {
        const QList<SyncWindow> windows = {
            window("deny", "* * * * *", "8760h"),
            window("allow", "0 0 1 1 *", "8760h"),
            window("allow", "0 0 29 2 *", "8760h"),
            window("deny", "0 22 * * 1-5", "1h"),
        };
        SyncWindow berlin = windows[1];
        berlin.timeZone = QStringLiteral("Europe/Berlin");
        const QDateTime now = utc("2026-12-30T10:17:42Z");
        QElapsedTimer timer;
        timer.start();
        int active = 0;
        const int rounds = 5000;
        for (int i = 0; i < rounds; ++i) {
            for (const SyncWindow &w : windows)
                active += sextant::isActive(w, now) ? 1 : 0;
            active += sextant::isActive(berlin, now) ? 1 : 0;
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("%d isActive calls in %lld ms", rounds * 5, elapsed);
        QCOMPARE(active, rounds * 3);
        QVERIFY2(elapsed < 5000, "isActive must stay cheap: it runs for every app of the fleet");
    }

    void windowMatches_data()
    {
        QTest::addColumn<SyncWindow>("window");
        QTest::addColumn<SyncWindowTarget>("target");
        QTest::addColumn<bool>("expected");

        const SyncWindowTarget shop{QStringLiteral("shop-web"), QStringLiteral("prod"),
                                    QStringLiteral("prod-eu"), QStringLiteral("https://prod-eu.example.com")};
        const SyncWindowTarget serverOnly{QStringLiteral("cart"), QStringLiteral("dev"), QString(),
                                          QStringLiteral("https://kubernetes.default.svc")};
        const SyncWindowTarget noDestination{QStringLiteral("cart"), QString(), QString(), QString()};
        const auto make = [](QStringList apps, QStringList namespaces, QStringList clusters,
                             bool andOperator) {
            SyncWindow w = window("deny", "* * * * *", "1h", std::move(apps));
            w.namespaces = std::move(namespaces);
            w.clusters = std::move(clusters);
            w.andOperator = andOperator;
            return w;
        };
        const QStringList none;
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList result;
            for (const char *item : items)
                result.append(QString::fromUtf8(item));
            return result;
        };

        QTest::addRow("no lists match nothing") << make(none, none, none, false) << shop << false;
        QTest::addRow("no lists, and-operator") << make(none, none, none, true) << shop << false;
        QTest::addRow("star") << make(list({"*"}), none, none, false) << shop << true;
        QTest::addRow("star matches an empty name")
            << make(none, list({"*"}), none, false) << noDestination << true;
        QTest::addRow("prefix glob") << make(list({"shop-*"}), none, none, false) << shop << true;
        QTest::addRow("prefix glob miss") << make(list({"shop-*"}), none, none, false) << serverOnly << false;
        QTest::addRow("exact name") << make(list({"shop"}), none, none, false) << shop << false;
        QTest::addRow("question mark") << make(list({"shop-we?"}), none, none, false) << shop << true;
        QTest::addRow("question mark needs a char")
            << make(list({"shop-web?"}), none, none, false) << shop << false;
        QTest::addRow("character class") << make(list({"[cs]*"}), none, none, false) << serverOnly << true;
        QTest::addRow("negated class") << make(list({"[!c]*"}), none, none, false) << serverOnly << false;
        QTest::addRow("class range") << make(list({"shop-[a-z]eb"}), none, none, false) << shop << true;
        QTest::addRow("invalid glob matches nothing")
            << make(list({"[shop"}), none, none, false) << shop << false;
        QTest::addRow("escaped star is literal")
            << make(list({"shop\\*"}), none, none, false) << shop << false;
        QTest::addRow("one of several patterns")
            << make(list({"cart", "shop-*"}), none, none, false) << shop << true;
        QTest::addRow("namespace") << make(none, list({"prod"}), none, false) << shop << true;
        QTest::addRow("namespace miss") << make(none, list({"prod"}), none, false) << serverOnly << false;
        QTest::addRow("cluster by name") << make(none, none, list({"prod-*"}), false) << shop << true;
        QTest::addRow("cluster by server")
            << make(none, none, list({"https://kubernetes.default.svc"}), false) << serverOnly << true;
        QTest::addRow("cluster star, no destination")
            << make(none, none, list({"*"}), false) << noDestination << false;
        QTest::addRow("OR: app misses, namespace hits")
            << make(list({"cart"}), list({"prod"}), none, false) << shop << true;
        QTest::addRow("OR: all miss")
            << make(list({"cart"}), list({"dev"}), list({"staging"}), false) << shop << false;
        QTest::addRow("AND: app hits, namespace misses")
            << make(list({"shop-*"}), list({"dev"}), none, true) << shop << false;
        QTest::addRow("AND: app and namespace hit")
            << make(list({"shop-*"}), list({"prod"}), none, true) << shop << true;
        QTest::addRow("AND: all three hit")
            << make(list({"shop-*"}), list({"prod"}), list({"https://prod-eu.*"}), true) << shop << true;
        QTest::addRow("AND: cluster misses")
            << make(list({"shop-*"}), list({"prod"}), list({"staging"}), true) << shop << false;
        QTest::addRow("AND: only clusters") << make(none, none, list({"prod-eu"}), true) << shop << true;
    }

    void windowMatches()
    {
        QFETCH(SyncWindow, window);
        QFETCH(SyncWindowTarget, target);
        QFETCH(bool, expected);
        QCOMPARE(sextant::windowMatches(window, target), expected);
    }

    void canSync_data()
    {
        QTest::addColumn<QList<SyncWindow>>("windows");
        QTest::addColumn<bool>("manual");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("reason");

        // At 2026-05-04T22:30Z: "0 22 * * *" windows are open, "0 3 * * *" windows are closed.
        const SyncWindow denyNow = window("deny", "0 22 * * *", "1h");
        const SyncWindow denyNowManual = window("deny", "0 22 * * *", "1h", {QStringLiteral("*")}, true);
        const SyncWindow denyLater = window("deny", "0 3 * * *", "1h");
        const SyncWindow allowNow = window("allow", "0 22 * * *", "2h");
        const SyncWindow allowLater = window("allow", "0 3 * * *", "1h");
        const SyncWindow allowLaterManual = window("allow", "0 3 * * *", "1h", {QStringLiteral("*")}, true);
        const SyncWindow denyOtherApp = window("deny", "0 22 * * *", "1h", {QStringLiteral("cart")});
        SyncWindow emergency = window("deny", "* * * * *", "8760h");
        emergency.description = QStringLiteral("EMERGENCY STOP");
        const SyncWindow broken = window("deny", "0 25 * * *", "1h");
        const SyncWindow brokenOtherApp = window("deny", "0 25 * * *", "1h", {QStringLiteral("cart")});

        using L = QList<SyncWindow>;
        QTest::addRow("no windows") << L{} << false << true << QStringLiteral("no sync window applies");
        QTest::addRow("only windows of other apps")
            << L{denyOtherApp} << false << true << QStringLiteral("no sync window applies");
        QTest::addRow("1: active deny blocks auto-sync")
            << L{denyNow} << false << false
            << QStringLiteral("blocked by the active deny window \"0 22 * * *\"");
        QTest::addRow("1: active deny blocks a manual sync")
            << L{denyNow} << true << false << QStringLiteral("blocked by the active deny window");
        QTest::addRow("1: manualSync lets a manual sync through")
            << L{denyNowManual} << true << true << QStringLiteral("manual sync permitted");
        QTest::addRow("1: manualSync does not help auto-sync")
            << L{denyNowManual} << false << false << QStringLiteral("blocked by the active deny window");
        QTest::addRow("1: every active deny needs manualSync")
            << L{denyNowManual, denyNow} << true << false << QStringLiteral("and 1 more");
        QTest::addRow("1: deny wins over an active allow")
            << L{allowNow, denyNow} << false << false << QStringLiteral("blocked by the active deny window");
        QTest::addRow("1: emergency stop")
            << L{emergency, allowNow} << true << false << QStringLiteral("EMERGENCY STOP");
        QTest::addRow("2: active allow")
            << L{allowNow} << false << true << QStringLiteral("inside the allow window \"0 22 * * *\"");
        QTest::addRow("2: one of two allows active")
            << L{allowLater, allowNow} << false << true << QStringLiteral("inside the allow window");
        QTest::addRow("2: active allow, inactive deny")
            << L{denyLater, allowNow} << false << true << QStringLiteral("inside the allow window");
        QTest::addRow("3: outside the allow window")
            << L{allowLater} << false << false << QStringLiteral("blocked: outside the allow window");
        QTest::addRow("3: outside, manual without manualSync")
            << L{allowLater} << true << false << QStringLiteral("blocked: outside the allow window");
        QTest::addRow("3: outside, manual with manualSync")
            << L{allowLaterManual} << true << true << QStringLiteral("permits manual syncs");
        QTest::addRow("3: outside, manualSync does not help auto-sync")
            << L{allowLaterManual} << false << false << QStringLiteral("blocked: outside");
        QTest::addRow("3: every allow needs manualSync")
            << L{allowLaterManual, allowLater} << true << false << QStringLiteral("blocked: outside");
        QTest::addRow("3: inactive deny and inactive allow")
            << L{denyLater, allowLater} << false << false << QStringLiteral("blocked: outside");
        QTest::addRow("4: only an inactive deny")
            << L{denyLater} << false << true << QStringLiteral("no sync window is active");
        QTest::addRow("invalid matching window blocks")
            << L{broken, allowNow} << true << false << QStringLiteral("invalid sync window");
        QTest::addRow("invalid window of another app is ignored")
            << L{brokenOtherApp, allowNow} << false << true << QStringLiteral("inside the allow window");
    }

    void canSync()
    {
        QFETCH(QList<SyncWindow>, windows);
        QFETCH(bool, manual);
        QFETCH(bool, expected);
        QFETCH(QString, reason);
        const SyncWindowTarget target{QStringLiteral("shop"), QStringLiteral("prod"),
                                      QStringLiteral("prod-eu"),
                                      QStringLiteral("https://prod-eu.example.com")};
        const SyncDecision decision = sextant::canSync(windows, target, manual, utc("2026-05-04T22:30:00Z"));
        QCOMPARE(decision.canSync, expected);
        QVERIFY2(decision.reason.contains(reason), qPrintable(decision.reason));
    }

    void activeWindows()
    {
        const QList<SyncWindow> windows = {
            window("deny", "0 22 * * *", "1h"),
            window("allow", "0 3 * * *", "1h"),
            window("allow", "not a schedule", "1h"),
            window("allow", "0 21 * * *", "2h"),
        };
        const QList<SyncWindow> expected = {windows[0], windows[3]};
        QCOMPARE(sextant::activeWindows(windows, utc("2026-05-04T22:30:00Z")), expected);
        QVERIFY(sextant::activeWindows(windows, utc("2026-05-04T12:00:00Z")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SyncWindowTest)
#include "tst_syncwindow.moc"
