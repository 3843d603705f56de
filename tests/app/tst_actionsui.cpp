// The actions in the main window against fleetsim: the emergency-pause button
// is always there, the paused-fleet banner appears while anything is paused
// and leaves after the resume, and Ctrl+J shows the Activity page.
#include "app/actionscomposer.h"
#include "app/mainwindow.h"
#include "app/workspace.h"
#include "tests/support/fleetsimfixture.h"
#include "views/activitypage.h"
#include "views/pausedfleetbanner.h"

#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sextant;
using sextant::testing::FleetsimFixture;

class ActionsUiTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    FleetsimFixture *m_sim = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = new FleetsimFixture;
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    void cleanupTestCase() { delete m_sim; }

    void bannerFollowsThePause()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("a.sqlite")));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        argocd::InstanceConfig config;
        config.name = QStringLiteral("sim");
        config.server = QUrl(m_sim->baseUrl());
        config.token = m_sim->token();
        config.plainText = true;
        workspace.connectInstance(config, false);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.store().applicationCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.actions().isReady(), 10000);

        ActionsComposer *ui = window.actionsUi();
        QToolButton *button = ui->emergencyButton();
        QVERIFY(button && button->isVisible());
        QCOMPARE(ui->emergencyAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        views::PausedFleetBanner *banner = ui->banner();
        QVERIFY(banner->isHidden());

        ActionService &actions = workspace.actions();
        QSignalSpy batches(&actions, &ActionService::batchFinished);
        actions.pause(ActionScope::fleet(), QStringLiteral("INC-7: test"));
        QVERIFY(batches.wait(30000));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("paused on 1 app")));
        QVERIFY(banner->text().contains(QStringLiteral("INC-7: test")));
        QVERIFY(banner->text().contains(QStringLiteral("on sim")));

        actions.resume(ActionScope::fleet(), QStringLiteral("INC-7 over"));
        QVERIFY(batches.wait(30000));
        QTRY_VERIFY(banner->isHidden());

        // Ctrl+J: the Activity page, with the pause and the resume in it.
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(ui->activityPage()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(ui->activityPage()->visibleEntries().size() >= 2, 10000);
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(!ui->activityPage()->isVisible());
    }
};

QTEST_MAIN(ActionsUiTest)
#include "tst_actionsui.moc"
