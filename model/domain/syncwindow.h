#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <chrono>
#include <cstdint>

namespace sextant {

// An Argo CD sync window (AppProject spec.syncWindows[]), field for field.
struct SyncWindow {
    QString kind;                                   // "allow" or "deny"
    QString schedule;                               // 5-field cron
    QString duration;                               // Go duration, "1h"
    QStringList applications, namespaces, clusters; // glob patterns
    bool manualSync = false;
    QString timeZone; // IANA id; empty = UTC
    bool andOperator = false;
    QString description;
    bool syncOverrun = false;

    friend bool operator==(const SyncWindow &, const SyncWindow &) = default;
};

// Go's time.ParseDuration: a signed sequence of decimal numbers, each with an optional
// fraction and a unit (ns, us, µs, ms, s, m, h): "1h", "90m", "1h30m", "1.5h", "-45s", "0".
// The result is truncated toward zero to whole seconds.
Result<std::chrono::seconds> parseGoDuration(const QString &text);

// A standard 5-field cron expression, as Argo CD reads sync window schedules
// (robfig/cron v3, minute hour day-of-month month day-of-week):
// `*` (or `?`), numbers, ranges `a-b`, lists `a,b`, steps `*/n`, `a-b/n` and `a/n` (a to the
// maximum), month names JAN-DEC and day names SUN-SAT (any case). Day of week is 0-7, 0 and 7
// both Sunday (robfig/cron itself stops at 6).
// Day rule: when both day-of-month and day-of-week are restricted, a day matches if either
// does; a field counts as unrestricted when one of its list items is `*` or `?` without a step
// greater than 1 (robfig's rule; Vixie cron would also count `*/2` as unrestricted).
class CronSchedule {
public:
    // A default-constructed schedule never matches.
    CronSchedule() = default;

    // Errors name the expression and the field:
    // cannot parse schedule "0 24 * * *": hour: 24 is above the maximum 23
    static Result<CronSchedule> parse(const QString &fiveFields);

    // Whether the schedule fires in the minute of `minuteInZone`, read as wall-clock time in its
    // own time zone (seconds are ignored).
    bool matches(const QDateTime &minuteInZone) const;

    // The latest minute t <= `at` (evaluated as wall-clock time in `zone`) at which the schedule
    // fires, looking back no further than `lookBack`; an invalid QDateTime when there is none.
    // Fast: whole months, days and hours that cannot match are skipped at once.
    QDateTime latestTrigger(const QDateTime &at, const QTimeZone &zone, std::chrono::seconds lookBack) const;

private:
    std::uint64_t m_minutes = 0;     // bit 0-59
    std::uint32_t m_hours = 0;       // bit 0-23
    std::uint32_t m_daysOfMonth = 0; // bit 1-31
    std::uint32_t m_months = 0;      // bit 1-12
    std::uint32_t m_daysOfWeek = 0;  // bit 0-6, 0 = Sunday
    bool m_domStar = false;
    bool m_dowStar = false;

    bool dayMatches(const QDate &date) const;
};

// Whether the window is open at `now`: there is a schedule trigger t (a whole minute, evaluated
// in the window's time zone, UTC when empty or unknown) with t <= now < t + duration.
// A window whose schedule or duration does not parse, or whose duration is not positive, is
// never active. Where Argo CD (SyncWindow.active) differs:
// - it tests t < now, so at the very instant of the trigger the window is still closed;
// - it shifts every trigger by the zone's offset of today, so around a daylight-saving change
//   a window can open an hour early or late; here each trigger is read in its own offset
//   (a trigger in a skipped hour, Qt moves forward; in a repeated hour, the first one counts);
// - a schedule that never fires (0 0 30 2 *) makes robfig/cron return the zero time, which
//   Argo CD reads as "always active"; here it is never active.
bool isActive(const SyncWindow &window, const QDateTime &now);

// The windows of `windows` that are active at `now`, in their order (unparseable ones left out).
QList<SyncWindow> activeWindows(const QList<SyncWindow> &windows, const QDateTime &now);

// What a sync window is matched against: the application and its destination.
struct SyncWindowTarget {
    QString application;
    QString namespace_;
    QString clusterName;
    QString clusterServer;
};

// Whether the window applies to the target. Patterns are globs (`*`, `?`, `[a-z]`, `[!x]`, `\`
// escapes) over the whole value; clusters match the destination name or server (an empty one
// never matches). Default: any list matching is enough (OR); with andOperator every non-empty
// list must match. A window without any list applies to nothing.
bool windowMatches(const SyncWindow &window, const SyncWindowTarget &target);

struct SyncDecision {
    bool canSync = true;
    QString reason;
};

// Argo CD's SyncWindows.CanSync over the windows that match the target:
// 1. an active deny window blocks, unless `manual` and every active deny window has manualSync;
// 2. otherwise an active allow window permits;
// 3. otherwise, if there are allow windows (none active), the sync is blocked unless `manual`
//    and every one of them has manualSync;
// 4. otherwise (no windows, or only inactive deny windows) the sync may run.
// A matching window with an invalid schedule or duration blocks (Argo CD returns an error).
// syncOverrun (for operations already running) is not evaluated here.
SyncDecision canSync(const QList<SyncWindow> &windows, const SyncWindowTarget &target, bool manual,
                     const QDateTime &now);

} // namespace sextant
