#include "views/applicationview.h"

#include "model/domain/application.h"
#include "model/fleet/applicationdetails.h"
#include "model/fleet/fleetstore.h"
#include "views/applicationdifftab.h"
#include "views/statusicons.h"
#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleHints>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace sextant::views {

namespace {

constexpr int IdentityRole = Qt::UserRole + 1;
constexpr int WarningRole = Qt::UserRole + 2;
constexpr int IconSize = 16;
constexpr int RefreshIntervalMs = 1500;

enum ResourceColumn { KindColumn, NameColumn, HealthColumn, StatusColumn, ImagesColumn, NamespaceColumn };
enum HistoryColumn { IdColumn, RevisionColumn, DeployedColumn, InitiatorColumn, PathColumn };
enum EventColumn { TypeColumn, ReasonColumn, MessageColumn, LastSeenColumn, CountColumn };

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A commit sha as "1a2b3c4"; other revisions (chart versions, tags) as they are.
QString shortRevision(const QString &revision)
{
    const bool sha = revision.size() == 40 && std::all_of(revision.cbegin(), revision.cend(), [](QChar c) {
                         return c.isDigit() || (c >= u'a' && c <= u'f');
                     });
    return sha ? revision.left(7) : revision;
}

QString revisionsText(const QString &revision, const QStringList &revisions)
{
    if (!revisions.isEmpty()) {
        QStringList parts;
        for (const QString &r : revisions)
            parts << shortRevision(r);
        return parts.join(QStringLiteral(", "));
    }
    return shortRevision(revision);
}

QString sourcePaths(const ApplicationSource &source)
{
    return source.chart.isEmpty() ? source.path : source.chart;
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Long repository URLs are cut at the window's edge (full text in the tooltip)
    // instead of widening the window.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(40);
    return label;
}

QLabel *captionLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    // A role, not a colour: it follows palette changes.
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setIconSize(QSize(IconSize, IconSize));
    list->header()->setStretchLastSection(false);
    list->header()->setSectionsMovable(false);
    return list;
}

// Nodes arranged for display: each with the identity of the node it hangs under
// (tree mode: its first owner that is in the tree; flat: none), siblings sorted by
// kind and name, in depth-first order.
struct Arranged {
    QList<QPair<QString, QString>> shape; // (identity, parent identity)
    QList<const ResourceNode *> nodes;    // the same order
};

Arranged arrange(const ResourceTree &tree, bool flat)
{
    QHash<QString, const ResourceNode *> byIdentity;
    QHash<QString, QString> identityOfUid;
    for (const ResourceNode &node : tree.nodes) {
        byIdentity.insert(node.identity(), &node);
        if (!node.uid.isEmpty())
            identityOfUid.insert(node.uid, node.identity());
    }
    QHash<QString, QString> parentOf;
    if (!flat) {
        for (const ResourceNode &node : tree.nodes) {
            for (const ResourceRef &ref : node.parents) {
                QString parent = identityOfUid.value(ref.uid);
                if (parent.isEmpty()) {
                    const QString identity = ref.group + u'/' + ref.kind + u'/' + ref.ns + u'/' + ref.name;
                    if (byIdentity.contains(identity))
                        parent = identity;
                }
                if (!parent.isEmpty() && parent != node.identity()) {
                    parentOf.insert(node.identity(), parent);
                    break;
                }
            }
        }
        // Owner references that loop are not a tree: such nodes go to the top.
        for (const ResourceNode &node : tree.nodes) {
            QSet<QString> seen{node.identity()};
            QString at = parentOf.value(node.identity());
            while (!at.isEmpty()) {
                if (seen.contains(at)) {
                    parentOf.remove(node.identity());
                    break;
                }
                seen.insert(at);
                at = parentOf.value(at);
            }
        }
    }
    QHash<QString, QList<const ResourceNode *>> children;
    for (const ResourceNode &node : tree.nodes)
        children[parentOf.value(node.identity())].append(&node);
    const auto byKindAndName = [](const ResourceNode *a, const ResourceNode *b) {
        if (int c = QString::compare(a->kind, b->kind, Qt::CaseInsensitive))
            return c < 0;
        if (int c = QString::compare(a->name, b->name, Qt::CaseInsensitive))
            return c < 0;
        return a->ns < b->ns;
    };
    for (auto &list : children)
        std::sort(list.begin(), list.end(), byKindAndName);

    Arranged arranged;
    const std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (const ResourceNode *node : children.value(parent)) {
            arranged.shape.append({node->identity(), parent});
            arranged.nodes.append(node);
            visit(node->identity());
        }
    };
    visit(QString());
    return arranged;
}

// Everything the controller reports about a node, as one line ("Status Reason: Running · Containers: 1/1").
QString infoText(const ResourceNode &node)
{
    // The pod's state reads best alone and first ("Running"), then the containers.
    QStringList parts;
    for (const auto &[name, value] : node.info) {
        if (name == u"Status Reason")
            parts.prepend(value);
        else if (name == u"Containers" && !parts.isEmpty())
            parts.insert(1, QStringLiteral("%1: %2").arg(name, value));
        else
            parts << (name.isEmpty() ? value : QStringLiteral("%1: %2").arg(name, value));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

// --- construction ------------------------------------------------------------

ApplicationView::ApplicationView(FleetStore *store, ApplicationDetails *details, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_details(details)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QWidget(m_stack))
    , m_content(new QWidget(m_stack))
{
    m_stack->setObjectName(QStringLiteral("pages"));

    // The empty state.
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *emptyTitle = new QLabel(tr("Select an application on the left"), m_emptyState);
    emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont emptyFont = emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyTitle->setFont(emptyFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyHint =
        captionLabel(m_emptyState, tr("Its resources, deployment history, events and manifest appear "
                                      "here."));
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(3);

    // Header and tabs.
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    buildHeader(m_content);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildResourcesTab(), QString());
    m_tabs->addTab(buildHistoryTab(), QString());
    m_tabs->addTab(buildEventsTab(), QString());
    m_tabs->addTab(buildManifestTab(), QString());
    m_diffTab = new ApplicationDiffTab(m_tabs);
    m_tabs->addTab(m_diffTab, m_diffTab->title());
    connect(m_diffTab, &ApplicationDiffTab::titleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(m_diffTab), title); });
    contentLayout->addWidget(m_tabs, 1);
    updateTabTitles();

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, m_details, &ApplicationDetails::refresh);

    connect(m_store, &FleetStore::applicationsChanged, this, &ApplicationView::onApplicationsChanged);
    connect(m_store, &FleetStore::objectsChanged, this, [this] {
        if (!m_key.isEmpty())
            updateHeader(); // a cluster's name may have become known
    });
    connect(m_details, &ApplicationDetails::treeChanged, this, &ApplicationView::showTree);
    connect(m_details, &ApplicationDetails::eventsChanged, this, &ApplicationView::showEvents);
    connect(m_details, &ApplicationDetails::manifestChanged, this, &ApplicationView::showManifest);
    connect(m_details, &ApplicationDetails::failed, this, &ApplicationView::onFailed);
    connect(m_details, &ApplicationDetails::streamingChanged, this, &ApplicationView::onStreamingChanged);
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &ApplicationView::applySyntaxTheme);
}

ApplicationView::~ApplicationView() = default;

ApplicationView::Banner ApplicationView::makeBanner(QWidget *parent, const QString &name)
{
    Banner banner;
    banner.frame = new QFrame(parent);
    banner.frame->setObjectName(name + QStringLiteral("Frame"));
    banner.frame->setFrameShape(QFrame::StyledPanel);
    banner.frame->setAutoFillBackground(true);
    banner.icon = new QLabel(banner.frame);
    banner.icon->setAlignment(Qt::AlignTop);
    banner.text = new QLabel(banner.frame);
    banner.text->setObjectName(name);
    banner.text->setWordWrap(true);
    banner.text->setTextFormat(Qt::PlainText);
    banner.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner.text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(banner.frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(banner.icon);
    layout->addWidget(banner.text, 1);
    banner.frame->hide();
    return banner;
}

void ApplicationView::showBanner(Banner &banner, Tone tone, const QString &text)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (tone == Tone::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (tone == Tone::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    banner.icon->setPixmap(style()->standardIcon(pixmap).pixmap(IconSize, IconSize));
    banner.icon->setVisible(tone != Tone::Info);
    banner.text->setText(text);
    banner.frame->setProperty("tone", int(tone));
    banner.frame->setFrameShape(tone == Tone::Info ? QFrame::NoFrame : QFrame::StyledPanel);
    QPalette tinted = palette();
    if (tone != Tone::Info) {
        const QColor accent = tone == Tone::Error ? statusColor(HealthStatus::Degraded, palette())
                                                  : statusColor(SyncStatus::OutOfSync, palette());
        tinted.setColor(QPalette::Window, mix(palette().color(QPalette::Base), accent, 0.16));
    }
    banner.frame->setPalette(tinted);
    banner.frame->show();
}

void ApplicationView::hideBanner(Banner &banner)
{
    banner.frame->hide();
    banner.text->clear();
}

void ApplicationView::retintBanners()
{
    for (Banner *banner : {&m_conditions, &m_goneNotice, &m_resourcesBanner, &m_historyBanner,
                           &m_eventsBanner, &m_manifestBanner}) {
        if (banner->frame->isHidden())
            continue;
        showBanner(*banner, Tone(banner->frame->property("tone").toInt()), banner->text->text());
    }
}

void ApplicationView::buildHeader(QWidget *page)
{
    auto *header = new QWidget(page);
    header->setObjectName(QStringLiteral("header"));
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 10, 12, 4);
    layout->setSpacing(6);

    // Name, then where it lives.
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = captionLabel(header, QString());
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_subtitle, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    // Sync, health and auto-sync, each an icon and words.
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(4);
    const auto addStatus = [&](QLabel *&icon, QLabel *&text, const QString &name) {
        icon = new QLabel(header);
        icon->setObjectName(name + QStringLiteral("Icon"));
        text = new QLabel(header);
        text->setObjectName(name);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusRow->addWidget(icon);
        statusRow->addWidget(text);
        statusRow->addSpacing(16);
    };
    addStatus(m_syncIcon, m_syncText, QStringLiteral("syncStatus"));
    addStatus(m_healthIcon, m_healthText, QStringLiteral("healthStatus"));
    addStatus(m_autoSyncIcon, m_autoSyncText, QStringLiteral("autoSync"));
    QFont strong = m_syncText->font();
    strong.setBold(true);
    m_syncText->setFont(strong);
    m_healthText->setFont(strong);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);

    // The facts, two pairs a row.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    m_project = valueLabel(header, QStringLiteral("project"));
    m_destination = valueLabel(header, QStringLiteral("destination"));
    m_source = valueLabel(header, QStringLiteral("source"));
    m_revision = valueLabel(header, QStringLiteral("revision"));
    m_lastOperation = valueLabel(header, QStringLiteral("lastOperation"));
    grid->addWidget(captionLabel(header, tr("Project")), 0, 0);
    grid->addWidget(m_project, 0, 1);
    grid->addWidget(captionLabel(header, tr("Destination")), 0, 2);
    grid->addWidget(m_destination, 0, 3);
    grid->addWidget(captionLabel(header, tr("Source")), 1, 0);
    grid->addWidget(m_source, 1, 1, 1, 3);
    grid->addWidget(captionLabel(header, tr("Revision")), 2, 0);
    grid->addWidget(m_revision, 2, 1, 1, 3);
    grid->addWidget(captionLabel(header, tr("Last operation")), 3, 0);
    grid->addWidget(m_lastOperation, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    layout->addLayout(grid);

    m_conditions = makeBanner(header, QStringLiteral("conditions"));
    layout->addWidget(m_conditions.frame);
    m_goneNotice = makeBanner(header, QStringLiteral("goneNotice"));
    layout->addWidget(m_goneNotice.frame);

    page->layout()->addWidget(header);
}

QWidget *ApplicationView::buildResourcesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_treeMode = new QToolButton(page);
    m_treeMode->setObjectName(QStringLiteral("treeMode"));
    m_treeMode->setText(tr("Tree"));
    m_treeMode->setToolTip(
        tr("Show each resource under the one that owns it (Deployment → ReplicaSet → Pod)"));
    m_listMode = new QToolButton(page);
    m_listMode->setObjectName(QStringLiteral("listMode"));
    m_listMode->setText(tr("List"));
    m_listMode->setToolTip(tr("Show all resources in one flat list, sorted by kind and name"));
    auto *modes = new QButtonGroup(page);
    for (QToolButton *button : {m_treeMode, m_listMode}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        modes->addButton(button);
        bar->addWidget(button);
    }
    m_treeMode->setChecked(true);
    connect(m_listMode, &QToolButton::toggled, this, &ApplicationView::setFlat);
    bar->addSpacing(12);
    m_liveIcon = new QLabel(page);
    m_liveText = new QLabel(page);
    m_liveText->setObjectName(QStringLiteral("liveState"));
    m_liveText->setWordWrap(true);
    m_liveText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_liveIcon);
    bar->addWidget(m_liveText, 1);
    layout->addLayout(bar);

    m_resourcesBanner = makeBanner(page, QStringLiteral("resourcesMessage"));
    layout->addWidget(m_resourcesBanner.frame);

    m_resources =
        makeList(page, QStringLiteral("resourceTree"),
                 {tr("Kind"), tr("Name"), tr("Health"), tr("Status"), tr("Images"), tr("Namespace")});
    m_resources->setRootIsDecorated(true);
    m_resources->setUniformRowHeights(true);
    QHeaderView *header = m_resources->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(KindColumn, 180);
    header->resizeSection(NameColumn, 250);
    header->resizeSection(HealthColumn, 110);
    header->resizeSection(StatusColumn, 260);
    header->resizeSection(ImagesColumn, 260);
    header->resizeSection(NamespaceColumn, 120);
    header->setStretchLastSection(true);
    // Long names and image references keep both ends (the tag) visible.
    m_resources->setTextElideMode(Qt::ElideMiddle);
    // Shown only when the resources span more than one namespace.
    m_resources->setColumnHidden(NamespaceColumn, true);
    layout->addWidget(m_resources, 1);
    onStreamingChanged(false);
    return page;
}

QWidget *ApplicationView::buildHistoryTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    m_historyBanner = makeBanner(page, QStringLiteral("historyMessage"));
    layout->addWidget(m_historyBanner.frame);
    m_history =
        makeList(page, QStringLiteral("historyList"),
                 {tr("ID"), tr("Revision"), tr("Deployed at"), tr("Initiated by"), tr("Source path")});
    QHeaderView *header = m_history->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    layout->addWidget(m_history, 1);
    m_history->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_history, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTreeWidgetItem *item = m_history->itemAt(pos);
        if (!item)
            return;
        const qint64 id = item->data(IdColumn, IdentityRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("&Roll back to deployment #%1…").arg(id), this,
                       [this, id] { emit rollbackRequested(id); });
        menu.exec(m_history->viewport()->mapToGlobal(pos));
    });
    return page;
}

QWidget *ApplicationView::buildEventsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    m_eventsBanner = makeBanner(page, QStringLiteral("eventsMessage"));
    layout->addWidget(m_eventsBanner.frame);
    m_eventList = makeList(page, QStringLiteral("eventList"),
                           {tr("Type"), tr("Reason"), tr("Message"), tr("Last seen"), tr("Count")});
    m_eventList->setWordWrap(false);
    m_eventList->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_eventList->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    layout->addWidget(m_eventList, 1);
    return page;
}

QWidget *ApplicationView::buildManifestTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    m_manifestBanner = makeBanner(page, QStringLiteral("manifestMessage"));
    layout->addWidget(m_manifestBanner.frame);
    m_manifest = new QPlainTextEdit(page);
    m_manifest->setObjectName(QStringLiteral("manifestEditor"));
    m_manifest->setReadOnly(true);
    m_manifest->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_manifest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_manifest->document());
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("YAML")));
    applySyntaxTheme();
    layout->addWidget(m_manifest, 1);
    return page;
}

// --- selection and header ----------------------------------------------------

void ApplicationView::setApplication(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_gone = false;
    m_refreshTimer.stop();

    // Reset every tab: nothing of the previous application may show.
    m_tree = {};
    m_haveTree = false;
    m_treeShape.clear();
    m_resourceItems.clear();
    m_collapsed.clear();
    m_resources->clear();
    m_events.clear();
    m_haveEvents = false;
    m_eventList->clear();
    m_yaml.clear();
    m_manifest->clear();
    m_history->clear();
    m_streamProblem.clear();
    m_treeMissing = false;
    hideBanner(m_goneNotice);
    hideBanner(m_historyBanner);

    if (key.isEmpty()) {
        m_app = {};
        m_details->setApplication({});
        m_diffTab->setApplication({}, {});
        m_stack->setCurrentWidget(m_emptyState);
        updateTabTitles();
        return;
    }
    if (const Application *app = m_store->application(key)) {
        m_app = app->ref();
        m_diffTab->setApplication(m_app, QString::number(app->resourceVersion));
    } else {
        m_app = AppRef::fromKey(key).value_or(AppRef());
        m_diffTab->setApplication(m_app, {});
    }
    showBanner(m_resourcesBanner, Tone::Info, tr("Loading the resource tree…"));
    showBanner(m_eventsBanner, Tone::Info, tr("Loading events…"));
    showBanner(m_manifestBanner, Tone::Info, tr("Loading the manifest…"));
    onStreamingChanged(false);
    updateHeader();
    updateTabTitles();
    m_stack->setCurrentWidget(m_content);
    // Details already showing this application (selected by someone else) only fetch again.
    if (m_details->application() == m_app)
        m_details->refresh();
    else
        m_details->setApplication(m_app);
}

void ApplicationView::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

int ApplicationView::currentTab() const
{
    return m_tabs->currentIndex();
}

void ApplicationView::setActionBar(QWidget *bar)
{
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    bar->setContentsMargins(12, 0, 12, 0);
    layout->insertWidget(1, bar); // under the header, above the tabs
}

void ApplicationView::requestRollback()
{
    if (const QTreeWidgetItem *item = m_history->currentItem(); item && item->isSelected()) {
        emit rollbackRequested(item->data(IdColumn, IdentityRole).toLongLong());
        return;
    }
    m_tabs->setCurrentIndex(HistoryTab);
    showBanner(m_historyBanner, Tone::Info,
               tr("Choose the deployment to roll back to: right-click it and pick “Roll back”."));
}

void ApplicationView::setDiffLoader(ApplicationDiffLoader *loader)
{
    m_diffTab->setLoader(loader);
}

void ApplicationView::showDiff(const QString &resourceIdentity)
{
    m_diffTab->selectResource(resourceIdentity);
    m_tabs->setCurrentWidget(m_diffTab);
}

void ApplicationView::onApplicationsChanged(const FleetChange &change)
{
    if (m_key.isEmpty())
        return;
    if (change.removed.contains(m_key)) {
        m_gone = true;
        showBanner(
            m_goneNotice, Tone::Warning,
            tr("%1 no longer exists on %2: it was deleted, or you may no longer see it. What is shown is its "
               "last known state.")
                .arg(m_app.displayName(), m_app.instance));
        return;
    }
    if (!change.updated.contains(m_key) && !change.added.contains(m_key))
        return;
    if (m_gone) {
        m_gone = false;
        hideBanner(m_goneNotice);
    }
    updateHeader();
    if (const Application *app = m_store->application(m_key))
        m_diffTab->setApplication(m_app, QString::number(app->resourceVersion));
    // The spec or the events may have changed with it; the tree is live already.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ApplicationView::updateHeader()
{
    const Application *app = m_store->application(m_key);
    m_title->setText(m_app.name);
    if (!app) {
        m_subtitle->setText(tr("instance %1").arg(m_app.instance));
        for (QLabel *label : {m_project, m_destination, m_source, m_revision, m_lastOperation})
            label->setText(tr("unknown"));
        m_syncText->setText(statusText(SyncStatus::Unknown));
        m_syncIcon->setPixmap(syncIcon(SyncStatus::Unknown).pixmap(IconSize, IconSize));
        m_healthText->setText(statusText(HealthStatus::Unknown));
        m_healthIcon->setPixmap(healthIcon(HealthStatus::Unknown).pixmap(IconSize, IconSize));
        m_autoSyncText->clear();
        m_autoSyncIcon->clear();
        hideBanner(m_conditions);
        return;
    }
    m_subtitle->setText(tr("instance %1 · Application namespace %2").arg(app->instance, app->ns));

    m_syncIcon->setPixmap(syncIcon(app->syncStatus).pixmap(IconSize, IconSize));
    m_syncText->setText(statusText(app->syncStatus));
    m_healthIcon->setPixmap(healthIcon(app->health).pixmap(IconSize, IconSize));
    m_healthText->setText(app->healthMessage.isEmpty() || app->health == HealthStatus::Healthy
                              ? statusText(app->health)
                              : tr("%1: %2").arg(statusText(app->health), app->healthMessage));
    m_healthText->setToolTip(app->healthMessage);
    m_autoSyncIcon->setPixmap(autoSyncIcon(app->autoSync()).pixmap(IconSize, IconSize));
    const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
    switch (app->autoSync()) {
    case AutoSyncState::On:
        m_autoSyncText->setText(tr("Auto-sync on (prune %1, self-heal %2)")
                                    .arg(onOff(app->syncPolicy.prune), onOff(app->syncPolicy.selfHeal)));
        break;
    case AutoSyncState::Paused:
        m_autoSyncText->setText(tr("Auto-sync paused (resumes with prune %1, self-heal %2)")
                                    .arg(onOff(app->syncPolicy.prune), onOff(app->syncPolicy.selfHeal)));
        break;
    case AutoSyncState::Off: m_autoSyncText->setText(tr("Auto-sync off: syncs are manual")); break;
    }

    m_project->setText(app->project.isEmpty() ? QStringLiteral("default") : app->project);

    // The cluster by its name when the instance knows it.
    QString cluster = app->destinationName;
    if (cluster.isEmpty()) {
        for (const Cluster &known : m_store->clusters(app->instance)) {
            if (known.server == app->destinationServer) {
                cluster = known.name;
                break;
            }
        }
    }
    if (cluster.isEmpty())
        cluster = app->destinationServer;
    m_destination->setText(app->destinationNamespace.isEmpty()
                               ? cluster
                               : tr("%1 · namespace %2").arg(cluster, app->destinationNamespace));
    m_destination->setToolTip(app->destinationServer);

    QStringList sources;
    for (const ApplicationSource &source : app->sources) {
        const QString revision =
            source.targetRevision.isEmpty() ? QStringLiteral("HEAD") : source.targetRevision;
        if (!source.chart.isEmpty())
            sources << tr("%1 · chart %2 · version %3").arg(source.repoUrl, source.chart, revision);
        else
            sources << tr("%1 · path %2 · target %3")
                           .arg(source.repoUrl, source.path.isEmpty() ? QStringLiteral(".") : source.path,
                                revision);
    }
    m_source->setText(sources.isEmpty() ? tr("none") : sources.join(u'\n'));
    m_source->setToolTip(m_source->text());

    // Deployed: the last successful sync (history is appended only then).
    QString deployed;
    QStringList deployedRevisions;
    if (!app->history.isEmpty()) {
        const HistoryEntry &last =
            *std::max_element(app->history.cbegin(), app->history.cend(),
                              [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
        deployed = last.revision;
        deployedRevisions = last.revisions;
    }
    const QString deployedText = revisionsText(deployed, deployedRevisions);
    const QString gitText = revisionsText(app->syncRevision, app->syncRevisions);
    if (deployedText.isEmpty() && gitText.isEmpty())
        m_revision->setText(tr("not deployed yet"));
    else if (deployedText.isEmpty())
        m_revision->setText(tr("not deployed yet · Git is at %1").arg(gitText));
    else if (gitText.isEmpty() || gitText == deployedText)
        m_revision->setText(tr("%1 deployed").arg(deployedText));
    else
        m_revision->setText(tr("%1 deployed · Git is at %2").arg(deployedText, gitText));
    m_revision->setToolTip(
        tr("Deployed: %1\nGit (compared to): %2")
            .arg(deployedRevisions.isEmpty() ? deployed : deployedRevisions.join(QStringLiteral(", ")),
                 app->syncRevisions.isEmpty() ? app->syncRevision
                                              : app->syncRevisions.join(QStringLiteral(", "))));

    if (!app->operationState || app->operationState->phase == OperationPhase::None) {
        m_lastOperation->setText(app->operationInProgress
                                     ? tr("an operation was requested and waits to start")
                                     : tr("none recorded"));
        m_lastOperation->setToolTip(QString());
    } else {
        const OperationState &op = *app->operationState;
        QString phase;
        switch (op.phase) {
        case OperationPhase::Running: phase = tr("Running"); break;
        case OperationPhase::Terminating: phase = tr("Terminating"); break;
        case OperationPhase::Succeeded: phase = tr("Succeeded"); break;
        case OperationPhase::Failed: phase = tr("Failed"); break;
        case OperationPhase::Error: phase = tr("Error"); break;
        case OperationPhase::None: break;
        }
        const bool running = op.phase == OperationPhase::Running || op.phase == OperationPhase::Terminating;
        const QString when =
            running || !op.finishedAt.isValid() ? timeText(op.startedAt) : timeText(op.finishedAt);
        QString what = running ? tr("%1 since %2").arg(phase, when) : tr("%1 at %2").arg(phase, when);
        if (op.automated)
            what += tr(", automated sync");
        else
            what +=
                tr(", started by %1").arg(op.initiatedBy.isEmpty() ? tr("an unknown user") : op.initiatedBy);
        if (op.dryRun)
            what += tr(" (dry run)");
        if (!op.message.isEmpty())
            what += QStringLiteral(" — ") + op.message;
        m_lastOperation->setText(what);
        m_lastOperation->setToolTip(what);
    }

    if (app->conditions.isEmpty()) {
        hideBanner(m_conditions);
    } else {
        QStringList lines;
        bool error = false;
        for (const Condition &condition : app->conditions) {
            lines << tr("%1: %2").arg(condition.type, condition.message);
            error |= condition.type.endsWith(QStringLiteral("Error"));
        }
        showBanner(m_conditions, error ? Tone::Error : Tone::Warning, lines.join(u'\n'));
    }

    updateHistory(*app);
}

void ApplicationView::updateHistory(const Application &app)
{
    QList<HistoryEntry> entries = app.history;
    std::sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        if (a.deployedAt != b.deployedAt)
            return a.deployedAt > b.deployedAt;
        return a.id > b.id;
    });
    QList<QTreeWidgetItem *> items;
    for (const HistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(IdColumn, QString::number(entry.id));
        item->setData(IdColumn, IdentityRole, entry.id);
        item->setText(RevisionColumn, revisionsText(entry.revision, entry.revisions));
        item->setToolTip(RevisionColumn, entry.revisions.isEmpty()
                                             ? entry.revision
                                             : entry.revisions.join(QStringLiteral("\n")));
        item->setText(DeployedColumn, timeText(entry.deployedAt));
        item->setText(InitiatorColumn, entry.automated               ? tr("automated")
                                       : entry.initiatedBy.isEmpty() ? tr("unknown")
                                                                     : entry.initiatedBy);
        item->setText(PathColumn, sourcePaths(entry.source));
        item->setToolTip(PathColumn, entry.source.repoUrl);
        items << item;
    }
    // Only rebuilt when something differs, so a selected row stays selected.
    bool same = items.size() == m_history->topLevelItemCount();
    for (int i = 0; same && i < items.size(); ++i) {
        for (int column = 0; same && column < m_history->columnCount(); ++column)
            same = items[i]->text(column) == m_history->topLevelItem(i)->text(column);
    }
    if (same) {
        qDeleteAll(items);
    } else {
        m_history->clear();
        m_history->addTopLevelItems(items);
    }
    if (entries.isEmpty())
        showBanner(m_historyBanner, Tone::Info,
                   tr("No deployments recorded yet: an entry is added after each successful sync."));
    else
        hideBanner(m_historyBanner);
    updateTabTitles();
}

// --- resources ------------------------------------------------------------------

void ApplicationView::showTree(const ResourceTree &tree)
{
    if (m_key.isEmpty())
        return;
    m_tree = tree;
    m_haveTree = true;
    if (m_treeMissing) {
        m_treeMissing = false;
        onStreamingChanged(m_details->isStreaming());
    }
    if (tree.nodes.isEmpty())
        showBanner(m_resourcesBanner, Tone::Info, tr("The application has no resources."));
    else
        hideBanner(m_resourcesBanner);

    QSet<QString> namespaces;
    for (const ResourceNode &node : m_tree.nodes)
        namespaces.insert(node.ns);
    m_resources->setColumnHidden(NamespaceColumn, namespaces.size() < 2);

    const Arranged arranged = arrange(m_tree, m_flat);
    if (arranged.shape == m_treeShape) {
        // The same objects in the same places: update the rows in place.
        for (const ResourceNode *node : arranged.nodes)
            fillResourceItem(m_resourceItems.value(node->identity()), *node);
        updateTabTitles();
        return;
    }

    // What the operator collapsed stays collapsed; everything else opens.
    for (auto it = m_resourceItems.cbegin(); it != m_resourceItems.cend(); ++it) {
        if (it.value()->childCount() == 0)
            continue;
        if (it.value()->isExpanded())
            m_collapsed.remove(it.key());
        else
            m_collapsed.insert(it.key());
    }
    QTreeWidgetItem *current = m_resources->currentItem();
    const QString currentIdentity = current ? current->data(KindColumn, IdentityRole).toString() : QString();
    const int scroll = m_resources->verticalScrollBar()->value();

    m_resources->clear();
    m_resourceItems.clear();
    QList<QTreeWidgetItem *> topLevel;
    for (qsizetype i = 0; i < arranged.nodes.size(); ++i) {
        const ResourceNode &node = *arranged.nodes[i];
        auto *item = new QTreeWidgetItem;
        fillResourceItem(item, node);
        m_resourceItems.insert(node.identity(), item);
        const QString &parent = arranged.shape[i].second;
        if (parent.isEmpty())
            topLevel << item;
        else
            m_resourceItems.value(parent)->addChild(item);
    }
    m_resources->addTopLevelItems(topLevel);
    for (auto it = m_resourceItems.cbegin(); it != m_resourceItems.cend(); ++it) {
        if (it.value()->childCount() > 0)
            it.value()->setExpanded(!m_collapsed.contains(it.key()));
    }
    if (QTreeWidgetItem *again = m_resourceItems.value(currentIdentity)) {
        // Without scrolling to it, which would open a parent the operator collapsed.
        const bool autoScroll = m_resources->hasAutoScroll();
        m_resources->setAutoScroll(false);
        m_resources->setCurrentItem(again);
        m_resources->setAutoScroll(autoScroll);
    }
    m_resources->verticalScrollBar()->setValue(scroll);
    m_treeShape = arranged.shape;
    updateTabTitles();
}

void ApplicationView::fillResourceItem(QTreeWidgetItem *item, const ResourceNode &node) const
{
    item->setData(KindColumn, IdentityRole, node.identity());
    item->setText(KindColumn, node.kind);
    item->setToolTip(KindColumn, node.group.isEmpty() ? node.version : node.group + u'/' + node.version);
    item->setText(NameColumn, node.name);
    item->setToolTip(NameColumn, node.uid.isEmpty() ? node.name : tr("%1\nUID %2").arg(node.name, node.uid));
    // No health at all (a ConfigMap, a Secret) is shown as nothing, not as "unknown".
    const bool hasHealth = node.health != HealthStatus::Unknown || !node.healthMessage.isEmpty();
    item->setIcon(HealthColumn, hasHealth ? healthIcon(node.health) : QIcon());
    item->setText(HealthColumn, hasHealth ? statusText(node.health) : QString());
    item->setToolTip(HealthColumn, node.healthMessage);

    QString status = infoText(node);
    if (!node.exists)
        status = tr("not created yet");
    if (!node.healthMessage.isEmpty())
        status = status.isEmpty() ? node.healthMessage : status + QStringLiteral(" · ") + node.healthMessage;
    if (node.createdAt.isValid())
        item->setToolTip(StatusColumn, tr("%1\nCreated %2").arg(status, timeText(node.createdAt)));
    else
        item->setToolTip(StatusColumn, status);
    item->setText(StatusColumn, status);
    item->setText(ImagesColumn, node.images.join(QStringLiteral(", ")));
    item->setToolTip(ImagesColumn, node.images.join(u'\n'));
    item->setText(NamespaceColumn, node.ns);

    QFont font = m_resources->font();
    font.setItalic(!node.exists);
    for (int column = 0; column < m_resources->columnCount(); ++column)
        item->setFont(column, font);
    if (!node.exists) {
        for (int column = 0; column < m_resources->columnCount(); ++column)
            item->setForeground(column, palette().brush(QPalette::PlaceholderText));
    } else {
        for (int column = 0; column < m_resources->columnCount(); ++column)
            item->setData(column, Qt::ForegroundRole, QVariant());
    }
}

void ApplicationView::setFlat(bool flat)
{
    if (flat == m_flat)
        return;
    m_flat = flat;
    m_resources->setRootIsDecorated(!flat);
    if (m_haveTree)
        showTree(m_tree);
}

void ApplicationView::onStreamingChanged(bool streaming)
{
    if (streaming)
        m_streamProblem.clear();
    QIcon icon;
    QString text;
    if (m_key.isEmpty() || !m_details) {
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
    m_liveIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(IconSize, IconSize));
    m_liveText->setText(text);
    m_liveText->setToolTip(text);
}

// --- events and manifest ----------------------------------------------------------

void ApplicationView::showEvents(const QList<EventRecord> &events)
{
    if (m_key.isEmpty())
        return;
    QList<EventRecord> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const EventRecord &a, const EventRecord &b) {
        return a.lastTimestamp > b.lastTimestamp;
    });
    if (sorted.isEmpty())
        showBanner(m_eventsBanner, Tone::Info, tr("No events reported for this application."));
    else
        hideBanner(m_eventsBanner);
    if (m_haveEvents && sorted == m_events)
        return;
    m_events = sorted;
    m_haveEvents = true;

    // Warnings: an icon, the word, bold type and reason, and a tinted row.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor tint =
        mix(palette().color(QPalette::Base), statusColor(SyncStatus::OutOfSync, palette()), 0.18);
    QList<QTreeWidgetItem *> items;
    for (const EventRecord &event : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem;
        item->setText(TypeColumn, event.type.isEmpty() ? tr("Normal") : event.type);
        item->setText(ReasonColumn, event.reason);
        item->setText(MessageColumn, event.message);
        item->setToolTip(MessageColumn,
                         event.involvedKind.isEmpty()
                             ? event.message
                             : tr("%1\n\n%2 %3, reported by %4")
                                   .arg(event.message, event.involvedKind, event.involvedName, event.source));
        item->setText(LastSeenColumn, timeText(event.lastTimestamp));
        item->setToolTip(LastSeenColumn, tr("First seen %1").arg(timeText(event.firstTimestamp)));
        item->setText(CountColumn, QString::number(std::max(event.count, 1)));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(TypeColumn, WarningRole, event.isWarning());
        if (event.isWarning()) {
            item->setIcon(TypeColumn, warning);
            QFont bold = m_eventList->font();
            bold.setBold(true);
            item->setFont(TypeColumn, bold);
            item->setFont(ReasonColumn, bold);
            for (int column = 0; column < m_eventList->columnCount(); ++column)
                item->setBackground(column, tint);
        }
        items << item;
    }
    m_eventList->clear();
    m_eventList->addTopLevelItems(items);
    updateTabTitles();
}

void ApplicationView::showManifest(const QByteArray &yaml)
{
    if (m_key.isEmpty())
        return;
    hideBanner(m_manifestBanner);
    if (yaml == m_yaml)
        return;
    m_yaml = yaml;
    const int scroll = m_manifest->verticalScrollBar()->value();
    m_manifest->setPlainText(QString::fromUtf8(yaml));
    m_manifest->verticalScrollBar()->setValue(scroll);
}

void ApplicationView::onFailed(const QString &what, const QString &message)
{
    if (m_key.isEmpty())
        return;
    if (what == ApplicationDetails::StreamPart) {
        m_streamProblem = message;
        onStreamingChanged(m_details->isStreaming());
    } else if (what == ApplicationDetails::TreePart) {
        if (!m_details->isStreaming()) {
            m_treeMissing = true;
            onStreamingChanged(false);
        }
        showBanner(
            m_resourcesBanner, Tone::Error,
            m_haveTree
                ? tr("Could not update the resource tree; showing the last one received. %1").arg(message)
                : tr("Could not load the resource tree. %1").arg(message));
    } else if (what == ApplicationDetails::EventsPart) {
        showBanner(m_eventsBanner, Tone::Error,
                   m_haveEvents
                       ? tr("Could not update the events; showing the last ones received. %1").arg(message)
                       : tr("Could not load the events. %1").arg(message));
    } else if (what == ApplicationDetails::ManifestPart) {
        showBanner(m_manifestBanner, Tone::Error,
                   m_yaml.isEmpty()
                       ? tr("Could not load the manifest. %1").arg(message)
                       : tr("Could not update the manifest; showing the last one received. %1").arg(message));
    }
}

void ApplicationView::updateTabTitles()
{
    const auto counted = [](const QString &title, bool known, qsizetype count) {
        return known ? tr("%1 (%2)").arg(title).arg(count) : title;
    };
    m_tabs->setTabText(ResourcesTab, counted(tr("Resources"), m_haveTree, m_tree.nodes.size()));
    m_tabs->setTabText(HistoryTab, counted(tr("History"), !m_key.isEmpty(), m_history->topLevelItemCount()));
    m_tabs->setTabText(EventsTab, counted(tr("Events"), m_haveEvents, m_events.size()));
    m_tabs->setTabText(ManifestTab, tr("Manifest"));
    const bool warnings =
        std::any_of(m_events.cbegin(), m_events.cend(), [](const EventRecord &e) { return e.isWarning(); });
    m_tabs->setTabIcon(EventsTab, warnings ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(EventsTab, warnings ? tr("Some events are warnings") : QString());
}

// --- palette ------------------------------------------------------------------------

void ApplicationView::applySyntaxTheme()
{
    if (!m_highlighter)
        return;
    // The view's palette: on an application-wide change it is resolved before the editor's.
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void ApplicationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_manifest)
        return;
    applySyntaxTheme();
    retintBanners();
    if (!m_key.isEmpty()) {
        updateHeader(); // the status icons follow the palette
        if (m_haveEvents) {
            const QList<EventRecord> events = m_events;
            m_haveEvents = false;
            showEvents(events); // the warning tint
        }
        if (m_haveTree) {
            m_treeShape.clear();
            showTree(m_tree);
        }
    }
    onStreamingChanged(m_details->isStreaming());
}

} // namespace sextant::views
