#include "views/detaillist.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace sextant::views {

QTreeWidget *makeDetailList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setIconSize(QSize(DetailIconSize, DetailIconSize));
    list->header()->setStretchLastSection(false);
    list->header()->setSectionsMovable(false);
    return list;
}

} // namespace sextant::views
