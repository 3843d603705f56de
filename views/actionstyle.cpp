#include "views/actionstyle.h"

#include <KColorUtils>

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QWidget>

namespace sextant::views {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor dangerColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe5, 0x48, 0x48) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0xa6, 0x3b) : QColor(0xb3, 0x5c, 0x00);
}

void tintBackground(QWidget *widget, const QColor &accent, qreal amount)
{
    // From the application, not the widget: the widget's own palette holds the last tint.
    QPalette palette = QApplication::palette(widget);
    palette.setColor(QPalette::Window, KColorUtils::mix(palette.color(QPalette::Base), accent, amount));
    widget->setAutoFillBackground(true);
    widget->setPalette(palette);
}

void styleDangerButton(QAbstractButton *button)
{
    const QColor red = dangerColor(button->palette());
    // A style sheet, because Fusion ignores QPalette::Button on pushed/hover states.
    button->setStyleSheet(
        QStringLiteral("QAbstractButton { background: %1; color: white; border: 1px solid %2;"
                       " border-radius: 3px; padding: 4px 12px; font-weight: bold; }"
                       "QAbstractButton:hover { background: %3; }"
                       "QAbstractButton:disabled { background: %4; color: %5; border-color: %4; }")
            .arg(red.name(), red.darker(130).name(), red.lighter(115).name(),
                 KColorUtils::mix(button->palette().color(QPalette::Button), red, 0.25).name(),
                 button->palette().color(QPalette::Disabled, QPalette::ButtonText).name()));
}

QLabel *captionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QString shortTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date().daysTo(today) < 7)
        return QLocale().toString(local, QStringLiteral("ddd HH:mm"));
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace sextant::views
