#include "model/support/yamlscalars.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace sextant {
namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isOctalDigit(char c)
{
    return c >= '0' && c <= '7';
}
bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

template<typename Pred> bool allOf(std::string_view s, Pred pred)
{
    for (char c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

// Digits of `digits` in `base` accumulated into a double, for integers beyond qint64.
double bigInteger(std::string_view digits, int base)
{
    double value = 0;
    for (char c : digits) {
        const int d = isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        value = value * base + d;
    }
    return value;
}

// An integer beyond qint64 as a double; beyond double it stays text.
std::optional<QJsonValue> bigIntegerValue(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return QJsonValue(value);
}

// The power of ten of the first significant digit of an unsigned decimal number such as
// "0.0012e5" (here 2), saturating; 0 when there is no significant digit.
long long decimalMagnitude(std::string_view number)
{
    long long position = 0; // power of ten of the digit being read, relative to the point
    const std::size_t point = number.find('.');
    const std::size_t mantissaEnd = std::min(number.find_first_of("eE"), number.size());
    const std::size_t intDigits = std::min(point, mantissaEnd);
    std::optional<long long> first;
    for (std::size_t i = 0; i < mantissaEnd && !first; ++i) {
        if (i == point)
            continue;
        position = i < point ? static_cast<long long>(intDigits - i) - 1 : -static_cast<long long>(i - point);
        if (number[i] != '0')
            first = position;
    }
    if (!first)
        return 0;
    long long exponent = 0;
    bool negativeExponent = false;
    for (std::size_t i = mantissaEnd + 1; i < number.size(); ++i) {
        if (number[i] == '-')
            negativeExponent = true;
        else if (isDigit(number[i]) && exponent < 1'000'000'000)
            exponent = exponent * 10 + (number[i] - '0');
    }
    return *first + (negativeExponent ? -exponent : exponent);
}

} // namespace

bool isYamlNull(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::optional<bool> yamlBool(std::string_view s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

std::optional<QJsonValue> yamlInteger(std::string_view s)
{
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
        const int base = s[1] == 'o' ? 8 : 16;
        const std::string_view digits = s.substr(2);
        if (!allOf(digits, base == 8 ? isOctalDigit : isHexDigit))
            return std::nullopt;
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
        if (ec == std::errc::result_out_of_range)
            return bigIntegerValue(bigInteger(digits, base));
        if (ec != std::errc() || ptr != digits.data() + digits.size())
            return std::nullopt;
        return QJsonValue(value);
    }
    std::string_view digits = s;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    if (digits.empty() || !allOf(digits, isDigit))
        return std::nullopt;
    // from_chars takes a '-' but no '+'.
    const std::string_view signedDigits = negative ? s : digits;
    qint64 value = 0;
    const auto [ptr, ec] =
        std::from_chars(signedDigits.data(), signedDigits.data() + signedDigits.size(), value, 10);
    if (ec == std::errc::result_out_of_range)
        return bigIntegerValue(negative ? -bigInteger(digits, 10) : bigInteger(digits, 10));
    if (ec != std::errc())
        return std::nullopt;
    return QJsonValue(value);
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
std::optional<double> yamlFloat(std::string_view s)
{
    std::string_view rest = s;
    bool negative = false;
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) {
        negative = rest[0] == '-';
        rest.remove_prefix(1);
    }
    const std::string_view number = rest;
    std::size_t i = 0;
    std::size_t intDigits = 0;
    while (i < rest.size() && isDigit(rest[i])) {
        ++i;
        ++intDigits;
    }
    std::size_t fracDigits = 0;
    if (i < rest.size() && rest[i] == '.') {
        ++i;
        while (i < rest.size() && isDigit(rest[i])) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    if (i < rest.size() && (rest[i] == 'e' || rest[i] == 'E')) {
        ++i;
        if (i < rest.size() && (rest[i] == '-' || rest[i] == '+'))
            ++i;
        std::size_t expDigits = 0;
        while (i < rest.size() && isDigit(rest[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
    }
    if (i != rest.size())
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ptr != number.data() + number.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves `value` alone then: an overflow (1e400) is not representable in
        // JSON and stays text, an underflow (1e-400) is zero.
        if (decimalMagnitude(number) > 0)
            return std::nullopt;
        value = 0;
    }
    return negative ? -value : value;
}

QJsonValue resolveYamlPlain(const std::string &text)
{
    if (isYamlNull(text))
        return QJsonValue(QJsonValue::Null);
    if (const auto b = yamlBool(text))
        return QJsonValue(*b);
    if (auto i = yamlInteger(text))
        return *i;
    if (const auto f = yamlFloat(text))
        return QJsonValue(*f);
    return QJsonValue(fromStd(text));
}

} // namespace sextant
