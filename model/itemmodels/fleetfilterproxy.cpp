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
                                           for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                                               m_entries.remove(
                                                   sourceModel()->index(row, 0, parent).internalPointer());
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
        m_entries.remove(index.internalPointer());
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

namespace {

const QString &text(const QString &value)
{
    return value;
}

QString text(const QVariant &value)
{
    return value.toString();
}

// Labels as the filter compares them: case-folded, sorted by key.
template<typename Labels> QList<std::pair<QString, QString>> foldedLabels(const Labels &labels)
{
    QList<std::pair<QString, QString>> folded;
    folded.reserve(labels.size());
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        folded.append({it.key().toCaseFolded(), text(it.value()).toCaseFolded()});
    std::sort(folded.begin(), folded.end());
    return folded;
}

FleetFilterProxy::StatusFlags statusFlags(SyncStatus sync, HealthStatus health, AutoSyncState autoSync)
{
    FleetFilterProxy::StatusFlags flags;
    flags.setFlag(FleetFilterProxy::OutOfSync, sync == SyncStatus::OutOfSync);
    flags.setFlag(FleetFilterProxy::Degraded, health == HealthStatus::Degraded);
    flags.setFlag(FleetFilterProxy::Progressing, health == HealthStatus::Progressing);
    flags.setFlag(FleetFilterProxy::Paused, autoSync == AutoSyncState::Paused);
    return flags;
}

} // namespace

FleetFilterProxy::Entry FleetFilterProxy::computeEntry(const QModelIndex &index) const
{
    Entry entry;
    entry.name = index.data(Qt::DisplayRole).toString().toCaseFolded();
    const QString key = index.data(FleetTreeModel::ApplicationKeyRole).toString();
    entry.application = !key.isEmpty(); // only application rows carry a key
    if (!entry.application)
        return entry;
    // With the store at hand one lookup gives every field (the roles read the same
    // application, one lookup each).
    if (const Application *app = m_store ? m_store->application(key) : nullptr) {
        entry.project = app->project.toCaseFolded();
        entry.instance = app->instance.toCaseFolded();
        entry.labels = foldedLabels(app->labels);
        entry.status = statusFlags(app->syncStatus, app->health, app->autoSync());
        entry.ns = app->destinationNamespace.toCaseFolded();
        entry.cluster = m_store->clusterName(*app).toCaseFolded();
        return entry;
    }
    entry.project = index.data(FleetTreeModel::ProjectRole).toString().toCaseFolded();
    entry.instance = index.data(FleetTreeModel::InstanceRole).toString().toCaseFolded();
    entry.labels = foldedLabels(index.data(FleetTreeModel::LabelsRole).toMap());
    entry.status = statusFlags(SyncStatus(index.data(FleetTreeModel::SyncStatusRole).toInt()),
                               HealthStatus(index.data(FleetTreeModel::HealthRole).toInt()),
                               AutoSyncState(index.data(FleetTreeModel::AutoSyncRole).toInt()));
    // Destination from the tree (application → namespace → cluster when grouped by cluster).
    const QModelIndex parent = index.parent();
    if (parent.data(FleetTreeModel::KindRole).toInt() == int(FleetTreeModel::NodeKind::Namespace)) {
        entry.ns = parent.data(Qt::DisplayRole).toString().toCaseFolded();
        entry.cluster = parent.parent().data(Qt::DisplayRole).toString().toCaseFolded();
    }
    return entry;
}

const FleetFilterProxy::Entry &FleetFilterProxy::entryFor(const QModelIndex &index) const
{
    const void *node = index.internalPointer();
    auto it = m_entries.find(node);
    if (it == m_entries.end())
        it = m_entries.insert(node, computeEntry(index));
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

bool FleetFilterProxy::groupNameMatches(const Entry &group) const
{
    // A group shows for its own name only under plain-text terms: a status
    // or field filter is about applications.
    if (m_status != NoStatus || !m_onlyNameTerms || m_terms.isEmpty())
        return false;
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&group](const Term &t) { return group.name.contains(t.value); });
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const Entry &entry = entryFor(sourceModel()->index(sourceRow, 0, sourceParent));
    return entry.application ? matches(entry) : groupNameMatches(entry);
}

} // namespace sextant
