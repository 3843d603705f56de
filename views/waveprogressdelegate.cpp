#include "views/waveprogressdelegate.h"

#include "views/statusicons.h"

#include <QPainter>

namespace sextant::views {

using rollout::AppProgress;

QColor progressColor(AppProgress progress, const QPalette &palette)
{
    switch (progress) {
    case AppProgress::Waiting: return palette.color(QPalette::Disabled, QPalette::Text);
    case AppProgress::Syncing: return statusColor(SyncStatus::OutOfSync, palette);
    case AppProgress::Progressing: return statusColor(HealthStatus::Progressing, palette);
    case AppProgress::Healthy: return statusColor(HealthStatus::Healthy, palette);
    case AppProgress::Degraded: return statusColor(HealthStatus::Degraded, palette);
    case AppProgress::Unknown: break;
    }
    return statusColor(HealthStatus::Unknown, palette);
}

void WaveProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QVariantList counts = index.data(CountsRole).toList();
    if (counts.size() != rollout::AppProgressCount) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, QModelIndex()); // selection and row colours
    int total = 0;
    for (const QVariant &count : counts)
        total += count.toInt();
    const QRect bar =
        option.rect.adjusted(4, option.rect.height() / 2 - 5, -4, -(option.rect.height() / 2 - 5));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRect(bar);
    if (total > 0) {
        int x = bar.left();
        int done = 0;
        for (int i = 0; i < rollout::AppProgressCount; ++i) {
            const int count = counts.at(i).toInt();
            if (count == 0)
                continue;
            done += count;
            // Rounded on the running sum, so the segments fill the bar exactly.
            const int end = bar.left() + int(qint64(bar.width()) * done / total);
            painter->setBrush(progressColor(AppProgress(i), option.palette));
            painter->drawRect(QRect(x, bar.top(), qMax(1, end - x), bar.height()));
            x = end;
        }
    }
    painter->restore();
}

QSize WaveProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 160));
    return size;
}

void HealthTrendDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariantList points = index.data(TrendRole).toList();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, QModelIndex());
    if (points.isEmpty())
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const qreal span = qMax<qreal>(1, points.constLast().toPointF().x());
    const auto at = [&](qreal seconds, qreal fraction) {
        return QPointF(area.left() + area.width() * seconds / span, area.bottom() - area.height() * fraction);
    };
    QPolygonF line;
    qreal previous = 0;
    for (const QVariant &value : points) {
        const QPointF point = value.toPointF();
        if (!line.isEmpty())
            line << at(point.x(), previous); // a step: the count held until it changed
        line << at(point.x(), point.y());
        previous = point.y();
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    painter->setPen(QPen(progressColor(AppProgress::Healthy, option.palette), 1.5));
    painter->drawPolyline(line);
    painter->restore();
}

QSize HealthTrendDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 120));
    return size;
}

} // namespace sextant::views
