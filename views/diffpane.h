#pragma once

#include "views/diffcolors.h"
#include "views/diffviewlayout.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QTextLayout>

#include <memory>
#include <unordered_map>

namespace sextant::views {

class DiffSyntaxCache;

// One read-only column of a DiffView (or the single column of unified mode),
// painted directly: only the rows in sight are laid out, each from the syntax
// cache, so a 20,000-line document costs what its visible rows cost. The
// vertical scroll bar counts lines, which keeps two panes with the same lines
// in step by value. The DiffView owns the document, folds and caches.
class DiffPane : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class Mode { Column, Unified };

    explicit DiffPane(QWidget *parent = nullptr);
    ~DiffPane() override;

    struct Content {
        const diff::DiffDocument *document = nullptr;
        const QList<DiffFold> *folds = nullptr;
        QList<DiffDisplayLine> lines;
        DiffSyntaxCache *leftSyntax = nullptr;
        DiffSyntaxCache *rightSyntax = nullptr;
        int maxColumns = 0;   // longest text, in characters (horizontal range)
        int numberDigits = 1; // width of the line numbers
    };
    // Replaces what is shown; keeps the first visible line at `topLine`.
    void setContent(Mode mode, Content content, int topLine);
    Mode mode() const { return m_mode; }
    const QList<DiffDisplayLine> &lines() const { return m_content.lines; }

    void setColors(const DiffColors &colors);
    // Drops laid-out rows (the syntax formats or the font changed).
    void invalidateLayouts();
    // The rows of the change F7 went to get a bar in the gutter.
    void setCurrentChange(int firstRow, int rowCount);

    int lineHeight() const;
    int firstVisibleLine() const;
    int visibleLineCount() const; // whole lines that fit
    void scrollToLine(int line);
    // Scrolls horizontally so text up to `column` is in sight (back to the
    // start when the whole of it fits).
    void revealColumn(int column);
    int lineAt(const QPoint &viewportPos) const; // -1 below the last line

    bool hasSelection() const;
    QString selectedText() const;
    void selectAll();
    void clearSelection();
    void copy() const;

signals:
    void foldClicked(int fold);
    void selectionStarted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Position {
        int line = 0;
        int column = 0;
        auto operator<=>(const Position &) const = default;
    };

    void updateScrollBars();
    int gutterWidth() const;
    int textLeft() const; // viewport x of column 0 at scroll 0
    QTextLayout *layoutFor(const DiffDisplayLine &line);
    void evictLayouts(int firstRow, int lastRow);
    const diff::DiffLine &cellOf(const DiffDisplayLine &line) const;
    QColor lineBackground(const DiffDisplayLine &line, const diff::DiffLine &cell) const;
    void paintLine(QPainter &painter, int index, int y, const QRect &textArea);
    void paintFold(QPainter &painter, int index, int y);
    void paintGutter(QPainter &painter, int index, int y);
    Position positionAt(const QPoint &viewportPos);
    std::pair<Position, Position> orderedSelection() const;

    Mode m_mode = Mode::Column;
    Content m_content;
    DiffColors m_colors;
    int m_changeFirstRow = -1;
    int m_changeRowCount = 0;
    std::unordered_map<quint64, std::unique_ptr<QTextLayout>> m_layouts;

    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;
    int m_pressedFold = -1;
    int m_revealColumn = -1; // kept in sight across resizes until the operator scrolls sideways
};

} // namespace sextant::views
