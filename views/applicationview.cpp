#include "views/applicationview.h"

#include "model/domain/application.h"
#include "model/fleet/applicationdetails.h"
#include "model/fleet/fleetstore.h"
#include "views/actionstyle.h"
#include "views/applicationdifftab.h"
#include "views/applicationeventstab.h"
#include "views/applicationgittab.h"
#include "views/applicationheader.h"
#include "views/applicationhistorytab.h"
#include "views/applicationmanifesttab.h"
#include "views/applicationresourcestab.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

constexpr int RefreshIntervalMs = 1500;

} // namespace

ApplicationView::ApplicationView(FleetStore *store, ApplicationDetails *details, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_details(details)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(buildEmptyState())
    , m_content(new QWidget(m_stack))
    , m_header(new ApplicationHeader(store, m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_resources(new ApplicationResourcesTab)
    , m_history(new ApplicationHistoryTab)
    , m_events(new ApplicationEventsTab)
    , m_manifest(new ApplicationManifestTab)
    , m_diffTab(new ApplicationDiffTab)
{
    m_stack->setObjectName(QStringLiteral("pages"));

    // Header and tabs.
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_header);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_resources, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_manifest, QString());
    m_tabs->addTab(m_diffTab, m_diffTab->title());
    connect(m_diffTab, &ApplicationDiffTab::titleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(m_diffTab), title); });
    connect(m_history, &ApplicationHistoryTab::rollbackRequested, this, &ApplicationView::rollbackRequested);
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
    // Answers for an earlier selection that arrive after the empty state are dropped.
    connect(m_details, &ApplicationDetails::treeChanged, this, [this](const ResourceTree &tree) {
        if (m_key.isEmpty())
            return;
        m_resources->showTree(tree, m_details->isStreaming());
        updateTabTitles();
    });
    connect(m_details, &ApplicationDetails::eventsChanged, this, [this](const QList<EventRecord> &events) {
        if (m_key.isEmpty())
            return;
        m_events->setEvents(events);
        updateTabTitles();
    });
    connect(m_details, &ApplicationDetails::manifestChanged, this, [this](const QByteArray &yaml) {
        if (!m_key.isEmpty())
            m_manifest->setManifest(yaml);
    });
    connect(m_details, &ApplicationDetails::failed, this, &ApplicationView::onFailed);
    connect(m_details, &ApplicationDetails::streamingChanged, m_resources,
            &ApplicationResourcesTab::setStreaming);
}

ApplicationView::~ApplicationView() = default;

QWidget *ApplicationView::buildEmptyState()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("Select an application on the left"), page);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *hint =
        captionLabel(tr("Its resources, deployment history, events and manifest appear here."), page);
    hint->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addStretch(3);
    return page;
}

void ApplicationView::setApplication(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_gone = false;
    m_refreshTimer.stop();

    // Reset every tab: nothing of the previous application may show.
    if (key.isEmpty())
        m_app = {};
    else if (const Application *app = m_store->application(key))
        m_app = app->ref();
    else
        m_app = AppRef::fromKey(key).value_or(AppRef());
    m_resources->setApplication(m_app);
    m_events->clear();
    m_manifest->clear();
    m_history->clear();

    if (m_gitTab)
        m_gitTab->setApplication(key.isEmpty() ? nullptr : m_store->application(key));
    if (key.isEmpty()) {
        m_details->setApplication({});
        m_diffTab->setApplication({}, {});
        m_stack->setCurrentWidget(m_emptyState);
        updateTabTitles();
        return;
    }
    const Application *app = m_store->application(key);
    m_diffTab->setApplication(m_app, app ? QString::number(app->resourceVersion) : QString());
    m_events->showLoading();
    m_manifest->showLoading();
    m_header->showApplication(m_app);
    updateHistory();
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
    if (const std::optional<qint64> id = m_history->selectedDeployment()) {
        emit rollbackRequested(*id);
        return;
    }
    m_tabs->setCurrentIndex(HistoryTab);
    m_history->askForDeployment();
}

void ApplicationView::setRepositoryMirrors(RepositoryMirrors *mirrors)
{
    if (m_gitTab || !mirrors)
        return;
    m_gitTab = new ApplicationGitTab(mirrors);
    m_tabs->insertTab(GitTab, m_gitTab, m_gitTab->title());
    connect(m_gitTab, &ApplicationGitTab::titleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(m_gitTab), title); });
    connect(m_gitTab, &ApplicationGitTab::revertRequested, this,
            [this](const QStringList &commits) { emit revertRequested(m_key, commits); });
    connect(m_gitTab, &ApplicationGitTab::promoteRequested, this, [this] { emit promoteRequested(m_key); });
    connect(m_gitTab, &ApplicationGitTab::credentialsRequested, this,
            &ApplicationView::gitCredentialsRequested);
    m_gitTab->setApplication(m_key.isEmpty() ? nullptr : m_store->application(m_key));
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
        m_header->setGone(true);
        return;
    }
    if (!change.updated.contains(m_key) && !change.added.contains(m_key))
        return;
    if (m_gone) {
        m_gone = false;
        m_header->setGone(false);
    }
    updateHeader();
    if (const Application *app = m_store->application(m_key)) {
        m_diffTab->setApplication(m_app, QString::number(app->resourceVersion));
        if (m_gitTab)
            m_gitTab->applicationChanged(*app);
    }
    // The spec or the events may have changed with it; the tree is live already.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ApplicationView::updateHeader()
{
    m_header->refresh();
    updateHistory();
}

void ApplicationView::updateHistory()
{
    if (const Application *app = m_store->application(m_key)) {
        m_history->setHistory(app->history);
        updateTabTitles();
    }
}

void ApplicationView::onFailed(const QString &what, const QString &message)
{
    if (m_key.isEmpty())
        return;
    const bool streaming = m_details->isStreaming();
    if (what == ApplicationDetails::StreamPart)
        m_resources->showStreamProblem(message, streaming);
    else if (what == ApplicationDetails::TreePart)
        m_resources->showTreeFailure(message, streaming);
    else if (what == ApplicationDetails::EventsPart)
        m_events->showFailure(message);
    else if (what == ApplicationDetails::ManifestPart)
        m_manifest->showFailure(message);
}

void ApplicationView::updateTabTitles()
{
    const auto counted = [](const QString &title, bool known, qsizetype count) {
        return known ? tr("%1 (%2)").arg(title).arg(count) : title;
    };
    m_tabs->setTabText(ResourcesTab,
                       counted(tr("Resources"), m_resources->hasTree(), m_resources->resourceCount()));
    m_tabs->setTabText(HistoryTab, counted(tr("History"), !m_key.isEmpty(), m_history->count()));
    m_tabs->setTabText(EventsTab, counted(tr("Events"), m_events->hasEvents(), m_events->count()));
    m_tabs->setTabText(ManifestTab, tr("Manifest"));
    const bool warnings = m_events->hasWarnings();
    m_tabs->setTabIcon(EventsTab, warnings ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(EventsTab, warnings ? tr("Some events are warnings") : QString());
}

void ApplicationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The live state's icon follows the palette; the header, banners, events
    // and manifest follow it on their own.
    if (event->type() == QEvent::PaletteChange && m_resources)
        m_resources->setStreaming(m_details->isStreaming());
}

} // namespace sextant::views
