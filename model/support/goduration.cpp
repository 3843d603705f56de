#include "model/support/goduration.h"

#include <QStringView>

#include <cstdint>
#include <limits>
#include <optional>

namespace sextant {
namespace {

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

} // namespace sextant
