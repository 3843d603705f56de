#include "views/statusicons.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace sextant::views {

namespace {

// Translation context for the status words.
struct StatusIcons {
    Q_DECLARE_TR_FUNCTIONS(StatusIcons)
};

enum class Tone { Good, Warning, Bad, Busy, Suspended, Missing, Neutral, Automatic };

QColor toneColor(Tone tone, bool dark)
{
    // Pairs chosen for ≥ 3:1 contrast against the light and dark bases.
    switch (tone) {
    case Tone::Good: return dark ? QColor(0x5c, 0xc7, 0x7a) : QColor(0x1e, 0x7e, 0x34);
    case Tone::Warning: return dark ? QColor(0xf2, 0xa6, 0x3b) : QColor(0xb3, 0x5c, 0x00);
    case Tone::Bad: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Tone::Busy: return dark ? QColor(0x6a, 0xb0, 0xff) : QColor(0x1a, 0x66, 0xd2);
    case Tone::Suspended: return dark ? QColor(0xb7, 0xa8, 0xf0) : QColor(0x67, 0x4f, 0xb0);
    case Tone::Missing: return dark ? QColor(0xe8, 0xc5, 0x47) : QColor(0x8a, 0x6d, 0x00);
    case Tone::Neutral: return dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6b, 0x70, 0x76);
    case Tone::Automatic: return dark ? QColor(0x4d, 0xd0, 0xc4) : QColor(0x00, 0x79, 0x6b);
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

enum class Glyph {
    CheckDisc,
    Diamond,
    Question,
    Heart,
    CrackedHeart,
    RingSegment,
    PauseBars,
    DashedRing,
    CircularArrow,
    SlashedArrow,
    PauseDisc,
    LiveDot,
    Padlock,
    Warning,
    Clock,
};

struct Look {
    Glyph glyph;
    Tone tone;
};

Look lookFor(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Synced: return {Glyph::CheckDisc, Tone::Good};
    case SyncStatus::OutOfSync: return {Glyph::Diamond, Tone::Warning};
    case SyncStatus::Unknown: break;
    }
    return {Glyph::Question, Tone::Neutral};
}

Look lookFor(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy: return {Glyph::Heart, Tone::Good};
    case HealthStatus::Degraded: return {Glyph::CrackedHeart, Tone::Bad};
    case HealthStatus::Progressing: return {Glyph::RingSegment, Tone::Busy};
    case HealthStatus::Suspended: return {Glyph::PauseBars, Tone::Suspended};
    case HealthStatus::Missing: return {Glyph::DashedRing, Tone::Missing};
    case HealthStatus::Unknown: break;
    }
    return {Glyph::Question, Tone::Neutral};
}

Look lookFor(AutoSyncState state)
{
    switch (state) {
    case AutoSyncState::On: return {Glyph::CircularArrow, Tone::Automatic};
    case AutoSyncState::Paused: return {Glyph::PauseDisc, Tone::Warning};
    case AutoSyncState::Off: break;
    }
    return {Glyph::SlashedArrow, Tone::Neutral};
}

Look lookFor(InstanceStatus::Connection connection)
{
    using C = InstanceStatus::Connection;
    switch (connection) {
    case C::Live: return {Glyph::LiveDot, Tone::Good};
    case C::Connecting: return {Glyph::RingSegment, Tone::Busy};
    case C::Reconnecting: return {Glyph::CircularArrow, Tone::Warning};
    case C::AuthFailed: return {Glyph::Padlock, Tone::Bad};
    case C::Failed: return {Glyph::Warning, Tone::Bad};
    case C::Cached: return {Glyph::Clock, Tone::Neutral};
    }
    return {Glyph::Question, Tone::Neutral};
}

// Draws in a unit square scaled to `s` pixels. Cut-outs clear the pixmap, so
// the row behind (plain or selected) shows through them.
class GlyphPainter {
public:
    GlyphPainter(QPainter &p, qreal s, const QColor &color)
        : m_p(p)
        , m_s(s)
        , m_color(color)
    {}

    QPointF pt(qreal x, qreal y) const { return {x * m_s, y * m_s}; }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return {x * m_s, y * m_s, w * m_s, h * m_s}; }
    qreal width(qreal unit) const { return std::max(unit * m_s, 1.3); }

    void fill(const QPainterPath &path)
    {
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_color);
        m_p.drawPath(path);
    }
    void stroke(const QPainterPath &path, qreal unitWidth, Qt::PenStyle style = Qt::SolidLine)
    {
        QPen pen(m_color, width(unitWidth), style, Qt::RoundCap, Qt::RoundJoin);
        m_p.setPen(pen);
        m_p.setBrush(Qt::NoBrush);
        m_p.drawPath(path);
    }
    void cut(const QPainterPath &path, qreal unitWidth, bool filled = false)
    {
        m_p.save();
        m_p.setCompositionMode(QPainter::CompositionMode_Clear);
        m_p.setPen(unitWidth > 0
                       ? QPen(Qt::black, width(unitWidth), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
                       : QPen(Qt::NoPen));
        m_p.setBrush(filled ? QBrush(Qt::black) : QBrush(Qt::NoBrush));
        m_p.drawPath(path);
        m_p.restore();
    }

    QPainterPath line(std::initializer_list<QPointF> points) const
    {
        QPainterPath path;
        bool first = true;
        for (const QPointF &p : points) {
            const QPointF scaled = pt(p.x(), p.y());
            if (first)
                path.moveTo(scaled);
            else
                path.lineTo(scaled);
            first = false;
        }
        return path;
    }
    QPainterPath ellipse(qreal cx, qreal cy, qreal r) const
    {
        QPainterPath path;
        path.addEllipse(pt(cx, cy), r * m_s, r * m_s);
        return path;
    }
    QPainterPath heart() const
    {
        QPainterPath path;
        path.moveTo(pt(0.5, 0.92));
        path.cubicTo(pt(0.16, 0.66), pt(0.02, 0.48), pt(0.04, 0.31));
        path.cubicTo(pt(0.06, 0.14), pt(0.2, 0.07), pt(0.31, 0.07));
        path.cubicTo(pt(0.41, 0.07), pt(0.47, 0.13), pt(0.5, 0.2));
        path.cubicTo(pt(0.53, 0.13), pt(0.59, 0.07), pt(0.69, 0.07));
        path.cubicTo(pt(0.8, 0.07), pt(0.94, 0.14), pt(0.96, 0.31));
        path.cubicTo(pt(0.98, 0.48), pt(0.84, 0.66), pt(0.5, 0.92));
        path.closeSubpath();
        return path;
    }
    // An arc of the circle (cx, cy, r) from `start` degrees, sweeping `sweep`
    // counter-clockwise, with an arrowhead at its end when asked.
    void arcArrow(qreal cx, qreal cy, qreal r, qreal start, qreal sweep, qreal unitWidth, bool head)
    {
        const QRectF box = rect(cx - r, cy - r, 2 * r, 2 * r);
        QPainterPath arc;
        arc.arcMoveTo(box, start);
        arc.arcTo(box, start, sweep);
        stroke(arc, unitWidth);
        if (!head)
            return;
        const qreal theta = (start + sweep) * std::numbers::pi / 180.0;
        const QPointF end(box.center().x() + r * m_s * std::cos(theta),
                          box.center().y() - r * m_s * std::sin(theta));
        const qreal sign = sweep >= 0 ? 1 : -1;
        const QPointF along(-std::sin(theta) * sign, -std::cos(theta) * sign); // direction of travel
        const QPointF radial(std::cos(theta), -std::sin(theta));
        const qreal h = 0.26 * m_s, w = 0.2 * m_s;
        QPainterPath tri;
        tri.moveTo(end + along * h * 0.75);
        tri.lineTo(end - along * h * 0.25 + radial * w);
        tri.lineTo(end - along * h * 0.25 - radial * w);
        tri.closeSubpath();
        fill(tri);
    }
    void question(qreal cx, qreal cy, qreal size)
    {
        QFont font = QGuiApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(1, int(std::lround(size * m_s))));
        m_p.setFont(font);
        m_p.setPen(m_color);
        const QRectF box = rect(cx - 0.5, cy - 0.5, 1, 1);
        m_p.drawText(box, Qt::AlignCenter, QStringLiteral("?"));
    }

private:
    QPainter &m_p;
    qreal m_s;
    QColor m_color;
};

void paintGlyph(QPainter &painter, qreal s, Glyph glyph, const QColor &color)
{
    GlyphPainter g(painter, s, color);
    switch (glyph) {
    case Glyph::CheckDisc:
        g.fill(g.ellipse(0.5, 0.5, 0.46));
        g.cut(g.line({{0.27, 0.52}, {0.43, 0.68}, {0.73, 0.35}}), 0.13);
        break;
    case Glyph::Diamond: {
        QPainterPath diamond = g.line({{0.5, 0.02}, {0.98, 0.5}, {0.5, 0.98}, {0.02, 0.5}});
        diamond.closeSubpath();
        g.fill(diamond);
        // Two opposed arrows: what runs and what Git says differ.
        g.cut(g.line({{0.28, 0.4}, {0.68, 0.4}}), 0.09);
        g.cut(g.line({{0.56, 0.29}, {0.7, 0.4}, {0.56, 0.51}}), 0.09);
        g.cut(g.line({{0.72, 0.62}, {0.32, 0.62}}), 0.09);
        g.cut(g.line({{0.44, 0.51}, {0.3, 0.62}, {0.44, 0.73}}), 0.09);
        break;
    }
    case Glyph::Question:
        g.stroke(g.ellipse(0.5, 0.5, 0.42), 0.09);
        g.question(0.5, 0.52, 0.66);
        break;
    case Glyph::Heart: g.fill(g.heart()); break;
    case Glyph::CrackedHeart:
        g.fill(g.heart());
        g.cut(g.line({{0.5, 0.12}, {0.4, 0.36}, {0.58, 0.5}, {0.44, 0.68}, {0.52, 0.96}}), 0.13);
        break;
    case Glyph::RingSegment: g.arcArrow(0.5, 0.5, 0.36, 90, -270, 0.17, false); break;
    case Glyph::PauseBars: {
        QPainterPath bars;
        bars.addRoundedRect(g.rect(0.2, 0.12, 0.22, 0.76), 0.05 * s, 0.05 * s);
        bars.addRoundedRect(g.rect(0.58, 0.12, 0.22, 0.76), 0.05 * s, 0.05 * s);
        g.fill(bars);
        break;
    }
    case Glyph::DashedRing: {
        QPainter &p = painter;
        QPen pen(color, std::max(0.14 * s, 1.5), Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({1.6, 1.2});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(g.ellipse(0.5, 0.5, 0.38));
        break;
    }
    case Glyph::CircularArrow: g.arcArrow(0.5, 0.52, 0.34, 110, 270, 0.14, true); break;
    case Glyph::SlashedArrow:
        g.arcArrow(0.5, 0.52, 0.34, 110, 270, 0.11, true);
        g.cut(g.line({{0.1, 0.9}, {0.9, 0.1}}), 0.24);
        g.stroke(g.line({{0.14, 0.86}, {0.86, 0.14}}), 0.1);
        break;
    case Glyph::PauseDisc: {
        g.fill(g.ellipse(0.5, 0.5, 0.47));
        QPainterPath bars;
        bars.addRect(g.rect(0.3, 0.27, 0.14, 0.46));
        bars.addRect(g.rect(0.56, 0.27, 0.14, 0.46));
        g.cut(bars, 0, true);
        break;
    }
    case Glyph::LiveDot:
        g.fill(g.ellipse(0.5, 0.5, 0.22));
        g.stroke(g.ellipse(0.5, 0.5, 0.41), 0.1);
        break;
    case Glyph::Padlock: {
        QPainterPath shackle;
        const QRectF box = g.rect(0.29, 0.08, 0.42, 0.46);
        shackle.moveTo(g.pt(0.29, 0.44));
        shackle.lineTo(g.pt(0.29, 0.31));
        shackle.arcTo(box, 180, -180);
        shackle.lineTo(g.pt(0.71, 0.44));
        g.stroke(shackle, 0.12);
        QPainterPath body;
        body.addRoundedRect(g.rect(0.14, 0.42, 0.72, 0.52), 0.08 * s, 0.08 * s);
        g.fill(body);
        g.cut(g.ellipse(0.5, 0.63, 0.08), 0, true);
        g.cut(g.line({{0.5, 0.66}, {0.5, 0.8}}), 0.08);
        break;
    }
    case Glyph::Warning: {
        QPainterPath tri = g.line({{0.5, 0.06}, {0.97, 0.91}, {0.03, 0.91}});
        tri.closeSubpath();
        g.fill(tri);
        g.stroke(tri, 0.06);
        g.cut(g.line({{0.5, 0.36}, {0.5, 0.6}}), 0.12);
        g.cut(g.ellipse(0.5, 0.76, 0.065), 0, true);
        break;
    }
    case Glyph::Clock:
        g.stroke(g.ellipse(0.5, 0.5, 0.41), 0.11);
        g.stroke(g.line({{0.5, 0.25}, {0.5, 0.5}, {0.68, 0.6}}), 0.1);
        break;
    }
}

class StatusIconEngine : public QIconEngine {
public:
    explicit StatusIconEngine(Look look)
        : m_look(look)
    {}

    QIconEngine *clone() const override { return new StatusIconEngine(m_look); }
    QString key() const override { return QStringLiteral("sextant-status"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QGuiApplication::palette();
        const bool dark = isDark(palette);
        const int side = std::min(size.width(), size.height());
        if (side <= 0)
            return {};
        const quint64 cacheKey = quint64(side) | quint64(std::lround(scale * 100)) << 16 |
                                 quint64(mode) << 32 | quint64(dark) << 40;
        if (auto it = m_cache.constFind(cacheKey); it != m_cache.cend())
            return *it;
        const int pixels = std::max(1, int(std::lround(side * scale)));
        QPixmap pixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QColor color = toneColor(m_look.tone, dark);
        if (mode == QIcon::Disabled) {
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
            color.setAlphaF(0.7f);
        }
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paintGlyph(painter, pixels, m_look.glyph, color);
        }
        pixmap.setDevicePixelRatio(scale);
        if (m_cache.size() > 64)
            m_cache.clear();
        m_cache.insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    Look m_look;
    QHash<quint64, QPixmap> m_cache;
};

QHash<int, QIcon> &sharedIcons()
{
    static QHash<int, QIcon> icons;
    return icons;
}

QIcon iconFor(Look look)
{
    // One shared icon per look; the engine caches its pixmaps. They go with
    // the application object, not at static destruction.
    QHash<int, QIcon> &icons = sharedIcons();
    if (icons.isEmpty() && QCoreApplication::instance())
        QObject::connect(QCoreApplication::instance(), &QObject::destroyed, [] { sharedIcons().clear(); });
    const int key = int(look.glyph) << 8 | int(look.tone);
    auto it = icons.find(key);
    if (it == icons.end())
        it = icons.insert(key, QIcon(new StatusIconEngine(look)));
    return *it;
}

} // namespace

QIcon syncIcon(SyncStatus status)
{
    return iconFor(lookFor(status));
}
QIcon healthIcon(HealthStatus status)
{
    return iconFor(lookFor(status));
}
QIcon autoSyncIcon(AutoSyncState state)
{
    return iconFor(lookFor(state));
}
QIcon instanceIcon(InstanceStatus::Connection connection)
{
    return iconFor(lookFor(connection));
}

QColor statusColor(SyncStatus status, const QPalette &palette)
{
    return toneColor(lookFor(status).tone, isDark(palette));
}
QColor statusColor(HealthStatus status, const QPalette &palette)
{
    return toneColor(lookFor(status).tone, isDark(palette));
}
QColor statusColor(AutoSyncState state, const QPalette &palette)
{
    return toneColor(lookFor(state).tone, isDark(palette));
}
QColor statusColor(InstanceStatus::Connection connection, const QPalette &palette)
{
    return toneColor(lookFor(connection).tone, isDark(palette));
}

QString statusText(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Synced: return StatusIcons::tr("Synced");
    case SyncStatus::OutOfSync: return StatusIcons::tr("Out of sync");
    case SyncStatus::Unknown: break;
    }
    return StatusIcons::tr("Sync unknown");
}

QString statusText(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy: return StatusIcons::tr("Healthy");
    case HealthStatus::Progressing: return StatusIcons::tr("Progressing");
    case HealthStatus::Degraded: return StatusIcons::tr("Degraded");
    case HealthStatus::Suspended: return StatusIcons::tr("Suspended");
    case HealthStatus::Missing: return StatusIcons::tr("Missing");
    case HealthStatus::Unknown: break;
    }
    return StatusIcons::tr("Health unknown");
}

QString statusText(AutoSyncState state)
{
    switch (state) {
    case AutoSyncState::On: return StatusIcons::tr("Auto-sync on");
    case AutoSyncState::Paused: return StatusIcons::tr("Auto-sync paused");
    case AutoSyncState::Off: break;
    }
    return StatusIcons::tr("Auto-sync off");
}

QString statusText(InstanceStatus::Connection connection)
{
    using C = InstanceStatus::Connection;
    switch (connection) {
    case C::Connecting: return StatusIcons::tr("Connecting");
    case C::Live: return StatusIcons::tr("Connected");
    case C::Reconnecting: return StatusIcons::tr("Reconnecting");
    case C::AuthFailed: return StatusIcons::tr("Authentication failed");
    case C::Failed: return StatusIcons::tr("Connection failed");
    case C::Cached: return StatusIcons::tr("Cached");
    }
    return {};
}

QString instanceStateText(const InstanceStatus &status, bool stale)
{
    using C = InstanceStatus::Connection;
    const QLocale locale;
    const auto clock = [&locale](const QDateTime &t, bool seconds) {
        return locale.toString(t.toLocalTime().time(),
                               seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    };
    switch (status.connection) {
    case C::Live:
    case C::AuthFailed:
    case C::Cached: return statusText(status.connection);
    case C::Connecting:
    case C::Reconnecting:
    case C::Failed: break;
    }
    if (stale && status.lastHeard.isValid())
        return StatusIcons::tr("Stale since %1").arg(clock(status.lastHeard, false));
    if (status.connection == C::Reconnecting && status.nextRetry.isValid())
        return StatusIcons::tr("Reconnecting (next try %1)").arg(clock(status.nextRetry, true));
    return statusText(status.connection);
}

} // namespace sextant::views
