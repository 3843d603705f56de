#include "views/diffview.h"

#include "views/diffcolors.h"
#include "views/diffpane.h"
#include "views/diffsyntaxcache.h"
#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QStyleHints>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sextant::views {

namespace {

int digitsOf(int value)
{
    int digits = 1;
    while (value >= 10) {
        value /= 10;
        ++digits;
    }
    return digits;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_leftSyntax(std::make_unique<DiffSyntaxCache>())
    , m_rightSyntax(std::make_unique<DiffSyntaxCache>())
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new DiffPane(this))
    , m_right(new DiffPane(this))
    , m_nextAction(new QAction(this))
    , m_previousAction(new QAction(this))
    , m_counter(new QLabel(this))
    , m_stats(new QLabel(this))
    , m_expandAll(new QToolButton(this))
    , m_unifiedButton(new QToolButton(this))
{
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    m_counter->setObjectName(QStringLiteral("changeCounter"));
    m_leftTitleText = tr("Live");
    m_rightTitleText = tr("Desired");

    m_nextAction->setText(tr("Next change"));
    m_nextAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_nextAction->setShortcut(Qt::Key_F7);
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction->setToolTip(tr("Next change (F7)"));
    connect(m_nextAction, &QAction::triggered, this, &DiffView::nextChange);
    m_previousAction->setText(tr("Previous change"));
    m_previousAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousAction->setToolTip(tr("Previous change (Shift+F7)"));
    connect(m_previousAction, &QAction::triggered, this, &DiffView::previousChange);
    addAction(m_nextAction);
    addAction(m_previousAction);

    m_expandAll->setObjectName(QStringLiteral("expandAll"));
    m_expandAll->setText(tr("Show unchanged lines"));
    m_expandAll->setToolTip(tr("Show the unchanged lines that are folded away"));
    m_expandAll->setCheckable(true);
    m_expandAll->setAutoRaise(true);
    connect(m_expandAll, &QToolButton::toggled, this, &DiffView::setAllExpanded);
    m_unifiedButton->setObjectName(QStringLiteral("unified"));
    m_unifiedButton->setText(tr("Unified"));
    m_unifiedButton->setToolTip(tr("Show both sides in one column"));
    m_unifiedButton->setCheckable(true);
    m_unifiedButton->setAutoRaise(true);
    connect(m_unifiedButton, &QToolButton::toggled, this, &DiffView::setUnified);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(toolButton(m_previousAction, this));
    bar->addWidget(toolButton(m_nextAction, this));
    bar->addSpacing(6);
    bar->addWidget(m_counter);
    bar->addSpacing(12);
    bar->addWidget(m_stats);
    bar->addStretch(1);
    bar->addWidget(m_expandAll);
    bar->addWidget(m_unifiedButton);

    auto *panes = new QGridLayout;
    panes->setContentsMargins(0, 0, 0, 0);
    panes->setHorizontalSpacing(4);
    panes->setVerticalSpacing(2);
    panes->addWidget(m_leftTitle, 0, 0);
    panes->addWidget(m_rightTitle, 0, 1);
    panes->addWidget(m_left, 1, 0);
    panes->addWidget(m_right, 1, 1);
    panes->setColumnStretch(0, 1);
    panes->setColumnStretch(1, 1);
    panes->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addLayout(panes, 1);

    for (DiffPane *pane : {m_left, m_right}) {
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, pane](int value) { syncScroll(pane, Qt::Vertical, value); });
        connect(pane->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                [this, pane](int value) { syncScroll(pane, Qt::Horizontal, value); });
        connect(pane, &DiffPane::foldClicked, this, &DiffView::expandFold);
        connect(pane, &DiffPane::selectionStarted, this,
                [this, pane] { (pane == m_left ? m_right : m_left)->clearSelection(); });
    }
    // A scheme switch by the system reaches us as a palette change too, but not
    // always in that order with the style hints: follow both.
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &DiffView::applyTheme);

    setFocusProxy(m_left);
    applyTheme();
    setSideTitles(m_leftTitleText, m_rightTitleText);
    relayout(0);
}

DiffView::~DiffView() = default;

void DiffView::setDocument(const diff::DiffDocument &document)
{
    m_document = document;
    m_folds = difflayout::folds(m_document);
    const QList<int> starts = difflayout::segmentStarts(m_document, m_folds);
    m_leftSyntax->setDocument(m_document, DiffSide::Left, starts);
    m_rightSyntax->setDocument(m_document, DiffSide::Right, starts);
    int maxColumns = 0;
    int maxNumber = 0;
    for (const diff::DiffRow &row : std::as_const(m_document.rows)) {
        maxColumns = std::max({maxColumns, int(row.left.text.size()), int(row.right.text.size())});
        maxNumber = std::max({maxNumber, row.left.number, row.right.number});
    }
    m_maxColumns = maxColumns;
    m_numberDigits = std::max(2, digitsOf(maxNumber));
    m_currentChange = -1;
    {
        const QSignalBlocker blocker(m_expandAll);
        m_expandAll->setChecked(false);
    }
    relayout(0);
    if (changeCount() > 0)
        revealChangedWords(0);
    updateControls();
}

void DiffView::setSideTitles(const QString &left, const QString &right)
{
    m_leftTitleText = left;
    m_rightTitleText = right;
    if (m_unified)
        m_leftTitle->setText(tr("%1 → %2").arg(left, right));
    else
        m_leftTitle->setText(left);
    m_rightTitle->setText(right);
}

void DiffView::setUnified(bool unified)
{
    if (m_unified == unified)
        return;
    const int row = topRow();
    m_unified = unified;
    {
        const QSignalBlocker blocker(m_unifiedButton);
        m_unifiedButton->setChecked(unified);
    }
    m_right->setVisible(!unified);
    m_rightTitle->setVisible(!unified);
    setSideTitles(m_leftTitleText, m_rightTitleText);
    relayout(row);
}

int DiffView::topRow() const
{
    const QList<DiffDisplayLine> &lines = m_left->lines();
    const int first = m_left->firstVisibleLine();
    return first < lines.size() ? lines[first].row : 0;
}

void DiffView::relayout(int row)
{
    DiffPane::Content content;
    content.document = &m_document;
    content.folds = &m_folds;
    content.leftSyntax = m_leftSyntax.get();
    content.rightSyntax = m_rightSyntax.get();
    content.maxColumns = m_maxColumns;
    content.numberDigits = m_numberDigits;
    const QScopedValueRollback guard(m_syncing, true);
    if (m_unified) {
        content.lines = difflayout::unified(m_document, m_folds);
        const int top = content.lines.isEmpty() ? 0 : difflayout::lineOfRow(content.lines, row);
        m_left->setContent(DiffPane::Mode::Unified, content, top);
        m_right->setContent(DiffPane::Mode::Column, DiffPane::Content(), 0);
        return;
    }
    content.lines = difflayout::sideBySide(m_document, m_folds, DiffSide::Left);
    const int top = content.lines.isEmpty() ? 0 : difflayout::lineOfRow(content.lines, row);
    m_left->setContent(DiffPane::Mode::Column, content, top);
    content.lines = difflayout::sideBySide(m_document, m_folds, DiffSide::Right);
    m_right->setContent(DiffPane::Mode::Column, content, top);
}

void DiffView::expandFold(int fold)
{
    if (fold < 0 || fold >= m_folds.size() || m_folds[fold].expanded)
        return;
    m_folds[fold].expanded = true;
    relayout(topRow());
}

void DiffView::setAllExpanded(bool expanded)
{
    for (DiffFold &fold : m_folds)
        fold.expanded = expanded;
    {
        const QSignalBlocker blocker(m_expandAll);
        m_expandAll->setChecked(expanded);
    }
    relayout(topRow());
    if (m_currentChange >= 0)
        goToChange(m_currentChange);
}

void DiffView::syncScroll(DiffPane *from, Qt::Orientation orientation, int value)
{
    if (m_syncing || m_unified)
        return;
    const QScopedValueRollback guard(m_syncing, true);
    DiffPane *to = from == m_left ? m_right : m_left;
    (orientation == Qt::Vertical ? to->verticalScrollBar() : to->horizontalScrollBar())->setValue(value);
}

void DiffView::goToChange(int index)
{
    if (index < 0 || index >= changeCount())
        return;
    m_currentChange = index;
    const diff::DiffChange &change = m_document.changes[index];
    const int line = difflayout::lineOfRow(m_left->lines(), change.firstRow);
    // Leave a little of what comes before in sight, as the eye needs it.
    const int top = std::max(0, line - std::min(3, m_left->visibleLineCount() / 4));
    m_left->scrollToLine(top); // the right pane follows
    revealChangedWords(index);
    m_left->setCurrentChange(change.firstRow, change.rowCount);
    m_right->setCurrentChange(change.firstRow, change.rowCount);
    updateControls();
    emit currentChangeChanged(index);
}

void DiffView::revealChangedWords(int index)
{
    // A changed image tag sits at the end of a long line: bring the changed
    // words of the change's first rows into sight, on both sides.
    const diff::DiffChange &change = m_document.changes[index];
    int column = 0;
    for (int row = change.firstRow; row < change.firstRow + std::min(change.rowCount, 8); ++row) {
        for (const diff::DiffLine *cell : {&m_document.rows[row].left, &m_document.rows[row].right}) {
            for (const diff::Span &span : cell->spans)
                column = std::max(column, span.start + span.length);
        }
    }
    m_left->revealColumn(column); // the right pane follows
}

void DiffView::nextChange()
{
    if (changeCount() == 0)
        return;
    if (m_currentChange >= 0) {
        goToChange(std::min(m_currentChange + 1, changeCount() - 1));
        return;
    }
    // Not navigated yet: the first change from where the operator scrolled to.
    const int first = m_left->firstVisibleLine();
    for (int i = 0; i < changeCount(); ++i) {
        if (difflayout::lineOfRow(m_left->lines(), m_document.changes[i].firstRow) >= first)
            return goToChange(i);
    }
    goToChange(changeCount() - 1);
}

void DiffView::previousChange()
{
    if (changeCount() == 0)
        return;
    if (m_currentChange >= 0) {
        goToChange(std::max(m_currentChange - 1, 0));
        return;
    }
    const int first = m_left->firstVisibleLine();
    for (int i = changeCount() - 1; i >= 0; --i) {
        if (difflayout::lineOfRow(m_left->lines(), m_document.changes[i].firstRow) < first)
            return goToChange(i);
    }
    goToChange(0);
}

QString DiffView::changeCounterText() const
{
    if (m_document.rows.isEmpty())
        return QString();
    if (changeCount() == 0)
        return tr("No differences");
    if (m_currentChange < 0)
        return tr("%n change(s)", nullptr, changeCount());
    return tr("%1 of %n change(s)", nullptr, changeCount()).arg(m_currentChange + 1);
}

int DiffView::highlightedLines() const
{
    return m_leftSyntax->highlightedLines() + m_rightSyntax->highlightedLines();
}

void DiffView::updateControls()
{
    m_counter->setText(changeCounterText());
    m_nextAction->setEnabled(changeCount() > 0 && m_currentChange < changeCount() - 1);
    m_previousAction->setEnabled(changeCount() > 0 && m_currentChange != 0);
    m_expandAll->setEnabled(!m_folds.isEmpty());
    if (m_document.isIdentical()) {
        m_stats->clear();
    } else {
        m_stats->setText(tr("<span style='color:%1'>+%2</span>&nbsp;&nbsp;<span style='color:%3'>−%4</span>")
                             .arg(DiffColors::fromPalette(palette()).addedMarker.name())
                             .arg(m_document.addedLines)
                             .arg(DiffColors::fromPalette(palette()).removedMarker.name())
                             .arg(m_document.removedLines));
        m_stats->setToolTip(
            tr("%n line(s) added or changed on the desired side", nullptr, m_document.addedLines) +
            QLatin1Char('\n') +
            tr("%n line(s) removed or changed on the live side", nullptr, m_document.removedLines));
    }
}

void DiffView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette());
    m_leftSyntax->setTheme(theme);
    m_rightSyntax->setTheme(theme);
    const DiffColors colors = DiffColors::fromPalette(palette());
    for (DiffPane *pane : {m_left, m_right}) {
        pane->setColors(colors);
        pane->invalidateLayouts();
    }
    QFont titleFont = font();
    titleFont.setBold(true);
    m_leftTitle->setFont(titleFont);
    m_rightTitle->setFont(titleFont);
    updateControls();
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

} // namespace sextant::views
