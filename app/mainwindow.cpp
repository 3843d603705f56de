#include "app/mainwindow.h"

#include "app/actionscomposer.h"
#include "app/workspace.h"
#include "model/version.h"
#include "views/aboutdialog.h"
#include "views/applicationactions.h"
#include "views/applicationview.h"
#include "views/connectdialog.h"
#include "views/driftview.h"
#include "views/fleettreeview.h"
#include "views/gitcredentialsdialog.h"
#include "views/logindialog.h"
#include "views/quickswitcher.h"
#include "views/rolloutdashboard.h"
#include "views/rolloutplanview.h"
#include "views/shortcutsdialog.h"
#include "views/welcomepanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace sextant {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_tree(new views::FleetTreeView(&workspace.store(), this))
    , m_appView(new views::ApplicationView(&workspace.store(), &workspace.details(), this))
    , m_welcome(new views::WelcomePanel(this))
    , m_right(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Sextant — GitOps fleet console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.sextant.Sextant.svg")));
    m_right->addWidget(m_welcome);
    m_right->addWidget(m_appView);
    m_appView->setDiffLoader(&workspace.diffLoader());
    m_appView->setRepositoryMirrors(&workspace.mirrors());
    m_tree->model()->setPendingCommits(&workspace.pendingCommits());
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 860});
    m_driftView = new views::DriftView(&workspace.drift(), this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_driftView);
    m_rolloutView = new views::RolloutPlanView(&workspace.store(), this);
    m_rolloutView->setRevertPreviews(&workspace.actions());
    m_pages->addWidget(m_rolloutView);
    m_dashboard = new views::RolloutDashboard(&workspace.rollouts(), &workspace.store(), this);
    m_dashboard->setRollingSyncMonitor(&workspace.rollingSync());
    m_pages->addWidget(m_dashboard);
    m_actionsUi = new ActionsComposer(workspace, this, m_tree, m_appView, m_pages);
    setCentralWidget(m_actionsUi->centralWidget());
    connect(m_driftView, &views::DriftView::closeRequested, this, [this] { showDriftView(false); });
    connect(m_rolloutView, &views::RolloutPlanView::closeRequested, this,
            [this] { showRolloutPlanView(false); });
    connect(m_driftView, &views::DriftView::adoptRequested, m_actionsUi->actions(),
            &views::ApplicationActions::openAdoption);
    m_driftView->setActionService(&workspace.actions());
    connect(m_driftView, &views::DriftView::resourceActivated, this,
            [this](const QString &appKey, const QString &identity) {
                showDriftView(false);
                m_tree->selectApplication(appKey);
                selectApplication(appKey);
                m_appView->showDiff(identity);
            });
    // The window's own Ctrl+F works from every pane; the tree's local one would
    // make the shortcut ambiguous while the tree has focus.
    for (QAction *action : m_tree->actions())
        if (action->shortcut() == QKeySequence(QKeySequence::Find))
            m_tree->removeAction(action);
    createMenus();
    // Another page (Activity) may replace the drift view: the Drift action follows.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        const QSignalBlocker blocker(m_driftAction);
        m_driftAction->setChecked(m_pages->currentWidget() == m_driftView);
        const QSignalBlocker rolloutBlocker(m_rolloutAction);
        m_rolloutAction->setChecked(m_pages->currentWidget() == m_rolloutView);
        const QSignalBlocker dashboardBlocker(m_dashboardAction);
        m_dashboardAction->setChecked(m_pages->currentWidget() == m_dashboard);
    });
    createStatusBar();
    wireRollouts();
    resize(1280, 800);

    connect(m_tree, &views::FleetTreeView::applicationSelected, this, &MainWindow::selectApplication);
    connect(m_tree, &views::FleetTreeView::instanceActivated, this, [this](const QString &instance) {
        if (m_workspace.store().instance(instance).connection == InstanceStatus::Connection::AuthFailed)
            showLoginDialog(instance);
    });
    connect(m_appView, &views::ApplicationView::gitCredentialsRequested, this, [this](const QString &url) {
        auto *dialog =
            new views::GitCredentialsDialog(url, GitKeychainCredentials::suggestedPrefix(url), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_workspace.setGitCredential(dialog->prefix(), dialog->username(), dialog->secret(),
                                         dialog->remember());
        });
        dialog->open();
    });
    connect(&workspace.store(), &FleetStore::instancesChanged, this, &MainWindow::updateInstanceStatus);
    connect(&workspace.store(), &FleetStore::applicationsChanged, this, &MainWindow::updateInstanceStatus);
    connect(&workspace, &Workspace::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_actionsUi, &ActionsComposer::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(&workspace, &Workspace::problem, this,
            [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); });
    // Ages ("stale since", "next try") move with the clock.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateInstanceStatus);
    clock->start(5000);
    restoreSettings();
    updateInstanceStatus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addShortcut(QMenu *menu, const QString &text, const QKeySequence &keys)
{
    QAction *action = menu ? menu->addAction(text) : new QAction(text, this);
    action->setShortcut(keys);
    if (!menu)
        addAction(action);
    m_shortcutActions << action;
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addShortcut(file, tr("&Connect to Argo CD…"), QKeySequence(Qt::CTRL | Qt::Key_N)),
            &QAction::triggered, this, &MainWindow::showConnectDialog);
    QAction *login = file->addAction(tr("&Log in again…"));
    connect(login, &QAction::triggered, this, [this] {
        if (!m_authFailedInstance.isEmpty())
            showLoginDialog(m_authFailedInstance);
        else if (!m_workspace.connector().instanceNames().isEmpty())
            showLoginDialog(m_workspace.connector().instanceNames().constFirst());
    });
    file->addSeparator();
    QAction *quit = addShortcut(file, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(addShortcut(view, tr("&Filter applications"), QKeySequence::Find), &QAction::triggered, this,
            [this] {
                if (m_pages->currentWidget() == m_driftView)
                    m_driftView->focusFilter();
                else
                    m_tree->focusFilter();
            });
    connect(addShortcut(view, tr("&Go to application…"), QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, &MainWindow::showQuickSwitcher);
    m_driftAction = addShortcut(view, tr("&Drift across the fleet"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_driftAction->setCheckable(true);
    connect(m_driftAction, &QAction::toggled, this, &MainWindow::showDriftView);
    m_rolloutAction =
        addShortcut(view, tr("&Wave rollout plan"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_rolloutAction->setCheckable(true);
    connect(m_rolloutAction, &QAction::toggled, this, &MainWindow::showRolloutPlanView);
    m_dashboardAction =
        addShortcut(view, tr("Wave &rollouts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_dashboardAction->setCheckable(true);
    connect(m_dashboardAction, &QAction::toggled, this, &MainWindow::showRolloutDashboard);
    connect(addShortcut(view, tr("&Refresh"), QKeySequence::Refresh), &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_driftView)
            m_workspace.drift().rescan();
        else
            m_workspace.details().refresh();
    });
    view->addSeparator();
    m_grouping = new QActionGroup(this);
    const QList<std::pair<QString, FleetTreeModel::Grouping>> groupings{
        {tr("Group by &cluster"), FleetTreeModel::Grouping::Cluster},
        {tr("Group by &project"), FleetTreeModel::Grouping::Project},
        {tr("Group by &repository"), FleetTreeModel::Grouping::Repository}};
    for (const auto &[text, grouping] : groupings) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setData(int(grouping));
        action->setChecked(grouping == FleetTreeModel::Grouping::Cluster);
        m_grouping->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, grouping = grouping] { m_tree->setGrouping(grouping); });
    }
    view->addSeparator();
    const QStringList tabs{tr("&Resources"), tr("&History"), tr("&Events"), tr("&Manifest"), tr("D&iff")};
    for (int i = 0; i < tabs.size(); ++i)
        connect(addShortcut(view, tr("Show %1 tab").arg(tabs[i]),
                            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))),
                &QAction::triggered, this, [this, i] { m_appView->setCurrentTab(i); });
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Colours"));
    auto *themes = new QActionGroup(this);
    for (const auto &[text, scheme] : {std::pair{tr("Follow the &system"), views::ColorScheme::System},
                                       std::pair{tr("&Light"), views::ColorScheme::Light},
                                       std::pair{tr("&Dark"), views::ColorScheme::Dark}}) {
        QAction *action = theme->addAction(text);
        action->setCheckable(true);
        action->setData(int(scheme));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme = scheme] { setColorScheme(scheme); });
    }
    QAction *fullScreen = addShortcut(view, tr("&Full Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    QAction *statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    // "/" focuses the filter from anywhere but a text field.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    slash->setContext(Qt::WindowShortcut);
    connect(slash, &QShortcut::activated, m_tree, &views::FleetTreeView::focusFilter);

    m_shortcutActions << m_actionsUi->createMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&Keyboard Shortcuts")), &QAction::triggered, this, [this] {
        QList<views::ShortcutsDialog::Entry> entries{
            {QStringLiteral("/"), tr("Filter applications")},
            {tr("Arrows, Enter"), tr("Move in the fleet tree, open")}};
        for (const QAction *action : std::as_const(m_shortcutActions))
            entries.append(
                {action->shortcut().toString(QKeySequence::NativeText), action->text().remove(u'&')});
        views::ShortcutsDialog(entries, this).exec();
    });
    QAction *about = help->addAction(tr("&About Sextant"), this, [this] { views::AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionSummary"));
    statusBar()->addWidget(m_connectionLabel, 1);
    m_loginButton = new QToolButton(this);
    m_loginButton->setText(tr("Log in again…"));
    m_loginButton->setObjectName(QStringLiteral("loginAgain"));
    m_loginButton->hide();
    connect(m_loginButton, &QToolButton::clicked, this, [this] { showLoginDialog(m_authFailedInstance); });
    statusBar()->addPermanentWidget(m_loginButton);
    auto *versionLabel = new QLabel(tr("Sextant %1").arg(version()), this);
    versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addPermanentWidget(versionLabel);
}

QString MainWindow::connectionSummary() const
{
    return m_connectionLabel->text();
}

void MainWindow::updateInstanceStatus()
{
    const QList<InstanceStatus> instances = m_workspace.store().instances();
    m_right->setCurrentWidget(instances.isEmpty() &&
                                      m_appView->property("applicationKey").toString().isEmpty()
                                  ? static_cast<QWidget *>(m_welcome)
                                  : static_cast<QWidget *>(m_appView));
    if (instances.isEmpty()) {
        m_connectionLabel->setText(tr("No controller connected"));
        m_loginButton->hide();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList parts;
    m_authFailedInstance.clear();
    for (const InstanceStatus &instance : instances) {
        QString state;
        switch (instance.connection) {
        case InstanceStatus::Connection::Live: state = tr("connected"); break;
        case InstanceStatus::Connection::Connecting: state = tr("connecting…"); break;
        case InstanceStatus::Connection::Reconnecting:
            state = instance.nextRetry.isValid()
                        ? tr("reconnecting (next try %1)")
                              .arg(instance.nextRetry.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        : tr("reconnecting");
            break;
        case InstanceStatus::Connection::AuthFailed:
            state = tr("authentication failed");
            m_authFailedInstance = instance.name;
            break;
        case InstanceStatus::Connection::Failed: state = tr("unreachable: %1").arg(instance.message); break;
        case InstanceStatus::Connection::Cached: state = tr("showing the cache"); break;
        }
        if (m_workspace.store().isStale(instance.name, now) && instance.lastHeard.isValid())
            state += tr(" — stale since %1")
                         .arg(instance.lastHeard.toLocalTime().toString(QStringLiteral("HH:mm")));
        parts << tr("%1: %2").arg(instance.name, state);
    }
    m_connectionLabel->setText(tr("%n application(s) · ", nullptr, m_workspace.store().applicationCount()) +
                               parts.join(QStringLiteral(" · ")));
    m_loginButton->setVisible(!m_authFailedInstance.isEmpty());
    if (!m_authFailedInstance.isEmpty())
        m_loginButton->setToolTip(m_workspace.store().instance(m_authFailedInstance).message);
}

void MainWindow::selectApplication(const QString &key)
{
    m_appView->setProperty("applicationKey", key);
    m_appView->setApplication(key);
    m_actionsUi->setCurrentApplication(key);
    m_right->setCurrentWidget(m_appView);
}

void MainWindow::showDriftView(bool show)
{
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_driftView)
                                   : static_cast<QWidget *>(m_splitter));
    if (m_driftAction->isChecked() != show)
        m_driftAction->setChecked(show);
}

void MainWindow::showRolloutPlanView(bool show)
{
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_rolloutView)
                                   : static_cast<QWidget *>(m_splitter));
    if (m_rolloutAction->isChecked() != show)
        m_rolloutAction->setChecked(show);
    if (show)
        m_rolloutView->editor()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showRolloutDashboard(bool show)
{
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_dashboard)
                                   : static_cast<QWidget *>(m_splitter));
    if (m_dashboardAction->isChecked() != show)
        m_dashboardAction->setChecked(show);
    if (show)
        m_dashboard->wavesTree()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::wireRollouts()
{
    rollout::RolloutRunner &runner = m_workspace.rollouts();
    connect(m_dashboard, &views::RolloutDashboard::closeRequested, this,
            [this] { showRolloutDashboard(false); });
    connect(m_rolloutView, &views::RolloutPlanView::startRequested, this, &MainWindow::confirmRolloutStart);
    connect(&runner, &rollout::RolloutRunner::runStarted, this, [this] { showRolloutDashboard(true); });
    connect(&runner, &rollout::RolloutRunner::runsLoaded, this, &MainWindow::offerToResumeRollouts);
    connect(&runner, &rollout::RolloutRunner::journalChanged, &m_workspace.actions(),
            &ActionService::journalChanged);
    connect(&runner, &rollout::RolloutRunner::problem, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::confirmRolloutStart(const rollout::WavePlan &plan, const QByteArray &yaml,
                                     const QString &file, const rollout::PlanResolution &resolution)
{
    int apps = 0;
    for (const rollout::ResolvedWave &wave : resolution.waves)
        apps += int(wave.apps.size());
    const int later = resolution.waves.isEmpty() ? 0 : apps - int(resolution.waves.first().apps.size());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Start rollout %1").arg(plan.name),
        tr("Start %1: %n wave(s), target %2.", nullptr, int(resolution.waves.size()))
                .arg(plan.name, plan.revision.left(7)) +
            u"\n\n"_s +
            tr("The %n app(s) of the later waves are held first: their auto-sync is paused through the pause "
               "ledger until their wave is released, so a change in Git cannot reach them early.",
               nullptr, later) +
            u"\n\n"_s +
            tr("The rollout runs while this window is open. Closing the window pauses it; the next start "
               "offers "
               "to resume it."),
        QMessageBox::Cancel, this);
    box->setObjectName(u"rolloutStartConfirmation"_s);
    QPushButton *start = box->addButton(tr("Start rollout"), QMessageBox::AcceptRole);
    start->setObjectName(u"rolloutStartConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *clicked) {
        if (clicked == start)
            m_workspace.rollouts().start(plan, yaml, file, resolution);
    });
    box->open();
}

void MainWindow::offerToResumeRollouts()
{
    for (const rollout::RolloutRun &run : m_workspace.rollouts().runs()) {
        if (run.state != rollout::RunState::Paused || !run.driver.isEmpty())
            continue;
        m_dashboard->showRun(run.id);
        auto *box = new QMessageBox(QMessageBox::Question, tr("Rollout %1 is paused").arg(run.plan.name),
                                    tr("The rollout %1 is paused: %2.\n\nResume it from this window now?")
                                        .arg(run.plan.name, run.stateReason),
                                    QMessageBox::No, this);
        box->setObjectName(u"rolloutResumeOffer"_s);
        QPushButton *resume = box->addButton(tr("Resume rollout"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this,
                [this, resume, id = run.id](QAbstractButton *clicked) {
                    if (clicked == resume)
                        m_workspace.rollouts().resume(id, tr("resumed when Sextant started again"));
                    showRolloutDashboard(true);
                });
        box->open();
        return; // one question at a time; the dashboard lists the others
    }
}

void MainWindow::showConnectDialog()
{
    views::ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.connectWith(dialog.request());
}

void MainWindow::showLoginDialog(const QString &instance)
{
    if (instance.isEmpty())
        return;
    views::LoginDialog dialog(instance, m_workspace.store().instance(instance).message, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.usesToken())
        m_workspace.setToken(instance, dialog.token());
    else
        m_workspace.login(instance, dialog.username(), dialog.password());
}

void MainWindow::showQuickSwitcher()
{
    auto *switcher = new views::QuickSwitcher(&m_workspace.store(), this);
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(switcher, &views::QuickSwitcher::applicationChosen, this, [this](const QString &key) {
        showDriftView(false);
        m_tree->selectApplication(key);
        selectApplication(key);
    });
    switcher->show();
}

void MainWindow::setColorScheme(views::ColorScheme scheme)
{
    views::applyColorScheme(scheme);
    QSettings().setValue(QStringLiteral("window/colorScheme"), int(scheme));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const auto grouping =
        FleetTreeModel::Grouping(settings.value(QStringLiteral("window/grouping"), 0).toInt());
    m_tree->setGrouping(grouping);
    for (QAction *action : m_grouping->actions())
        action->setChecked(action->data().toInt() == int(grouping));
    const QString last = settings.value(QStringLiteral("window/application")).toString();
    if (!last.isEmpty()) {
        // The app shows up once the cache or the controller delivers it.
        auto selectOnce = std::make_shared<QMetaObject::Connection>();
        *selectOnce =
            connect(&m_workspace.store(), &FleetStore::applicationsChanged, this, [this, last, selectOnce] {
                if (!m_workspace.store().application(last))
                    return;
                disconnect(*selectOnce);
                m_tree->selectApplication(last);
                selectApplication(last);
            });
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/grouping"), m_grouping->checkedAction()->data());
    settings.setValue(QStringLiteral("window/application"), m_tree->currentApplication());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Nothing unreleased moves while the console is closed (written before the window goes).
    m_workspace.rollouts().pauseForClose();
    QMainWindow::closeEvent(event);
}

} // namespace sextant
