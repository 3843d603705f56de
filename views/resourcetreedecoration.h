#pragma once

#include <QIdentityProxyModel>

namespace sextant::views {

// ResourceTreeModel as the widgets show it: the health column's icon and
// translated name from HealthRole, and italic text in the placeholder colour
// for resources not created yet (ExistsRole), taken from `paletteSource`'s
// palette when asked, so a repaint follows a palette change.
class ResourceTreeDecoration : public QIdentityProxyModel {
    Q_OBJECT
public:
    ResourceTreeDecoration(const QWidget *paletteSource, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const QWidget *m_paletteSource;
};

} // namespace sextant::views
