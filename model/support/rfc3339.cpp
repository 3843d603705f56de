#include "model/support/rfc3339.h"

namespace sextant::support {

namespace {

// Reads N decimal digits at `at` (the caller checked that they are there).
template<int N> inline bool readDigits(const char *at, int &out)
{
    int value = 0;
    for (int i = 0; i < N; ++i) {
        const unsigned digit = unsigned(static_cast<unsigned char>(at[i])) - unsigned('0');
        if (digit > 9)
            return false;
        value = value * 10 + int(digit);
    }
    out = value;
    return true;
}

constexpr qint64 kMsecsPerDay = 86'400'000;

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Days from 1970-01-01 to a valid proleptic Gregorian date of years 0-9999. The year is taken to
// start in March, so that February's leap day ends it: then each month starts at a fixed offset
// ((153 * m + 2) / 5 days after March 1st for month m counted from March), and the leap days
// before a year follow from the year alone.
qint64 daysSinceEpoch(int year, int month, int day)
{
    const int marchYear = (month <= 2 ? year - 1 : year) + 400; // +400 years keeps it positive
    const int marchMonth = month <= 2 ? month + 9 : month - 3;
    const qint64 dayOfYear = (153 * marchMonth + 2) / 5 + day - 1;
    const qint64 days = 365LL * marchYear + marchYear / 4 - marchYear / 100 + marchYear / 400 + dayOfYear;
    constexpr qint64 k400Years = 146'097;
    constexpr qint64 kEpoch = 719'468; // the same count for 1970-01-01 (March-based year 1969)
    return days - k400Years - kEpoch;
}

} // namespace

std::optional<qint64> parseRfc3339(std::string_view text)
{
    // 2026-05-04T10:11:12Z
    // 0123456789012345678
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 20)
        return std::nullopt;
    const char *t = text.data();
    if (!readDigits<4>(t, year) || t[4] != '-' || !readDigits<2>(t + 5, month) || t[7] != '-' ||
        !readDigits<2>(t + 8, day) || (t[10] != 'T' && t[10] != 't') || !readDigits<2>(t + 11, hour) ||
        t[13] != ':' || !readDigits<2>(t + 14, minute) || t[16] != ':' || !readDigits<2>(t + 17, second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    size_t pos = 19;
    int millis = 0;
    if (text[pos] == '.') {
        ++pos;
        const size_t first = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (pos - first < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
        for (size_t n = pos - first; n < 3; ++n)
            millis *= 10;
    }

    int offsetMinutes = 0;
    if (pos >= text.size())
        return std::nullopt;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int offsetHours = 0, offsetMins = 0;
        if (text.size() - pos < 6 || !readDigits<2>(t + pos + 1, offsetHours) || t[pos + 3] != ':' ||
            !readDigits<2>(t + pos + 4, offsetMins) || offsetHours > 23 || offsetMins > 59)
            return std::nullopt;
        offsetMinutes = (offsetHours * 60 + offsetMins) * (text[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    const qint64 days = daysSinceEpoch(year, month, day);
    const qint64 seconds = (qint64(hour) * 60 + minute) * 60 + second - qint64(offsetMinutes) * 60;
    return days * kMsecsPerDay + seconds * 1000 + millis;
}

} // namespace sextant::support
