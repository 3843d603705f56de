#include "views/fleettreeview.h"

#include "model/fleet/fleetstore.h"
#include "views/fleettree.h"
#include "views/statuschipbar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sextant::views {

FleetTreeView::FleetTreeView(FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new FleetTreeModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_chips(new StatusChipBar(this))
    , m_emptyHint(new QLabel(this))
    , m_tree(nullptr)
    , m_clockTimer(new QTimer(this))
{
    m_proxy->setFleetStore(store);
    m_proxy->setSourceModel(m_model);

    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &FleetTreeView::onFilterEdited);

    m_grouping->addItem(QString(), int(FleetTreeModel::Grouping::Cluster));
    m_grouping->addItem(QString(), int(FleetTreeModel::Grouping::Project));
    m_grouping->addItem(QString(), int(FleetTreeModel::Grouping::Repository));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_grouping, &QComboBox::activated, this,
            [this](int row) { setGrouping(FleetTreeModel::Grouping(m_grouping->itemData(row).toInt())); });

    connect(m_chips, &StatusChipBar::checkedChanged, this, &FleetTreeView::applyStatusChips);

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setContentsMargins(8, 16, 8, 16);
    m_emptyHint->hide();

    m_tree = new FleetTree(m_model, m_proxy, this);
    connect(m_tree, &FleetTree::applicationSelected, this, &FleetTreeView::applicationSelected);
    connect(m_tree, &FleetTree::applicationActivated, this, &FleetTreeView::applicationActivated);
    connect(m_tree, &FleetTree::instanceActivated, this, &FleetTreeView::instanceActivated);
    connect(m_tree, &FleetTree::filterRequested, this, &FleetTreeView::focusFilter);

    // After the model's own connections: by now the tree is up to date.
    const auto afterStoreChange = [this] {
        m_tree->restoreCurrent();
        updateChipCounts();
        updateEmptyHint();
    };
    connect(m_store, &FleetStore::applicationsChanged, this, afterStoreChange);
    connect(m_store, &FleetStore::objectsChanged, this, afterStoreChange);
    connect(m_store, &FleetStore::instancesChanged, this, afterStoreChange);

    // "Stale since" and "next try" depend on the clock, not only on events.
    m_clockTimer->setInterval(10'000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        const QList<InstanceStatus> instances = m_store->instances();
        if (std::any_of(instances.cbegin(), instances.cend(), [](const InstanceStatus &i) {
                return i.connection != InstanceStatus::Connection::Live;
            }))
            m_tree->viewport()->update();
    });
    m_clockTimer->start();

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &FleetTreeView::focusFilter);
    addAction(findAction);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_filter, 1);
    top->addWidget(m_grouping);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_chips);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    retranslate();
    updateChipCounts();
}

FleetTreeView::~FleetTreeView() = default;

QTreeView *FleetTreeView::treeView() const
{
    return m_tree;
}

QString FleetTreeView::currentApplication() const
{
    return m_tree->currentApplication();
}

void FleetTreeView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: name, env=prod, project=…  (Ctrl+F or /)"));
    m_filter->setToolTip(tr("All terms must match. Plain words match the application name; key=value and "
                            "key!=value match labels, and project=, cluster=, namespace=, instance= match "
                            "those fields. A trailing * matches a prefix."));
    m_filter->setAccessibleName(tr("Filter applications"));
    m_grouping->setItemText(0, tr("By cluster"));
    m_grouping->setItemText(1, tr("By project"));
    m_grouping->setItemText(2, tr("By repository"));
    m_grouping->setToolTip(tr("Group applications by cluster and namespace, by project or by repository"));
    m_grouping->setAccessibleName(tr("Group by"));
    m_tree->setAccessibleName(tr("Fleet"));
    updateEmptyHint();
}

void FleetTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        m_chips->stylePills(palette());
    QWidget::changeEvent(event);
}

void FleetTreeView::updateChipCounts()
{
    StatusChipBar::Counts counts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex instance = m_model->index(row, 0);
        counts.outOfSync += instance.data(FleetTreeModel::OutOfSyncCountRole).toInt();
        counts.degraded += instance.data(FleetTreeModel::DegradedCountRole).toInt();
        counts.progressing += instance.data(FleetTreeModel::ProgressingCountRole).toInt();
        counts.paused += instance.data(FleetTreeModel::PausedCountRole).toInt();
    }
    m_chips->setCounts(counts);
}

void FleetTreeView::applyStatusChips()
{
    const bool wasFiltering = m_proxy->isFiltering();
    m_proxy->setStatusFilter(m_chips->checkedFlags());
    afterFilterChange(wasFiltering);
}

void FleetTreeView::onFilterEdited(const QString &text)
{
    const bool wasFiltering = m_proxy->isFiltering();
    m_proxy->setFilterText(text);
    afterFilterChange(wasFiltering);
}

void FleetTreeView::afterFilterChange(bool wasFiltering)
{
    m_tree->afterFilterChange(wasFiltering);
    updateEmptyHint();
}

void FleetTreeView::setGrouping(FleetTreeModel::Grouping grouping)
{
    {
        const QSignalBlocker blocker(m_grouping);
        m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
    }
    if (grouping == m_model->grouping())
        return;
    m_model->setGrouping(grouping);
    m_tree->afterRegrouping();
}

FleetTreeModel::Grouping FleetTreeView::grouping() const
{
    return m_model->grouping();
}

void FleetTreeView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FleetTreeView::selectApplication(const QString &key)
{
    if (!m_model->indexForApplication(key).isValid())
        return;
    QModelIndex index = m_tree->indexFor(key);
    if (!index.isValid()) {
        // Hidden by the filter: the operator asked for it by name, show it.
        const bool wasFiltering = m_proxy->isFiltering();
        m_chips->uncheckAll();
        {
            const QSignalBlocker blocker(m_filter);
            m_filter->clear();
        }
        m_proxy->setFilterText({});
        m_proxy->setStatusFilter({});
        afterFilterChange(wasFiltering);
        index = m_tree->indexFor(key);
    }
    if (index.isValid())
        m_tree->showIndex(index, QAbstractItemView::PositionAtCenter);
}

void FleetTreeView::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0 && m_proxy->isFiltering();
    if (empty) {
        QStringList lines{tr("No application matches.")};
        if (!m_proxy->filterText().trimmed().isEmpty())
            lines << tr("Escape in the filter clears the text.");
        if (m_proxy->statusFilter() != FleetFilterProxy::NoStatus)
            lines << tr("Uncheck the status buttons to see the rest.");
        m_emptyHint->setText(lines.join(u'\n'));
    }
    m_emptyHint->setVisible(empty);
}

bool FleetTreeView::focusFirstMatch()
{
    const bool found = m_tree->showFirstMatch();
    m_tree->setFocus(Qt::OtherFocusReason);
    return found;
}

bool FleetTreeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Escape:
        m_filter->clear();
        m_tree->setFocus(Qt::OtherFocusReason);
        if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
            m_tree->scrollTo(current);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_proxy->isFiltering()) {
            focusFirstMatch();
            return true;
        }
        m_tree->setFocus(Qt::OtherFocusReason);
        return true;
    case Qt::Key_Down:
        if (m_tree->currentIndex().isValid())
            m_tree->setFocus(Qt::OtherFocusReason);
        else
            focusFirstMatch();
        return true;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sextant::views
