#include "views/fleettree.h"

#include "model/itemmodels/fleetfilterproxy.h"
#include "model/itemmodels/fleettreemodel.h"
#include "views/fleettreedelegate.h"

#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QTimer>

#include <functional>

namespace sextant::views {

namespace {

using Kind = FleetTreeModel::NodeKind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(FleetTreeModel::KindRole).toInt());
}

} // namespace

FleetTree::FleetTree(FleetTreeModel *model, FleetFilterProxy *proxy, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIconSize(QSize(16, 16));
    setAnimated(false);
    setItemDelegate(new FleetTreeDelegate(this));
    // Connected before the view's selection model exists, so these run before
    // it moves the current row off disappearing rows: that move is not the
    // operator's choice and must not emit applicationSelected.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &FleetTree::aboutToChange);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &FleetTree::aboutToChange);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &FleetTree::aboutToChange);
    setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    expandDefault(m_proxy->index(row, 0, parent));
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { expandDefault({}); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(this, &QTreeView::activated, this, &FleetTree::onActivated);
    expandDefault({});
}

QModelIndex FleetTree::indexFor(const QString &key) const
{
    if (key.isEmpty())
        return {};
    return m_proxy->mapFromSource(m_model->indexForApplication(key));
}

void FleetTree::showIndex(const QModelIndex &index, ScrollHint hint)
{
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, hint);
}

bool FleetTree::showFirstMatch()
{
    const std::function<QModelIndex(const QModelIndex &)> first = [&](const QModelIndex &p) -> QModelIndex {
        for (int row = 0, n = m_proxy->rowCount(p); row < n; ++row) {
            const QModelIndex c = m_proxy->index(row, 0, p);
            if (kindOf(c) == Kind::Application)
                return c;
            if (const QModelIndex found = first(c); found.isValid())
                return found;
        }
        return {};
    };
    const QModelIndex match = first({});
    if (match.isValid())
        showIndex(match);
    return match.isValid();
}

void FleetTree::afterFilterChange(bool wasFiltering)
{
    if (m_proxy->isFiltering()) {
        expandAfterFilter();
    } else if (wasFiltering) {
        // Back to the whole fleet: the default shape, not everything the
        // filter had opened.
        collapseAll();
        expandDefault({});
    }
    restoreCurrent();
    if (const QModelIndex current = currentIndex(); current.isValid())
        scrollTo(current);
}

void FleetTree::afterRegrouping()
{
    if (m_proxy->isFiltering())
        expandAfterFilter();
    restoreCurrent();
    if (const QModelIndex current = currentIndex(); current.isValid())
        scrollTo(current, QAbstractItemView::PositionAtCenter);
}

void FleetTree::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring || m_restorePending)
        return;
    const QString key = current.data(FleetTreeModel::ApplicationKeyRole).toString();
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    emit applicationSelected(key);
}

void FleetTree::onActivated(const QModelIndex &index)
{
    switch (kindOf(index)) {
    case Kind::Application:
        emit applicationActivated(index.data(FleetTreeModel::ApplicationKeyRole).toString());
        break;
    case Kind::Instance: emit instanceActivated(index.data().toString()); break;
    case Kind::Group:
    case Kind::Namespace: break;
    }
}

void FleetTree::aboutToChange()
{
    // Rows are about to go: whatever the selection model does with the
    // current row until restoreCurrent() is bookkeeping, not a selection.
    if (m_restorePending)
        return;
    m_restorePending = true;
    QTimer::singleShot(0, this, &FleetTree::restoreCurrent);
}

void FleetTree::restoreCurrent()
{
    // Called after every change that may have moved or hidden the current
    // row, and once more from the event loop after aboutToChange.
    m_restorePending = false;
    const QScopedValueRollback guard(m_restoring, true);
    QItemSelectionModel *selection = selectionModel();
    if (m_currentKey.isEmpty()) {
        // No application was selected: none may look selected after a move.
        if (kindOf(selection->currentIndex()) == Kind::Application && selection->currentIndex().isValid()) {
            selection->clearSelection();
            selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        }
        return;
    }
    const QModelIndex index = indexFor(m_currentKey);
    if (index.isValid()) {
        if (selection->currentIndex() != index)
            selection->setCurrentIndex(index,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    // Hidden by the filter: nothing else is current instead of it.
    selection->clearSelection();
    selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    if (!m_model->indexForApplication(m_currentKey).isValid()) {
        // Gone from the fleet: there is no selection any more.
        m_currentKey.clear();
        emit applicationSelected({});
    }
}

int FleetTree::applicationCount() const
{
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        count += m_model->index(row, 0).data(FleetTreeModel::ApplicationCountRole).toInt();
    return count;
}

void FleetTree::expandDefault(const QModelIndex &index)
{
    // Instances and clusters open; the level holding applications opens
    // only while the fleet (or the filter's result) is small.
    const auto shouldExpand = [this](const QModelIndex &i) {
        const Kind kind = kindOf(i);
        if (kind == Kind::Application)
            return false;
        // Whether the group holds applications is asked of the tree model: asking the
        // proxy would filter all of the group's rows, for every group, even those
        // that then stay closed. Groups sort before applications.
        const QModelIndex source = m_proxy->mapToSource(i);
        const QAbstractItemModel *tree = source.model();
        const bool holdsApplications =
            tree->rowCount(source) > 0 && kindOf(tree->index(0, 0, source)) == Kind::Application;
        if (holdsApplications && kind != Kind::Instance &&
            !(m_proxy->isFiltering() ? m_filterResultSmall : applicationCount() <= ExpandAllBelow))
            return false;
        return m_proxy->rowCount(i) > 0;
    };
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &i) {
        if (i.isValid()) {
            if (!shouldExpand(i))
                return;
            expand(i);
        }
        for (int row = 0, n = m_proxy->rowCount(i); row < n; ++row) {
            const QModelIndex c = m_proxy->index(row, 0, i);
            if (kindOf(c) == Kind::Application)
                break;
            walk(c);
        }
    };
    walk(index);
}

void FleetTree::expandAfterFilter()
{
    // The filter's result shows open unless it is itself large.
    int apps = 0;
    const std::function<void(const QModelIndex &)> count = [&](const QModelIndex &p) {
        for (int row = 0, n = m_proxy->rowCount(p); row < n && apps <= ExpandAllBelow; ++row) {
            const QModelIndex c = m_proxy->index(row, 0, p);
            if (kindOf(c) == Kind::Application) {
                apps += n - row;
                break;
            }
            count(c);
        }
    };
    count({});
    m_filterResultSmall = apps <= ExpandAllBelow;
    if (m_filterResultSmall)
        expandAll();
    else
        expandDefault({});
}

void FleetTree::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    if (plain && event->text() == u"/") {
        emit filterRequested();
        return;
    }
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        // Enter opens a group; on applications and instances it activates.
        const QModelIndex current = currentIndex();
        const Kind kind = kindOf(current);
        if (current.isValid() && (kind == Kind::Group || kind == Kind::Namespace)) {
            setExpanded(current, !isExpanded(current));
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace sextant::views
