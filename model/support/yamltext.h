#pragma once

#include <yaml-cpp/mark.h>

#include <optional>
#include <string>
#include <string_view>

namespace sextant {

namespace yamltext {
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}
inline bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}
inline bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}
} // namespace yamltext

// The bytes of a YAML document as an in-place editor reads them: the offsets of yaml-cpp marks, the
// lines (LF, CRLF or CR), and where scalar tokens and flow collections end. Offsets are in bytes.
class YamlText {
public:
    explicit YamlText(std::string text);

    const std::string &text() const { return m_text; }
    std::size_t size() const { return m_text.size(); }
    // '\0' past the end, so scans stop there.
    char at(std::size_t i) const { return i < m_text.size() ? m_text[i] : '\0'; }
    // yaml-cpp counts positions in bytes, not counting a UTF-8 byte order mark.
    std::size_t offset(const YAML::Mark &mark) const { return std::size_t(mark.pos) + m_markBase; }

    // The first offset of the line holding `i`.
    std::size_t lineStart(std::size_t i) const;
    // The offset of the line break that ends the line holding `i`, or the size.
    std::size_t lineEnd(std::size_t i) const;
    // The offset just after the line break that ends the line holding `i`, or the size.
    std::size_t nextLine(std::size_t i) const;
    // The line break that ends the line holding `i` ("\n" when it is the unterminated last line).
    std::string_view lineBreak(std::size_t i) const;

    // The end of the quoted scalar opening at `start` (after its closing quote); nothing when the
    // closing quote is missing.
    std::optional<std::size_t> quotedEnd(std::size_t start) const;
    // The end of the plain scalar starting at `start` on its line: before a comment, a ": ", the
    // line break or (in flow context) a flow indicator, trailing blanks left out.
    std::size_t plainEnd(std::size_t start, bool flow) const;
    // The offset of the bracket that closes the flow collection opening at `open`, skipping quoted
    // scalars and comments.
    std::optional<std::size_t> closingBracket(std::size_t open) const;

private:
    std::string m_text;
    std::size_t m_markBase;
};

} // namespace sextant
