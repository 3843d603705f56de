#pragma once

#include "model/itemmodels/fleettreemodel.h"

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace sextant {

class FleetStore;

// Search over a FleetTreeModel. The filter text is whitespace-separated terms
// that must all match an application:
//   plain text       a case-insensitive substring of the application's name
//   key=value        the label `key` equals `value` (key!=value: it does not)
//   project=, cluster=, namespace=, instance=   the same against those fields
// Values compare case-insensitively; a trailing * matches a prefix
// (env=prod*). Status flags are ORed: an application passes when it has any
// of the checked statuses. Groups stay while a descendant passes; a group
// whose name matches the plain terms shows too, but only with the matching
// applications below it.
//
// The source is a FleetTreeModel. Each row's searchable fields are computed
// once from its roles and kept, by the row's node (the index's internal
// pointer), until the source reports a change, insertion or removal of that
// row, so a keystroke over 50,000 applications costs no model lookups.
class FleetFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum StatusFlag {
        NoStatus = 0,
        OutOfSync = 0x1,
        Degraded = 0x2,
        Progressing = 0x4,
        Paused = 0x8,
    };
    Q_DECLARE_FLAGS(StatusFlags, StatusFlag)
    Q_FLAG(StatusFlags)

    explicit FleetFilterProxy(QObject *parent = nullptr);
    ~FleetFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // Optional: resolves cluster= and namespace= when the tree is not grouped
    // by cluster (the tree then does not carry them).
    void setFleetStore(const FleetStore *store);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStatusFilter(StatusFlags flags);
    StatusFlags statusFilter() const { return m_status; }
    // True when text or status narrows the tree.
    bool isFiltering() const { return !m_terms.isEmpty() || m_status != NoStatus; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term {
        enum class Field { Name, Label, Project, Cluster, Namespace, Instance };
        Field field = Field::Name;
        bool negate = false;
        bool prefix = false;
        QString key;   // label key, case-folded
        QString value; // case-folded
        bool operator==(const Term &) const = default;
    };
    struct Entry {
        bool application = false; // else a group: only its name is filled in
        QString name;             // case-folded
        QString project, cluster, ns, instance;
        QList<std::pair<QString, QString>> labels; // case-folded key, case-folded value; sorted by key
        StatusFlags status;
    };

    static constexpr int FilteringRole = FleetTreeModel::SyncStatusRole; // in every application change
    static constexpr int UnfilteredRole = FleetTreeModel::KindRole;      // in no change

    static QList<Term> parse(const QString &text);
    void refilter();
    const Entry &entryFor(const QModelIndex &sourceIndex) const;
    Entry computeEntry(const QModelIndex &sourceIndex) const;
    bool matches(const Entry &entry) const;
    bool groupNameMatches(const Entry &group) const;
    void forgetRows(const QModelIndex &parent, int first, int last);

    QString m_text;
    QList<Term> m_terms;
    bool m_onlyNameTerms = true;
    StatusFlags m_status;
    const FleetStore *m_store = nullptr;
    mutable QHash<const void *, Entry> m_entries; // by the source row's node
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace sextant

Q_DECLARE_OPERATORS_FOR_FLAGS(sextant::FleetFilterProxy::StatusFlags)
