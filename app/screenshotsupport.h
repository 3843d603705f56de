#pragma once

// What the screenshot program's parts share: saving a PNG, letting the event loop run.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>

#include <cstdio>
#include <functional>

namespace sextant {

class MainWindow;
class Workspace;

namespace screenshots {

inline bool save(const QPixmap &pixmap, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

inline void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace screenshots

// The Git tab with its markers and what deploys next, the revert preview and the
// promotion preview, light and dark.
bool saveGitScreens(Workspace &workspace, MainWindow &window, const QDir &dir);
// The wave plan with problems, its dry run, and the dashboard (a running and a halted run).
bool saveRolloutScreens(Workspace &workspace, MainWindow &window, const QDir &dir,
                        const QString &databasePath);

} // namespace sextant
