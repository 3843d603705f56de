#pragma once

#include "tests/bench/benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QList>
#include <QTest>
#include <QTimer>
#include <QWidget>

// Paints the widget, then returns once the event loop has come round again.
inline void paintAndSettle(QWidget &widget)
{
    widget.repaint();
    bool responsive = false;
    QTimer::singleShot(0, [&] { responsive = true; });
    waitFor([&] { return responsive; }, 10000);
}

// Types `text` into `edit` a key at a time; each key's time until its events are handled, in ms.
inline QList<qint64> timedKeystrokes(QLineEdit *edit, const QString &text)
{
    QList<qint64> times;
    for (const QChar c : text) {
        QElapsedTimer keystroke;
        keystroke.start();
        QTest::keyClick(edit, c.toLatin1());
        QApplication::processEvents();
        times << keystroke.elapsed();
    }
    return times;
}
