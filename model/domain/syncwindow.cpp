#include "model/domain/syncwindow.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <limits>
#include <optional>

namespace sextant {
namespace {

// ---------------------------------------------------------------------------------------------
// Go durations.

Error durationError(const QString &kind, const QString &text)
{
    return Error{QStringLiteral("time: %1 \"%2\"").arg(kind, text)};
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

constexpr std::uint64_t kMaxDurationNs = std::uint64_t(1) << 63; // |math.MinInt64|

std::optional<std::uint64_t> unitNanoseconds(QStringView unit)
{
    if (unit == u"ns")
        return 1;
    if (unit == u"us" || unit == u"\u00B5s" || unit == u"\u03BCs")
        return 1'000;
    if (unit == u"ms")
        return 1'000'000;
    if (unit == u"s")
        return 1'000'000'000;
    if (unit == u"m")
        return 60ULL * 1'000'000'000;
    if (unit == u"h")
        return 3600ULL * 1'000'000'000;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Cron fields.

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

QTimeZone zoneFor(const QString &id)
{
    if (id.isEmpty() || id == u"UTC")
        return QTimeZone(QTimeZone::UTC);
    thread_local QHash<QString, QTimeZone> cache;
    const auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC); // as Argo CD: an unknown zone is read as UTC
    if (cache.size() > 256)
        cache.clear();
    cache.insert(id, zone);
    return zone;
}

struct ParsedWindow {
    CronSchedule schedule;
    std::chrono::seconds duration;
};

Result<ParsedWindow> parseWindow(const SyncWindow &window)
{
    auto schedule = CronSchedule::parse(window.schedule);
    if (!schedule)
        return schedule.error();
    const auto duration = parseGoDuration(window.duration);
    if (!duration)
        return Error{
            QStringLiteral("cannot parse duration \"%1\": %2").arg(window.duration, duration.errorMessage())};
    return ParsedWindow{*schedule, *duration};
}

bool isActive(const ParsedWindow &parsed, const SyncWindow &window, const QDateTime &now)
{
    if (parsed.duration.count() <= 0 || !now.isValid())
        return false;
    const QDateTime trigger = parsed.schedule.latestTrigger(now, zoneFor(window.timeZone), parsed.duration);
    if (!trigger.isValid())
        return false;
    const qint64 endMs = trigger.toMSecsSinceEpoch() + qint64(parsed.duration.count()) * 1000;
    return now.toMSecsSinceEpoch() < endMs;
}

// ---------------------------------------------------------------------------------------------
// Globs (the subset of gobwas/glob that Argo CD users write).

struct GlobToken {
    enum Kind { Literal, AnyChar, AnyString, Class } kind = Literal;
    QChar literal;
    bool negated = false;
    QList<std::pair<QChar, QChar>> ranges;

    bool matches(QChar c) const
    {
        switch (kind) {
        case Literal: return c == literal;
        case AnyChar: return true;
        case Class: {
            bool in = false;
            for (const auto &[low, high] : ranges)
                in = in || (c >= low && c <= high);
            return in != negated;
        }
        case AnyString: break;
        }
        return false;
    }
};

// An invalid pattern (an unclosed '[', a trailing '\') gives nullopt: it matches nothing.
std::optional<QList<GlobToken>> compileGlob(QStringView pattern)
{
    QList<GlobToken> tokens;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        GlobToken token;
        if (c == u'*') {
            token.kind = GlobToken::AnyString;
            if (!tokens.isEmpty() && tokens.constLast().kind == GlobToken::AnyString)
                continue;
        } else if (c == u'?') {
            token.kind = GlobToken::AnyChar;
        } else if (c == u'\\') {
            if (++i >= pattern.size())
                return std::nullopt;
            token.literal = pattern[i];
        } else if (c == u'[') {
            token.kind = GlobToken::Class;
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern[j] == u'!') {
                token.negated = true;
                ++j;
            }
            bool closed = false;
            while (j < pattern.size()) {
                QChar low = pattern[j];
                if (low == u']') {
                    closed = true;
                    break;
                }
                if (low == u'\\' && j + 1 < pattern.size())
                    low = pattern[++j];
                QChar high = low;
                if (j + 2 < pattern.size() && pattern[j + 1] == u'-' && pattern[j + 2] != u']') {
                    high = pattern[j + 2];
                    j += 2;
                }
                token.ranges.append({low, high});
                ++j;
            }
            if (!closed || token.ranges.isEmpty())
                return std::nullopt;
            i = j;
        } else {
            token.literal = c;
        }
        tokens.append(token);
    }
    return tokens;
}

bool globMatch(const QString &pattern, const QString &value)
{
    if (pattern == u"*")
        return true;
    const auto tokens = compileGlob(pattern);
    if (!tokens)
        return false;
    // Greedy matching with backtracking to the last '*'.
    qsizetype t = 0;
    qsizetype v = 0;
    qsizetype starToken = -1;
    qsizetype starValue = 0;
    while (v < value.size()) {
        if (t < tokens->size() && tokens->at(t).kind == GlobToken::AnyString) {
            starToken = t++;
            starValue = v;
        } else if (t < tokens->size() && tokens->at(t).matches(value[v])) {
            ++t;
            ++v;
        } else if (starToken >= 0) {
            t = starToken + 1;
            v = ++starValue;
        } else {
            return false;
        }
    }
    while (t < tokens->size() && tokens->at(t).kind == GlobToken::AnyString)
        ++t;
    return t == tokens->size();
}

bool anyGlob(const QStringList &patterns, const QString &value)
{
    for (const QString &pattern : patterns) {
        if (globMatch(pattern, value))
            return true;
    }
    return false;
}

QString describeWindow(const SyncWindow &window)
{
    QString text =
        QStringLiteral("%1 window \"%2\" for %3").arg(window.kind, window.schedule, window.duration);
    if (!window.timeZone.isEmpty())
        text += QStringLiteral(" (%1)").arg(window.timeZone);
    if (!window.description.isEmpty())
        text += QStringLiteral(": %1").arg(window.description);
    return text;
}

QString describeWindows(const QList<SyncWindow> &windows)
{
    if (windows.isEmpty())
        return {};
    QString text = describeWindow(windows.constFirst());
    if (windows.size() > 1)
        text += QStringLiteral(" and %1 more").arg(windows.size() - 1);
    return text;
}

bool allManual(const QList<SyncWindow> &windows)
{
    for (const SyncWindow &window : windows) {
        if (!window.manualSync)
            return false;
    }
    return !windows.isEmpty();
}

} // namespace

Result<std::chrono::seconds> parseGoDuration(const QString &text)
{
    QStringView s = text;
    bool negative = false;
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'+')) {
        negative = s.front() == u'-';
        s = s.sliced(1);
    }
    if (s == u"0")
        return std::chrono::seconds(0);
    if (s.isEmpty())
        return durationError(QStringLiteral("invalid duration"), text);
    std::uint64_t total = 0;
    while (!s.isEmpty()) {
        if (!(s.front() == u'.' || isAsciiDigit(s.front())))
            return durationError(QStringLiteral("invalid duration"), text);
        // The integer part.
        std::uint64_t whole = 0;
        qsizetype i = 0;
        for (; i < s.size() && isAsciiDigit(s[i]); ++i) {
            if (whole > (std::numeric_limits<std::uint64_t>::max() - 9) / 10)
                return durationError(QStringLiteral("invalid duration"), text);
            whole = whole * 10 + std::uint64_t(s[i].unicode() - u'0');
        }
        const bool pre = i > 0;
        s = s.sliced(i);
        // The fraction.
        std::uint64_t fraction = 0;
        double scale = 1;
        bool post = false;
        if (!s.isEmpty() && s.front() == u'.') {
            s = s.sliced(1);
            bool overflow = false;
            for (i = 0; i < s.size() && isAsciiDigit(s[i]); ++i) {
                if (overflow)
                    continue;
                if (fraction > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
                    overflow = true;
                    continue;
                }
                fraction = fraction * 10 + std::uint64_t(s[i].unicode() - u'0');
                scale *= 10;
            }
            post = i > 0;
            s = s.sliced(i);
        }
        if (!pre && !post)
            return durationError(QStringLiteral("invalid duration"), text);
        // The unit.
        for (i = 0; i < s.size() && s[i] != u'.' && !isAsciiDigit(s[i]); ++i) {
        }
        if (i == 0)
            return durationError(QStringLiteral("missing unit in duration"), text);
        const QStringView unitText = s.first(i);
        s = s.sliced(i);
        const auto unit = unitNanoseconds(unitText);
        if (!unit)
            return Error{QStringLiteral("time: unknown unit \"%1\" in duration \"%2\"").arg(unitText, text)};
        if (whole > kMaxDurationNs / *unit)
            return durationError(QStringLiteral("invalid duration"), text);
        whole *= *unit;
        if (fraction > 0) {
            whole += std::uint64_t(double(fraction) * (double(*unit) / scale));
            if (whole > kMaxDurationNs)
                return durationError(QStringLiteral("invalid duration"), text);
        }
        total += whole;
        if (total > kMaxDurationNs)
            return durationError(QStringLiteral("invalid duration"), text);
    }
    if (!negative && total > kMaxDurationNs - 1)
        return durationError(QStringLiteral("invalid duration"), text);
    const auto seconds = std::int64_t(total / 1'000'000'000);
    return std::chrono::seconds(negative ? -seconds : seconds);
}

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

bool isActive(const SyncWindow &window, const QDateTime &now)
{
    const auto parsed = parseWindow(window);
    return parsed && isActive(*parsed, window, now);
}

QList<SyncWindow> activeWindows(const QList<SyncWindow> &windows, const QDateTime &now)
{
    QList<SyncWindow> active;
    for (const SyncWindow &window : windows) {
        if (isActive(window, now))
            active.append(window);
    }
    return active;
}

bool windowMatches(const SyncWindow &window, const SyncWindowTarget &target)
{
    const bool hasApps = !window.applications.isEmpty();
    const bool hasClusters = !window.clusters.isEmpty();
    const bool hasNamespaces = !window.namespaces.isEmpty();
    if (!hasApps && !hasClusters && !hasNamespaces)
        return false;
    const auto appMatch = [&] { return anyGlob(window.applications, target.application); };
    const auto clusterMatch = [&] {
        for (const QString &pattern : window.clusters) {
            if ((!target.clusterName.isEmpty() && globMatch(pattern, target.clusterName)) ||
                (!target.clusterServer.isEmpty() && globMatch(pattern, target.clusterServer)))
                return true;
        }
        return false;
    };
    const auto namespaceMatch = [&] { return anyGlob(window.namespaces, target.namespace_); };
    if (window.andOperator)
        return (!hasApps || appMatch()) && (!hasClusters || clusterMatch()) &&
               (!hasNamespaces || namespaceMatch());
    return (hasApps && appMatch()) || (hasClusters && clusterMatch()) || (hasNamespaces && namespaceMatch());
}

SyncDecision canSync(const QList<SyncWindow> &windows, const SyncWindowTarget &target, bool manual,
                     const QDateTime &now)
{
    QList<SyncWindow> activeDeny;
    QList<SyncWindow> activeAllow;
    QList<SyncWindow> allows;
    bool anyMatching = false;
    for (const SyncWindow &window : windows) {
        if (!windowMatches(window, target))
            continue;
        anyMatching = true;
        const auto parsed = parseWindow(window);
        if (!parsed)
            return {false, QStringLiteral("invalid sync window (%1): %2")
                               .arg(describeWindow(window), parsed.errorMessage())};
        const bool active = isActive(*parsed, window, now);
        if (window.kind == u"deny" && active)
            activeDeny.append(window);
        if (window.kind == u"allow") {
            allows.append(window);
            if (active)
                activeAllow.append(window);
        }
    }
    if (!anyMatching)
        return {true, QStringLiteral("no sync window applies")};
    if (!activeDeny.isEmpty()) {
        if (manual && allManual(activeDeny))
            return {
                true,
                QStringLiteral("manual sync permitted by the active %1").arg(describeWindows(activeDeny))};
        return {false, QStringLiteral("blocked by the active %1").arg(describeWindows(activeDeny))};
    }
    if (!activeAllow.isEmpty())
        return {true, QStringLiteral("inside the %1").arg(describeWindows(activeAllow))};
    if (!allows.isEmpty()) {
        if (manual && allManual(allows))
            return {
                true,
                QStringLiteral("outside the %1, which permits manual syncs").arg(describeWindows(allows))};
        return {false, QStringLiteral("blocked: outside the %1").arg(describeWindows(allows))};
    }
    return {true, QStringLiteral("no sync window is active")};
}

} // namespace sextant
