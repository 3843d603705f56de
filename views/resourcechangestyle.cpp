#include "views/resourcechangestyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace sextant::views {

namespace {

// Drawn at the requested size so it is sharp at any scale; colours follow the
// application palette's lightness when painted.
class ChangeIconEngine : public QIconEngine {
public:
    explicit ChangeIconEngine(diff::ResourceChange change)
        : m_change(change)
    {}
    QIconEngine *clone() const override { return new ChangeIconEngine(m_change); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const bool dark = QApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
        QColor fill;
        switch (m_change) {
        case diff::ResourceChange::ToCreate:
            fill = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
            break;
        case diff::ResourceChange::ToPrune:
            fill = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
            break;
        case diff::ResourceChange::Modified:
            fill = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xbc, 0x6c, 0x00);
            break;
        case diff::ResourceChange::Unchanged:
            fill = QApplication::palette().color(QPalette::PlaceholderText);
            break;
        }
        if (mode == QIcon::Disabled)
            fill.setAlphaF(0.4f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height()) * 0.88;
        const QRectF box(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5, side, side);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(box, side * 0.22, side * 0.22);
        QPen pen(dark ? QColor(0x10, 0x10, 0x10) : Qt::white, std::max(1.5, side * 0.13), Qt::SolidLine,
                 Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QPointF c = box.center();
        const qreal arm = side * 0.27;
        switch (m_change) {
        case diff::ResourceChange::ToCreate:
            painter->drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()));
            painter->drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm));
            break;
        case diff::ResourceChange::ToPrune:
            painter->drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()));
            break;
        case diff::ResourceChange::Modified: {
            QPainterPath tilde;
            tilde.moveTo(c.x() - arm, c.y() + arm * 0.25);
            tilde.cubicTo(c.x() - arm * 0.5, c.y() - arm * 0.7, c.x(), c.y() - arm * 0.2, c.x(), c.y());
            tilde.cubicTo(c.x(), c.y() + arm * 0.2, c.x() + arm * 0.5, c.y() + arm * 0.7, c.x() + arm,
                          c.y() - arm * 0.25);
            painter->drawPath(tilde);
            break;
        }
        case diff::ResourceChange::Unchanged:
            painter->drawLine(QPointF(c.x() - arm, c.y() - arm * 0.4),
                              QPointF(c.x() + arm, c.y() - arm * 0.4));
            painter->drawLine(QPointF(c.x() - arm, c.y() + arm * 0.4),
                              QPointF(c.x() + arm, c.y() + arm * 0.4));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

private:
    diff::ResourceChange m_change;
};

} // namespace

QIcon resourceChangeIcon(diff::ResourceChange change)
{
    return QIcon(new ChangeIconEngine(change));
}

QString resourceChangeText(diff::ResourceChange change)
{
    switch (change) {
    case diff::ResourceChange::ToCreate:
        return QCoreApplication::translate("sextant::views::ResourceChange", "To create");
    case diff::ResourceChange::ToPrune:
        return QCoreApplication::translate("sextant::views::ResourceChange", "To prune");
    case diff::ResourceChange::Modified:
        return QCoreApplication::translate("sextant::views::ResourceChange", "Modified");
    case diff::ResourceChange::Unchanged: break;
    }
    return QCoreApplication::translate("sextant::views::ResourceChange", "Unchanged");
}

} // namespace sextant::views
