#include "app/actionscomposer.h"

#include "app/workspace.h"
#include "model/itemmodels/fleettreemodel.h"
#include "views/actionstyle.h"
#include "views/activitypage.h"
#include "views/applicationactionbar.h"
#include "views/applicationactions.h"
#include "views/applicationview.h"
#include "views/fleettreeview.h"
#include "views/pausedfleetbanner.h"

#include <QComboBox>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sextant {

ActionsComposer::ActionsComposer(Workspace &workspace, QMainWindow *window, views::FleetTreeView *tree,
                                 views::ApplicationView *appView, QStackedWidget *pages)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_tree(tree)
    , m_appView(appView)
    , m_pages(pages)
    , m_central(new QWidget(window))
    , m_actions(new views::ApplicationActions(&workspace.actions(), &workspace.store(), window))
    , m_bar(new views::ApplicationActionBar(m_actions, appView))
    , m_banner(new views::PausedFleetBanner(m_central))
    , m_activity(new views::ActivityPage(&workspace.actions(), pages))
{
    ActionService &service = workspace.actions();
    pages->addWidget(m_activity);
    auto *layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(pages, 1);

    // The emergency pause: always in sight, whatever page is shown.
    m_emergency = new QAction(tr("Emergency pause…"), window);
    m_emergency->setObjectName(QStringLiteral("emergencyPauseAction"));
    m_emergency->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_emergency->setShortcutContext(Qt::ApplicationShortcut);
    m_emergency->setToolTip(tr("Pause auto-sync across the fleet, a cluster, a project or the selection (%1)")
                                .arg(m_emergency->shortcut().toString(QKeySequence::NativeText)));
    connect(m_emergency, &QAction::triggered, this,
            [this] { m_actions->openEmergencyPause(selectedApplications()); });
    auto *toolbar = window->addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("actionsToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_emergency);
    m_emergencyButton = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_emergency));
    m_emergencyButton->setObjectName(QStringLiteral("emergencyPause"));
    m_emergencyButton->installEventFilter(this);
    styleEmergencyButton();

    m_activityAction = new QAction(tr("&Activity"), window);
    m_activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_activityAction->setCheckable(true);
    connect(m_activityAction, &QAction::toggled, this, &ActionsComposer::showActivity);
    connect(pages, &QStackedWidget::currentChanged, this, [this] {
        const QSignalBlocker blocker(m_activityAction);
        m_activityAction->setChecked(m_pages->currentWidget() == m_activity);
    });
    toolbar->addSeparator();
    toolbar->addAction(m_activityAction);

    // The application header and the History tab.
    appView->setActionBar(m_bar);
    connect(m_bar, &views::ApplicationActionBar::rollbackRequested, appView,
            &views::ApplicationView::requestRollback);
    connect(appView, &views::ApplicationView::rollbackRequested, this,
            [this](qint64 id) { m_actions->openRollback(m_appView->application(), id); });
    connect(appView, &views::ApplicationView::revertRequested, m_actions,
            &views::ApplicationActions::openRevert);

    // The fleet tree: several apps can be selected, and each has a context menu.
    QTreeView *view = tree->treeView();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTreeView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QStringList keys = selectedApplications();
        const QString clicked = view->indexAt(pos).data(FleetTreeModel::ApplicationKeyRole).toString();
        if (!clicked.isEmpty() && !keys.contains(clicked))
            keys = {clicked};
        if (keys.isEmpty())
            return;
        QMenu menu(view);
        m_actions->populateMenu(&menu, keys);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });

    // The banner follows the pause ledger and any pause or resume under way.
    connect(m_banner, &views::PausedFleetBanner::resumeRequested, m_actions,
            &views::ApplicationActions::openResume);
    connect(m_banner, &views::PausedFleetBanner::completeRequested, m_actions,
            &views::ApplicationActions::openCompleteInterrupted);
    connect(m_banner, &views::PausedFleetBanner::detailsRequested, this, [this] {
        if (QComboBox *action = m_activity->actionChoice())
            action->setCurrentIndex(action->findData(toString(ActionKind::Pause)));
        showActivity(true);
    });
    connect(&service, &ActionService::pauseStateChanged, this, &ActionsComposer::updateBanner);
    connect(&service, &ActionService::interruptedWorkFound, this, [this](const InterruptedWork &work) {
        updateBanner();
        if (!work.isEmpty())
            emit message(
                tr("An emergency pause or resume was interrupted on %1: complete it or resume from the "
                   "banner.")
                    .arg(work.instances.join(QStringLiteral(", "))));
    });
    connect(&service, &ActionService::batchProgress, this, [this](const BatchProgress &progress) {
        if (progress.kind != ActionKind::Pause && progress.kind != ActionKind::Resume)
            return;
        m_batchRunning = progress.done < progress.total;
        m_lastProgress = progress;
        updateBanner();
    });
    connect(&service, &ActionService::batchFinished, this, [this](const BatchOutcome &) {
        m_batchRunning = false;
        updateBanner();
    });
    connect(m_actions, &views::ApplicationActions::message, this, &ActionsComposer::message);
    updateBanner();
}

QList<QAction *> ActionsComposer::createMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Actions"));
    QAction *sync = menu->addAction(tr("&Sync…"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(sync, &QAction::triggered, this, [this] {
        const QStringList keys = selectedApplications();
        if (keys.size() > 1)
            m_actions->openSyncSelection(keys);
        else if (!m_appView->application().isEmpty())
            m_actions->openSync(m_appView->application());
    });
    QAction *refresh = menu->addAction(tr("&Hard refresh"));
    refresh->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, [this] {
        if (!m_appView->application().isEmpty())
            m_actions->refresh(m_appView->application(), true);
    });
    menu->addSeparator();
    menu->addAction(m_emergency);
    menu->addAction(tr("&Resume everything paused…"), m_actions, &views::ApplicationActions::openResume);
    menu->addSeparator();
    menu->addAction(m_activityAction);
    return {sync, refresh, m_emergency, m_activityAction};
}

QStringList ActionsComposer::selectedApplications() const
{
    QStringList keys;
    for (const QModelIndex &index : m_tree->treeView()->selectionModel()->selectedRows()) {
        const QString key = index.data(FleetTreeModel::ApplicationKeyRole).toString();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

void ActionsComposer::showActivity(bool show)
{
    if (show) {
        m_pages->setCurrentIndex(0); // leaves another page (drift) the usual way first
        m_pages->setCurrentWidget(m_activity);
        m_activity->reload();
    } else if (m_pages->currentWidget() == m_activity) {
        m_pages->setCurrentIndex(0);
    }
}

void ActionsComposer::setCurrentApplication(const QString &key)
{
    m_bar->setApplication(key);
}

void ActionsComposer::updateBanner()
{
    const ActionService &service = m_workspace.actions();
    const PauseBanner banner = service.pauseBanner();
    const InterruptedWork interrupted = service.interruptedWork();
    views::PausedFleetBanner::State state;
    QStringList instances;
    for (const PauseLedgerEntry &entry : service.activePauses())
        if (!instances.contains(entry.instance))
            instances << entry.instance;
    state.instances = instances;
    state.pendingApps = banner.interrupted;
    state.pausedApps = banner.apps - banner.interrupted;
    state.since = banner.since;
    state.by = banner.by.join(QStringLiteral(", "));
    state.reason = banner.reasons.join(QStringLiteral("; "));
    state.interrupted = banner.interrupted > 0 || !interrupted.isEmpty();
    state.busy = m_batchRunning;
    if (m_batchRunning)
        state.progress = tr("%1 %2 of %3 apps…")
                             .arg(m_lastProgress.kind == ActionKind::Pause ? tr("Pausing") : tr("Resuming"))
                             .arg(m_lastProgress.done)
                             .arg(m_lastProgress.total);
    m_banner->setState(state);
}

void ActionsComposer::styleEmergencyButton()
{
    const QScopedValueRollback guard(m_styling, true);
    views::styleDangerButton(m_emergencyButton);
}

bool ActionsComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_emergencyButton && !m_styling && event->type() == QEvent::PaletteChange)
        styleEmergencyButton();
    return QObject::eventFilter(watched, event);
}

} // namespace sextant
