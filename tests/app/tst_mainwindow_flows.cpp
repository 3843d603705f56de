// The main window against a real (simulated) controller: log in again after
// a refused token, jump with the quick switcher, switch tabs by keyboard.
#include "app/mainwindow.h"
#include "app/workspace.h"
#include "tests/support/fleetsimfixture.h"
#include "views/applicationview.h"
#include "views/fleettreeview.h"
#include "views/quickswitcher.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sextant;
using sextant::testing::FleetsimFixture;

class MainWindowFlowsTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    FleetsimFixture *m_sim = nullptr;

    argocd::InstanceConfig instance(const QString &token) const
    {
        argocd::InstanceConfig config;
        config.name = QStringLiteral("sim");
        config.server = QUrl(m_sim->baseUrl());
        config.token = token;
        config.plainText = true;
        return config;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = new FleetsimFixture;
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    void cleanupTestCase() { delete m_sim; }

    void refusedTokenOffersLoginAgainAndRecovers()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("a.sqlite")));
        MainWindow window(workspace);
        window.show();
        workspace.connectInstance(instance(QStringLiteral("wrong.token.here")), false);
        auto *loginAgain = window.findChild<QToolButton *>(QStringLiteral("loginAgain"));
        QVERIFY(loginAgain);
        QTRY_VERIFY_WITH_TIMEOUT(loginAgain->isVisible(), 15000);
        QVERIFY(window.connectionSummary().contains(QStringLiteral("authentication failed")));
        QVERIFY(!loginAgain->toolTip().isEmpty()); // the server's reason

        workspace.login(QStringLiteral("sim"), QStringLiteral("admin"), QStringLiteral("password"));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.store().instance(QStringLiteral("sim")).connection,
                                  InstanceStatus::Connection::Live, 15000);
        QTRY_VERIFY(!loginAgain->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(workspace.store().applicationCount(), 3, 15000);
        QVERIFY(window.connectionSummary().contains(QStringLiteral("sim: connected")));
    }

    void quickSwitcherJumpsAndTabsFollowTheKeyboard()
    {
        Workspace workspace(m_dir.filePath(QStringLiteral("b.sqlite")));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        workspace.connectInstance(instance(m_sim->token()), false);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.store().applicationCount(), 3, 15000);

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        views::QuickSwitcher *switcher = nullptr;
        QTRY_VERIFY((switcher = window.findChild<views::QuickSwitcher *>()) != nullptr);
        auto *edit = switcher->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("manprod"));
        QTRY_VERIFY(!switcher->results().isEmpty());
        QTest::keyClick(edit, Qt::Key_Return);
        const QString key = QStringLiteral("sim/argocd/manual-prod-1");
        QTRY_COMPARE(window.fleetTree()->currentApplication(), key);
        QCOMPARE(window.applicationView()->application(), key);

        for (int tab : {1, 2, 3, 0}) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
            QCOMPARE(window.applicationView()->currentTab(), tab);
        }
    }
};

QTEST_MAIN(MainWindowFlowsTest)
#include "tst_mainwindow_flows.moc"
