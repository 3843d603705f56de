#include "views/resourcetreedecoration.h"

#include "model/itemmodels/resourcetreemodel.h"
#include "views/statusicons.h"

#include <QFont>
#include <QWidget>

namespace sextant::views {

ResourceTreeDecoration::ResourceTreeDecoration(const QWidget *paletteSource, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_paletteSource(paletteSource)
{}

QVariant ResourceTreeDecoration::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::DecorationRole:
        if (index.column() == ResourceTreeModel::HealthColumn) {
            const QVariant health = QIdentityProxyModel::data(index, ResourceTreeModel::HealthRole);
            if (!health.isValid())
                return {};
            const auto status = HealthStatus(health.toInt());
            return role == Qt::DisplayRole ? QVariant(statusText(status)) : QVariant(healthIcon(status));
        }
        break;
    case Qt::FontRole:
        if (!QIdentityProxyModel::data(index, ResourceTreeModel::ExistsRole).toBool()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (!QIdentityProxyModel::data(index, ResourceTreeModel::ExistsRole).toBool())
            return m_paletteSource->palette().brush(QPalette::PlaceholderText);
        return {};
    default: break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace sextant::views
