#include "views/driftview.h"

#include "model/actions/actionservice.h"
#include "model/fleet/driftscanner.h"
#include "model/itemmodels/driftfilterproxy.h"
#include "model/itemmodels/drifttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

using diff::DriftOrigin;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// The hue of an origin badge; drawn translucent over the row, with the row's own text colour.
QColor originHue(int origin, bool dark)
{
    switch (origin) {
    case int(DriftOrigin::HumanEdit): return dark ? QColor(0xff, 0xa0, 0x40) : QColor(0xe0, 0x70, 0x00);
    case int(DriftOrigin::ControllerOwned): return dark ? QColor(0xb0, 0x90, 0xff) : QColor(0x70, 0x40, 0xd0);
    case int(DriftOrigin::PendingGitCommit):
        return dark ? QColor(0x50, 0xa8, 0xff) : QColor(0x10, 0x68, 0xd0);
    case int(DriftOrigin::ToCreate): return dark ? QColor(0x60, 0xd0, 0x80) : QColor(0x18, 0x90, 0x40);
    case int(DriftOrigin::ToPrune): return dark ? QColor(0xff, 0x70, 0x70) : QColor(0xc8, 0x28, 0x28);
    case DriftTableModel::Failed: return dark ? QColor(0xff, 0x70, 0x70) : QColor(0xc8, 0x28, 0x28);
    default: return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x70, 0x70, 0x70);
    }
}

// Draws the change origin as a rounded, translucent badge with its text.
class OriginBadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int PadX = 8;
    static constexpr int MarginY = 3;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const int origin = index.data(DriftTableModel::OriginRole).toInt();
        QColor hue = originHue(origin, isDark(opt.palette));
        const QFontMetrics metrics(opt.font);
        const QRect area = opt.rect.adjusted(4, MarginY, -4, -MarginY);
        const QString shown = metrics.elidedText(text, Qt::ElideRight, area.width() - 2 * PadX);
        QRect badge(area.topLeft(), QSize(metrics.horizontalAdvance(shown) + 2 * PadX, area.height()));
        badge = badge.intersected(area);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = hue;
        fill.setAlphaF(selected ? 0.35f : 0.22f);
        QColor border = hue;
        border.setAlphaF(0.65f);
        QPainterPath path;
        path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->fillPath(path, fill);
        painter->setPen(QPen(border, 1));
        painter->drawPath(path);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(badge.adjusted(PadX, 0, -PadX, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += 2 * PadX + 8;
        size.rheight() = std::max(size.height(), option.fontMetrics.height() + 2 * MarginY + 6);
        return size;
    }
};

} // namespace

DriftView::DriftView(DriftScanner *scanner, QWidget *parent)
    : QWidget(parent)
    , m_scanner(scanner)
    , m_model(new DriftTableModel(this))
    , m_proxy(new DriftFilterProxy(this))
    , m_title(new QLabel(tr("Drift across the fleet"), this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_rescan(new QToolButton(this))
    , m_adopt(new QToolButton(this))
    , m_table(new QTreeView(this))
{
    setObjectName(QStringLiteral("driftView"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("driftStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("driftFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: app, cluster, kind, name, origin…"));
    m_filter->setMinimumWidth(360);
    m_rescan->setText(tr("Scan again"));
    m_rescan->setToolTip(tr("Fetch the managed resources of every out-of-sync application again"));
    m_adopt->setObjectName(QStringLiteral("driftAdopt"));
    m_adopt->setText(tr("Bring into &Git…"));
    m_adopt->setToolTip(tr("Write the live values of a person's edit into the file that defines the "
                           "resource, as a previewed commit, so the next sync keeps them"));

    m_proxy->setSourceModel(m_model);
    m_model->setScanner(scanner);
    m_table->setObjectName(QStringLiteral("driftTable"));
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAllColumnsShowFocus(true);
    m_table->setItemDelegateForColumn(DriftTableModel::Origin, new OriginBadgeDelegate(m_table));
    m_table->sortByColumn(DriftTableModel::OutOfSyncSince, Qt::DescendingOrder);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const QList<std::pair<int, int>> widths{
        {DriftTableModel::Instance, 90},       {DriftTableModel::Cluster, 110},
        {DriftTableModel::Application, 210},   {DriftTableModel::Kind, 150},
        {DriftTableModel::Namespace, 100},     {DriftTableModel::Name, 190},
        {DriftTableModel::OutOfSyncSince, 200}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(m_filter);
    top->addWidget(m_adopt);
    top->addWidget(m_rescan);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_rescan, &QToolButton::clicked, m_scanner, &DriftScanner::rescan);
    connect(m_table, &QTreeView::activated, this, &DriftView::activate);
    connect(m_adopt, &QToolButton::clicked, this, &DriftView::adoptCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DriftView::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DriftView::updateActions);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(tr("Open the diff"), this, [this, index] { activate(index); });
        QAction *adopt = menu.addAction(m_adopt->text(), this, &DriftView::adoptCurrent);
        adopt->setEnabled(m_adopt->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_scanner, &DriftScanner::progressChanged, this, &DriftView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DriftView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DriftView::updateStatus);
    updateStatus();
    updateActions();
}

DriftView::~DriftView() = default;

void DriftView::setActionService(ActionService *actions)
{
    m_model->setAnnotation([actions = QPointer(actions)](const DriftRecord &record) {
        if (!actions)
            return QString();
        const ActionService::Adoption adoption = actions->adoption(record.appKey, record.identity());
        if (adoption.branch.isEmpty() || (record.classification.changedAt.isValid() &&
                                          record.classification.changedAt > adoption.pushedAt))
            return QString();
        return tr("in Git on branch %1").arg(adoption.branch);
    });
    connect(actions, &ActionService::adoptionsChanged, m_model, &DriftTableModel::refreshAnnotations);
}

void DriftView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool human =
        current.isValid() && current.data(DriftTableModel::OriginRole).toInt() == int(DriftOrigin::HumanEdit);
    m_adopt->setEnabled(human);
}

void DriftView::adoptCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_adopt->isEnabled())
        return;
    emit adoptRequested(current.data(DriftTableModel::AppKeyRole).toString(),
                        current.data(DriftTableModel::IdentityRole).toString());
}

void DriftView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void DriftView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString DriftView::statusText() const
{
    return m_status->text();
}

void DriftView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scanner->start(); // lazily: nothing is fetched until the page is first shown
    updateStatus();
    m_table->setFocus();
}

void DriftView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (!m_filter->text().isEmpty())
            m_filter->clear();
        else
            emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DriftView::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString appKey = proxyIndex.data(DriftTableModel::AppKeyRole).toString();
    const QString identity = proxyIndex.data(DriftTableModel::IdentityRole).toString();
    if (!appKey.isEmpty())
        emit resourceActivated(appKey, identity);
}

void DriftView::updateStatus()
{
    if (!m_scanner->isStarted()) {
        m_status->setText(tr("Not scanned yet"));
        return;
    }
    const DriftScanner::Progress progress = m_scanner->progress();
    QStringList parts;
    if (progress.applications == 0) {
        parts << tr("No application is out of sync");
    } else {
        if (progress.isComplete())
            parts << tr("%n out-of-sync application(s) scanned", nullptr, progress.applications);
        else
            parts << tr("Scanning: %1 of %n out-of-sync application(s)", nullptr, progress.applications)
                         .arg(progress.scanned);
        parts << tr("%n resource(s)", nullptr, m_model->rowCount());
        if (m_proxy->rowCount() != m_model->rowCount())
            parts << tr("%n shown", nullptr, m_proxy->rowCount());
        if (progress.errors > 0)
            parts << tr("%n could not be read (hover the rows for why)", nullptr, progress.errors);
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace sextant::views
