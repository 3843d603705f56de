#pragma once

#include "model/storage/actionrecords.h"

#include <QAbstractTableModel>

namespace sextant {

// The action journal as a table, newest first: when, who, action, target,
// reason, result, error. setEntries() keeps rows by journal id, so a reload
// that only adds newer rows and finishes started ones inserts at the top and
// emits dataChanged, instead of resetting (the selection and scroll stay).
class JournalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        TargetColumn,
        ReasonColumn,
        ResultColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        JournalIdRole = Qt::UserRole + 1,
        ResultRole,    // int(JournalEntry::Result)
        TimestampRole, // QDateTime (UTC) of startedAt, for sorting
    };

    explicit JournalTableModel(QObject *parent = nullptr);

    void setEntries(const QList<JournalEntry> &entries);
    const QList<JournalEntry> &entries() const { return m_entries; }
    const JournalEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ada (admin)" — the controller user, and the workstation user when they differ.
    static QString who(const JournalEntry &entry);
    // "prod-eu · cluster-1 · payments · payments-api", parts that are empty left out.
    static QString target(const JournalEntry &entry);

private:
    QList<JournalEntry> m_entries;
};

} // namespace sextant
