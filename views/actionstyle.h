#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

class QAbstractButton;
class QLabel;
class QPalette;
class QWidget;

namespace sextant::views {

// The looks shared by the action dialogs and the pause banner, taken from the
// palette so they follow light and dark schemes.

// Red for destructive buttons and the emergency banner, readable on the palette.
QColor dangerColor(const QPalette &palette);
// Amber for warnings (a blocking sync window, a protected target).
QColor warningColor(const QPalette &palette);

// A frame filled with a tint of `accent` (window role) over the palette's base.
void tintBackground(QWidget *widget, const QColor &accent, qreal amount = 0.16);
// Red filled button with white text: the one button that does the dangerous thing.
void styleDangerButton(QAbstractButton *button);
// A caption-style label (placeholder-text role), as in the application header.
QLabel *captionLabel(const QString &text, QWidget *parent);
// A label for a heading inside a dialog (bold, a little larger).
QLabel *headingLabel(const QString &text, QWidget *parent);

// "12:04" today, "Tue 12:04" this week, else "2026-05-03 12:04", local time.
QString shortTime(const QDateTime &utc);

} // namespace sextant::views
