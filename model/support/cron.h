#pragma once

#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <cstdint>

namespace sextant {

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

} // namespace sextant
