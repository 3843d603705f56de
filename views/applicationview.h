#pragma once

#include "model/domain/appref.h"

#include <QTimer>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace sextant {

class ApplicationDiffLoader;
struct FleetChange;
class ApplicationDetails;
class FleetStore;
class RepositoryMirrors;

namespace views {

class ApplicationDiffTab;
class ApplicationEventsTab;
class ApplicationGitTab;
class ApplicationHeader;
class ApplicationHistoryTab;
class ApplicationManifestTab;
class ApplicationResourcesTab;

// The right half of the main window: the selected application. A header from
// the FleetStore (shown at once, following the store), and tabs with what
// ApplicationDetails fetches: the live resource tree, the deployment history,
// the events and the manifest, and the diff. Errors are shown inline in their
// tab.
class ApplicationView : public QWidget {
    Q_OBJECT
public:
    enum Tab { ResourcesTab, HistoryTab, EventsTab, ManifestTab, DiffTab, GitTab };
    Q_ENUM(Tab)

    ApplicationView(FleetStore *store, ApplicationDetails *details, QWidget *parent = nullptr);
    ~ApplicationView() override;

    // Shows the application with this Application::key() ("instance/namespace/name");
    // empty shows the empty state. Selects it in the ApplicationDetails too.
    void setApplication(const QString &key);
    QString application() const { return m_key; }

    void setCurrentTab(int index);
    int currentTab() const;

    // The Diff tab asks this loader (owned by the composition) while it is shown.
    void setDiffLoader(ApplicationDiffLoader *loader);
    // Opens the Diff tab with this resource (ManagedResource::identity()) selected.
    void showDiff(const QString &resourceIdentity);
    ApplicationDiffTab *diffTab() const { return m_diffTab; }
    // Adds the Git tab (history of the app's paths, what deploys next, reverts) over these
    // mirrors (owned by the composition). Without it the view has no Git tab.
    void setRepositoryMirrors(RepositoryMirrors *mirrors);
    ApplicationGitTab *gitTab() const { return m_gitTab; }

    // The actions row (owned by the composition) shown under the header.
    void setActionBar(QWidget *bar);
    // Emits rollbackRequested for the History tab's selected entry, or opens
    // the tab and says to choose one.
    void requestRollback();

signals:
    // "Roll back to this deployment…" in the History tab.
    void rollbackRequested(qint64 historyId);
    // "Revert…" in the Git tab: `commits` newest first.
    void revertRequested(const QString &appKey, const QStringList &commits);
    // "Promote…" in the Git tab.
    void promoteRequested(const QString &appKey);
    // The Git tab's repository refused the credentials.
    void gitCredentialsRequested(const QString &repoUrl);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEmptyState();
    void onApplicationsChanged(const FleetChange &change);
    void updateHeader();
    void updateHistory();
    void onFailed(const QString &what, const QString &message);
    void updateTabTitles();

    FleetStore *m_store;
    ApplicationDetails *m_details;
    QString m_key;
    AppRef m_app;
    bool m_gone = false; // the application left the store while shown

    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QWidget *m_content;
    ApplicationHeader *m_header;
    QTabWidget *m_tabs;
    ApplicationResourcesTab *m_resources;
    ApplicationHistoryTab *m_history;
    ApplicationEventsTab *m_events;
    ApplicationManifestTab *m_manifest;
    ApplicationDiffTab *m_diffTab;
    ApplicationGitTab *m_gitTab = nullptr;

    QTimer m_refreshTimer; // follows store changes of the app with a refetch, at most once per interval
};

} // namespace views
} // namespace sextant
