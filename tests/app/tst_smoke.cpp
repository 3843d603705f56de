// Runs the real sextant binary, as a user would.
#include "model/version.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class SmokeTest : public QObject {
    Q_OBJECT
private slots:
    void printsVersion()
    {
        QProcess process;
        process.start(QStringLiteral(SEXTANT_BINARY), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("sextant %1").arg(sextant::version()));
    }

    void rejectsUnknownOptionWithMessage()
    {
        QProcess process;
        process.start(QStringLiteral(SEXTANT_BINARY), {QStringLiteral("--no-such-option")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("no-such-option")));
    }

    // --screenshot saves the main window once the demo fleet is live, then quits.
    void savesScreenshotOfDemo()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        const QString png = home.filePath(QStringLiteral("demo.png"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SEXTANT_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800)); // the main window's first size
    }
};

QTEST_GUILESS_MAIN(SmokeTest)
#include "tst_smoke.moc"
