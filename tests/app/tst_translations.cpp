#include "app/mainwindow.h"
#include "app/translations.h"
#include "app/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <QApplication>
#include <QTest>

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void germanTranslatesWindowTitle()
    {
        QVERIFY(sextant::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        sextant::Workspace workspace(dir.filePath(QStringLiteral("t.sqlite")));
        sextant::MainWindow window(workspace);
        QCOMPARE(window.windowTitle(), QStringLiteral("Sextant — GitOps-Flottenkonsole"));
        QCOMPARE(window.connectionSummary(), QStringLiteral("Kein Controller verbunden"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QVERIFY(!sextant::installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
