#pragma once

#include "model/fleet/driftscanner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace sextant {

// Every out-of-sync resource of the fleet, one row each, from a DriftScanner.
// Updates are incremental: an application's rows are changed in place, inserted
// or removed, never a reset (selection and scroll position survive a refresh).
class DriftTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Instance,
        Cluster,
        Application,
        Kind,
        Namespace,
        Name,
        OutOfSyncSince,
        Origin,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts (times as QDateTime)
        OriginRole,                  // int(diff::DriftOrigin); -1 while unclassified, -2 on error
        AppKeyRole,                  // Application::key()
        IdentityRole,                // group/kind/namespace/name
        SearchTextRole,              // every column's text, case-folded, for filtering
    };
    static constexpr int Checking = -1;
    static constexpr int Failed = -2;

    explicit DriftTableModel(QObject *parent = nullptr);
    ~DriftTableModel() override;

    // Follows `scanner` (its current records are taken at once).
    void setScanner(DriftScanner *scanner);

    // Replaces the rows of one application (none: removes it).
    void setApplicationRecords(const QString &appKey, const QList<DriftRecord> &records);
    void removeApplication(const QString &appKey);

    const DriftRecord *record(int row) const;
    int rowOf(const QString &appKey, const QString &identity) const;

    // The origin column's text: "human edit by kubectl-edit at 06:40", "pending Git commit" ...
    static QString originText(const DriftRecord &record);
    static QString originToolTip(const DriftRecord &record);
    // A note the origin column adds to a row ("in Git on branch sextant/adopt/…"); empty for none.
    void setAnnotation(std::function<QString(const DriftRecord &)> annotate);
    // The notes changed: asks the views to read the origin column again.
    void refreshAnnotations();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const DriftRecord &record, int column) const;
    void reindex();

    QPointer<DriftScanner> m_scanner;
    std::function<QString(const DriftRecord &)> m_annotate;
    QList<DriftRecord> m_rows;           // each application's rows are contiguous
    QHash<QString, int> m_firstRow;      // appKey → its first row
    QHash<QString, int> m_rowCountOfApp; // appKey → how many rows it has
};

} // namespace sextant
