#pragma once

#include "model/diff/diffdocument.h"
#include "views/diffviewlayout.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QList>
#include <QTextLayout>

namespace sextant::views {

// Syntax highlighting of one side of a DiffDocument, computed lazily: asking
// for a row highlights from the nearest row already done (or the start of its
// segment) up to it, and keeps each row's formats and end state. Scrolling
// therefore highlights only rows never seen; nothing is highlighted twice
// until the theme changes. Segments (hunks) start from a fresh state.
class DiffSyntaxCache : public KSyntaxHighlighting::AbstractHighlighter {
public:
    DiffSyntaxCache();

    // `segmentStarts` ascending, beginning with 0 (see difflayout::segmentStarts).
    void setDocument(const diff::DiffDocument &document, DiffSide side, const QList<int> &segmentStarts);
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // The formats of `row`'s cell on this side; empty for padding.
    const QList<QTextLayout::FormatRange> &formats(int row);

    // How many lines went through the highlighter since the document was set
    // (for tests and benchmarks: proves scrolling does not highlight again).
    int highlightedLines() const { return m_highlighted; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    struct Entry {
        KSyntaxHighlighting::State state; // after this row
        QList<QTextLayout::FormatRange> formats;
        bool done = false;
    };

    void clearFormats();

    QList<diff::DiffRow> m_rows;
    DiffSide m_side = DiffSide::Left;
    QList<int> m_segmentStarts;
    QList<Entry> m_entries;
    QList<QTextLayout::FormatRange> *m_target = nullptr;
    int m_highlighted = 0;
};

} // namespace sextant::views
