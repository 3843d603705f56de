#pragma once

#include "model/domain/appref.h"
#include "model/domain/resourcetree.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace sextant {
class ResourceTreeModel;
}

namespace sextant::views {

class MessageBanner;
class ResourceTreeDecoration;

// The Resources tab: the application's live resource tree (each object under
// its owner, or one flat list), whether it is live, and why not. Rows update
// in place as trees arrive: the current row, the scroll position and what the
// operator collapsed stay; everything else opens.
class ApplicationResourcesTab : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationResourcesTab(QWidget *parent = nullptr);
    ~ApplicationResourcesTab() override;

    // Empties the tab for this application ("loading"); a null one shows nothing.
    void setApplication(const AppRef &app);
    void showTree(const ResourceTree &tree, bool streaming);
    // Whether the tree follows the controller live.
    void setStreaming(bool streaming);
    // The live updates stopped, for this reason.
    void showStreamProblem(const QString &message, bool streaming);
    // The tree could not be loaded (or updated: the last one stays).
    void showTreeFailure(const QString &message, bool streaming);

    bool hasTree() const;
    qsizetype resourceCount() const;

private:
    void setFlat(bool flat);
    void openUnlessCollapsed(const QModelIndex &parent);

    ResourceTreeModel *m_model;
    ResourceTreeDecoration *m_decorated;
    QToolButton *m_treeMode;
    QToolButton *m_listMode;
    QLabel *m_liveIcon;
    QLabel *m_liveText;
    MessageBanner *m_banner;
    QTreeView *m_view;
    QSet<QString> m_collapsed;  // identities the operator collapsed
    QString m_streamProblem;    // why the tree is not live
    bool m_treeMissing = false; // the tree could not be loaded, so no stream is open
};

} // namespace sextant::views
