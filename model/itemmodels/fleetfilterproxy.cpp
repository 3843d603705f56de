#include "model/itemmodels/fleetfilterproxy.h"

#include "model/fleet/fleetstore.h"
#include "model/itemmodels/fleettreemodel.h"

#include <algorithm>

namespace sextant {

namespace {

bool valueMatches(const QString &actual, const QString &wanted, bool prefix)
{
    return prefix ? actual.startsWith(wanted) : actual == wanted;
}

} // namespace

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    setFilterKeyColumn(0);
    setFilterRole(UnfilteredRole);
}

FleetFilterProxy::~FleetFilterProxy() = default;

void FleetFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const auto &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_entries.clear();
    // Connected before the base class connects its own handlers, so the
    // cache is current by the time the proxy re-filters the changed rows.
    if (model) {
        m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                       [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                           if (!topLeft.isValid())
                                               return;
                                           const QModelIndex parent = topLeft.parent();
                                           for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                                               const QModelIndex index = sourceModel()->index(row, 0, parent);
                                               const QString key =
                                                   index.data(FleetTreeModel::ApplicationKeyRole).toString();
                                               if (!key.isEmpty())
                                                   m_entries.remove(key);
                                           }
                                       });
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                       &FleetFilterProxy::forgetRows);
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                       &FleetFilterProxy::forgetRows);
        m_sourceConnections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                       [this] { m_entries.clear(); });
        m_sourceConnections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                       [this] { m_entries.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void FleetFilterProxy::setFleetStore(const FleetStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_entries.clear();
    if (m_store) {
        // A renamed cluster changes what cluster= matches.
        connect(m_store, &FleetStore::objectsChanged, this, [this] {
            m_entries.clear();
            const bool clusterTerm = std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &t) {
                return t.field == Term::Field::Cluster;
            });
            if (clusterTerm)
                invalidateRowsFilter();
        });
    }
    if (isFiltering())
        invalidateRowsFilter();
}

void FleetFilterProxy::forgetRows(const QModelIndex &parent, int first, int last)
{
    QAbstractItemModel *model = sourceModel();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString key = index.data(FleetTreeModel::ApplicationKeyRole).toString();
        if (!key.isEmpty())
            m_entries.remove(key);
        if (const int children = model->rowCount(index); children > 0)
            forgetRows(index, 0, children - 1);
    }
}

QList<FleetFilterProxy::Term> FleetFilterProxy::parse(const QString &text)
{
    QList<Term> terms;
    const QStringList tokens = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            continue;
        Term term;
        qsizetype op = token.indexOf(QStringLiteral("!="));
        qsizetype valueStart = op + 2;
        if (op < 0) {
            op = token.indexOf(u'=');
            valueStart = op + 1;
        } else {
            term.negate = true;
        }
        if (op <= 0) { // no operator, or nothing before it: plain text
            term.negate = false;
            term.value = token.toCaseFolded();
            terms << term;
            continue;
        }
        term.key = token.left(op).toCaseFolded();
        term.value = token.mid(valueStart).toCaseFolded();
        if (term.value.endsWith(u'*')) {
            term.prefix = true;
            term.value.chop(1);
        }
        if (term.key == u"project")
            term.field = Term::Field::Project;
        else if (term.key == u"cluster")
            term.field = Term::Field::Cluster;
        else if (term.key == u"namespace" || term.key == u"ns")
            term.field = Term::Field::Namespace;
        else if (term.key == u"instance")
            term.field = Term::Field::Instance;
        else
            term.field = Term::Field::Label;
        terms << term;
    }
    return terms;
}

void FleetFilterProxy::setFilterText(const QString &text)
{
    // Tabs and other whitespace separate terms as spaces do.
    QString normalized = text;
    for (QChar &c : normalized)
        if (c.isSpace())
            c = u' ';
    m_text = text;
    QList<Term> terms = parse(normalized);
    if (terms == m_terms)
        return;
    m_terms = std::move(terms);
    m_onlyNameTerms = std::all_of(m_terms.cbegin(), m_terms.cend(),
                                  [](const Term &t) { return t.field == Term::Field::Name; });
    refilter();
}

void FleetFilterProxy::setStatusFilter(StatusFlags flags)
{
    if (flags == m_status)
        return;
    m_status = flags;
    refilter();
}

void FleetFilterProxy::refilter()
{
    // QSortFilterProxyModel looks at the groups above a changed application again
    // (recursive filtering) when the change names the filter role. While nothing is
    // filtered out no group can appear or go, and with thousands of changes a second
    // that look would be most of the work: the filter role is then one the tree never
    // names, else one it names on every change of an application. A new role filters
    // everything again, as invalidating would.
    const int role = isFiltering() ? FilteringRole : UnfilteredRole;
    if (filterRole() != role)
        setFilterRole(role);
    else
        invalidateRowsFilter();
}

FleetFilterProxy::Entry FleetFilterProxy::computeEntry(const QModelIndex &index) const
{
    Entry entry;
    entry.name = index.data(Qt::DisplayRole).toString().toCaseFolded();
    entry.project = index.data(FleetTreeModel::ProjectRole).toString().toCaseFolded();
    entry.instance = index.data(FleetTreeModel::InstanceRole).toString().toCaseFolded();
    const QVariantMap labels = index.data(FleetTreeModel::LabelsRole).toMap();
    entry.labels.reserve(labels.size());
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        entry.labels.append({it.key().toCaseFolded(), it.value().toString().toCaseFolded()});
    std::sort(entry.labels.begin(), entry.labels.end());

    const auto sync = SyncStatus(index.data(FleetTreeModel::SyncStatusRole).toInt());
    const auto health = HealthStatus(index.data(FleetTreeModel::HealthRole).toInt());
    const auto autoSync = AutoSyncState(index.data(FleetTreeModel::AutoSyncRole).toInt());
    entry.status.setFlag(OutOfSync, sync == SyncStatus::OutOfSync);
    entry.status.setFlag(Degraded, health == HealthStatus::Degraded);
    entry.status.setFlag(Progressing, health == HealthStatus::Progressing);
    entry.status.setFlag(Paused, autoSync == AutoSyncState::Paused);

    // Destination: from the store when there is one, else from the tree
    // (application → namespace → cluster when grouped by cluster).
    const Application *app =
        m_store ? m_store->application(index.data(FleetTreeModel::ApplicationKeyRole).toString()) : nullptr;
    if (app) {
        entry.ns = app->destinationNamespace.toCaseFolded();
        entry.cluster = m_store->clusterName(*app).toCaseFolded();
    } else {
        const QModelIndex parent = index.parent();
        if (parent.data(FleetTreeModel::KindRole).toInt() == int(FleetTreeModel::NodeKind::Namespace)) {
            entry.ns = parent.data(Qt::DisplayRole).toString().toCaseFolded();
            entry.cluster = parent.parent().data(Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    return entry;
}

const FleetFilterProxy::Entry &FleetFilterProxy::entryFor(const QModelIndex &index, const QString &key) const
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        it = m_entries.insert(key, computeEntry(index));
    return *it;
}

bool FleetFilterProxy::matches(const Entry &entry) const
{
    if (m_status != NoStatus && !(entry.status & m_status))
        return false;
    for (const Term &term : m_terms) {
        bool ok = false;
        switch (term.field) {
        case Term::Field::Name: ok = entry.name.contains(term.value); break;
        case Term::Field::Project: ok = valueMatches(entry.project, term.value, term.prefix); break;
        case Term::Field::Cluster: ok = valueMatches(entry.cluster, term.value, term.prefix); break;
        case Term::Field::Namespace: ok = valueMatches(entry.ns, term.value, term.prefix); break;
        case Term::Field::Instance: ok = valueMatches(entry.instance, term.value, term.prefix); break;
        case Term::Field::Label: {
            const auto it = std::lower_bound(entry.labels.cbegin(), entry.labels.cend(), term.key,
                                             [](const std::pair<QString, QString> &label,
                                                const QString &key) { return label.first < key; });
            ok = it != entry.labels.cend() && it->first == term.key &&
                 valueMatches(it->second, term.value, term.prefix);
            break;
        }
        }
        if (ok == term.negate)
            return false;
    }
    return true;
}

bool FleetFilterProxy::groupNameMatches(const QModelIndex &index) const
{
    // A group shows for its own name only under plain-text terms: a status
    // or field filter is about applications.
    if (m_status != NoStatus || !m_onlyNameTerms || m_terms.isEmpty())
        return false;
    // Terms are case-folded; a case-insensitive search folds the name as it goes, without a copy.
    const QString name = index.data(Qt::DisplayRole).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&name](const Term &t) { return name.contains(t.value, Qt::CaseInsensitive); });
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Only application rows carry a key: one lookup tells the kind too.
    const QString key = index.data(FleetTreeModel::ApplicationKeyRole).toString();
    if (!key.isEmpty())
        return matches(entryFor(index, key));
    return groupNameMatches(index);
}

} // namespace sextant
