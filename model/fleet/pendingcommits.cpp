#include "model/fleet/pendingcommits.h"

#include "model/fleet/fleetstore.h"
#include "model/fleet/repositorymirrors.h"

namespace sextant {

PendingCommits::PendingCommits(FleetStore *store, RepositoryMirrors *mirrors, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_mirrors(mirrors)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &PendingCommits::recomputeNow);
    connect(store, &FleetStore::applicationsChanged, this, &PendingCommits::onApplicationsChanged);
    connect(mirrors, &RepositoryMirrors::fetched, this, &PendingCommits::schedule);
    FleetChange all;
    all.added = store->applicationKeys();
    onApplicationsChanged(all);
}

PendingCommits::~PendingCommits() = default;

QMap<QString, QString> PendingCommits::branchHeads(const QString &repoUrl) const
{
    return m_heads.value(normalizedRepositoryUrl(repoUrl));
}

int PendingCommits::applicationCount(const QString &repoUrl) const
{
    return int(m_appsByRepo.value(normalizedRepositoryUrl(repoUrl)).size());
}

QStringList PendingCommits::repositories() const
{
    QStringList urls = m_appsByRepo.keys();
    urls.sort();
    return urls;
}

void PendingCommits::onApplicationsChanged(const FleetChange &change)
{
    bool reposChanged = false;
    QStringList forgotten;
    auto forget = [&](const QString &key) {
        const auto it = m_sources.find(key);
        if (it == m_sources.end())
            return;
        const QString url = normalizedRepositoryUrl(it->repoUrl);
        QSet<QString> &apps = m_appsByRepo[url];
        apps.remove(key);
        if (apps.isEmpty()) {
            m_appsByRepo.remove(url);
            reposChanged = true;
        }
        m_sources.erase(it);
        if (m_states.remove(key))
            forgotten << key;
    };
    for (const QString &key : change.removed)
        forget(key);
    for (const QStringList *keys : {&change.added, &change.updated}) {
        for (const QString &key : *keys) {
            const Application *app = m_store->application(key);
            const std::optional<ApplicationGitSource> source =
                app ? applicationGitSource(*app) : std::nullopt;
            const auto known = m_sources.constFind(key);
            if (known != m_sources.cend() && source && *known == *source)
                continue; // nothing Git-related changed
            forget(key);
            if (!source)
                continue;
            const QString url = normalizedRepositoryUrl(source->repoUrl);
            reposChanged |= !m_appsByRepo.contains(url);
            m_appsByRepo[url].insert(key);
            m_sources.insert(key, *source);
            m_dirty.insert(url);
        }
    }
    if (reposChanged)
        m_mirrors->track(m_appsByRepo.keys());
    if (!forgotten.isEmpty())
        emit changed(forgotten);
    if (!m_dirty.isEmpty())
        m_debounce.start();
}

void PendingCommits::schedule(const QString &repoUrl)
{
    m_dirty.insert(normalizedRepositoryUrl(repoUrl));
    m_debounce.start();
}

void PendingCommits::recomputeNow()
{
    m_debounce.stop();
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &url : dirty)
        run(url);
}

void PendingCommits::run(const QString &repoUrl)
{
    if (!m_appsByRepo.contains(repoUrl))
        return;
    // A mirror never fetched has nothing to say yet; its fetch schedules this again.
    if (m_mirrors->status(repoUrl).state == MirrorStatus::State::Missing ||
        (m_mirrors->isFetching(repoUrl) && !m_mirrors->status(repoUrl).fetchedAt.isValid()))
        return;
    if (m_running.contains(repoUrl)) {
        m_dirty.insert(repoUrl); // again once the running one is in
        return;
    }
    m_running.insert(repoUrl);
    QHash<QString, ApplicationGitSource> sources;
    for (const QString &key : m_appsByRepo.value(repoUrl))
        sources.insert(key, m_sources.value(key));

    struct Computed {
        QHash<QString, AppState> states;
        QMap<QString, QString> heads;
        bool deployedMissing = false;
    };
    m_mirrors->read<Computed>(
        repoUrl, this,
        [sources](git::GitRepository &mirror) -> Result<Computed> {
            Computed computed;
            if (auto heads = mirror.branchHeads())
                computed.heads = *heads;
            for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
                AppState state;
                auto change = pendingChange(mirror, it.value());
                if (change) {
                    state.head = change->head;
                    state.deployed = change->deployed;
                    state.deployedMissing = change->deployedMissing;
                    if (!change->deployed.isEmpty())
                        state.count = change->count();
                    computed.deployedMissing |= change->deployedMissing;
                } else {
                    state.error = change.error().message;
                }
                computed.states.insert(it.key(), state);
            }
            return computed;
        },
        [this, repoUrl](Result<Computed> result) {
            m_running.remove(repoUrl);
            if (result)
                apply(repoUrl, result->states, result->heads, result->deployedMissing);
            if (m_dirty.contains(repoUrl))
                m_debounce.start();
        });
}

void PendingCommits::apply(const QString &repoUrl, const QHash<QString, AppState> &states,
                           const QMap<QString, QString> &heads, bool deployedMissing)
{
    QStringList changedKeys;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!m_sources.contains(it.key()))
            continue; // removed meanwhile
        const AppState &before = m_states.value(it.key());
        if (before.count != it->count || before.head != it->head || before.error != it->error ||
            before.deployedMissing != it->deployedMissing)
            changedKeys << it.key();
        m_states.insert(it.key(), it.value());
    }
    if (m_heads.value(repoUrl) != heads) {
        m_heads.insert(repoUrl, heads);
        emit repositoryHeadsChanged(repoUrl);
    }
    if (!changedKeys.isEmpty())
        emit changed(changedKeys);
    // A deployed commit the mirror lacks arrives with a fetch (once per session unless due).
    if (deployedMissing)
        m_mirrors->ensureFetched(repoUrl);
}

} // namespace sextant
