#include "views/quickswitcher.h"

#include "model/fleet/fleetstore.h"
#include "views/statusicons.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace sextant::views {

namespace {

enum ItemRole {
    KeyRole = Qt::UserRole + 1,
    NameRole,
    ContextRole,
    SyncRole,
    HealthRole,
    AutoSyncRole,
};

// Scores (see QuickSwitcher::fuzzyScore).
constexpr int Match = 16;
constexpr int Contiguous = 12;
constexpr int FirstCharacter = 14;
constexpr int WordStart = 8;
constexpr int NextWordStart = -4;   // jump to a later word's first character
constexpr int IntoLaterWord = -10;  // jump into the middle of a later word, plus one per character
constexpr int ContextPenalty = -40; // matched only with instance, cluster or namespace
constexpr int MaxLength = 256;

// Paints "icons  name  — instance · cluster/namespace".
class SwitcherDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(option.fontMetrics.height(), 16) + 8);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect r = opt.rect.adjusted(8, 0, -8, 0);
        const int side = 16;
        int x = r.left();
        const auto icon = [&](const QIcon &i) {
            i.paint(painter, QRect(x, r.top() + (r.height() - side) / 2, side, side));
            x += side + 2;
        };
        icon(syncIcon(SyncStatus(index.data(SyncRole).toInt())));
        icon(healthIcon(HealthStatus(index.data(HealthRole).toInt())));
        icon(autoSyncIcon(AutoSyncState(index.data(AutoSyncRole).toInt())));
        x += 6;

        const QString name = index.data(NameRole).toString();
        const QString context = QStringLiteral("— ") + index.data(ContextRole).toString();
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldFm(bold);
        const QFontMetrics &fm = opt.fontMetrics;
        const int available = r.right() - x;
        const int limit = std::max(available * 2 / 3, available - fm.horizontalAdvance(context));
        const QString shownName = boldFm.elidedText(name, Qt::ElideMiddle, limit);
        const int nameWidth = boldFm.horizontalAdvance(shownName);
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(x, r.top(), limit, r.height()), Qt::AlignVCenter | Qt::AlignLeft, shownName);
        x += nameWidth + fm.averageCharWidth();
        if (r.right() - x > fm.averageCharWidth() * 4) {
            painter->setFont(opt.font);
            painter->setPen(
                opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(QRect(x, r.top(), r.right() - x, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                              fm.elidedText(context, Qt::ElideRight, r.right() - x));
        }
        painter->restore();
    }
};

} // namespace

QuickSwitcher::Folded QuickSwitcher::fold(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), MaxLength);
    Folded folded;
    folded.text.resize(n);
    folded.shape.resize(n);
    quint16 words = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = text[k];
        folded.text[k] = c.toCaseFolded();
        bool start = false;
        if (c.isLetterOrNumber()) {
            if (k == 0) {
                start = true;
            } else {
                const QChar p = text[k - 1];
                start = !p.isLetterOrNumber() || (p.isLower() && c.isUpper()) ||
                        (p.isLetter() && c.isDigit()) || (p.isDigit() && c.isLetter());
            }
        }
        if (start && k > 0)
            ++words;
        folded.shape[k] = quint16(words | (start ? WordStartBit : 0));
    }
    return folded;
}

int QuickSwitcher::fuzzyScore(QStringView query, QStringView text)
{
    return score(query, fold(text));
}

int QuickSwitcher::score(QStringView query, const Folded &text)
{
    const qsizetype m = query.size();
    const qsizetype n = text.text.size();
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const QChar *folded = text.text.constData();
    const quint16 *shape = text.shape.constData();
    const auto word = [shape](qsizetype k) { return shape[k] & ~WordStartBit; };
    const auto wordStart = [shape](qsizetype k) { return (shape[k] & WordStartBit) != 0; };

    // Quick rejection: is the query a subsequence at all?
    {
        qsizetype qi = 0;
        for (qsizetype k = 0; k < n && qi < m; ++k)
            if (folded[k] == query[qi])
                ++qi;
        if (qi < m)
            return -1;
    }

    // best[i][k]: the best score of query[0..i] with query[i] matched at k.
    constexpr int None = INT_MIN / 4;
    QVarLengthArray<int, 128> prev(n), cur(n);
    for (qsizetype k = 0; k < n; ++k) {
        if (folded[k] != query[0]) {
            prev[k] = None;
            continue;
        }
        const int bonus = k == 0 ? FirstCharacter : wordStart(k) ? WordStart : 0;
        prev[k] = Match + bonus - int(std::min<qsizetype>(k, 10) / 2);
    }
    for (qsizetype i = 1; i < m; ++i) {
        const QChar q = query[i];
        // Running maxima over k <= j - 2, split by whether k lies in j's word.
        int currentWord = -1;
        int sameWordBestPlusK = None;
        int sameWordBest = None;
        int earlierBest = None;
        int earlierBestPlusK = None;
        for (qsizetype j = 0; j < n; ++j) {
            if (word(j) != currentWord) {
                earlierBest = std::max(earlierBest, sameWordBest);
                earlierBestPlusK = std::max(earlierBestPlusK, sameWordBestPlusK);
                sameWordBest = sameWordBestPlusK = None;
                currentWord = word(j);
            }
            if (j >= 2 && prev[j - 2] > None) {
                const qsizetype k = j - 2;
                const int v = prev[k];
                if (word(k) == currentWord) {
                    sameWordBest = std::max(sameWordBest, v);
                    sameWordBestPlusK = std::max(sameWordBestPlusK, v + int(k));
                } else {
                    earlierBest = std::max(earlierBest, v);
                    earlierBestPlusK = std::max(earlierBestPlusK, v + int(k));
                }
            }
            if (folded[j] != q || j < i) {
                cur[j] = None;
                continue;
            }
            int best = None;
            if (j >= 1 && prev[j - 1] > None)
                best = prev[j - 1] + Contiguous;
            // Skipping letters inside a word: -1 for the first, -1 per further one.
            if (sameWordBestPlusK > None)
                best = std::max(best, sameWordBestPlusK + 1 - int(j));
            if (wordStart(j)) {
                if (earlierBest > None)
                    best = std::max(best, earlierBest + NextWordStart);
            } else if (earlierBestPlusK > None) {
                best = std::max(best, earlierBestPlusK + IntoLaterWord + 1 - int(j));
            }
            cur[j] = best > None ? best + Match : None;
        }
        std::swap(prev, cur);
    }
    int result = None;
    for (qsizetype k = 0; k < n; ++k)
        result = std::max(result, prev[k]);
    return result > None ? std::max(result, 0) : -1;
}

QuickSwitcher::QuickSwitcher(FleetStore *store, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_store(store)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_footer(new QLabel(this))
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Raised);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);

    m_edit->installEventFilter(this);
    m_edit->setClearButtonEnabled(true);
    QFont editFont = m_edit->font();
    editFont.setPointSizeF(editFont.pointSizeF() * 1.15);
    m_edit->setFont(editFont);
    connect(m_edit, &QLineEdit::textChanged, this, &QuickSwitcher::updateResults);

    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new SwitcherDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { choose(m_list->row(item)); });

    m_footer->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_footer);

    const auto markDirty = [this] {
        m_candidatesDirty = true;
        if (isVisible())
            updateResults();
    };
    connect(m_store, &FleetStore::applicationsChanged, this, markDirty);
    connect(m_store, &FleetStore::objectsChanged, this, markDirty);

    setFocusProxy(m_edit);
    retranslate();
}

QuickSwitcher::~QuickSwitcher() = default;

void QuickSwitcher::retranslate()
{
    m_edit->setPlaceholderText(tr("Go to application…"));
    m_edit->setAccessibleName(tr("Application name"));
    m_list->setAccessibleName(tr("Matching applications"));
    setWindowTitle(tr("Go to Application"));
    if (isVisible())
        updateResults();
}

void QuickSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void QuickSwitcher::rebuildCandidates()
{
    m_candidates.clear();
    m_candidates.reserve(m_store->applicationCount());
    for (const Application &app : m_store->applications()) {
        Candidate c;
        c.key = app.key();
        c.name = app.name;
        const QString cluster = m_store->clusterName(app);
        // Apps of one name may live in several namespaces: the app's own namespace tells them apart.
        c.context = tr("%1 · app in %2 · %3/%4").arg(app.instance, app.ns, cluster, app.destinationNamespace);
        c.folded = fold(app.name);
        c.searchFolded = fold(QString(app.name + u' ' + app.instance + u' ' + app.ns + u' ' + cluster + u' ' +
                                      app.destinationNamespace));
        c.sync = app.syncStatus;
        c.health = app.health;
        c.autoSync = app.autoSync();
        m_candidates.append(std::move(c));
    }
    m_candidatesDirty = false;
}

void QuickSwitcher::updateResults()
{
    if (m_candidatesDirty)
        rebuildCandidates();
    QString query;
    for (const QChar c : m_edit->text())
        if (!c.isSpace())
            query += c.toCaseFolded();
    query.truncate(64);

    struct Ranked {
        int score;
        qsizetype index;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(size_t(m_candidates.size()));
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates[i];
        int s = score(query, c.folded);
        if (s < 0) {
            s = score(query, c.searchFolded);
            if (s >= 0)
                s = std::max(0, s + ContextPenalty);
        }
        if (s >= 0)
            ranked.push_back({s, i});
    }
    const auto better = [this](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const Candidate &ca = m_candidates[a.index];
        const Candidate &cb = m_candidates[b.index];
        if (ca.name.size() != cb.name.size())
            return ca.name.size() < cb.name.size();
        if (const int byName = ca.name.compare(cb.name); byName != 0)
            return byName < 0;
        return ca.key < cb.key;
    };
    const size_t shown = std::min<size_t>(ranked.size(), MaxResults);
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(shown), ranked.end(), better);

    const QString previous =
        m_list->currentItem() ? m_list->currentItem()->data(KeyRole).toString() : QString();
    m_list->clear();
    int select = 0;
    for (size_t r = 0; r < shown; ++r) {
        const Candidate &c = m_candidates[ranked[r].index];
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(c.name, c.context));
        item->setData(KeyRole, c.key);
        item->setData(NameRole, c.name);
        item->setData(ContextRole, c.context);
        item->setData(SyncRole, int(c.sync));
        item->setData(HealthRole, int(c.health));
        item->setData(AutoSyncRole, int(c.autoSync));
        item->setToolTip(
            tr("%1\n%2 · %3 · %4")
                .arg(item->text(), statusText(c.sync), statusText(c.health), statusText(c.autoSync)));
        m_list->addItem(item);
        if (query.isEmpty() && c.key == previous)
            select = int(r);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(select);

    const QLocale locale;
    if (m_candidates.isEmpty())
        m_footer->setText(tr("No applications loaded yet."));
    else if (ranked.empty())
        m_footer->setText(tr("No application matches. Escape closes."));
    else if (ranked.size() > shown)
        m_footer->setText(
            tr("Best %1 of %2 matches · Enter opens · Escape closes")
                .arg(locale.toString(qulonglong(shown)), locale.toString(qulonglong(ranked.size()))));
    else
        m_footer->setText(
            tr("Matches: %1 · Enter opens · Escape closes").arg(locale.toString(qulonglong(ranked.size()))));
}

QStringList QuickSwitcher::results() const
{
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row)
        keys << m_list->item(row)->data(KeyRole).toString();
    return keys;
}

void QuickSwitcher::choose(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const QString key = item->data(KeyRole).toString();
    accept();
    emit applicationChosen(key);
}

void QuickSwitcher::showEvent(QShowEvent *event)
{
    // Centred on the parent window, sized to it.
    const QWidget *anchor = parentWidget() ? parentWidget()->window() : nullptr;
    QRect area = anchor ? QRect(anchor->mapToGlobal(QPoint(0, 0)), anchor->size())
                        : (screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 768));
    const int width = std::clamp(area.width() * 6 / 10, std::min(420, area.width()), 760);
    const int height = std::clamp(area.height() * 6 / 10, std::min(260, area.height()), 480);
    setGeometry(QRect(area.center().x() - width / 2, area.center().y() - height / 2, width, height));
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    }
    updateResults();
    QDialog::showEvent(event);
    m_edit->setFocus(Qt::PopupFocusReason);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_list->count();
        const int row = m_list->currentRow();
        const auto move = [&](int to) {
            if (count > 0)
                m_list->setCurrentRow(std::clamp(to, 0, count - 1));
            return true;
        };
        switch (key->key()) {
        case Qt::Key_Down: return move(row + 1);
        case Qt::Key_Up: return move(row - 1);
        case Qt::Key_PageDown: return move(row + 10);
        case Qt::Key_PageUp: return move(row - 10);
        case Qt::Key_Return:
        case Qt::Key_Enter: choose(row); return true;
        case Qt::Key_Escape: reject(); return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sextant::views
