#pragma once

#include "fleetsim/kustomize.h"
#include "fleetsim/seed.h"
#include "model/git/gitrepository.h"
#include "model/result.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

namespace sextant::fleetsim {

// The simulated repo server: bare Git repositories on disk, addressed by the
// URLs the server's Git smart HTTP serves them at (file:// URLs until a base
// URL is set, and always as aliases), with resolved revisions and rendered
// manifests cached until a poll sees a branch move. A directory holding a
// kustomization is rendered with kustomize.
class GitStore {
public:
    explicit GitStore(QString dataDir, KustomizeRenderer kustomize = KustomizeRenderer());
    ~GitStore();

    // Where repository `name` is served: <baseUrl>/<name>.git. Set before seed().
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    QString reposDir() const { return m_dataDir + QStringLiteral("/repos"); }
    bool contains(const QString &repositoryName) const { return m_paths.contains(repositoryName); }

    // Creates each repository from its seed commits, or reuses it when it
    // already has history (commits pushed in an earlier run survive).
    Status seed(const QList<SeedRepository> &repositories);

    QString urlFor(const QString &repositoryName) const;
    QStringList urls() const;

    Result<QString> resolve(const QString &repoUrl, const QString &revision);
    Result<QList<QJsonObject>> manifests(const QString &repoUrl, const QString &commit, const QString &path,
                                         bool recurse);
    // Whether manifests() rendered this directory with kustomize.
    bool renderedWithKustomize(const QString &repoUrl, const QString &commit, const QString &path) const
    {
        return m_kustomized.contains(repoUrl + u'\n' + commit + u'\n' + path);
    }
    Result<git::CommitSummary> commit(const QString &repoUrl, const QString &revision);
    // The commit `count` first-parent steps before `revision`.
    Result<QString> ancestor(const QString &repoUrl, const QString &revision, int count);

    // A commit on the repository's seeded branch (scenarios' bad releases).
    Result<QString> commitFiles(const QString &repositoryName,
                                const QMap<QString, std::optional<QByteArray>> &files,
                                const git::CommitInfo &info);
    Result<QByteArray> readHeadFile(const QString &repositoryName, const QString &path);

    // URLs whose branch heads moved since the last poll; their caches are dropped.
    QStringList poll();
    // Forgets resolved revisions at once (after a commit made in-process).
    void invalidate() { m_resolved.clear(); }

private:
    Result<git::GitRepository *> repository(const QString &repoUrl);

    QString m_dataDir;
    QString m_baseUrl;
    KustomizeRenderer m_kustomize;
    QMap<QString, QString> m_paths; // by name
    QMap<QString, QString> m_nameToUrl;
    QHash<QString, QString> m_urlToName;                            // served URL and file:// URL
    QMap<QString, QString> m_branches;                              // by name
    std::map<QString, std::unique_ptr<git::GitRepository>> m_repos; // by served URL
    QHash<QString, QMap<QString, QString>> m_heads;                 // URL → branch → sha
    QHash<QString, QString> m_resolved;                             // URL \n revision → sha
    QHash<QString, Result<QList<QJsonObject>>> m_manifests;         // URL \n sha \n path → docs
    QSet<QString> m_kustomized;                                     // URL \n sha \n path
};

} // namespace sextant::fleetsim
