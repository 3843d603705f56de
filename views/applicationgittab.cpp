#include "views/applicationgittab.h"

#include "model/fleet/applicationgitsource.h"
#include "model/fleet/gitchangeloader.h"
#include "model/fleet/repositorymirrors.h"
#include "model/itemmodels/githistorymodel.h"
#include "views/actionstyle.h"
#include "views/gitchangeview.h"
#include "views/messagebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace sextant::views {

using namespace Qt::StringLiterals;

namespace {

// The deployed commit in bold, commits that deploy next in the link colour.
class CommitDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(GitHistoryModel::DeployedRole).toBool())
            option->font.setBold(true);
        else if (index.data(GitHistoryModel::PendingRole).toBool() &&
                 index.column() == GitHistoryModel::MarkersColumn)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }
};

QHash<QString, QList<qint64>> deploymentsByRevision(const Application &app)
{
    QHash<QString, QList<qint64>> deployments;
    for (const HistoryEntry &entry : app.history) {
        for (const QString &revision :
             entry.revisions.isEmpty() ? QStringList{entry.revision} : entry.revisions) {
            if (!revision.isEmpty())
                deployments[revision].prepend(entry.id); // newest first
        }
    }
    return deployments;
}

} // namespace

ApplicationGitTab::ApplicationGitTab(RepositoryMirrors *mirrors, QWidget *parent)
    : QWidget(parent)
    , m_mirrors(mirrors)
    , m_model(new GitHistoryModel(mirrors, this))
    , m_loader(new GitChangeLoader(mirrors, this))
    , m_banner(new MessageBanner(u"gitMessage"_s, this))
    , m_summary(new QLabel(this))
    , m_pendingButton(new QPushButton(tr("Show what deploys &next"), this))
    , m_fetchButton(new QPushButton(tr("&Fetch"), this))
    , m_credentialsButton(new QPushButton(tr("&Credentials…"), this))
    , m_promoteButton(new QPushButton(tr("&Promote…"), this))
    , m_list(new QTreeView(this))
    , m_change(new GitChangeView(this))
{
    m_summary->setObjectName(u"gitSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_pendingButton->setObjectName(u"gitShowPending"_s);
    m_fetchButton->setObjectName(u"gitFetch"_s);
    m_promoteButton->setObjectName(u"gitPromote"_s);
    m_promoteButton->setToolTip(tr("Write what this environment deploys into other environments' overlays, "
                                   "as a reviewed commit."));
    connect(m_promoteButton, &QPushButton::clicked, this, &ApplicationGitTab::promoteRequested);
    m_credentialsButton->setObjectName(u"gitCredentials"_s);
    m_credentialsButton->setToolTip(tr("Enter a user name and token for this repository's server."));
    m_credentialsButton->hide();
    m_fetchButton->setToolTip(tr("Fetch the repository now (it is also fetched every few minutes)."));
    m_list->setObjectName(u"gitCommits"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new CommitDelegate(m_list));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(GitHistoryModel::SubjectColumn, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_pendingButton);
    bar->addWidget(m_credentialsButton);
    bar->addWidget(m_promoteButton);
    bar->addWidget(m_fetchButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_change);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_pendingButton, &QPushButton::clicked, this, &ApplicationGitTab::showPendingChange);
    connect(m_fetchButton, &QPushButton::clicked, this, [this] {
        if (m_repoUrl.isEmpty())
            return;
        // While a fetch runs the button cancels it: a huge or stuck fetch is never forced on the operator.
        if (m_mirrors->isFetching(m_repoUrl))
            m_mirrors->cancel(m_repoUrl);
        else
            m_mirrors->fetch(m_repoUrl);
    });
    connect(m_credentialsButton, &QPushButton::clicked, this, [this] {
        if (!m_repoUrl.isEmpty())
            emit credentialsRequested(m_repoUrl);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showCommit(current.row());
            });
    connect(m_list, &QTreeView::customContextMenuRequested, this, &ApplicationGitTab::showContextMenu);
    connect(m_model, &GitHistoryModel::loaded, this, [this] {
        updateMirrorState(); // a failure of an earlier read (before the first clone) is over
        updateSummary();
        if (m_model->pendingCount() > 0)
            showPendingChange();
        else if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &GitHistoryModel::loadingChanged, this, [this] { updateSummary(); });
    connect(m_model, &GitHistoryModel::failed, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Tone::Error, message); });
    connect(m_loader, &GitChangeLoader::loaded, this, [this](const QList<GitFileDiff> &files) {
        m_change->setFiles(files, m_model->source() ? m_model->source()->paths : QStringList());
    });
    connect(m_loader, &GitChangeLoader::failed, m_change, &GitChangeView::showMessage);
    connect(m_mirrors, &RepositoryMirrors::statusChanged, this, [this](const QString &url) {
        if (!m_repoUrl.isEmpty() && url == normalizedRepositoryUrl(m_repoUrl))
            updateMirrorState();
    });
    connect(m_mirrors, &RepositoryMirrors::fetched, this, [this](const QString &url) {
        if (!m_repoUrl.isEmpty() && url == normalizedRepositoryUrl(m_repoUrl))
            m_model->reload(); // new commits may change the head, pending and markers
    });
    updateSummary();
}

ApplicationGitTab::~ApplicationGitTab() = default;

void ApplicationGitTab::setApplication(const Application *app)
{
    const std::optional<ApplicationGitSource> source = app ? applicationGitSource(*app) : std::nullopt;
    m_appKey = app ? app->key() : QString();
    m_repoUrl = source ? source->repoUrl : QString();
    m_loader->clear();
    m_change->clear();
    m_banner->clearMessage();
    m_model->setSource(source, app ? deploymentsByRevision(*app) : QHash<QString, QList<qint64>>());
    if (app && !source)
        m_banner->showMessage(
            MessageBanner::Tone::Info,
            tr("%1 does not deploy from a Git repository (a Helm chart or an OCI artifact): "
               "there is no Git history to show.")
                .arg(app->name));
    updateMirrorState();
    updateSummary();
}

void ApplicationGitTab::applicationChanged(const Application &app)
{
    // The model holds what it was set up from.
    if (app.key() != m_appKey || applicationGitSource(app) == m_model->source())
        return;
    setApplication(&app);
}

QString ApplicationGitTab::title() const
{
    const int pending = m_model->pendingCount();
    return pending > 0 ? tr("Git (%1 pending)").arg(pending) : tr("Git");
}

void ApplicationGitTab::updateSummary()
{
    const auto &source = m_model->source();
    const bool fetching = source.has_value() && m_mirrors->isFetching(m_repoUrl);
    m_fetchButton->setEnabled(source.has_value());
    m_fetchButton->setText(fetching ? tr("&Cancel fetch") : tr("&Fetch"));
    m_promoteButton->setEnabled(source.has_value() && !m_model->head().isEmpty());
    const int pending = m_model->pendingCount();
    m_pendingButton->setEnabled(pending > 0);
    m_pendingButton->setText(pending > 0 ? tr("Show what deploys &next (%n commit(s))", nullptr, pending)
                                         : tr("Show what deploys &next"));
    QString text;
    if (!source) {
        text = tr("No Git source.");
    } else if (m_model->head().isEmpty()) {
        text = m_model->isLoading() ? tr("Reading %1…").arg(git::displayUrl(source->repoUrl))
                                    : git::displayUrl(source->repoUrl);
    } else {
        const QString tracked = source->targetRevision.isEmpty() ? u"HEAD"_s : source->targetRevision;
        const QString paths = source->paths.join(u", "_s);
        text = tr("%1 · %2 at %3 · path %4")
                   .arg(git::displayUrl(source->repoUrl), tracked, m_model->head().left(7),
                        paths.isEmpty() ? u"/"_s : paths);
        if (pending == 0)
            text += tr(" · deployed %1: nothing pending").arg(m_model->deployed().left(7));
        else if (pending > 0)
            text +=
                tr(" · deployed %1: %n commit(s) pending", nullptr, pending).arg(m_model->deployed().left(7));
        else if (!source->deployedRevision.isEmpty())
            text += tr(" · deployed %1: not in the mirror yet").arg(source->deployedRevision.left(7));
        else
            text += tr(" · not deployed yet");
    }
    m_summary->setText(text);
    emit titleChanged(title());
}

void ApplicationGitTab::updateMirrorState()
{
    const MirrorStatus status = m_repoUrl.isEmpty() ? MirrorStatus() : m_mirrors->status(m_repoUrl);
    m_credentialsButton->setVisible(git::GitFailure(status.failure) == git::GitFailure::Authentication);
    if (m_repoUrl.isEmpty())
        return;
    switch (status.state) {
    case MirrorStatus::State::Fetching:
        if (status.progress.totalObjects > 0)
            m_banner->showMessage(MessageBanner::Tone::Info, tr("Fetching %1: %2 of %3 objects…")
                                                                 .arg(git::displayUrl(m_repoUrl))
                                                                 .arg(status.progress.receivedObjects)
                                                                 .arg(status.progress.totalObjects));
        else
            m_banner->showMessage(MessageBanner::Tone::Info,
                                  tr("Fetching %1…").arg(git::displayUrl(m_repoUrl)));
        break;
    case MirrorStatus::State::Failed: m_banner->showMessage(MessageBanner::Tone::Error, status.error); break;
    case MirrorStatus::State::Ready:
        if (!status.error.isEmpty())
            m_banner->showMessage(
                MessageBanner::Tone::Warning,
                tr("The last fetch failed, so this may be out of date (fetched %1): %2")
                    .arg(QLocale().toString(status.fetchedAt.toLocalTime(), QLocale::ShortFormat),
                         status.error));
        else if (m_model->error().isEmpty())
            m_banner->clearMessage();
        break;
    case MirrorStatus::State::Missing: break;
    }
    updateSummary();
}

void ApplicationGitTab::showPendingChange()
{
    const auto &source = m_model->source();
    if (!source || m_model->pendingCount() <= 0)
        return;
    m_list->selectionModel()->clearSelection();
    m_change->showMessage(
        tr("What deploys next: the combined change of %n commit(s) between %1 (deployed) and %2.", nullptr,
           m_model->pendingCount())
            .arg(m_model->deployed().left(7), m_model->head().left(7)));
    m_loader->loadRange(source->repoUrl, m_model->deployed(), m_model->head(), source->paths);
}

void ApplicationGitTab::showCommit(int row)
{
    const auto &source = m_model->source();
    if (!source || row < 0 || row >= m_model->rowCount())
        return;
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, 0));
    const git::CommitSummary &commit = m_model->commit(row);
    m_loader->loadCommit(source->repoUrl, commit.id, source->paths);
}

QStringList ApplicationGitTab::commitsDownTo(int row) const
{
    QStringList commits;
    for (int i = 0; i <= row && i < m_model->rowCount(); ++i)
        commits << m_model->commit(i).id;
    return commits;
}

void ApplicationGitTab::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = index.row();
    const git::CommitSummary commit = m_model->commit(row);
    QMenu menu(this);
    menu.addAction(tr("&Revert %1…").arg(commit.id.left(7)), this,
                   [this, id = commit.id] { emit revertRequested({id}); });
    if (row > 0)
        menu.addAction(
            tr("Roll &back to %1 (revert the %n newer commit(s))…", nullptr, row).arg(commit.id.left(7)),
            this, [this, row] { emit revertRequested(commitsDownTo(row - 1)); });
    menu.addSeparator();
    menu.addAction(tr("&Copy commit id"), this, [id = commit.id] { QApplication::clipboard()->setText(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace sextant::views
