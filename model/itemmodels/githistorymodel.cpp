#include "model/itemmodels/githistorymodel.h"

#include "model/fleet/repositorymirrors.h"
#include "model/git/githistory.h"
#include "model/git/gitrepository.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <mutex>

namespace sextant {

using namespace Qt::StringLiterals;

// Used by one worker job at a time: a page is only requested when the last one is in.
struct GitHistoryModel::Walk {
    std::mutex mutex;
    std::optional<git::PathHistory> history;
};

struct GitHistoryModel::Page {
    Result<QList<git::CommitSummary>> commits = QList<git::CommitSummary>{};
    bool atEnd = false;
    // First page only.
    bool first = false;
    QString head;
    QString deployed;
    QSet<QString> pending;
    bool pendingKnown = false;
};

GitHistoryModel::GitHistoryModel(RepositoryMirrors *mirrors, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mirrors(mirrors)
{}

GitHistoryModel::~GitHistoryModel() = default;

void GitHistoryModel::setSource(const std::optional<ApplicationGitSource> &source,
                                const QHash<QString, QList<qint64>> &deployments)
{
    m_source = source;
    m_deployments = deployments;
    startWalk();
}

void GitHistoryModel::reload()
{
    startWalk();
}

void GitHistoryModel::startWalk()
{
    beginResetModel();
    ++m_generation;
    m_walk.reset();
    m_commits.clear();
    m_pendingIds.clear();
    m_head.clear();
    m_deployed.clear();
    m_pendingCount = -1;
    m_atEnd = !m_source;
    m_error.clear();
    endResetModel();
    if (!m_source) {
        if (m_loading) {
            m_loading = false;
            emit loadingChanged(false);
        }
        return;
    }
    m_headName = m_source->targetRevision.isEmpty() || m_source->targetRevision == "HEAD"_L1
                     ? tr("default branch")
                     : m_source->targetRevision;
    m_walk = std::make_shared<Walk>();
    m_mirrors->ensureFetched(m_source->repoUrl);
    // A mirror not cloned yet has nothing to read: its first fetch reloads the walk.
    if (!QFileInfo::exists(m_mirrors->mirrorPath(m_source->repoUrl))) {
        if (m_loading) {
            m_loading = false;
            emit loadingChanged(false);
        }
        return;
    }
    requestPage();
}

void GitHistoryModel::requestPage()
{
    if (!m_walk || !m_source)
        return;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const bool first = m_commits.isEmpty() && m_head.isEmpty();
    const QString path = m_mirrors->mirrorPath(m_source->repoUrl);
    m_mirrors->run(
        this,
        [walk = m_walk, source = *m_source, path, first]() -> Page {
            std::lock_guard lock(walk->mutex);
            Page page;
            page.first = first;
            if (!walk->history) {
                auto mirror = git::GitRepository::open(path);
                if (!mirror) {
                    page.commits = mirror.error();
                    return page;
                }
                auto head = resolveTargetRevision(*mirror, source.targetRevision);
                if (!head) {
                    page.commits = head.error();
                    return page;
                }
                page.head = *head;
                if (auto change = pendingChange(*mirror, source); change && !change->deployed.isEmpty()) {
                    page.deployed = change->deployed;
                    for (const git::CommitSummary &commit : change->commits)
                        page.pending.insert(commit.id);
                    page.pendingKnown = true;
                }
                auto history = git::PathHistory::open(path, *head, source.paths);
                if (!history) {
                    page.commits = history.error();
                    return page;
                }
                walk->history.emplace(std::move(history).value());
            }
            page.commits = walk->history->next(PageSize);
            page.atEnd = walk->history->atEnd();
            return page;
        },
        [this, generation = m_generation](Page page) { applyPage(generation, std::move(page)); });
}

void GitHistoryModel::applyPage(quint64 generation, Page page)
{
    if (generation != m_generation)
        return; // a page of a walk that was replaced
    m_loading = false;
    if (!page.commits) {
        m_error = page.commits.error().message;
        m_atEnd = true;
        emit loadingChanged(false);
        emit failed(m_error);
        if (page.first)
            emit loaded();
        return;
    }
    if (page.first) {
        m_head = page.head;
        m_deployed = page.deployed;
        m_pendingIds = page.pending;
        m_pendingCount = page.pendingKnown ? int(page.pending.size()) : -1;
    }
    QList<git::CommitSummary> commits = std::move(page.commits).value();
    m_atEnd = page.atEnd;
    if (!commits.isEmpty()) {
        beginInsertRows({}, int(m_commits.size()), int(m_commits.size() + commits.size() - 1));
        m_commits.append(std::move(commits));
        endInsertRows();
    }
    // The deployed marker sits on the newest row at or below the deployed revision.
    const int deployedRow = m_deployed.isEmpty() ? -1 : deployedRowNow();
    if (deployedRow != m_deployedRow) {
        const int old = m_deployedRow;
        m_deployedRow = deployedRow;
        for (const int row : {old, deployedRow}) {
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    emit loadingChanged(false);
    if (page.first)
        emit loaded();
}

int GitHistoryModel::deployedRowNow() const
{
    for (int row = 0; row < m_commits.size(); ++row) {
        const QString &id = m_commits[row].id;
        if (id == m_deployed)
            return row;
        // The deployed commit did not touch the paths: the first older row is what runs.
        if (!m_pendingIds.contains(id) && m_pendingCount >= 0)
            return row;
    }
    return -1;
}

int GitHistoryModel::rowOf(const QString &commitId) const
{
    for (int row = 0; row < m_commits.size(); ++row) {
        if (m_commits[row].id == commitId)
            return row;
    }
    return -1;
}

int GitHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commits.size());
}

int GitHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool GitHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_walk && !m_atEnd && !m_loading && m_error.isEmpty();
}

void GitHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

QStringList GitHistoryModel::markers(int row) const
{
    const git::CommitSummary &commit = m_commits.at(row);
    QStringList markers;
    if (commit.id == m_head)
        markers << tr("head of %1").arg(m_headName);
    if (row == m_deployedRow)
        markers << (commit.id == m_deployed ? tr("deployed") : tr("deployed (%1)").arg(m_deployed.left(7)));
    else if (m_pendingIds.contains(commit.id))
        markers << tr("pending");
    for (const qint64 id : m_deployments.value(commit.id))
        markers << tr("deployment #%1").arg(id);
    return markers;
}

QVariant GitHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const git::CommitSummary &commit = m_commits.at(index.row());
    switch (role) {
    case CommitIdRole: return commit.id;
    case MarkersRole: return markers(index.row());
    case PendingRole: return m_pendingIds.contains(commit.id);
    case DeployedRole: return index.row() == m_deployedRow;
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommitColumn: return commit.id.left(7);
        case MarkersColumn: return markers(index.row()).join(u" · "_s);
        case SubjectColumn: return commit.summary;
        case AuthorColumn: return commit.authorName;
        case DateColumn: return QLocale().toString(commit.time.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CommitColumn: return commit.id;
        case SubjectColumn: return commit.message;
        case AuthorColumn: return u"%1 <%2>"_s.arg(commit.authorName, commit.authorEmail);
        case DateColumn: return commit.time.toString(Qt::ISODate);
        }
        return {};
    }
    return {};
}

QVariant GitHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommitColumn: return tr("Commit");
    case MarkersColumn: return tr("Where");
    case SubjectColumn: return tr("Subject");
    case AuthorColumn: return tr("Author");
    case DateColumn: return tr("Date");
    }
    return {};
}

} // namespace sextant
