#pragma once

#include "model/domain/appref.h"
#include "model/domain/resourcetree.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace sextant {

struct Application;
class ApplicationDiffLoader;
struct FleetChange;
class ApplicationDetails;
class FleetStore;

namespace views {

class ApplicationDiffTab;

// The right half of the main window: the selected application. A header from
// the FleetStore (shown at once, following the store), and tabs with what
// ApplicationDetails fetches: the live resource tree, the deployment history,
// the events and the manifest. Errors are shown inline in their tab.
class ApplicationView : public QWidget {
    Q_OBJECT
public:
    enum Tab { ResourcesTab, HistoryTab, EventsTab, ManifestTab, DiffTab };
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

    // The actions row (owned by the composition) shown under the header.
    void setActionBar(QWidget *bar);
    // Emits rollbackRequested for the History tab's selected entry, or opens
    // the tab and says to choose one.
    void requestRollback();

signals:
    // "Roll back to this deployment…" in the History tab.
    void rollbackRequested(qint64 historyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Banner {
        QFrame *frame = nullptr;
        QLabel *icon = nullptr;
        QLabel *text = nullptr;
    };
    enum class Tone { Info, Warning, Error };

    void buildHeader(QWidget *page);
    QWidget *buildResourcesTab();
    QWidget *buildHistoryTab();
    QWidget *buildEventsTab();
    QWidget *buildManifestTab();
    Banner makeBanner(QWidget *parent, const QString &name);
    void showBanner(Banner &banner, Tone tone, const QString &text);
    void hideBanner(Banner &banner);
    void retintBanners();

    void onApplicationsChanged(const FleetChange &change);
    void updateHeader();
    void updateHistory(const Application &app);
    void showTree(const ResourceTree &tree);
    void fillResourceItem(QTreeWidgetItem *item, const ResourceNode &node) const;
    void showEvents(const QList<EventRecord> &events);
    void showManifest(const QByteArray &yaml);
    void onFailed(const QString &what, const QString &message);
    void onStreamingChanged(bool streaming);
    void setFlat(bool flat);
    void applySyntaxTheme();
    void updateTabTitles();

    FleetStore *m_store;
    ApplicationDetails *m_details;
    QString m_key;
    AppRef m_app;
    bool m_gone = false; // the application left the store while shown

    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QWidget *m_content;

    // Header.
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_syncIcon = nullptr;
    QLabel *m_syncText = nullptr;
    QLabel *m_healthIcon = nullptr;
    QLabel *m_healthText = nullptr;
    QLabel *m_autoSyncIcon = nullptr;
    QLabel *m_autoSyncText = nullptr;
    QLabel *m_project = nullptr;
    QLabel *m_destination = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_revision = nullptr;
    QLabel *m_lastOperation = nullptr;
    Banner m_conditions;
    Banner m_goneNotice;

    QTabWidget *m_tabs = nullptr;
    ApplicationDiffTab *m_diffTab = nullptr;

    // Resources.
    QToolButton *m_treeMode = nullptr;
    QToolButton *m_listMode = nullptr;
    QLabel *m_liveIcon = nullptr;
    QLabel *m_liveText = nullptr;
    Banner m_resourcesBanner;
    QTreeWidget *m_resources = nullptr;
    ResourceTree m_tree;
    bool m_haveTree = false;
    bool m_flat = false;
    QList<QPair<QString, QString>> m_treeShape; // (identity, parent identity) in display order
    QHash<QString, QTreeWidgetItem *> m_resourceItems;
    QSet<QString> m_collapsed;  // identities the operator collapsed
    QString m_streamProblem;    // why the tree is not live, from ApplicationDetails
    bool m_treeMissing = false; // the tree could not be loaded, so no stream is open

    // History.
    Banner m_historyBanner;
    QTreeWidget *m_history = nullptr;

    // Events.
    Banner m_eventsBanner;
    QTreeWidget *m_eventList = nullptr;
    QList<EventRecord> m_events;
    bool m_haveEvents = false;

    // Manifest.
    Banner m_manifestBanner;
    QPlainTextEdit *m_manifest = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QByteArray m_yaml;

    QTimer m_refreshTimer; // follows store changes of the app with a refetch, at most once per interval
};

} // namespace views
} // namespace sextant
