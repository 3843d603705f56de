#pragma once

#include <QStyledItemDelegate>

namespace sextant::views {

// Paints the fleet tree's rows: status icons and name for applications (and,
// outside a cluster/namespace grouping, where each runs); name and roll-up
// badges for groups; connection icon and state for instances. Tooltips say
// the same in full. Reads FleetTreeModel roles only.
class FleetTreeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    QString toolTip(const QModelIndex &index) const;

private:
    void paintApplication(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                          QRect r) const;
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                    QRect r) const;
};

} // namespace sextant::views
