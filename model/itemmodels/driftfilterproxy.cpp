#include "model/itemmodels/driftfilterproxy.h"

#include "model/itemmodels/drifttablemodel.h"

namespace sextant {

DriftFilterProxy::DriftFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DriftTableModel::SortRole);
    setDynamicSortFilter(true);
}

void DriftFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool DriftFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(DriftTableModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace sextant
