#pragma once

#include "model/fleet/applicationgitsource.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace sextant {

class FleetStore;
class RepositoryMirrors;
struct FleetChange;

// What Git holds that does not run yet, for every application of the store: the number
// of commits touching its paths between its deployed revision and the head of what it
// tracks, and each repository's branch heads. Keeps the mirrors tracking the fleet's
// repositories; recomputes a repository's apps after each fetch of it and an app when
// its source or deployed revision changes, on the mirrors' workers.
class PendingCommits : public QObject {
    Q_OBJECT
public:
    PendingCommits(FleetStore *store, RepositoryMirrors *mirrors, QObject *parent = nullptr);
    ~PendingCommits() override;

    struct AppState {
        int count = -1;               // -1: not known (no mirror yet, not deployed, or a failure)
        QString head;                 // the commit the app's target revision names
        QString deployed;             // resolved in the mirror
        bool deployedMissing = false; // the deployed commit is not in the mirror
        QString error;
    };
    AppState state(const QString &appKey) const { return m_states.value(appKey); }
    // Local branch name → commit, as of the last fetch.
    QMap<QString, QString> branchHeads(const QString &repoUrl) const;
    // Applications whose Git source is this repository.
    int applicationCount(const QString &repoUrl) const;
    QStringList repositories() const;

    // Applied at once instead of after the debounce (tests, benchmarks).
    void recomputeNow();

signals:
    void changed(const QStringList &appKeys);
    void repositoryHeadsChanged(const QString &repoUrl);

private:
    struct Job;
    void onApplicationsChanged(const FleetChange &change);
    void schedule(const QString &repoUrl);
    void run(const QString &repoUrl);
    void apply(const QString &repoUrl, const QHash<QString, AppState> &states,
               const QMap<QString, QString> &heads, bool deployedMissing);

    FleetStore *m_store;
    RepositoryMirrors *m_mirrors;
    QHash<QString, ApplicationGitSource> m_sources; // by app key
    QHash<QString, QSet<QString>> m_appsByRepo;     // normalized URL → app keys
    QHash<QString, AppState> m_states;
    QHash<QString, QMap<QString, QString>> m_heads; // normalized URL → branch heads
    QSet<QString> m_dirty;                          // repositories to recompute
    QSet<QString> m_running;
    QTimer m_debounce;
};

} // namespace sextant
