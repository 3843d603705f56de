#include "app/mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void hasFileViewHelpMenus()
    {
        sextant::MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    }

    void statusBarSaysNoControllerAndVersion()
    {
        sextant::MainWindow window;
        QCOMPARE(window.connectionSummary(), QStringLiteral("No controller connected"));
        auto *version = window.statusBar()->findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QVERIFY(version->text().startsWith(QStringLiteral("Sextant 0.")));
    }

    void rendersToPng()
    {
        sextant::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        // A rendered window has more than one colour (text, icon, chrome).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, "the grabbed window looks blank");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("main-window.png"));
        QVERIFY(image.save(path));
        QCOMPARE(QImage(path).size(), image.size());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
