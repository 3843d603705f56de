// FleetTreeView: filtering by typing and by chips, live icons, keyboard and
// selection signals, default expansion.
#include "fleetfixture.h"

#include "views/colorscheme.h"
#include "views/fleettreedelegate.h"
#include "views/fleettreeview.h"
#include "views/statusicons.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace sextant;
using namespace sextant::views;
using fixture::applicationNames;

namespace {

const QString PaymentsProd = QStringLiteral("eu/argocd/payments-api-prod");
const QString PaymentsDev = QStringLiteral("eu/argocd/payments-api-dev");
const QString Checkout = QStringLiteral("eu/argocd/checkout");

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QToolButton *chip(FleetTreeView &view, const QString &name)
{
    const auto buttons = view.findChildren<QToolButton *>();
    for (QToolButton *b : buttons)
        if (b->accessibleName() == name)
            return b;
    return nullptr;
}

QImage grabRow(FleetTreeView &view, const QString &key)
{
    QTreeView *tree = view.treeView();
    const QModelIndex index = view.proxy()->mapFromSource(view.model()->indexForApplication(key));
    const QRect rect = tree->visualRect(index);
    if (!rect.isValid())
        return {};
    return tree->viewport()->grab(rect).toImage();
}

// Every application row the tree shows, i.e. below expanded parents only.
QStringList shownApplications(QTreeView *tree, const QModelIndex &parent = {})
{
    QStringList names;
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!index.data(FleetTreeModel::ApplicationKeyRole).toString().isEmpty())
            names << index.data().toString();
        else if (tree->isExpanded(index))
            names += shownApplications(tree, index);
    }
    return names;
}

struct Fixture {
    FleetStore store;
    FleetTreeView view{&store};
    Fixture()
    {
        fixture::fillSmall(store);
        view.resize(420, 520);
        view.show();
        view.activateWindow();
    }
};

} // namespace

class FleetTreeViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void smallFleetOpensFully()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QCOMPARE(
            sorted(shownApplications(f.view.treeView())),
            sorted({QStringLiteral("billing"), QStringLiteral("checkout"), QStringLiteral("payments-api-dev"),
                    QStringLiteral("payments-api-prod"), QStringLiteral("search")}));
    }

    void largeFleetKeepsNamespacesClosed()
    {
        FleetStore store;
        FleetTreeView view(&store);
        fixture::fillLarge(store, 1000);
        QTreeView *tree = view.treeView();
        const QModelIndex instance = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(instance));
        const QModelIndex cluster = tree->model()->index(0, 0, instance);
        QVERIFY(tree->isExpanded(cluster));
        QVERIFY(!tree->isExpanded(tree->model()->index(0, 0, cluster))); // a namespace
        QVERIFY(shownApplications(tree).isEmpty());
        // A narrow filter opens its result.
        QTest::keyClicks(view.filterEdit(), QStringLiteral("ledger-prod-1"));
        QVERIFY(!shownApplications(tree).isEmpty());
        QVERIFY(shownApplications(tree).size() < 50);
        // Cleared, the tree closes again.
        view.filterEdit()->clear();
        QVERIFY(shownApplications(tree).isEmpty());
    }

    void typingNarrowsTheTree()
    {
        Fixture f;
        QTest::keyClicks(f.view.filterEdit(), QStringLiteral("pay"));
        QCOMPARE(sorted(shownApplications(f.view.treeView())),
                 sorted({QStringLiteral("payments-api-dev"), QStringLiteral("payments-api-prod")}));
        QTest::keyClicks(f.view.filterEdit(), QStringLiteral(" env=prod"));
        QCOMPARE(shownApplications(f.view.treeView()), QStringList{QStringLiteral("payments-api-prod")});
    }

    void chipsNarrowTheTreeAndCount()
    {
        Fixture f;
        QToolButton *degraded = chip(f.view, QStringLiteral("Degraded"));
        QToolButton *outOfSync = chip(f.view, QStringLiteral("Out of sync"));
        QVERIFY(degraded && outOfSync);
        QVERIFY(degraded->text().contains(u'1'));
        QTest::mouseClick(degraded, Qt::LeftButton);
        QVERIFY(degraded->isChecked());
        QCOMPARE(shownApplications(f.view.treeView()), QStringList{QStringLiteral("checkout")});
        QTest::mouseClick(outOfSync, Qt::LeftButton);
        QCOMPARE(sorted(shownApplications(f.view.treeView())),
                 sorted({QStringLiteral("checkout"), QStringLiteral("payments-api-prod")}));

        // The count follows the fleet.
        fixture::AppSpec search{QStringLiteral("search"), QStringLiteral("dev"),    QStringLiteral("shop"),
                                QStringLiteral("dev"),    QStringLiteral("search"), SyncStatus::Synced,
                                HealthStatus::Degraded};
        f.store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(search));
        f.store.flush();
        QVERIFY2(degraded->text().contains(u'2'), qPrintable(degraded->text()));
        QVERIFY(shownApplications(f.view.treeView()).contains(QStringLiteral("search")));
    }

    void iconsFollowTheStore()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QImage before = grabRow(f.view, PaymentsDev);
        QVERIFY(!before.isNull());

        fixture::AppSpec spec{QStringLiteral("payments-api-dev"),
                              QStringLiteral("dev"),
                              QStringLiteral("payments"),
                              QStringLiteral("dev"),
                              QStringLiteral("shop"),
                              SyncStatus::OutOfSync,
                              HealthStatus::Degraded,
                              AutoSyncState::Paused};
        f.store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(spec));
        f.store.flush();
        const QModelIndex index =
            f.view.proxy()->mapFromSource(f.view.model()->indexForApplication(PaymentsDev));
        QCOMPARE(index.data(FleetTreeModel::SyncStatusRole).toInt(), int(SyncStatus::OutOfSync));
        QTRY_VERIFY(grabRow(f.view, PaymentsDev) != before);

        // Back to the old state: the row looks as before.
        spec.sync = SyncStatus::Synced;
        spec.health = HealthStatus::Healthy;
        spec.autoSync = AutoSyncState::On;
        f.store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(spec));
        f.store.flush();
        QTRY_COMPARE(grabRow(f.view, PaymentsDev), before);
    }

    void iconsDifferByShapeNotOnlyColour()
    {
        // Rendered in one colour (disabled), two statuses still differ.
        const auto mono = [](const QIcon &icon) { return icon.pixmap(16, 16, QIcon::Disabled).toImage(); };
        QVERIFY(mono(syncIcon(SyncStatus::Synced)) != mono(syncIcon(SyncStatus::OutOfSync)));
        QVERIFY(mono(healthIcon(HealthStatus::Healthy)) != mono(healthIcon(HealthStatus::Degraded)));
        QVERIFY(mono(healthIcon(HealthStatus::Progressing)) != mono(healthIcon(HealthStatus::Missing)));
        QVERIFY(mono(autoSyncIcon(AutoSyncState::On)) != mono(autoSyncIcon(AutoSyncState::Off)));
        QVERIFY(mono(autoSyncIcon(AutoSyncState::On)) != mono(autoSyncIcon(AutoSyncState::Paused)));
        QCOMPARE(statusText(SyncStatus::OutOfSync), QStringLiteral("Out of sync"));
        QCOMPARE(statusText(AutoSyncState::Paused), QStringLiteral("Auto-sync paused"));
        QVERIFY(!syncIcon(SyncStatus::Synced).pixmap(64, 64).isNull()); // any size
    }

    void instanceStateInWords()
    {
        InstanceStatus status;
        status.name = QStringLiteral("eu");
        status.connection = InstanceStatus::Connection::Reconnecting;
        status.lastHeard = QDateTime::currentDateTimeUtc();
        status.nextRetry = QDateTime(QDate(2025, 1, 1), QTime(10, 42, 5));
        QCOMPARE(instanceStateText(status, false), QStringLiteral("Reconnecting (next try 10:42:05)"));
        status.lastHeard = QDateTime(QDate(2025, 1, 1), QTime(9, 15, 30));
        QCOMPARE(instanceStateText(status, true), QStringLiteral("Stale since 09:15"));
        status.connection = InstanceStatus::Connection::AuthFailed;
        QCOMPARE(instanceStateText(status, true), QStringLiteral("Authentication failed"));
        status.connection = InstanceStatus::Connection::Live;
        QCOMPARE(instanceStateText(status, false), QStringLiteral("Connected"));
    }

    void selectingEmitsApplicationSelected()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy selected(&f.view, &FleetTreeView::applicationSelected);
        f.view.selectApplication(PaymentsDev);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().first().toString(), PaymentsDev);
        QCOMPARE(f.view.currentApplication(), PaymentsDev);

        // Keyboard: the next row under the same namespace.
        QTreeView *tree = f.view.treeView();
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(selected.count(), 2);
        QVERIFY(selected.last().first().toString().isEmpty()); // the "payments" namespace row
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(selected.last().first().toString(), PaymentsDev);

        // Mouse.
        const QModelIndex checkout =
            f.view.proxy()->mapFromSource(f.view.model()->indexForApplication(Checkout));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(checkout).center());
        QCOMPARE(selected.last().first().toString(), Checkout);
        QCOMPARE(f.view.currentApplication(), Checkout);
    }

    void enterActivates()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy activated(&f.view, &FleetTreeView::applicationActivated);
        QSignalSpy instance(&f.view, &FleetTreeView::instanceActivated);
        f.view.selectApplication(Checkout);
        QTest::keyClick(f.view.treeView(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), Checkout);

        f.view.treeView()->setCurrentIndex(f.view.treeView()->model()->index(0, 0));
        QTest::keyClick(f.view.treeView(), Qt::Key_Return);
        QCOMPARE(instance.count(), 1);
        QCOMPARE(instance.first().first().toString(), QStringLiteral("eu"));
        QCOMPARE(activated.count(), 1);
    }

    void slashFocusesTheFilterAndEscapeClearsIt()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        QTreeView *tree = f.view.treeView();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Slash);
        QTRY_VERIFY(f.view.filterEdit()->hasFocus());
        QVERIFY(f.view.filterEdit()->text().isEmpty()); // the slash is not typed

        QTest::keyClicks(f.view.filterEdit(), QStringLiteral("check"));
        QCOMPARE(shownApplications(tree), QStringList{QStringLiteral("checkout")});
        QTest::keyClick(f.view.filterEdit(), Qt::Key_Escape);
        QVERIFY(f.view.filterEdit()->text().isEmpty());
        QTRY_VERIFY(tree->hasFocus());
        QCOMPARE(shownApplications(tree).size(), 5);

        // Ctrl+F too.
        QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.view.filterEdit()->hasFocus());
    }

    void enterInTheFilterGoesToTheFirstMatch()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        QSignalSpy selected(&f.view, &FleetTreeView::applicationSelected);
        f.view.focusFilter();
        QTest::keyClicks(f.view.filterEdit(), QStringLiteral("env=prod check"));
        QTest::keyClick(f.view.filterEdit(), Qt::Key_Return);
        QCOMPARE(f.view.currentApplication(), Checkout);
        QCOMPARE(selected.count(), 1);
        QTRY_VERIFY(f.view.treeView()->hasFocus());
    }

    void filteringDoesNotChangeTheSelection()
    {
        Fixture f;
        QSignalSpy selected(&f.view, &FleetTreeView::applicationSelected);
        f.view.selectApplication(PaymentsProd);
        QCOMPARE(selected.count(), 1);
        // The filter hides the current application: nothing else becomes selected.
        QTest::keyClicks(f.view.filterEdit(), QStringLiteral("check"));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(f.view.currentApplication(), PaymentsProd);
        QVERIFY(!f.view.treeView()->currentIndex().isValid());
        // Cleared: it is current again.
        f.view.filterEdit()->clear();
        QCOMPARE(f.view.treeView()->currentIndex().data(FleetTreeModel::ApplicationKeyRole).toString(),
                 PaymentsProd);
        QCOMPARE(selected.count(), 1);
        // Selecting a filtered-out application clears the filter.
        QTest::keyClicks(f.view.filterEdit(), QStringLiteral("check"));
        f.view.selectApplication(PaymentsDev);
        QVERIFY(f.view.filterEdit()->text().isEmpty());
        QCOMPARE(f.view.currentApplication(), PaymentsDev);
        QCOMPARE(selected.count(), 2);
    }

    void liveChangesKeepTheSelection()
    {
        Fixture f;
        QSignalSpy selected(&f.view, &FleetTreeView::applicationSelected);
        f.view.selectApplication(PaymentsDev);
        // The application moves to another namespace: removed and re-inserted.
        fixture::AppSpec moved{QStringLiteral("payments-api-dev"), QStringLiteral("dev"),
                               QStringLiteral("pay-v2"), QStringLiteral("dev")};
        f.store.queueUpsert(QStringLiteral("eu"), fixture::makeApp(moved));
        f.store.flush();
        QCOMPARE(selected.count(), 1);
        QCOMPARE(f.view.treeView()->currentIndex().data(FleetTreeModel::ApplicationKeyRole).toString(),
                 PaymentsDev);
        // Regrouping keeps it too.
        f.view.setGrouping(FleetTreeModel::Grouping::Project);
        QCOMPARE(f.view.grouping(), FleetTreeModel::Grouping::Project);
        QCOMPARE(f.view.treeView()->currentIndex().data(FleetTreeModel::ApplicationKeyRole).toString(),
                 PaymentsDev);
        QCOMPARE(selected.count(), 1);
        // Deleted from the fleet: the selection is gone, once.
        f.store.queueRemoval(QStringLiteral("eu"), QStringLiteral("argocd"),
                             QStringLiteral("payments-api-dev"));
        f.store.flush();
        QCOMPARE(selected.count(), 2);
        QVERIFY(selected.last().first().toString().isEmpty());
        QVERIFY(f.view.currentApplication().isEmpty());
    }

    void chipsFollowThePalette()
    {
        Fixture f;
        QToolButton *degraded = chip(f.view, QStringLiteral("Degraded"));
        QVERIFY(degraded);
        const auto textLightness = [degraded] {
            return degraded->palette().color(QPalette::ButtonText).lightness();
        };
        views::applyColorScheme(views::ColorScheme::Dark);
        QTRY_VERIFY(textLightness() > 128);
        views::applyColorScheme(views::ColorScheme::Light);
        QTRY_VERIFY(textLightness() < 128);
    }

    void tooltipsSayWhereAndHowFromTheRows()
    {
        Fixture f;
        auto *delegate = qobject_cast<FleetTreeDelegate *>(f.view.treeView()->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex checkout =
            f.view.proxy()->mapFromSource(f.view.model()->indexForApplication(Checkout));
        QCOMPARE(delegate->toolTip(checkout),
                 QStringLiteral("checkout\nSynced · Degraded · Auto-sync paused\neu · prod/shop"));
        const QString eu = delegate->toolTip(f.view.treeView()->model()->index(0, 0));
        QVERIFY2(eu.startsWith(QStringLiteral("eu — https://eu.argocd.example\nConnected\n")),
                 qPrintable(eu));
        QVERIFY2(eu.contains(QStringLiteral("\nApplications: 4\n1 out of sync\n1 degraded\n1 progressing\n1 "
                                            "with auto-sync paused")),
                 qPrintable(eu));
    }

    void groupingFromTheWidget()
    {
        Fixture f;
        f.view.setGrouping(FleetTreeModel::Grouping::Repository);
        const QModelIndex eu = f.view.treeView()->model()->index(0, 0);
        QStringList groups;
        for (int row = 0; row < f.view.treeView()->model()->rowCount(eu); ++row)
            groups << f.view.treeView()->model()->index(row, 0, eu).data().toString();
        QCOMPARE(groups, QStringList({QStringLiteral("https://git.example/search.git"),
                                      QStringLiteral("https://git.example/shop.git")}));
        QCOMPARE(shownApplications(f.view.treeView()).size(), 5);
    }
};

QTEST_MAIN(FleetTreeViewTest)
#include "tst_fleettreeview.moc"
