// A second controller behind the seam: a stub backend serving three apps from memory appears
// in the fleet tree beside nothing Argo CD, and the emergency pause and resume dialogs pause
// and resume it through the same ActionService as Argo CD instances.
#include "model/actions/actionservice.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "tests/support/stubbackend.h"
#include "views/batchprogresspanel.h"
#include "views/emergencypausedialog.h"
#include "views/fleettreeview.h"
#include "views/resumedialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace sextant;
using namespace sextant::views;
using testing::StubBackend;

namespace {

const QString Instance = QStringLiteral("flux-lab");

QString key(const QString &app)
{
    return AppRef{Instance, QStringLiteral("flux-system"), app}.key();
}

// Every row's text under `parent`, depth first.
QStringList rowTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        texts << index.data().toString();
        texts << rowTexts(model, index);
    }
    return texts;
}

} // namespace

class TestSecondBackend : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    FleetStore m_store;
    std::unique_ptr<FleetConnector> m_connector;
    std::unique_ptr<ActionService> m_service;
    StubBackend *m_stub = nullptr;

private slots:
    void initTestCase()
    {
        m_connector = std::make_unique<FleetConnector>(&m_store);
        const QByteArray on = StubBackend::reconciling();
        auto stub = std::make_unique<StubBackend>(
            Instance,
            QList<StubBackend::App>{{QStringLiteral("flux-system"), QStringLiteral("podinfo"), on, {}},
                                    {QStringLiteral("flux-system"), QStringLiteral("ingress"), on, {}},
                                    {QStringLiteral("flux-system"), QStringLiteral("manual"), "null", {}}});
        m_stub = static_cast<StubBackend *>(m_connector->addBackend(std::move(stub)));
        QTRY_COMPARE(m_store.applicationCount(), 3);
        m_service = std::make_unique<ActionService>(&m_store, m_connector.get(),
                                                    m_dir.filePath(QStringLiteral("sextant.sqlite")));
        m_service->setLedgerCheckDelay(std::chrono::hours(1));
        QSignalSpy ready(m_service.get(), &ActionService::ready);
        m_service->start();
        QVERIFY(ready.wait(10000));
    }

    void appearsInTheFleetTree()
    {
        QVERIFY(m_store.instance(Instance).controller == ControllerKind::Flux);
        QVERIFY(m_store.instance(Instance).connection == InstanceStatus::Connection::Live);
        QVERIFY(m_store.application(key(QStringLiteral("podinfo")))->controller == ControllerKind::Flux);

        FleetTreeView view(&m_store);
        view.resize(600, 400);
        view.show();
        const QStringList rows = rowTexts(view.treeView()->model());
        QVERIFY2(rows.contains(Instance), qPrintable(rows.join(u", ")));
        QVERIFY2(rows.contains(QString(StubBackend::Cluster)), qPrintable(rows.join(u", ")));
        for (const QString &app :
             {QStringLiteral("podinfo"), QStringLiteral("ingress"), QStringLiteral("manual")})
            QVERIFY2(rows.contains(app), qPrintable(rows.join(u", ")));
        QSignalSpy selected(&view, &FleetTreeView::applicationSelected);
        view.selectApplication(key(QStringLiteral("ingress")));
        QCOMPARE(view.currentApplication(), key(QStringLiteral("ingress")));
    }

    void pausesAndResumesThroughTheSameDialogs()
    {
        EmergencyPauseDialog pauseDialog(m_service.get(), &m_store, {});
        pauseDialog.show();
        QCOMPARE(pauseDialog.countList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = pauseDialog.countList()->topLevelItem(0);
        QCOMPARE(row->text(0), Instance);
        QCOMPARE(row->text(1), QStringLiteral("3"));
        QCOMPARE(row->text(2), QStringLiteral("2")); // auto-reconcile on
        QCOMPARE(pauseDialog.appsToPause(), 2);
        QTest::keyClicks(pauseDialog.reasonEdit(), QStringLiteral("INC-7: bad base"));
        QVERIFY(pauseDialog.confirmButton()->isEnabled());
        QSignalSpy paused(&pauseDialog, &EmergencyPauseDialog::finished);
        QTest::mouseClick(pauseDialog.confirmButton(), Qt::LeftButton);
        QVERIFY(paused.wait(30000));
        const auto pauseOutcome = paused.at(0).at(0).value<BatchOutcome>();
        QCOMPARE(pauseOutcome.succeeded.size(), 2);
        QCOMPARE(pauseOutcome.skipped.size(), 1); // "manual" has no auto-reconcile
        QVERIFY(pauseOutcome.failed.isEmpty());

        // The backend itself holds the paused setting and the note any workstation resumes from.
        for (const QString &app : {QStringLiteral("podinfo"), QStringLiteral("ingress")}) {
            const StubBackend::App now = m_stub->app(QStringLiteral("flux-system"), app);
            QCOMPARE(now.settingJson, StubBackend::suspended());
            QVERIFY(now.pauseNote);
            const auto note = decodePauseNote(*now.pauseNote);
            QVERIFY2(note, qPrintable(note.errorMessage()));
            QCOMPARE(note->priorPolicyJson, StubBackend::reconciling());
            QCOMPARE(note->reason, QStringLiteral("INC-7: bad base"));
            QCOMPARE(note->by, QStringLiteral("lab-operator"));
            QTRY_VERIFY(m_store.application(key(app))->autoReconcile() == AutoSyncState::Paused);
        }
        QCOMPARE(m_stub->app(QStringLiteral("flux-system"), QStringLiteral("manual")).settingJson, "null");
        QTRY_COMPARE(m_service->pauseBanner().apps, 2);

        ResumeDialog resumeDialog(m_service.get(), ResumeDialog::Mode::Resume);
        resumeDialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&resumeDialog));
        QCOMPARE(resumeDialog.appCount(), 2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("INC-7 over"));
        QSignalSpy resumed(&resumeDialog, &ResumeDialog::finished);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(resumed.wait(30000));
        QCOMPARE(resumed.at(0).at(0).value<BatchOutcome>().succeeded.size(), 2);
        for (const QString &app : {QStringLiteral("podinfo"), QStringLiteral("ingress")}) {
            const StubBackend::App now = m_stub->app(QStringLiteral("flux-system"), app);
            QCOMPARE(now.settingJson, StubBackend::reconciling());
            QVERIFY(!now.pauseNote);
            QTRY_VERIFY(m_store.application(key(app))->autoReconcile() == AutoSyncState::On);
        }
        QTRY_VERIFY(m_service->pauseBanner().isEmpty());
        QCOMPARE(m_stub->requests().filter(QStringLiteral("pause ")).size(), 2);
        QCOMPARE(m_stub->requests().filter(QStringLiteral("resume ")).size(), 2);
    }

    void refusesWhatTheControllerLacks()
    {
        QSignalSpy finished(m_service.get(), &ActionService::actionFinished);
        m_service->terminateOperation(key(QStringLiteral("podinfo")), QStringLiteral("stuck"));
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.at(0).at(0).value<ActionOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("has no such operation")),
                 qPrintable(outcome.message));
        QVERIFY(m_stub->requests().filter(QStringLiteral("terminate")).isEmpty());
    }
};

QTEST_MAIN(TestSecondBackend)
#include "tst_secondbackend.moc"
