#include "views/diffsyntaxcache.h"

#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace sextant::views {

DiffSyntaxCache::DiffSyntaxCache()
{
    setDefinition(syntaxRepository().definitionForName(QStringLiteral("YAML")));
}

void DiffSyntaxCache::setDocument(const diff::DiffDocument &document, DiffSide side,
                                  const QList<int> &segmentStarts)
{
    m_rows = document.rows;
    m_side = side;
    m_segmentStarts = segmentStarts.isEmpty() ? QList<int>{0} : segmentStarts;
    m_entries = QList<Entry>(m_rows.size());
    m_highlighted = 0;
}

void DiffSyntaxCache::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    clearFormats();
}

void DiffSyntaxCache::clearFormats()
{
    // States do not depend on the theme, but formats do; redo both lazily.
    for (Entry &entry : m_entries)
        entry = Entry();
}

const QList<QTextLayout::FormatRange> &DiffSyntaxCache::formats(int row)
{
    Entry &wanted = m_entries[row];
    if (wanted.done)
        return wanted.formats;
    const auto segment = std::upper_bound(m_segmentStarts.cbegin(), m_segmentStarts.cend(), row);
    const int segmentStart = segment == m_segmentStarts.cbegin() ? 0 : *std::prev(segment);
    int first = row;
    while (first > segmentStart && !m_entries[first - 1].done)
        --first;
    KSyntaxHighlighting::State state =
        first > segmentStart ? m_entries[first - 1].state : KSyntaxHighlighting::State();
    for (int r = first; r <= row; ++r) {
        const diff::DiffLine &line = m_side == DiffSide::Left ? m_rows[r].left : m_rows[r].right;
        Entry &entry = m_entries[r];
        if (line.kind != diff::LineKind::Padding) {
            m_target = &entry.formats;
            state = highlightLine(line.text, state);
            m_target = nullptr;
            ++m_highlighted;
        }
        entry.state = state;
        entry.done = true;
    }
    return wanted.formats;
}

void DiffSyntaxCache::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_target || length <= 0)
        return;
    const KSyntaxHighlighting::Theme t = theme();
    QTextCharFormat textFormat;
    // Backgrounds are left out: the diff paints its own, and they must stay readable.
    if (format.hasTextColor(t))
        textFormat.setForeground(format.textColor(t));
    if (format.isBold(t))
        textFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        textFormat.setFontItalic(true);
    if (format.isUnderline(t))
        textFormat.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        textFormat.setFontStrikeOut(true);
    if (!textFormat.isEmpty())
        m_target->append(QTextLayout::FormatRange{offset, length, textFormat});
}

} // namespace sextant::views
