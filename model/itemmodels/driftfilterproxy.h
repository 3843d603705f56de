#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sextant {

// Filters and sorts a DriftTableModel. The filter text is whitespace-separated
// words that must all occur (case-insensitively) somewhere in a row: its instance,
// cluster, application, kind, namespace, name, time or change origin ("human",
// "kubectl-edit", "pending", "prod-eu-1 deployment"). Sorting uses SortRole, so
// times sort as times.
class DriftFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DriftFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // case-folded
};

} // namespace sextant
