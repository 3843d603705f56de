#pragma once

#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"

#include "views/colorscheme.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace sextant {

class ActionsComposer;
class Workspace;
namespace views {
class ApplicationView;
class DriftView;
class RolloutPlanView;
class RolloutDashboard;
class FleetTreeView;
class WelcomePanel;
} // namespace views

// The main window only composes: the fleet tree on the left, the selected
// application on the right, menus, shortcuts and the instance status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString connectionSummary() const;
    views::FleetTreeView *fleetTree() const { return m_tree; }
    views::ApplicationView *applicationView() const { return m_appView; }
    views::DriftView *driftView() const { return m_driftView; }
    views::RolloutPlanView *rolloutPlanView() const { return m_rolloutView; }
    views::RolloutDashboard *rolloutDashboard() const { return m_dashboard; }
    // Shows the fleet-wide drift page (Ctrl+D) or, with false, the fleet tree and application again.
    void showDriftView(bool show);
    void showRolloutPlanView(bool show);
    void showRolloutDashboard(bool show);
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }
    ActionsComposer *actionsUi() const { return m_actionsUi; }

    void showConnectDialog();
    void showLoginDialog(const QString &instance);
    void showQuickSwitcher();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void updateInstanceStatus();
    void selectApplication(const QString &key);
    void restoreSettings();
    void saveSettings() const;
    void setColorScheme(views::ColorScheme scheme);
    void wireRollouts();
    // Asks before a plan starts (what it holds now, that closing the window pauses it).
    void confirmRolloutStart(const rollout::WavePlan &plan, const QByteArray &yaml, const QString &file,
                             const rollout::PlanResolution &resolution);
    // Runs left paused by a closed window or a runner that died: offers to resume them.
    void offerToResumeRollouts();
    QAction *addShortcut(QMenu *menu, const QString &text, const QKeySequence &keys);

    Workspace &m_workspace;
    views::FleetTreeView *m_tree;
    views::ApplicationView *m_appView;
    views::WelcomePanel *m_welcome;
    QStackedWidget *m_right;
    QSplitter *m_splitter;
    views::DriftView *m_driftView = nullptr;
    views::RolloutPlanView *m_rolloutView = nullptr;
    QAction *m_rolloutAction = nullptr;
    views::RolloutDashboard *m_dashboard = nullptr;
    QAction *m_dashboardAction = nullptr;
    QStackedWidget *m_pages = nullptr; // the splitter, or the drift view
    QAction *m_driftAction = nullptr;
    ActionsComposer *m_actionsUi = nullptr; // emergency pause, banner, Activity page, app actions
    QLabel *m_connectionLabel = nullptr;
    QToolButton *m_loginButton = nullptr;
    QActionGroup *m_grouping = nullptr;
    QList<QAction *> m_shortcutActions;
    QString m_authFailedInstance;
};

} // namespace sextant
