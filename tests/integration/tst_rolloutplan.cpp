// `sextant rollout plan FILE` end to end: the real binary dry-runs a wave plan against
// sextant-fleetsim, and refuses a plan that does not validate with FILE:LINE:COLUMN lines.
#include "tests/support/fleetsimfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sextant::testing;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run rollout(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SEXTANT_BINARY), QStringList{u"rollout"_s} + arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

const QByteArray Plan = R"(apiVersion: sextant.io/v1
kind: WavePlan
metadata: {name: web-1.1}
spec:
  target: {revision: 0123456789abcdef0123456789abcdef01234567}
  selection: {projects: [team]}
  waves:
    - name: dev
      selector: {clusterLabels: {env: dev}}
      after: {settle: 1m, bake: 10m}
    - name: prod
      selector: {clusterLabels: {env: prod}}
      before: {approval: {approvers: [team-lead]}}
      maxParallel: 50%
)"_ba;

} // namespace

class RolloutPlanTest : public QObject {
    Q_OBJECT

    FleetsimFixture *m_sim = nullptr;
    QTemporaryDir m_dir;

    QStringList target() const { return {u"--server"_s, m_sim->baseUrl(), u"--token"_s, m_sim->token()}; }

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = new FleetsimFixture;
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    void cleanupTestCase() { delete m_sim; }

    void dryRunAsJson()
    {
        const QString file = write(u"plan.yaml"_s, Plan);
        const Run run = rollout(target() + QStringList{u"--format"_s, u"json"_s, u"plan"_s, file});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(u"plan"_s).toString(), u"web-1.1"_s);
        const QJsonArray waves = doc.value(u"waves"_s).toArray();
        QCOMPARE(waves.size(), 2);
        const QJsonArray dev = waves.at(0).toObject().value(u"apps"_s).toArray();
        QCOMPARE(dev.size(), 1);
        QCOMPARE(dev.at(0).toObject().value(u"name"_s).toString(), u"web-dev-1"_s);
        QCOMPARE(dev.at(0).toObject().value(u"cluster"_s).toString(), u"dev-1"_s);
        QCOMPARE(dev.at(0).toObject().value(u"namespace"_s).toString(), u"argocd"_s);
        const QJsonObject prod = waves.at(1).toObject();
        QCOMPARE(prod.value(u"apps"_s).toArray().size(), 1); // manual-prod-1; frozen-app is another project
        QCOMPARE(prod.value(u"apps"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
                 u"manual-prod-1"_s);
        QVERIFY(prod.value(u"gates"_s).toArray().contains(u"approval by team-lead"_s));
        // manual-prod-1 has no auto-sync: Start holds nothing; no wave waits for a window.
        QVERIFY(prod.value(u"held"_s).toArray().isEmpty());
        QVERIFY(!prod.contains(u"syncWindow"_s));
        // The production wave starts when dev has settled and baked: 11 minutes in.
        const QDateTime devStart =
            QDateTime::fromString(waves.at(0).toObject().value(u"earliestStart"_s).toString(), Qt::ISODate);
        const QDateTime prodStart =
            QDateTime::fromString(prod.value(u"earliestStart"_s).toString(), Qt::ISODate);
        QCOMPARE(devStart.secsTo(prodStart), 11 * 60);
        QCOMPARE(doc.value(u"unselected"_s).toArray().size(), 0);
    }

    void dryRunAsTable()
    {
        const Run run = rollout(target() + QStringList{u"plan"_s, write(u"plan.yaml"_s, Plan)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Wave 2 prod: 1 app, 1 at a time"), run.out.constData());
        QVERIFY(run.out.contains("prod-1  argocd/manual-prod-1"));
    }

    void anInvalidPlanExitsTwoWithItsPlaces()
    {
        QByteArray broken = Plan;
        broken.replace("revision: 0123456789abcdef0123456789abcdef01234567", "revision: main");
        broken.replace("maxParallel: 50%", "maxParallel: 150%");
        const QString file = write(u"broken.yaml"_s, broken);
        const Run run = rollout(target() + QStringList{u"plan"_s, file});
        QCOMPARE(run.exitCode, 2);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines.at(0).startsWith(file.toUtf8() + ":5:22: the target revision must be a full commit id"),
            lines.at(0).constData());
        QVERIFY2(lines.at(1).startsWith(file.toUtf8() + ":14:20: maxParallel is a percentage over 100%"),
                 lines.at(1).constData());
        QVERIFY(run.out.isEmpty());
    }

    void whatOnlyTheFleetShowsExitsTwoToo()
    {
        QByteArray unknown = Plan;
        unknown.replace("clusterLabels: {env: dev}", "clusterLabels: {stage: dev}");
        const QString file = write(u"unknown.yaml"_s, unknown);
        const Run run = rollout(target() + QStringList{u"plan"_s, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file.toUtf8() + ":9:34: wave \"dev\": no cluster has the label stage"),
                 run.err.constData());
    }

    void aWrongTokenExitsThree()
    {
        const Run run = rollout({u"--server"_s, m_sim->baseUrl(), u"--token"_s, u"wrong"_s, u"plan"_s,
                                 write(u"plan.yaml"_s, Plan)});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RolloutPlanTest)
#include "tst_rolloutplan.moc"
