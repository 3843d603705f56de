#include "app/mainwindow.h"
#include "app/translations.h"

#include <QApplication>
#include <QTest>

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void germanTranslatesWindowTitle()
    {
        QVERIFY(sextant::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        sextant::MainWindow window;
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
