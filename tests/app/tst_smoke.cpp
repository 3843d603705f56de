// Runs the real sextant binary, as a user would.
#include "model/version.h"

#include <QProcess>
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
};

QTEST_GUILESS_MAIN(SmokeTest)
#include "tst_smoke.moc"
