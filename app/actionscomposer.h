#pragma once

#include "model/actions/actiontypes.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QStackedWidget;
class QToolButton;
class QWidget;

namespace sextant {

class Workspace;
namespace views {
class ActivityPage;
class ApplicationActionBar;
class ApplicationActions;
class ApplicationView;
class FleetTreeView;
class PausedFleetBanner;
} // namespace views

// Wires the actions into the main window: the always-visible
// emergency-pause button (toolbar, Ctrl+Shift+P), the paused-fleet banner
// over the pages, the Activity page (Ctrl+J), the application header's
// action bar, the fleet tree's multi-selection and context menu, and the
// Actions menu. Composition only: every dialog and widget lives in views/.
class ActionsComposer : public QObject {
    Q_OBJECT
public:
    ActionsComposer(Workspace &workspace, QMainWindow *window, views::FleetTreeView *tree,
                    views::ApplicationView *appView, QStackedWidget *pages);

    views::PausedFleetBanner *banner() const { return m_banner; }
    views::ActivityPage *activityPage() const { return m_activity; }
    views::ApplicationActions *actions() const { return m_actions; }
    views::ApplicationActionBar *actionBar() const { return m_bar; }
    QToolButton *emergencyButton() const { return m_emergencyButton; }
    QAction *emergencyAction() const { return m_emergency; }
    QAction *activityAction() const { return m_activityAction; }
    // The central widget: the banner above the pages.
    QWidget *centralWidget() const { return m_central; }

    // Adds the Actions menu to the window's menu bar; returns the actions with shortcuts.
    QList<QAction *> createMenu();
    // The application keys selected in the fleet tree (rows of applications only).
    QStringList selectedApplications() const;
    void showActivity(bool show);
    void setCurrentApplication(const QString &key);

signals:
    void message(const QString &text);

private:
    void updateBanner();
    void styleEmergencyButton();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Workspace &m_workspace;
    QMainWindow *m_window;
    views::FleetTreeView *m_tree;
    views::ApplicationView *m_appView;
    QStackedWidget *m_pages;
    QWidget *m_central;
    views::ApplicationActions *m_actions;
    views::ApplicationActionBar *m_bar;
    views::PausedFleetBanner *m_banner;
    views::ActivityPage *m_activity;
    QAction *m_emergency;
    QAction *m_activityAction;
    QToolButton *m_emergencyButton;
    BatchProgress m_lastProgress; // of a running pause or resume, for the banner
    bool m_batchRunning = false;
    bool m_styling = false;
};

} // namespace sextant
