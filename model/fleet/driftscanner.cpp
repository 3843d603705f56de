#include "model/fleet/driftscanner.h"

#include "model/controller/controllerbackend.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/logging.h"

#include <QFuture>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace sextant {

namespace {

using namespace Qt::StringLiterals;

bool isOutOfSync(const Application &app)
{
    return app.syncStatus == SyncStatus::OutOfSync;
}

DriftRecord recordFor(const Application &app, const QString &cluster, const QString &group,
                      const QString &kind, const QString &ns, const QString &name)
{
    DriftRecord record;
    record.appKey = app.key();
    record.instance = app.instance;
    record.cluster = cluster;
    record.application = app.name;
    record.appNamespace = app.ns;
    record.group = group;
    record.kind = kind;
    record.ns = ns;
    record.name = name;
    return record;
}

} // namespace

DriftScanner::DriftScanner(FleetStore *store, FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_connector(connector)
{
    qRegisterMetaType<sextant::DriftRecord>();
    connect(m_store, &FleetStore::applicationsChanged, this, &DriftScanner::onApplicationsChanged);
}

DriftScanner::~DriftScanner()
{
    m_apps.clear();
    m_pool.clear();
    m_pool.waitForDone();
}

void DriftScanner::setMaxRequestsPerInstance(int count)
{
    m_maxPerInstance = std::max(count, 1);
}

void DriftScanner::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const Application &app : m_store->applications())
        if (isOutOfSync(app))
            track(app);
    updateProgress();
}

void DriftScanner::rescan()
{
    if (!m_started)
        return;
    for (auto it = m_apps.begin(); it != m_apps.end(); ++it)
        enqueue(it.key());
}

QList<DriftRecord> DriftScanner::records(const QString &appKey) const
{
    const auto it = m_apps.constFind(appKey);
    return it == m_apps.constEnd() ? QList<DriftRecord>() : it->records;
}

QString DriftScanner::error(const QString &appKey) const
{
    return m_apps.value(appKey).error;
}

QList<DriftRecord> DriftScanner::placeholders(const Application &app, const QString &cluster)
{
    QList<DriftRecord> records;
    for (const ResourceStatus &r : app.resources)
        if (r.status == SyncStatus::OutOfSync)
            records.append(recordFor(app, cluster, r.group, r.kind, r.ns, r.name));
    return records;
}

QList<DriftRecord> DriftScanner::classify(const QList<ManagedResource> &resources, const Application &app,
                                          const QString &cluster)
{
    const QList<ManagedResource> *decoded = &resources; // decoded by the backend
    QHash<QString, const ManagedResource *> byIdentity;
    for (const ManagedResource &resource : std::as_const(*decoded))
        byIdentity.insert(resource.identity(), &resource);

    QList<DriftRecord> records = placeholders(app, cluster);
    if (records.isEmpty()) {
        // A server that sends no per-resource status: what differs is what drifted.
        for (const ManagedResource &resource : std::as_const(*decoded)) {
            if (resource.hook)
                continue;
            DriftRecord record =
                recordFor(app, cluster, resource.group, resource.kind, resource.ns, resource.name);
            record.classification = diff::classifyDrift(resource);
            record.classified = true;
            if (record.classification.origin != diff::DriftOrigin::Unknown)
                records.append(record);
        }
        return records;
    }
    for (DriftRecord &record : records) {
        record.classified = true;
        if (const ManagedResource *resource = byIdentity.value(record.identity()))
            record.classification = diff::classifyDrift(*resource);
    }
    return records;
}

QString DriftScanner::clusterName(const Application &app) const
{
    return m_store->clusterName(app);
}

void DriftScanner::onApplicationsChanged(const FleetChange &change)
{
    if (!m_started)
        return;
    for (const QStringList *keys : {&change.added, &change.updated})
        for (const QString &key : *keys) {
            if (const Application *app = m_store->application(key))
                track(*app);
            else
                drop(key);
        }
    for (const QString &key : change.removed)
        drop(key);
    updateProgress();
}

void DriftScanner::track(const Application &app)
{
    const QString key = app.key();
    if (!isOutOfSync(app)) {
        drop(key);
        return;
    }
    auto it = m_apps.find(key);
    if (it == m_apps.end()) {
        TrackedApp tracked;
        tracked.app = app.ref();
        tracked.cluster = clusterName(app);
        tracked.wantedVersion = app.resourceVersion;
        tracked.records = placeholders(app, tracked.cluster);
        it = m_apps.insert(key, tracked);
        stampSince(key, it->records);
        emit applicationChanged(key);
        enqueue(key);
        return;
    }
    if (it->wantedVersion == app.resourceVersion)
        return;
    it->wantedVersion = app.resourceVersion;
    if (!it->everScanned) {
        // Still waiting: show what the store now lists.
        it->records = placeholders(app, it->cluster);
        stampSince(key, it->records);
        emit applicationChanged(key);
    }
    enqueue(key);
}

void DriftScanner::drop(const QString &key)
{
    if (m_apps.remove(key) == 0)
        return;
    m_firstSeen.remove(key);
    emit applicationRemoved(key);
}

void DriftScanner::enqueue(const QString &key)
{
    auto it = m_apps.find(key);
    if (it == m_apps.end() || it->queued)
        return;
    it->queued = true;
    if (it->inFlight)
        return; // queued again when the answer arrives
    const QString instance = it->app.instance;
    m_queues[instance].waiting.append(key);
    pump(instance);
}

void DriftScanner::pump(const QString &instance)
{
    InstanceQueue &queue = m_queues[instance];
    while (queue.inFlight < m_maxPerInstance && !queue.waiting.isEmpty()) {
        const QString key = queue.waiting.takeFirst();
        const auto it = m_apps.constFind(key);
        if (it == m_apps.constEnd() || !it->queued || it->inFlight)
            continue;
        ++queue.inFlight;
        fetch(key);
    }
}

void DriftScanner::fetch(const QString &key)
{
    TrackedApp &tracked = m_apps[key];
    tracked.queued = false;
    tracked.inFlight = true;
    const quint64 ticket = ++m_nextTicket;
    const qint64 version = tracked.wantedVersion;
    const QString instance = tracked.app.instance;
    ControllerBackend *backend = m_connector->backend(instance);
    if (!backend) {
        QTimer::singleShot(0, this, [this, instance, key, ticket, version] {
            finishRequest(instance, key);
            applyResult(key, ticket, version,
                        Error{tr("The instance %1 is not connected; its managed resources cannot be fetched.")
                                  .arg(instance)});
        });
        return;
    }
    backend->managedResources(tracked.app, [self = QPointer(this), instance, key, ticket,
                                            version](Result<QList<ManagedResource>> resources) {
        if (!self)
            return;
        emit self->responseReceived(key);
        self->finishRequest(instance, key);
        const auto it = self->m_apps.constFind(key);
        if (it == self->m_apps.constEnd())
            return;
        if (!resources) {
            self->applyResult(key, ticket, version, it->app.describeFailure(resources.error()));
            return;
        }
        const Application *app = self->m_store->application(key);
        if (!app)
            return;
        QtConcurrent::run(&self->m_pool,
                          [resources = std::move(resources).value(), app = *app, cluster = it->cluster]()
                              -> Result<QList<DriftRecord>> { return classify(resources, app, cluster); })
            .then(self.data(), [self, key, ticket, version](Result<QList<DriftRecord>> result) {
                self->applyResult(key, ticket, version, std::move(result));
            });
    });
}

void DriftScanner::finishRequest(const QString &instance, const QString &key)
{
    InstanceQueue &queue = m_queues[instance];
    queue.inFlight = std::max(queue.inFlight - 1, 0);
    auto it = m_apps.find(key);
    if (it != m_apps.end()) {
        it->inFlight = false;
        if (it->queued)
            queue.waiting.append(key); // changed while in flight: fetch again
    }
    pump(instance);
}

void DriftScanner::applyResult(const QString &key, quint64 ticket, qint64 version,
                               Result<QList<DriftRecord>> result)
{
    auto it = m_apps.find(key);
    if (it == m_apps.end() || ticket <= it->appliedTicket)
        return;
    it->appliedTicket = ticket;
    it->everScanned = true;
    if (!result) {
        it->error = result.errorMessage();
        qCInfo(lcModel) << "drift of" << key << "could not be read:" << it->error;
        for (DriftRecord &record : it->records)
            record.error = it->error;
    } else {
        it->error.clear();
        it->scannedVersion = version;
        it->records = std::move(result).value();
        stampSince(key, it->records);
    }
    emit applicationChanged(key);
    updateProgress();
}

void DriftScanner::stampSince(const QString &key, QList<DriftRecord> &records)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QDateTime> &seen = m_firstSeen[key];
    QHash<QString, QDateTime> kept;
    for (DriftRecord &record : records) {
        const QString identity = record.identity();
        const QDateTime first = seen.value(identity, now);
        kept.insert(identity, first);
        const diff::DriftClassification &c = record.classification;
        const bool liveChange =
            c.origin == diff::DriftOrigin::HumanEdit || c.origin == diff::DriftOrigin::ControllerOwned;
        record.sinceFromManagedFields = record.classified && liveChange && c.changedAt.isValid();
        record.outOfSyncSince = record.sinceFromManagedFields ? c.changedAt : first;
    }
    seen = kept; // resources back in sync are forgotten
}

void DriftScanner::updateProgress()
{
    Progress progress;
    progress.applications = int(m_apps.size());
    for (const TrackedApp &app : std::as_const(m_apps)) {
        progress.scanned += app.everScanned ? 1 : 0;
        progress.errors += app.error.isEmpty() ? 0 : 1;
    }
    if (progress == m_progress)
        return;
    m_progress = progress;
    emit progressChanged();
}

} // namespace sextant
