#include "views/applicationresourcestab.h"

#include "model/itemmodels/resourcetreemodel.h"
#include "views/detaillist.h"
#include "views/messagebanner.h"
#include "views/resourcetreedecoration.h"
#include "views/statusicons.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sextant::views {

ApplicationResourcesTab::ApplicationResourcesTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResourceTreeModel(this))
    , m_decorated(nullptr)
    , m_treeMode(new QToolButton(this))
    , m_listMode(new QToolButton(this))
    , m_liveIcon(new QLabel(this))
    , m_liveText(new QLabel(this))
    , m_banner(new MessageBanner(QStringLiteral("resourcesMessage"), this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_treeMode->setObjectName(QStringLiteral("treeMode"));
    m_treeMode->setText(tr("Tree"));
    m_treeMode->setToolTip(
        tr("Show each resource under the one that owns it (Deployment → ReplicaSet → Pod)"));
    m_listMode->setObjectName(QStringLiteral("listMode"));
    m_listMode->setText(tr("List"));
    m_listMode->setToolTip(tr("Show all resources in one flat list, sorted by kind and name"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_treeMode, m_listMode}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        modes->addButton(button);
        bar->addWidget(button);
    }
    m_treeMode->setChecked(true);
    connect(m_listMode, &QToolButton::toggled, this, &ApplicationResourcesTab::setFlat);
    bar->addSpacing(12);
    m_liveText->setObjectName(QStringLiteral("liveState"));
    m_liveText->setWordWrap(true);
    m_liveText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_liveIcon);
    bar->addWidget(m_liveText, 1);
    layout->addLayout(bar);
    layout->addWidget(m_banner);

    m_decorated = new ResourceTreeDecoration(m_view, this);
    m_decorated->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("resourceTree"));
    m_view->setModel(m_decorated);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(DetailIconSize, DetailIconSize));
    m_view->header()->setSectionsMovable(false);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ResourceTreeModel::KindColumn, 180);
    header->resizeSection(ResourceTreeModel::NameColumn, 250);
    header->resizeSection(ResourceTreeModel::HealthColumn, 110);
    header->resizeSection(ResourceTreeModel::StatusColumn, 260);
    header->resizeSection(ResourceTreeModel::ImagesColumn, 260);
    header->resizeSection(ResourceTreeModel::NamespaceColumn, 120);
    header->setStretchLastSection(true);
    // Long names and image references keep both ends (the tag) visible.
    m_view->setTextElideMode(Qt::ElideMiddle);
    // Shown only when the resources span more than one namespace.
    m_view->setColumnHidden(ResourceTreeModel::NamespaceColumn, true);
    layout->addWidget(m_view, 1);

    // What the operator collapsed stays collapsed; everything else opens as
    // it gains rows.
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(ResourceTreeModel::IdentityRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(ResourceTreeModel::IdentityRole).toString());
    });
    connect(m_decorated, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { openUnlessCollapsed(parent); });
    connect(m_decorated, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &destination) {
                openUnlessCollapsed(destination);
            });
    setStreaming(false);
}

ApplicationResourcesTab::~ApplicationResourcesTab() = default;

void ApplicationResourcesTab::openUnlessCollapsed(const QModelIndex &parent)
{
    if (parent.isValid() && !m_collapsed.contains(parent.data(ResourceTreeModel::IdentityRole).toString()))
        m_view->expand(parent);
}

void ApplicationResourcesTab::setApplication(const AppRef &app)
{
    // Nothing of the previous application may show.
    m_collapsed.clear();
    m_model->setApplication(app);
    m_streamProblem.clear();
    m_treeMissing = false;
    if (!app.isNull())
        m_banner->showMessage(MessageBanner::Tone::Info, tr("Loading the resource tree…"));
    setStreaming(false);
}

void ApplicationResourcesTab::showTree(const ResourceTree &tree, bool streaming)
{
    m_model->setTree(tree);
    if (m_treeMissing) {
        m_treeMissing = false;
        setStreaming(streaming);
    }
    if (tree.nodes.isEmpty())
        m_banner->showMessage(MessageBanner::Tone::Info, tr("The application has no resources."));
    else
        m_banner->clearMessage();
    m_view->setColumnHidden(ResourceTreeModel::NamespaceColumn, !m_model->spansNamespaces());
}

bool ApplicationResourcesTab::hasTree() const
{
    return m_model->hasTree();
}

qsizetype ApplicationResourcesTab::resourceCount() const
{
    return m_model->tree().nodes.size();
}

void ApplicationResourcesTab::setFlat(bool flat)
{
    m_view->setRootIsDecorated(!flat);
    m_model->setLayout(flat ? ResourceLayout::Flat : ResourceLayout::ByOwner);
}

void ApplicationResourcesTab::setStreaming(bool streaming)
{
    if (streaming)
        m_streamProblem.clear();
    QIcon icon;
    QString text;
    if (m_model->application().isNull()) {
        text = QString();
    } else if (streaming) {
        icon = instanceIcon(InstanceStatus::Connection::Live);
        text = tr("Live: changes appear as the controller reports them.");
    } else if (!m_streamProblem.isEmpty()) {
        icon = instanceIcon(InstanceStatus::Connection::Reconnecting);
        text = m_streamProblem;
    } else if (m_treeMissing) {
        icon = instanceIcon(InstanceStatus::Connection::Failed);
        text = tr("Not live: live updates start once the resource tree has loaded.");
    } else {
        icon = instanceIcon(InstanceStatus::Connection::Connecting);
        text = tr("Connecting for live updates…");
    }
    m_liveIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(DetailIconSize, DetailIconSize));
    m_liveText->setText(text);
    m_liveText->setToolTip(text);
}

void ApplicationResourcesTab::showStreamProblem(const QString &message, bool streaming)
{
    m_streamProblem = message;
    setStreaming(streaming);
}

void ApplicationResourcesTab::showTreeFailure(const QString &message, bool streaming)
{
    if (!streaming) {
        m_treeMissing = true;
        setStreaming(false);
    }
    m_banner->showMessage(
        MessageBanner::Tone::Error,
        hasTree() ? tr("Could not update the resource tree; showing the last one received. %1").arg(message)
                  : tr("Could not load the resource tree. %1").arg(message));
}

} // namespace sextant::views
