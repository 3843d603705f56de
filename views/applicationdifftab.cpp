#include "views/applicationdifftab.h"

#include "model/fleet/applicationdiffloader.h"
#include "views/diffview.h"
#include "views/resourcechangestyle.h"

#include <KColorUtils>

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sextant::views {

namespace {

constexpr int IdentityRole = Qt::UserRole + 1;
constexpr int MaxImagesInSummary = 3;
enum Column { ResourceColumn, ChangeColumn };

QFrame *bannerFrame(QWidget *parent, QLabel *&icon, QLabel *&text, const QString &name)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name + QStringLiteral("Frame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    icon = new QLabel(frame);
    icon->setAlignment(Qt::AlignTop);
    text = new QLabel(frame);
    text->setObjectName(name);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    frame->hide();
    return frame;
}

void tint(QFrame *frame, const QColor &accent)
{
    QPalette palette = frame->parentWidget()->palette();
    palette.setColor(QPalette::Window, KColorUtils::mix(palette.color(QPalette::Base), accent, 0.16));
    frame->setPalette(palette);
}

QString imageText(const diff::ImageChange &change)
{
    const QString from = change.from.isEmpty() ? ApplicationDiffTab::tr("(none)") : change.from;
    const QString to = change.to.isEmpty() ? ApplicationDiffTab::tr("(none)") : change.to;
    return ApplicationDiffTab::tr("%1 <b>%2</b> → <b>%3</b>")
        .arg(change.container.toHtmlEscaped(), from.toHtmlEscaped(), to.toHtmlEscaped());
}

} // namespace

ApplicationDiffTab::ApplicationDiffTab(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(m_stack))
    , m_placeholder(new QLabel(m_stack))
    , m_showAll(new QCheckBox(tr("Show all resources"), m_content))
    , m_resources(new QTreeWidget(m_content))
    , m_diffStack(new QStackedWidget(m_content))
    , m_diffView(new DiffView(m_diffStack))
    , m_noSelection(new QLabel(m_diffStack))
{
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel *notesIcon = nullptr;
    m_notesFrame = bannerFrame(this, notesIcon, m_notes, QStringLiteral("diffNotes"));
    notesIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    QLabel *statusIcon = nullptr;
    m_statusFrame = bannerFrame(this, statusIcon, m_status, QStringLiteral("diffStatus"));
    statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(16, 16));
    statusIcon->setObjectName(QStringLiteral("diffStatusIcon"));
    m_retry = new QPushButton(tr("Retry"), m_statusFrame);
    m_retry->setObjectName(QStringLiteral("diffRetry"));
    m_statusFrame->layout()->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_loader)
            m_loader->refresh();
    });

    m_placeholder->setObjectName(QStringLiteral("diffPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_showAll->setObjectName(QStringLiteral("showAllResources"));
    m_showAll->setToolTip(tr("Also list the resources whose live state matches Git"));
    connect(m_showAll, &QCheckBox::toggled, this, &ApplicationDiffTab::fillList);
    m_resources->setObjectName(QStringLiteral("diffResources"));
    m_resources->setColumnCount(2);
    m_resources->setHeaderLabels({tr("Resource"), tr("Change")});
    m_resources->setRootIsDecorated(false);
    m_resources->setUniformRowHeights(true);
    m_resources->header()->setStretchLastSection(false);
    m_resources->header()->setSectionResizeMode(ResourceColumn, QHeaderView::Stretch);
    m_resources->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    connect(m_resources, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_selected = item->data(ResourceColumn, IdentityRole).toString();
        showSelected();
    });
    m_noSelection->setObjectName(QStringLiteral("diffNoSelection"));
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_noSelection->setEnabled(false);
    m_diffStack->addWidget(m_diffView);
    m_diffStack->addWidget(m_noSelection);

    auto *list = new QWidget(m_content);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_resources, 1);
    listLayout->addWidget(m_showAll);
    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(list);
    splitter->addWidget(m_diffStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 900});
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_notesFrame);
    layout->addWidget(m_statusFrame);
    layout->addWidget(m_stack, 1);
    setLoader(nullptr);
}

ApplicationDiffTab::~ApplicationDiffTab() = default;

void ApplicationDiffTab::setLoader(ApplicationDiffLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    if (m_loader) {
        connect(m_loader, &ApplicationDiffLoader::diffReady, this, &ApplicationDiffTab::onDiffReady);
        connect(m_loader, &ApplicationDiffLoader::failed, this, &ApplicationDiffTab::onFailed);
        connect(m_loader, &ApplicationDiffLoader::loadingChanged, this,
                &ApplicationDiffTab::onLoadingChanged);
    }
    m_requested = false;
    load();
}

void ApplicationDiffTab::setApplication(const AppRef &app, const QString &resourceVersion)
{
    const bool sameApp = app == m_app;
    if (sameApp && resourceVersion == m_resourceVersion)
        return;
    m_app = app;
    m_resourceVersion = resourceVersion;
    m_requested = false;
    if (!sameApp) {
        // Nothing of the previous application may show.
        m_haveDiff = false;
        m_diff = {};
        m_selected.clear();
        m_pendingSelection.clear();
        m_resources->clear();
        m_diffView->setDocument({});
        m_notesFrame->hide();
        m_statusFrame->hide();
        updateSummary();
        emit titleChanged(title());
    }
    load();
}

void ApplicationDiffTab::load()
{
    if (!m_loader) {
        m_stack->setCurrentWidget(m_placeholder);
        m_placeholder->setText(tr("The diff is not available here."));
        return;
    }
    if (m_app.isNull()) {
        m_stack->setCurrentWidget(m_placeholder);
        m_placeholder->clear();
        return;
    }
    if (!m_haveDiff) {
        m_stack->setCurrentWidget(m_placeholder);
        m_placeholder->setText(tr("Loading the diff of %1…").arg(m_app.name));
    }
    // Managed resources can be large: fetch them only when someone looks.
    if (m_requested || !isVisible())
        return;
    m_requested = true;
    const bool alreadySelected = m_loader->application() == m_app;
    m_loader->setApplication(m_app, m_resourceVersion);
    if (alreadySelected && !m_haveDiff && !m_loader->isLoading())
        m_loader->refresh(); // its answer went to nobody (we were not listening for this app yet)
}

bool ApplicationDiffTab::isOurs() const
{
    return m_loader && !m_app.isNull() && m_loader->application() == m_app;
}

void ApplicationDiffTab::onDiffReady(const diff::ApplicationDiff &diff)
{
    if (!isOurs())
        return;
    m_diff = diff;
    m_haveDiff = true;
    m_statusFrame->hide();
    m_stack->setCurrentWidget(m_content);
    if (!m_diff.notes.isEmpty()) {
        m_notes->setText(m_diff.notes.join(u'\n'));
        tint(m_notesFrame, palette().color(QPalette::Link));
        m_notesFrame->show();
    } else {
        m_notesFrame->hide();
    }
    fillList();
    updateSummary();
    emit titleChanged(title());
}

void ApplicationDiffTab::onFailed(const QString &message)
{
    if (!isOurs())
        return;
    showMessage(message, true);
    if (!m_haveDiff) {
        m_stack->setCurrentWidget(m_placeholder);
        m_placeholder->setText(tr("No diff to show."));
    }
}

void ApplicationDiffTab::onLoadingChanged(bool loading)
{
    if (!isOurs())
        return;
    if (loading && m_haveDiff)
        showMessage(tr("Refreshing the diff…"), false);
    else if (!loading && !m_statusFrame->property("error").toBool())
        m_statusFrame->hide();
}

void ApplicationDiffTab::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_statusFrame->setProperty("error", error);
    m_statusFrame->findChild<QLabel *>(QStringLiteral("diffStatusIcon"))->setVisible(error);
    m_retry->setVisible(error);
    if (error)
        tint(m_statusFrame, QColor(0xcf, 0x22, 0x2e));
    else
        m_statusFrame->setPalette(palette());
    m_statusFrame->show();
}

void ApplicationDiffTab::selectResource(const QString &identity)
{
    if (!m_haveDiff) {
        m_pendingSelection = identity;
        return;
    }
    m_pendingSelection.clear();
    const auto it = std::find_if(m_diff.resources.cbegin(), m_diff.resources.cend(),
                                 [&](const diff::ResourceDiff &r) { return r.identity == identity; });
    if (it == m_diff.resources.cend())
        return;
    m_selected = identity;
    if (!it->differs() && !m_showAll->isChecked())
        m_showAll->setChecked(true); // fills the list, keeping m_selected
    else
        fillList();
}

QString ApplicationDiffTab::selectedResource() const
{
    return m_selected;
}

void ApplicationDiffTab::setShowAll(bool showAll)
{
    m_showAll->setChecked(showAll);
}

bool ApplicationDiffTab::showsAll() const
{
    return m_showAll->isChecked();
}

void ApplicationDiffTab::fillList()
{
    if (!m_pendingSelection.isEmpty() && m_haveDiff) {
        const QString pending = m_pendingSelection;
        selectResource(pending);
        return;
    }
    const QSignalBlocker blocker(m_resources);
    m_resources->clear();
    QTreeWidgetItem *current = nullptr;
    for (const diff::ResourceDiff &resource : std::as_const(m_diff.resources)) {
        if (!resource.differs() && !m_showAll->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(m_resources);
        item->setText(ResourceColumn, resource.kind + u'/' + resource.name);
        item->setIcon(ResourceColumn, resourceChangeIcon(resource.change));
        item->setText(ChangeColumn, resourceChangeText(resource.change));
        item->setData(ResourceColumn, IdentityRole, resource.identity);
        const QString group = resource.group.isEmpty() ? tr("core") : resource.group;
        item->setToolTip(ResourceColumn,
                         resource.ns.isEmpty()
                             ? tr("%1 (%2), cluster-scoped").arg(resource.kind, group)
                             : tr("%1 (%2) in namespace %3").arg(resource.kind, group, resource.ns));
        if (resource.identity == m_selected)
            current = item;
    }
    if (!current && m_resources->topLevelItemCount() > 0)
        current = m_resources->topLevelItem(0);
    if (current) {
        m_resources->setCurrentItem(current);
        m_selected = current->data(ResourceColumn, IdentityRole).toString();
    } else {
        m_selected.clear();
    }
    showSelected();
}

void ApplicationDiffTab::showSelected()
{
    const auto it = std::find_if(m_diff.resources.cbegin(), m_diff.resources.cend(),
                                 [&](const diff::ResourceDiff &r) { return r.identity == m_selected; });
    if (it == m_diff.resources.cend()) {
        m_diffView->setDocument({});
        m_noSelection->setText(m_diff.differing() == 0
                                   ? tr("Live matches Git: none of the %n resource(s) differ.", nullptr,
                                        int(m_diff.resources.size()))
                                   : tr("Select a resource to see its diff."));
        m_diffStack->setCurrentWidget(m_noSelection);
        return;
    }
    QString left = tr("Live (cluster)");
    QString right = tr("Desired (Git)");
    if (it->kind == u"Secret" && it->group.isEmpty()) {
        // Values never show; a changed value shows as a mask of another length.
        left = tr("Live (cluster), values masked");
        right = tr("Desired (Git), values masked");
    }
    if (it->change == diff::ResourceChange::ToCreate)
        left = tr("Live: does not exist yet");
    else if (it->change == diff::ResourceChange::ToPrune)
        right = tr("Desired: not in Git, will be pruned");
    m_diffView->setSideTitles(left, right);
    // A refresh with the same text keeps the scroll position and the open folds.
    if (!(m_diffView->document() == it->document))
        m_diffView->setDocument(it->document);
    m_diffStack->setCurrentWidget(m_diffView);
}

void ApplicationDiffTab::updateSummary()
{
    if (!m_haveDiff) {
        m_summary->clear();
        return;
    }
    QStringList parts;
    if (m_diff.modified > 0)
        parts << tr("<b>%n</b> modified", nullptr, m_diff.modified);
    if (m_diff.toCreate > 0)
        parts << tr("<b>%n</b> to create", nullptr, m_diff.toCreate);
    if (m_diff.toPrune > 0)
        parts << tr("<b>%n</b> to prune", nullptr, m_diff.toPrune);
    if (parts.isEmpty())
        parts << tr("No differences");
    parts << tr("%n unchanged", nullptr, m_diff.unchanged);
    QString text = parts.join(QStringLiteral(" · "));
    if (!m_diff.imageChanges.isEmpty()) {
        QStringList images;
        for (const diff::ImageChange &change :
             std::as_const(m_diff.imageChanges)
                 .first(std::min<qsizetype>(MaxImagesInSummary, m_diff.imageChanges.size())))
            images << imageText(change);
        if (m_diff.imageChanges.size() > MaxImagesInSummary)
            images << tr("and %n more", nullptr, int(m_diff.imageChanges.size()) - MaxImagesInSummary);
        text += QStringLiteral("<br>") + tr("Images: %1").arg(images.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
}

QString ApplicationDiffTab::title() const
{
    return m_haveDiff && m_diff.differing() > 0 ? tr("Diff (%1)").arg(m_diff.differing()) : tr("Diff");
}

void ApplicationDiffTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

void ApplicationDiffTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_notesFrame->isVisible())
        tint(m_notesFrame, palette().color(QPalette::Link));
}

} // namespace sextant::views
