#pragma once

#include "model/rollout/waveverdict.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

#include <array>

namespace sextant::views {

// The colour of each app progress in the wave bars (health colours, so Healthy reads the same
// as in the fleet tree).
QColor progressColor(rollout::AppProgress progress, const QPalette &palette);

// Paints a wave's apps as one segmented bar: waiting · syncing · progressing · healthy ·
// degraded · unknown, each segment as wide as its share, with the counts in the tooltip.
// The counts come from CountsRole (a QVariantList of six ints, in AppProgress order).
class WaveProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int CountsRole = Qt::UserRole + 40;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Paints how many of a wave's released apps were Healthy over time, as a small step line from
// the wave's first release to now (0 at the bottom, every released app at the top). The
// points come from TrendRole: a QVariantList of QPointF (seconds since the first, fraction).
class HealthTrendDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int TrendRole = Qt::UserRole + 41;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sextant::views
