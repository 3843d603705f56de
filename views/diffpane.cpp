#include "views/diffpane.h"

#include "views/diffsyntaxcache.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLine>

#include <algorithm>

namespace sextant::views {

using diff::LineKind;

namespace {

constexpr int BarWidth = 4; // current-change bar at the gutter's left edge
constexpr int GutterPadding = 6;
constexpr int TextMargin = 6; // between gutter and text

quint64 layoutKey(const DiffDisplayLine &line)
{
    return (quint64(line.row) << 1) | (line.side == DiffSide::Right ? 1 : 0);
}

} // namespace

DiffPane::DiffPane(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::IBeamCursor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // both panes keep the same text width
    setColors(DiffColors::fromPalette(palette()));
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_revealColumn = -1; });
}

DiffPane::~DiffPane() = default;

void DiffPane::setContent(Mode mode, Content content, int topLine)
{
    m_mode = mode;
    m_content = std::move(content);
    m_layouts.clear();
    m_anchor = m_cursor = Position();
    m_selecting = false;
    m_pressedFold = -1;
    m_revealColumn = -1;
    updateScrollBars();
    verticalScrollBar()->setValue(topLine);
    viewport()->update();
}

void DiffPane::setColors(const DiffColors &colors)
{
    m_colors = colors;
    viewport()->update();
}

void DiffPane::invalidateLayouts()
{
    m_layouts.clear();
    updateScrollBars();
    viewport()->update();
}

void DiffPane::setCurrentChange(int firstRow, int rowCount)
{
    m_changeFirstRow = firstRow;
    m_changeRowCount = rowCount;
    viewport()->update();
}

int DiffPane::lineHeight() const
{
    return fontMetrics().lineSpacing() + 2;
}

int DiffPane::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int DiffPane::visibleLineCount() const
{
    return std::max(1, viewport()->height() / lineHeight());
}

void DiffPane::scrollToLine(int line)
{
    verticalScrollBar()->setValue(line);
}

void DiffPane::revealColumn(int column)
{
    m_revealColumn = column;
    const int charWidth = fontMetrics().horizontalAdvance(u'0');
    const int end = TextMargin + (column + 2) * charWidth;
    const int available = std::max(0, viewport()->width() - textLeft());
    QScrollBar *bar = horizontalScrollBar();
    if (end <= available)
        bar->setValue(0);
    else if (end > bar->value() + available || end - available / 2 < bar->value())
        bar->setValue(end - available + 4 * charWidth);
}

int DiffPane::lineAt(const QPoint &viewportPos) const
{
    const int line = firstVisibleLine() + viewportPos.y() / lineHeight();
    return viewportPos.y() >= 0 && line < m_content.lines.size() ? line : -1;
}

int DiffPane::gutterWidth() const
{
    const int digits = fontMetrics().horizontalAdvance(QString(m_content.numberDigits, u'0'));
    if (m_mode == Mode::Unified)
        return BarWidth + GutterPadding + digits + GutterPadding + digits + GutterPadding +
               fontMetrics().horizontalAdvance(u'+') + GutterPadding;
    return BarWidth + GutterPadding + digits + GutterPadding;
}

int DiffPane::textLeft() const
{
    return gutterWidth() + TextMargin;
}

void DiffPane::updateScrollBars()
{
    QScrollBar *vertical = verticalScrollBar();
    const int page = visibleLineCount();
    vertical->setRange(0, std::max(0, int(m_content.lines.size()) - page));
    vertical->setPageStep(page);
    vertical->setSingleStep(1);
    const int textWidth = m_content.maxColumns * fontMetrics().horizontalAdvance(u'0') + TextMargin * 2;
    QScrollBar *horizontal = horizontalScrollBar();
    const int available = std::max(0, viewport()->width() - textLeft());
    horizontal->setRange(0, std::max(0, textWidth - available));
    horizontal->setPageStep(available);
    horizontal->setSingleStep(fontMetrics().horizontalAdvance(u'0') * 2);
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_revealColumn >= 0)
        revealColumn(m_revealColumn);
}

void DiffPane::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        invalidateLayouts();
}

const diff::DiffLine &DiffPane::cellOf(const DiffDisplayLine &line) const
{
    return difflayout::cell(*m_content.document, line);
}

QTextLayout *DiffPane::layoutFor(const DiffDisplayLine &line)
{
    const quint64 key = layoutKey(line);
    if (auto it = m_layouts.find(key); it != m_layouts.end())
        return it->second.get();
    DiffSyntaxCache *syntax = line.side == DiffSide::Left ? m_content.leftSyntax : m_content.rightSyntax;
    auto layout = std::make_unique<QTextLayout>(cellOf(line).text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    if (syntax)
        layout->setFormats(syntax->formats(line.row));
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine textLine = layout->createLine();
    textLine.setLeadingIncluded(false);
    layout->endLayout();
    return m_layouts.emplace(key, std::move(layout)).first->second.get();
}

QColor DiffPane::lineBackground(const DiffDisplayLine &line, const diff::DiffLine &cell) const
{
    switch (cell.kind) {
    case LineKind::Added: return m_colors.addedLine;
    case LineKind::Removed: return m_colors.removedLine;
    case LineKind::Changed: return line.side == DiffSide::Left ? m_colors.removedLine : m_colors.addedLine;
    case LineKind::Context:
    case LineKind::Padding: break;
    }
    return QColor();
}

void DiffPane::scrollContentsBy(int dx, int dy)
{
    // Vertical steps move the pixels already painted and paint only the rows
    // that came into view; a horizontal move leaves the gutter, so paint all.
    if (dx != 0 || std::abs(dy) >= visibleLineCount())
        viewport()->update();
    else
        viewport()->scroll(0, dy * lineHeight());
}

void DiffPane::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.fillRect(dirty, m_colors.base);
    if (!m_content.document)
        return;
    const int height = lineHeight();
    const int top = firstVisibleLine();
    const int first = top + std::max(0, dirty.top()) / height;
    const int last = std::min(int(m_content.lines.size()), top + dirty.bottom() / height + 1);
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, dirty.top(), gutter, dirty.height()), m_colors.gutter);
    const QRect textArea(gutter, 0, viewport()->width() - gutter, viewport()->height());
    for (int i = first; i < last; ++i) {
        const int y = (i - top) * height;
        if (m_content.lines[i].isFold())
            paintFold(painter, i, y);
        else
            paintLine(painter, i, y, textArea);
    }
    painter.setPen(m_colors.gutterText);
    painter.setOpacity(0.35);
    painter.drawLine(gutter - 1, dirty.top(), gutter - 1, dirty.bottom());
    const int lastVisible = std::min(int(m_content.lines.size()), top + visibleLineCount() + 1);
    if (lastVisible > top)
        evictLayouts(m_content.lines[top].row, m_content.lines[lastVisible - 1].row);
}

void DiffPane::evictLayouts(int firstRow, int lastRow)
{
    // Keep a few pages around the visible rows, so scrolling back and forth
    // reuses them, and drop the rest a little at a time (never all at once,
    // which would stall one frame).
    const int page = visibleLineCount();
    if (m_layouts.size() < std::size_t(page) * 12)
        return;
    const int keepFrom = firstRow - page * 3;
    const int keepTo = lastRow + page * 3;
    std::erase_if(m_layouts, [&](const auto &entry) {
        const int row = int(entry.first >> 1);
        return row < keepFrom || row > keepTo;
    });
}

void DiffPane::paintLine(QPainter &painter, int index, int y, const QRect &textArea)
{
    const DiffDisplayLine &line = m_content.lines[index];
    const diff::DiffLine &cell = cellOf(line);
    const int height = lineHeight();
    const QRect rowRect(0, y, viewport()->width(), height);
    if (cell.kind == LineKind::Padding) {
        painter.fillRect(rowRect.adjusted(gutterWidth(), 0, 0, 0),
                         QBrush(m_colors.padding, Qt::BDiagPattern));
        paintGutter(painter, index, y);
        return;
    }
    if (const QColor background = lineBackground(line, cell); background.isValid())
        painter.fillRect(rowRect, background);
    paintGutter(painter, index, y);

    QTextLayout *layout = layoutFor(line);
    const QTextLine textLine = layout->lineAt(0);
    const qreal x = textLeft() - horizontalScrollBar()->value();
    const qreal baselineY = y + (height - textLine.height()) / 2;
    painter.save();
    painter.setClipRect(textArea);
    if (cell.kind == LineKind::Changed) {
        const QColor word = line.side == DiffSide::Left ? m_colors.removedWord : m_colors.addedWord;
        for (const diff::Span &span : cell.spans) {
            const qreal x1 = textLine.cursorToX(span.start);
            const qreal x2 = textLine.cursorToX(span.start + span.length);
            painter.fillRect(QRectF(x + x1, y + 1, std::max(x2 - x1, 2.0), height - 2), word);
        }
    }
    QList<QTextLayout::FormatRange> selections;
    if (hasSelection()) {
        const auto [from, to] = orderedSelection();
        if (index >= from.line && index <= to.line) {
            const int start = index == from.line ? from.column : 0;
            const int end = index == to.line ? to.column : int(cell.text.size());
            if (end > start) {
                QTextCharFormat format;
                format.setBackground(m_colors.selection);
                selections.append(QTextLayout::FormatRange{start, end - start, format});
            }
            if (index < to.line) // the line break is selected too
                painter.fillRect(
                    QRectF(x + textLine.naturalTextWidth(), y, fontMetrics().horizontalAdvance(u' '), height),
                    m_colors.selection);
        }
    }
    painter.setPen(m_colors.text);
    layout->draw(&painter, QPointF(x, baselineY), selections);
    painter.restore();
}

void DiffPane::paintGutter(QPainter &painter, int index, int y)
{
    const DiffDisplayLine &line = m_content.lines[index];
    const diff::DiffRow &row = m_content.document->rows[line.row];
    const diff::DiffLine &cell = cellOf(line);
    const int height = lineHeight();
    const QFontMetrics metrics = fontMetrics();
    const int digits = metrics.horizontalAdvance(QString(m_content.numberDigits, u'0'));
    const bool inCurrentChange =
        line.row >= m_changeFirstRow && line.row < m_changeFirstRow + m_changeRowCount;
    if (inCurrentChange)
        painter.fillRect(QRect(0, y, BarWidth, height), m_colors.currentChange);
    painter.setPen(m_colors.gutterText);
    const auto number = [&](int value, int left) {
        if (value > 0)
            painter.drawText(QRect(left, y, digits, height), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(value));
    };
    int left = BarWidth + GutterPadding;
    if (m_mode == Mode::Column) {
        number(cell.number, left);
        return;
    }
    const bool context = cell.kind == LineKind::Context;
    number(line.side == DiffSide::Left || context ? row.left.number : 0, left);
    left += digits + GutterPadding;
    number(line.side == DiffSide::Right || context ? row.right.number : 0, left);
    left += digits + GutterPadding;
    if (!context) {
        painter.setPen(line.side == DiffSide::Left ? m_colors.removedMarker : m_colors.addedMarker);
        painter.drawText(QRect(left, y, metrics.horizontalAdvance(u'+'), height), Qt::AlignCenter,
                         line.side == DiffSide::Left ? QStringLiteral("−") : QStringLiteral("+"));
    }
}

void DiffPane::paintFold(QPainter &painter, int index, int y)
{
    const DiffDisplayLine &line = m_content.lines[index];
    const DiffFold &fold = (*m_content.folds)[line.fold];
    const int height = lineHeight();
    const QRect rowRect(0, y, viewport()->width(), height);
    painter.fillRect(rowRect, m_colors.fold);
    if (hasSelection()) {
        const auto [from, to] = orderedSelection();
        if (index >= from.line && index < to.line)
            painter.fillRect(rowRect.adjusted(gutterWidth(), 0, 0, 0), m_colors.selection);
    }
    painter.setPen(m_colors.foldText);
    const QString label = tr("⋯ %n unchanged line(s) — click to show", nullptr, fold.rowCount);
    QFont font = painter.font();
    font.setItalic(true);
    painter.save();
    painter.setFont(font);
    painter.drawText(QRect(textLeft(), y, viewport()->width() - textLeft(), height),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.restore();
}

DiffPane::Position DiffPane::positionAt(const QPoint &viewportPos)
{
    const int count = int(m_content.lines.size());
    if (count == 0)
        return Position();
    int line = firstVisibleLine() + viewportPos.y() / lineHeight();
    if (viewportPos.y() < 0)
        line = firstVisibleLine() - 1;
    line = std::clamp(line, 0, count - 1);
    const DiffDisplayLine &display = m_content.lines[line];
    if (display.isFold() || cellOf(display).kind == LineKind::Padding)
        return Position{line, 0};
    const QTextLine textLine = layoutFor(display)->lineAt(0);
    const qreal x = viewportPos.x() - textLeft() + horizontalScrollBar()->value();
    return Position{line, textLine.xToCursor(std::max<qreal>(x, 0))};
}

std::pair<DiffPane::Position, DiffPane::Position> DiffPane::orderedSelection() const
{
    return m_anchor < m_cursor ? std::pair{m_anchor, m_cursor} : std::pair{m_cursor, m_anchor};
}

bool DiffPane::hasSelection() const
{
    return m_anchor != m_cursor;
}

QString DiffPane::selectedText() const
{
    if (!hasSelection() || !m_content.document)
        return QString();
    const auto [from, to] = orderedSelection();
    return difflayout::text(*m_content.document, *m_content.folds, m_content.lines, from.line, from.column,
                            to.line, to.column);
}

void DiffPane::selectAll()
{
    if (m_content.lines.isEmpty())
        return;
    const int last = int(m_content.lines.size()) - 1;
    m_anchor = Position{0, 0};
    const DiffDisplayLine &line = m_content.lines[last];
    m_cursor = Position{last, line.isFold() ? 0 : int(cellOf(line).text.size())};
    if (line.isFold()) // a fold copies whole: end past it
        m_cursor = Position{last, 1};
    emit selectionStarted();
    viewport()->update();
}

void DiffPane::clearSelection()
{
    if (!hasSelection())
        return;
    m_anchor = m_cursor = Position();
    viewport()->update();
}

void DiffPane::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DiffPane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_content.document)
        return QAbstractScrollArea::mousePressEvent(event);
    const int line = lineAt(event->position().toPoint());
    if (line >= 0 && m_content.lines[line].isFold()) {
        m_pressedFold = m_content.lines[line].fold;
        return;
    }
    const Position position = positionAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = position;
    m_cursor = position;
    m_selecting = true;
    emit selectionStarted();
    viewport()->update();
}

void DiffPane::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int line = lineAt(pos);
    const bool overFold = line >= 0 && m_content.lines[line].isFold();
    viewport()->setCursor(overFold && !m_selecting ? Qt::PointingHandCursor : Qt::IBeamCursor);
    if (!m_selecting)
        return;
    if (pos.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (pos.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_cursor = positionAt(pos);
    viewport()->update();
}

void DiffPane::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    if (m_pressedFold >= 0) {
        const int line = lineAt(event->position().toPoint());
        const int fold = m_pressedFold;
        m_pressedFold = -1;
        if (line >= 0 && m_content.lines[line].fold == fold)
            emit foldClicked(fold);
        return;
    }
    m_selecting = false;
}

void DiffPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Selects the word under the pointer, as editors do.
    const Position position = positionAt(event->position().toPoint());
    if (position.line >= m_content.lines.size() || m_content.lines[position.line].isFold())
        return;
    const QString &text = cellOf(m_content.lines[position.line]).text;
    const auto isWord = [&](int i) {
        return text[i].isLetterOrNumber() || text[i] == u'_' || text[i] == u'-';
    };
    int start = position.column;
    int end = position.column;
    while (start > 0 && isWord(start - 1))
        --start;
    while (end < text.size() && isWord(end))
        ++end;
    m_anchor = Position{position.line, start};
    m_cursor = Position{position.line, end};
    emit selectionStarted();
    viewport()->update();
}

void DiffPane::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument)) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace sextant::views
