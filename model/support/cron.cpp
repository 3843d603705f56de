#include "model/support/cron.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <bit>

namespace sextant {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

struct FieldSpec {
    const char *name;
    int min;
    int max;     // largest value written explicitly
    int starMax; // where `*` and `a/n` end (day of week: 6, though 7 may be written)
    QStringView names[12];
};

const FieldSpec kMinute{"minute", 0, 59, 59, {}};
const FieldSpec kHour{"hour", 0, 23, 23, {}};
const FieldSpec kDayOfMonth{"day-of-month", 1, 31, 31, {}};
const FieldSpec kMonth{
    "month",
    1,
    12,
    12,
    {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"}};
const FieldSpec kDayOfWeek{"day-of-week", 0, 7, 6, {u"sun", u"mon", u"tue", u"wed", u"thu", u"fri", u"sat"}};

struct FieldBits {
    std::uint64_t bits = 0;
    bool star = false;
};

Result<int> fieldValue(const QString &text, const FieldSpec &spec)
{
    for (int i = 0; i < 12; ++i) {
        if (!spec.names[i].isEmpty() && text.compare(spec.names[i], Qt::CaseInsensitive) == 0)
            return spec.min + i;
    }
    bool ok = !text.isEmpty();
    for (QChar c : text)
        ok = ok && isAsciiDigit(c);
    const int value = ok ? text.toInt(&ok) : 0;
    if (!ok)
        return Error{QStringLiteral("\"%1\" is not a number").arg(text)};
    return value;
}

Result<FieldBits> parseField(const QString &text, const FieldSpec &spec)
{
    const QString name = QString::fromLatin1(spec.name);
    FieldBits field;
    const QStringList items = text.split(u',');
    for (const QString &item : items) {
        if (item.isEmpty())
            return Error{QStringLiteral("%1: empty item in list \"%2\"").arg(name, text)};
        const QStringList rangeAndStep = item.split(u'/');
        if (rangeAndStep.size() > 2)
            return Error{QStringLiteral("%1: too many slashes in \"%2\"").arg(name, item)};
        const QStringList lowHigh = rangeAndStep[0].split(u'-');
        if (lowHigh.size() > 2)
            return Error{QStringLiteral("%1: too many hyphens in \"%2\"").arg(name, item)};
        int start = 0;
        int end = 0;
        bool star = false;
        if (lowHigh[0] == u"*" || lowHigh[0] == u"?") {
            if (lowHigh.size() != 1)
                return Error{QStringLiteral("%1: a range cannot start with * in \"%2\"").arg(name, item)};
            start = spec.min;
            end = spec.starMax;
            star = true;
        } else {
            const auto low = fieldValue(lowHigh[0], spec);
            if (!low)
                return Error{QStringLiteral("%1: %2").arg(name, low.errorMessage())};
            start = end = *low;
            if (lowHigh.size() == 2) {
                const auto high = fieldValue(lowHigh[1], spec);
                if (!high)
                    return Error{QStringLiteral("%1: %2").arg(name, high.errorMessage())};
                end = *high;
            }
        }
        int step = 1;
        if (rangeAndStep.size() == 2) {
            const QString &stepText = rangeAndStep[1];
            bool ok = !stepText.isEmpty();
            for (QChar c : stepText)
                ok = ok && isAsciiDigit(c);
            step = ok ? stepText.toInt(&ok) : 0;
            if (!ok || step <= 0)
                return Error{
                    QStringLiteral("%1: the step in \"%2\" must be a positive number").arg(name, item)};
            if (!star && lowHigh.size() == 1)
                end = spec.starMax; // "a/n" means "a-max/n"
            if (step > 1)
                star = false;
        }
        if (start < spec.min)
            return Error{QStringLiteral("%1: %2 is below the minimum %3").arg(name).arg(start).arg(spec.min)};
        if (end > spec.max)
            return Error{QStringLiteral("%1: %2 is above the maximum %3").arg(name).arg(end).arg(spec.max)};
        if (start > end)
            return Error{QStringLiteral("%1: the range \"%2\" runs backwards").arg(name, item)};
        for (int v = start; v <= end; v += step)
            field.bits |= std::uint64_t(1) << v;
        field.star = field.star || star;
    }
    return field;
}

// The highest set bit at or below `value`, or -1.
int highestAtOrBelow(std::uint64_t bits, int value)
{
    const std::uint64_t masked = value >= 63 ? bits : bits & ((std::uint64_t(2) << value) - 1);
    if (masked == 0)
        return -1;
    return 63 - std::countl_zero(masked);
}

} // namespace

Result<CronSchedule> CronSchedule::parse(const QString &fiveFields)
{
    const auto fail = [&fiveFields](const QString &message) {
        return Error{QStringLiteral("cannot parse schedule \"%1\": %2").arg(fiveFields, message)};
    };
    const QString trimmed = fiveFields.trimmed();
    if (trimmed.startsWith(u'@'))
        return fail(QStringLiteral("descriptors such as @daily are not accepted; write the 5 fields"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList fields = trimmed.split(whitespace, Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return fail(QStringLiteral("expected 5 fields (minute hour day-of-month month day-of-week), found %1")
                        .arg(fields.size()));
    const FieldSpec *specs[5] = {&kMinute, &kHour, &kDayOfMonth, &kMonth, &kDayOfWeek};
    FieldBits bits[5];
    for (int i = 0; i < 5; ++i) {
        auto field = parseField(fields[i], *specs[i]);
        if (!field)
            return fail(field.errorMessage());
        bits[i] = *field;
    }
    CronSchedule schedule;
    schedule.m_minutes = bits[0].bits;
    schedule.m_hours = std::uint32_t(bits[1].bits);
    schedule.m_daysOfMonth = std::uint32_t(bits[2].bits);
    schedule.m_domStar = bits[2].star;
    schedule.m_months = std::uint32_t(bits[3].bits);
    std::uint64_t dow = bits[4].bits;
    if (dow & (std::uint64_t(1) << 7))
        dow = (dow & ~(std::uint64_t(1) << 7)) | 1; // 7 is Sunday too
    schedule.m_daysOfWeek = std::uint32_t(dow);
    schedule.m_dowStar = bits[4].star;
    return schedule;
}

bool CronSchedule::dayMatches(const QDate &date) const
{
    const bool dom = m_daysOfMonth & (1u << date.day());
    const bool dow = m_daysOfWeek & (1u << (date.dayOfWeek() % 7));
    if (m_domStar || m_dowStar)
        return dom && dow;
    return dom || dow;
}

bool CronSchedule::matches(const QDateTime &minuteInZone) const
{
    if (!minuteInZone.isValid())
        return false;
    const QDate date = minuteInZone.date();
    const QTime time = minuteInZone.time();
    return (m_minutes & (std::uint64_t(1) << time.minute())) && (m_hours & (1u << time.hour())) &&
           (m_months & (1u << date.month())) && dayMatches(date);
}

QDateTime CronSchedule::latestTrigger(const QDateTime &at, const QTimeZone &zone,
                                      std::chrono::seconds lookBack) const
{
    if (!at.isValid() || lookBack.count() < 0 || m_minutes == 0)
        return {};
    const qint64 atMs = at.toMSecsSinceEpoch();
    // At most Go's longest duration (2562047h, some 292 years): a schedule that never fires
    // (0 0 30 2 *) is walked back that far, a few thousand steps.
    constexpr std::int64_t kMaxLookBackSeconds = 2562047LL * 3600;
    const qint64 lookBackMs = std::min<std::int64_t>(lookBack.count(), kMaxLookBackSeconds) * 1000;
    const qint64 earliestMs = atMs - lookBackMs;
    const QDateTime local = at.toTimeZone(zone);
    // Wall-clock walk, a day of margin below the earliest instant for offset changes.
    const QDate stopDate = QDateTime::fromMSecsSinceEpoch(earliestMs, zone).date().addDays(-1);
    QDate date = local.date();
    int hour = local.time().hour();
    int minute = local.time().minute();
    const auto previousDay = [&] {
        date = date.addDays(-1);
        hour = 23;
        minute = 59;
    };
    while (date.isValid() && date >= stopDate) {
        if (!(m_months & (1u << date.month()))) {
            date = QDate(date.year(), date.month(), 1);
            previousDay();
            continue;
        }
        if (!dayMatches(date)) {
            previousDay();
            continue;
        }
        const int h = highestAtOrBelow(m_hours, hour);
        if (h < 0) {
            previousDay();
            continue;
        }
        if (h < hour) {
            hour = h;
            minute = 59;
        }
        const int m = highestAtOrBelow(m_minutes, minute);
        if (m < 0) {
            if (hour == 0) {
                previousDay();
            } else {
                --hour;
                minute = 59;
            }
            continue;
        }
        minute = m;
        const QDateTime trigger(date, QTime(hour, minute), zone);
        const qint64 triggerMs = trigger.toMSecsSinceEpoch();
        if (triggerMs > atMs) {
            // A wall-clock time that maps after `at` (a daylight-saving shift): keep walking.
            if (minute > 0) {
                --minute;
            } else if (hour > 0) {
                --hour;
                minute = 59;
            } else {
                previousDay();
            }
            continue;
        }
        if (triggerMs < earliestMs)
            return {};
        return trigger;
    }
    return {};
}

} // namespace sextant
