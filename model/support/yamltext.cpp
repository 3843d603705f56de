#include "model/support/yamltext.h"

#include <utility>

namespace sextant {

using yamltext::isBreak;
using yamltext::isFlowIndicator;
using yamltext::isSpace;

YamlText::YamlText(std::string text)
    : m_text(std::move(text))
    , m_markBase(std::string_view(m_text).starts_with("\xEF\xBB\xBF") ? 3 : 0)
{}

std::size_t YamlText::lineStart(std::size_t i) const
{
    while (i > 0 && !isBreak(m_text[i - 1]))
        --i;
    return i;
}

std::size_t YamlText::lineEnd(std::size_t i) const
{
    while (i < m_text.size() && !isBreak(m_text[i]))
        ++i;
    return i;
}

std::size_t YamlText::nextLine(std::size_t i) const
{
    const std::size_t end = lineEnd(i);
    if (at(end) == '\r' && at(end + 1) == '\n')
        return end + 2;
    return end < m_text.size() ? end + 1 : end;
}

std::string_view YamlText::lineBreak(std::size_t i) const
{
    const std::size_t end = lineEnd(i);
    return at(end) == '\r' && at(end + 1) == '\n' ? "\r\n" : at(end) == '\r' ? "\r" : "\n";
}

std::optional<std::size_t> YamlText::quotedEnd(std::size_t start) const
{
    const char quote = at(start);
    for (std::size_t i = start + 1; i < m_text.size(); ++i) {
        const char c = at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && at(i + 1) == '\'')
                ++i;
            else
                return i + 1;
        }
    }
    return std::nullopt;
}

std::size_t YamlText::plainEnd(std::size_t start, bool flow) const
{
    std::size_t i = start;
    for (; i < m_text.size(); ++i) {
        const char c = at(i);
        const char next = at(i + 1);
        if (isBreak(c) || (flow && isFlowIndicator(c)))
            break;
        if (c == ':' && (next == '\0' || isSpace(next) || isBreak(next) || (flow && isFlowIndicator(next))))
            break;
        if (c == '#' && i > start && isSpace(at(i - 1)))
            break;
    }
    while (i > start && isSpace(at(i - 1)))
        --i;
    return i;
}

std::optional<std::size_t> YamlText::closingBracket(std::size_t open) const
{
    int depth = 0;
    char previous = '\0'; // the last character that is not blank
    for (std::size_t i = open; i < m_text.size(); ++i) {
        const char c = at(i);
        // A quote opens a quoted scalar only where a scalar can start.
        if ((c == '"' || c == '\'') &&
            (previous == '\0' || std::string_view("{[,:?").find(previous) != std::string_view::npos)) {
            const auto end = quotedEnd(i);
            if (!end)
                return std::nullopt;
            i = *end - 1;
        } else if (c == '#' && i > 0 && (isSpace(at(i - 1)) || isBreak(at(i - 1)))) {
            i = lineEnd(i) - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i;
        }
        if (!isSpace(c) && !isBreak(c))
            previous = c;
    }
    return std::nullopt;
}

} // namespace sextant
