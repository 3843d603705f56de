#include "fleetsim/gitstore.h"

#include "model/logging.h"
#include "model/support/yamltojson.h"

#include <QDir>
#include <QUrl>

namespace sextant::fleetsim {

namespace {

// Whether the app's directory itself (not a subdirectory) holds a kustomization.
bool hasKustomization(const git::GitRepository &repo, const QString &commit, const QString &path,
                      bool recursive, const QList<git::TreeFile> &files)
{
    if (!recursive)
        return KustomizeRenderer::isKustomization(files);
    auto direct = repo.readFiles(commit, path, false);
    return direct && KustomizeRenderer::isKustomization(*direct);
}

} // namespace

GitStore::GitStore(QString dataDir, KustomizeRenderer kustomize)
    : m_dataDir(std::move(dataDir))
    , m_kustomize(std::move(kustomize))
{}

GitStore::~GitStore() = default;

Status GitStore::seed(const QList<SeedRepository> &repositories)
{
    const QString reposDir = this->reposDir();
    if (!QDir().mkpath(reposDir))
        return Error{QStringLiteral("cannot create %1").arg(reposDir)};
    for (const SeedRepository &seedRepo : repositories) {
        const QString path = reposDir + u'/' + seedRepo.name + QStringLiteral(".git");
        auto opened = git::GitRepository::openOrInitBare(path);
        if (!opened)
            return opened.error();
        auto repo = std::make_unique<git::GitRepository>(std::move(opened).value());
        const bool fresh = !repo->resolveCommit(QStringLiteral("refs/heads/") + seedRepo.branch).ok();
        if (fresh) {
            QDateTime when = QDateTime::currentDateTimeUtc().addDays(-seedRepo.commits.size());
            for (const SeedCommit &commit : seedRepo.commits) {
                auto made = repo->commitFiles(seedRepo.branch, commit.files,
                                              {commit.message, commit.authorName, commit.authorEmail, when});
                if (!made)
                    return Error{QStringLiteral("seeding %1: %2").arg(seedRepo.name, made.errorMessage())};
                when = when.addDays(1);
            }
            qCInfo(lcFleetsim) << "seeded" << path << "with" << seedRepo.commits.size() << "commits";
        }
        const QString fileUrl = QUrl::fromLocalFile(path).toString();
        const QString url =
            m_baseUrl.isEmpty() ? fileUrl : m_baseUrl + u'/' + seedRepo.name + QStringLiteral(".git");
        m_paths.insert(seedRepo.name, path);
        m_nameToUrl.insert(seedRepo.name, url);
        m_urlToName.insert(url, seedRepo.name);
        m_urlToName.insert(fileUrl, seedRepo.name);
        m_branches.insert(seedRepo.name, seedRepo.branch);
        if (auto heads = repo->branchHeads())
            m_heads.insert(url, *heads);
        m_repos[url] = std::move(repo);
    }
    return success();
}

QString GitStore::urlFor(const QString &repositoryName) const
{
    return m_nameToUrl.value(repositoryName);
}

QStringList GitStore::urls() const
{
    return m_nameToUrl.values();
}

Result<git::GitRepository *> GitStore::repository(const QString &repoUrl)
{
    auto it = m_repos.find(urlFor(m_urlToName.value(repoUrl)));
    if (it != m_repos.end())
        return it->second.get();
    return Error{QStringLiteral("repository not found: %1").arg(repoUrl)};
}

Result<QString> GitStore::resolve(const QString &repoUrl, const QString &revision)
{
    const QString key = repoUrl + u'\n' + revision;
    if (auto cached = m_resolved.constFind(key); cached != m_resolved.cend())
        return *cached;
    auto repo = repository(repoUrl);
    if (!repo)
        return repo.error();
    // Argo CD treats an empty target revision as HEAD.
    auto sha = (*repo)->resolveCommit(revision.isEmpty() ? QStringLiteral("HEAD") : revision);
    if (!sha)
        return Error{
            QStringLiteral("unable to resolve '%1' to a commit SHA: %2").arg(revision, sha.errorMessage())};
    m_resolved.insert(key, *sha);
    return *sha;
}

Result<QList<QJsonObject>> GitStore::manifests(const QString &repoUrl, const QString &commit,
                                               const QString &path, bool recurse)
{
    const QString key = repoUrl + u'\n' + commit + u'\n' + path + (recurse ? u'R' : u'N');
    if (auto cached = m_manifests.constFind(key); cached != m_manifests.cend())
        return *cached;
    auto repo = repository(repoUrl);
    if (!repo)
        return repo.error();
    Result<QList<QJsonObject>> result = QList<QJsonObject>();
    auto files = (*repo)->readFiles(commit, path, recurse);
    if (!files) {
        result = Error{QStringLiteral("%1: app path does not exist").arg(path)};
    } else if (hasKustomization(**repo, commit, path, recurse, *files)) {
        m_kustomized.insert(repoUrl + u'\n' + commit + u'\n' + path);
        result = m_kustomize.render(**repo, commit, path);
    } else {
        QList<QJsonObject> documents;
        for (const git::TreeFile &file : *files) {
            if (!file.path.endsWith(QStringLiteral(".yaml")) && !file.path.endsWith(QStringLiteral(".yml")) &&
                !file.path.endsWith(QStringLiteral(".json")))
                continue;
            auto parsed = parseYamlDocuments(file.content);
            if (!parsed) {
                result =
                    Error{QStringLiteral("failed to unmarshal %1: %2").arg(file.path, parsed.errorMessage())};
                break;
            }
            documents += *parsed;
        }
        if (result)
            result = documents;
    }
    m_manifests.insert(key, result);
    return result;
}

Result<git::CommitSummary> GitStore::commit(const QString &repoUrl, const QString &revision)
{
    auto repo = repository(repoUrl);
    if (!repo)
        return repo.error();
    return (*repo)->commitSummary(revision);
}

Result<QString> GitStore::ancestor(const QString &repoUrl, const QString &revision, int count)
{
    auto repo = repository(repoUrl);
    if (!repo)
        return repo.error();
    auto log = (*repo)->log(revision, count + 1);
    if (!log)
        return log.error();
    if (log->isEmpty())
        return Error{QStringLiteral("no history at %1").arg(revision)};
    return log->constLast().id;
}

Result<QString> GitStore::commitFiles(const QString &repositoryName,
                                      const QMap<QString, std::optional<QByteArray>> &files,
                                      const git::CommitInfo &info)
{
    auto repo = repository(urlFor(repositoryName));
    if (!repo)
        return repo.error();
    return (*repo)->commitFiles(m_branches.value(repositoryName), files, info);
}

Result<QByteArray> GitStore::readHeadFile(const QString &repositoryName, const QString &path)
{
    auto repo = repository(urlFor(repositoryName));
    if (!repo)
        return repo.error();
    auto head = (*repo)->resolveCommit(QStringLiteral("refs/heads/") + m_branches.value(repositoryName));
    if (!head)
        return head.error();
    return (*repo)->readFile(*head, path);
}

QStringList GitStore::poll()
{
    QStringList changed;
    for (const auto &[url, repo] : m_repos) {
        auto heads = repo->branchHeads();
        if (!heads || *heads == m_heads.value(url))
            continue;
        m_heads.insert(url, *heads);
        changed << url;
    }
    // Branch names now point elsewhere; manifests are keyed by commit and stay valid.
    if (!changed.isEmpty())
        m_resolved.clear();
    return changed;
}

} // namespace sextant::fleetsim
