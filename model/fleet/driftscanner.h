#pragma once

#include "model/diff/driftclassifier.h"
#include "model/domain/application.h"
#include "model/domain/appref.h"
#include "model/domain/managedresource.h"
#include "model/domain/resourcetree.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace sextant {

class FleetConnector;
class FleetStore;
struct FleetChange;

// One out-of-sync resource of one application, classified (or waiting to be).
struct DriftRecord {
    QString appKey; // Application::key()
    QString instance;
    QString cluster;
    QString application;  // the app's name
    QString appNamespace; // the app's own namespace
    QString group;
    QString kind;
    QString ns;
    QString name;
    bool classified = false; // false: the managed resources have not arrived (or could not be read)
    QString error;           // why they could not be read
    diff::DriftClassification classification;
    QDateTime outOfSyncSince; // the live change when the managed fields tell, else first seen
    bool sinceFromManagedFields = false;

    QString identity() const { return resourceIdentity(group, kind, ns, name); }
    AppRef app() const { return AppRef{instance, appNamespace, application}; }
    bool operator==(const DriftRecord &) const = default;
};

// The out-of-sync resources of every out-of-sync application across all instances,
// classified by who changed them. Fetches GET …/managed-resources lazily (after
// start()) and concurrently, at most a few requests in flight per instance; decodes
// and classifies on a worker pool; applies results here, on the owner's (GUI) thread.
// Follows the FleetStore: an app whose resourceVersion changes is fetched again, an
// app that becomes Synced (or goes away) is dropped. A failed fetch is reported for
// that app and the others go on.
class DriftScanner : public QObject {
    Q_OBJECT
public:
    struct Progress {
        int applications = 0; // out of sync, being tracked
        int scanned = 0;      // whose managed resources were fetched (or failed) at least once
        int errors = 0;       // whose last fetch failed
        bool isComplete() const { return scanned >= applications; }
        bool operator==(const Progress &) const = default;
    };

    DriftScanner(FleetStore *store, FleetConnector *connector, QObject *parent = nullptr);
    ~DriftScanner() override;

    // Begins tracking and fetching; before it nothing is fetched. Idempotent.
    void start();
    bool isStarted() const { return m_started; }
    // Fetches every tracked application again.
    void rescan();

    void setMaxRequestsPerInstance(int count); // default 3

    Progress progress() const { return m_progress; }
    QStringList applications() const { return m_apps.keys(); }
    QList<DriftRecord> records(const QString &appKey) const;
    QString error(const QString &appKey) const;

    // Pure, any thread: the out-of-sync resources of `app` from its managed resources,
    // classified. `outOfSyncSince` is left to the caller. Used by `sextant report` too.
    static QList<DriftRecord> classify(const QList<ManagedResource> &resources, const Application &app,
                                       const QString &cluster);
    // The resources of `app` that status.resources lists as OutOfSync, unclassified.
    static QList<DriftRecord> placeholders(const Application &app, const QString &cluster);

signals:
    // The records of one app changed (it may be new).
    void applicationChanged(const QString &appKey);
    void applicationRemoved(const QString &appKey);
    void progressChanged();
    // A managed-resources answer arrived (before it is decoded), for measurements.
    void responseReceived(const QString &appKey);

private:
    struct TrackedApp {
        AppRef app;
        QString cluster;
        qint64 wantedVersion = 0;  // the store's resourceVersion
        qint64 scannedVersion = 0; // the version the records were fetched for
        bool everScanned = false;
        bool queued = false;
        bool inFlight = false;
        quint64 appliedTicket = 0; // the request whose answer is shown; older answers are dropped
        QString error;
        QList<DriftRecord> records;
    };
    struct InstanceQueue {
        QStringList waiting;
        int inFlight = 0;
    };

    void onApplicationsChanged(const FleetChange &change);
    void track(const Application &app);
    void drop(const QString &key);
    void enqueue(const QString &key);
    void pump(const QString &instance);
    void fetch(const QString &key);
    void applyResult(const QString &key, quint64 ticket, qint64 version, Result<QList<DriftRecord>> result);
    void finishRequest(const QString &instance, const QString &key);
    void stampSince(const QString &key, QList<DriftRecord> &records);
    QString clusterName(const Application &app) const;
    void updateProgress();

    FleetStore *m_store;
    FleetConnector *m_connector;
    bool m_started = false;
    int m_maxPerInstance = 3;
    quint64 m_nextTicket = 0;
    QHash<QString, TrackedApp> m_apps;
    QHash<QString, InstanceQueue> m_queues;
    // appKey → resource identity → when Sextant first saw it out of sync.
    QHash<QString, QHash<QString, QDateTime>> m_firstSeen;
    Progress m_progress;

    QThreadPool m_pool; // declared last: destroyed (and waited for) first
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::DriftRecord)
