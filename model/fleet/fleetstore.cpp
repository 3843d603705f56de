#include "model/fleet/fleetstore.h"

#include <QElapsedTimer>

#include <algorithm>

namespace sextant {

FleetStore::FleetStore(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(BatchIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &FleetStore::applySlice);
}

const Application *FleetStore::application(const QString &key) const
{
    auto it = m_apps.constFind(key);
    return it == m_apps.cend() ? nullptr : &*it;
}

namespace {

template<typename T> QList<T> collect(const QHash<QString, QList<T>> &byInstance, const QString &instance)
{
    if (!instance.isEmpty())
        return byInstance.value(instance);
    QList<T> all;
    for (const QList<T> &list : byInstance)
        all += list;
    return all;
}

} // namespace

QList<Cluster> FleetStore::clusters(const QString &instance) const
{
    return collect(m_clusters, instance);
}
QList<Project> FleetStore::projects(const QString &instance) const
{
    return collect(m_projects, instance);
}
QList<Repository> FleetStore::repositories(const QString &instance) const
{
    return collect(m_repositories, instance);
}

bool FleetStore::isStale(const QString &instance, const QDateTime &now) const
{
    const InstanceStatus status = m_instances.value(instance);
    if (status.connection == InstanceStatus::Connection::Live)
        return false;
    return !status.lastHeard.isValid() || status.lastHeard.secsTo(now) > m_staleAfter.count();
}

void FleetStore::applySnapshot(const QString &instance, QList<Application> applications,
                               QList<Cluster> clusters, QList<Project> projects,
                               QList<Repository> repositories)
{
    // Events queued before this snapshot are older than it.
    bool dropped = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->upsert ? it->upsert->instance == instance : it.key().startsWith(instance + u'/')) {
            it = m_pending.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped)
        m_pendingOrder.removeIf([this](const QString &key) { return !m_pending.contains(key); });
    FleetChange change;
    // The first list of an instance (every start) only adds: no lookups, nothing to remove.
    const bool first = std::none_of(m_apps.cbegin(), m_apps.cend(),
                                    [&](const Application &app) { return app.instance == instance; });
    QSet<QString> seen;
    m_apps.reserve(m_apps.size() + applications.size());
    change.added.reserve(first ? applications.size() : 0);
    const auto take = [&](Application &&app) {
        if (app.instance != instance)
            app.instance = instance;
        QString key = app.key();
        if (first) {
            const qsizetype before = m_apps.size();
            m_apps.insert(key, std::move(app));
            if (m_apps.size() > before) // a name listed twice counts once
                change.added << std::move(key);
            return;
        }
        seen.insert(key);
        auto it = m_apps.find(key);
        if (it == m_apps.end()) {
            m_apps.insert(key, std::move(app));
            change.added << key;
        } else if (!(*it == app)) {
            *it = std::move(app);
            change.updated << key;
        }
    };
    // A list shared with the caller (a signal's argument) is copied item by item rather than
    // detached whole: one copy of 10,000 applications, not two.
    if (applications.isDetached()) {
        for (Application &app : applications)
            take(std::move(app));
    } else {
        for (const Application &app : std::as_const(applications))
            take(Application(app));
    }
    for (auto it = m_apps.begin(); !first && it != m_apps.end();) {
        if (it->instance == instance && !seen.contains(it.key())) {
            change.removed << it.key();
            it = m_apps.erase(it);
        } else {
            ++it;
        }
    }
    for (Cluster &c : clusters)
        c.instance = instance;
    for (Project &p : projects)
        p.instance = instance;
    for (Repository &r : repositories)
        r.instance = instance;
    m_clusters.insert(instance, clusters);
    m_clusterNames = ClusterNames(this->clusters());
    m_projects.insert(instance, projects);
    m_repositories.insert(instance, repositories);
    emit objectsChanged();
    if (!change.isEmpty())
        emit applicationsChanged(change);
}

void FleetStore::queueUpsert(const QString &instance, Application application)
{
    application.instance = instance;
    const QString key = application.key();
    if (!m_pending.contains(key))
        m_pendingOrder << key;
    m_pending.insert(key, Pending{std::move(application)});
    if (!m_flushTimer.isActive())
        m_flushTimer.start(BatchIntervalMs);
}

void FleetStore::queueRemoval(const QString &instance, const QString &ns, const QString &name)
{
    const QString key = instance + u'/' + ns + u'/' + name;
    if (!m_pending.contains(key))
        m_pendingOrder << key;
    m_pending.insert(key, Pending{std::nullopt});
    if (!m_flushTimer.isActive())
        m_flushTimer.start(BatchIntervalMs);
}

void FleetStore::flush()
{
    m_flushTimer.stop();
    apply(m_pendingOrder.size());
}

void FleetStore::applySlice()
{
    // Applies as much as the last slices say fits in the budget, views included; the
    // rest follows after the event loop has had a turn (input, painting, the network).
    const qsizetype count = std::min(m_sliceSize, m_pendingOrder.size());
    QElapsedTimer timer;
    timer.start();
    apply(count);
    const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    if (count >= MinSlice) {
        const double fits = double(count) * SliceBudgetMs / std::max(elapsedMs, 0.1);
        m_sliceSize = std::clamp(qsizetype(fits), qsizetype(MinSlice), m_sliceSize * 2);
    }
    if (!m_pendingOrder.isEmpty())
        m_flushTimer.start(0);
}

void FleetStore::apply(qsizetype count)
{
    if (count <= 0)
        return;
    FleetChange change;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &key = m_pendingOrder.at(i);
        Pending pending = m_pending.take(key);
        auto it = m_apps.find(key);
        if (!pending.upsert) {
            if (it != m_apps.end()) {
                m_apps.erase(it);
                change.removed << key;
            }
        } else if (it == m_apps.end()) {
            m_apps.insert(key, std::move(*pending.upsert));
            change.added << key;
        } else if (!(*it == *pending.upsert)) {
            *it = std::move(*pending.upsert);
            change.updated << key;
        }
    }
    m_pendingOrder.remove(0, count);
    if (!change.isEmpty())
        emit applicationsChanged(change);
}

void FleetStore::setInstanceStatus(const InstanceStatus &status)
{
    if (m_instances.value(status.name) == status)
        return;
    m_instances.insert(status.name, status);
    emit instancesChanged();
}

void FleetStore::removeInstance(const QString &instance)
{
    applySnapshot(instance, {}, {}, {}, {});
    m_clusters.remove(instance);
    m_clusterNames = ClusterNames(clusters());
    m_projects.remove(instance);
    m_repositories.remove(instance);
    if (m_instances.remove(instance))
        emit instancesChanged();
}

} // namespace sextant
