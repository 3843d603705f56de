#include "app/mainwindow.h"
#include "app/workspace.h"
#include "views/applicationview.h"
#include "views/fleettreeview.h"

#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant;

class MainWindowTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hasFileViewHelpMenus()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("a.sqlite")));
        MainWindow window(workspace);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        const QStringList expected{QStringLiteral("&File"), QStringLiteral("&View"),
                                   QStringLiteral("&Actions"), QStringLiteral("&Help")};
        QCOMPARE(titles, expected);
    }

    void statusBarSaysNoControllerAndVersion()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("b.sqlite")));
        MainWindow window(workspace);
        QCOMPARE(window.connectionSummary(), QStringLiteral("No controller connected"));
        auto *version = window.statusBar()->findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QVERIFY(version->text().startsWith(QStringLiteral("Sextant 0.")));
    }

    void everyShortcutIsUniqueAndListed()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("c.sqlite")));
        MainWindow window(workspace);
        QSet<QString> seen;
        for (const QAction *action : window.shortcutActions()) {
            const QString keys = action->shortcut().toString();
            QVERIFY2(!keys.isEmpty(), qPrintable(action->text()));
            QVERIFY2(!seen.contains(keys), qPrintable(keys));
            seen.insert(keys);
        }
        for (const char *keys :
             {"Ctrl+K", "Ctrl+F", "F5", "Ctrl+1", "Ctrl+4", "Ctrl+5", "Ctrl+D", "Ctrl+J", "Ctrl+Shift+P"})
            QVERIFY2(seen.contains(QString::fromLatin1(keys)), keys);
    }

    void rendersToPng()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("d.sqlite")));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, "the grabbed window looks blank");
        const QString path = m_dir.filePath(QStringLiteral("main-window.png"));
        QVERIFY(image.save(path));
        QCOMPARE(QImage(path).size(), image.size());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
