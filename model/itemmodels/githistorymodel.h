#pragma once

#include "model/fleet/applicationgitsource.h"
#include "model/git/gittypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace sextant {

class RepositoryMirrors;

// The Git history of one application's paths in its repository's mirror, newest first,
// 50 commits a page through fetchMore (read on the mirrors' workers, never the GUI
// thread), with what each commit means for the app: the deployed revision, the head of
// what it tracks, commits between the two (pending: deploys next), and the controller's
// history entries that deployed it.
class GitHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CommitColumn, MarkersColumn, SubjectColumn, AuthorColumn, DateColumn, ColumnCount };
    enum Role {
        CommitIdRole = Qt::UserRole + 1, // 40 hex digits
        MarkersRole,                     // QStringList, e.g. "deployed", "head of main", "deployment #4"
        PendingRole,                     // bool: between the deployed revision and the head
        DeployedRole,                    // bool
    };
    static constexpr int PageSize = 50;

    explicit GitHistoryModel(RepositoryMirrors *mirrors, QObject *parent = nullptr);
    ~GitHistoryModel() override;

    // Starts over with this source (nullopt: empty). `deployments` maps a commit to the
    // controller's history ids that deployed it.
    void setSource(const std::optional<ApplicationGitSource> &source,
                   const QHash<QString, QList<qint64>> &deployments);
    // Reads the head again (after a fetch) and starts over, keeping nothing stale. Until
    // the mirror's first fetch made it, nothing is read (the owner reloads on `fetched`).
    void reload();
    const std::optional<ApplicationGitSource> &source() const { return m_source; }

    bool isLoading() const { return m_loading; }
    // The last failure, in the operator's words; empty when the last read succeeded.
    QString error() const { return m_error; }
    QString head() const { return m_head; }
    QString deployed() const { return m_deployed; }
    // Commits between deployed and head, when the deployed one is known; -1 otherwise.
    int pendingCount() const { return m_pendingCount; }
    const git::CommitSummary &commit(int row) const { return m_commits.at(row); }
    int rowOf(const QString &commitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void failed(const QString &message);
    // The first page is in (or the source could not be read).
    void loaded();

private:
    struct Walk; // the PathHistory and what the first page learnt, on a worker
    struct Page;
    void startWalk();
    void requestPage();
    void applyPage(quint64 generation, Page page);
    QStringList markers(int row) const;
    int deployedRowNow() const;

    RepositoryMirrors *m_mirrors;
    std::optional<ApplicationGitSource> m_source;
    QHash<QString, QList<qint64>> m_deployments;
    std::shared_ptr<Walk> m_walk;
    quint64 m_generation = 0;
    QList<git::CommitSummary> m_commits;
    QSet<QString> m_pendingIds; // between deployed and head, touching the paths
    QString m_head;
    QString m_headName; // the branch or tag the app tracks, for the marker
    QString m_deployed;
    int m_deployedRow = -1; // -1 while the deployed commit is not among the rows
    int m_pendingCount = -1;
    bool m_loading = false;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace sextant
