#pragma once

#include "model/diff/resourcediff.h"
#include "model/domain/managedresource.h"
#include "model/git/gitlibrary.h"

#include "model/domain/appref.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <list>

namespace sextant {

class FleetConnector;

// The diff of the one selected application: fetches its managed resources
// and its Application object (for spec.ignoreDifferences) from its instance, computes
// diff::diffApplication on a worker and emits the result on the owner's (GUI) thread.
// Results are cached by (instance/name, the Application's resourceVersion): selecting
// an application again at the same resourceVersion answers from the cache. Changing the
// options recomputes from the cached managed resources without fetching. Answers for a
// selection that is no longer current are dropped.
class ApplicationDiffLoader : public QObject {
    Q_OBJECT
public:
    explicit ApplicationDiffLoader(FleetConnector *connector, QObject *parent = nullptr);
    ~ApplicationDiffLoader() override;

    // Selects an application (a null ref: none). `resourceVersion` is the Application's
    // metadata.resourceVersion as the fleet knows it (FleetStore); when a diff for it is
    // cached, it is emitted without a request. Empty: always fetch. Selecting the current
    // application at the same resourceVersion again does nothing (see refresh()).
    void setApplication(const AppRef &app, const QString &resourceVersion = {});
    AppRef application() const { return m_app; }
    QString instance() const { return m_app.instance; }
    QString name() const { return m_app.name; }

    // Fetches again, ignoring the cache.
    void refresh();

    // Recomputes the current diff with other options, from the cached managed resources.
    void setOptions(const sextant::diff::DiffOptions &options);
    diff::DiffOptions options() const { return m_options; }

    // A fetch or a computation is under way for the current selection.
    bool isLoading() const { return m_loading; }

    // How many applications' inputs the cache keeps (default 16; least recently used go).
    void setCacheCapacity(int applications);

signals:
    void diffReady(const sextant::diff::ApplicationDiff &diff);
    // For the operator: what could not be fetched or read, naming the application.
    void failed(const QString &message);
    void loadingChanged(bool loading);

private:
    struct CacheEntry {
        QString key;             // instance + '/' + name
        QString resourceVersion; // of the Application object fetched with the resources
        QList<ManagedResource> resources;
        QJsonObject application;
        diff::DiffOptions options; // the options `diff` was computed with
        diff::ApplicationDiff diff;
    };
    struct Fetched; // what the worker makes of the two bodies

    QString key() const;
    CacheEntry *findCached(const QString &key, const QString &resourceVersion = {});
    void store(CacheEntry entry);
    void fetch();
    void diffFetched(quint64 selection, const QList<ManagedResource> &resources,
                     const QJsonObject &application);
    void recompute(const CacheEntry &entry);
    void emitLater(const diff::ApplicationDiff &diff);
    void fail(quint64 selection, const QString &message);
    void setLoading(bool loading);

    FleetConnector *m_connector;
    AppRef m_app;
    QString m_resourceVersion; // as given to setApplication
    diff::DiffOptions m_options;
    quint64 m_selection = 0;   // bumped on selection and refresh: older fetches are dropped
    quint64 m_computation = 0; // bumped on every computation: older results are dropped
    bool m_loading = false;
    bool m_fetching = false; // a fetch for the current selection is under way

    std::list<CacheEntry> m_cache; // most recently used first
    int m_cacheCapacity = 16;

    git::GitLibrary m_git; // the line diff runs on m_pool; libgit2 stays initialised until it is done
    QThreadPool m_pool;    // declared last: destroyed (and waited for) first
};

} // namespace sextant
