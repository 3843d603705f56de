#pragma once

#include "model/domain/appref.h"
#include "model/domain/resourcetree.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace sextant {

class ControllerBackend;
class FleetConnector;
class ResourceTreeWatch;

// The detail of the one selected application, fetched on demand from its
// instance: the resource tree (kept live through the resource-tree stream),
// the events and the controller's object as YAML, through the app's backend. Answers are
// decoded on worker threads and applied here, on the owner's (GUI) thread. Answers that
// arrive after the selection changed are dropped, and so is a tree older than
// the one already shown.
class ApplicationDetails : public QObject {
    Q_OBJECT
public:
    // What failed() names.
    static constexpr QLatin1StringView TreePart{"resource-tree"};
    static constexpr QLatin1StringView EventsPart{"events"};
    static constexpr QLatin1StringView ManifestPart{"manifest"};
    static constexpr QLatin1StringView StreamPart{"stream"}; // live updates of the tree

    explicit ApplicationDetails(FleetConnector *connector, QObject *parent = nullptr);
    ~ApplicationDetails() override;

    // Selects an application (a null ref: none) and fetches its detail; selecting the
    // current one again does nothing (see refresh()).
    void setApplication(const AppRef &app);
    AppRef application() const { return m_app; }
    QString instance() const { return m_app.instance; }
    QString name() const { return m_app.name; }

    // Fetches tree, events and manifest again (the stream stays open, or is reopened).
    void refresh();

    // The resource-tree stream is open and the server answered.
    bool isStreaming() const { return m_streaming; }

    // Reconnect delays of the tree stream (default 1 s doubling to 30 s), for tests.
    void setStreamRetryDelays(int initialMs, int maximumMs);

signals:
    void treeChanged(const sextant::ResourceTree &tree);
    void eventsChanged(const QList<sextant::EventRecord> &events);
    // The Application's apiVersion, kind, metadata and spec as YAML (status omitted).
    void manifestChanged(const QByteArray &yaml);
    // `what` is one of the *Part names; `message` is for the operator.
    void failed(const QString &what, const QString &message);
    void streamingChanged(bool streaming);

private:
    // The failure of a request for this app, worded for the operator.
    QString failureText(const Error &error) const;
    void fetchTree();
    void fetchEvents();
    void fetchManifest();
    void openStream();
    void closeStream();
    void closeWatchLater();
    // The app's backend, or null after a failure for `what` was scheduled.
    ControllerBackend *backendFor(QLatin1StringView what, const QString &part);
    void onStreamEnded(const QString &message, int httpStatus);
    void setStreaming(bool streaming);
    void applyTree(quint64 ticket, const ResourceTree &tree);
    void failLater(QLatin1StringView what, const QString &message);

    FleetConnector *m_connector;
    AppRef m_app;
    quint64 m_selection = 0; // bumped on every change of selection; older answers are dropped
    quint64 m_ticket = 0;    // orders tree requests and stream messages
    quint64 m_treeShown = 0; // the ticket of the tree last emitted
    quint64 m_eventsRequest = 0;
    quint64 m_manifestRequest = 0;

    std::unique_ptr<ResourceTreeWatch> m_watch; // the live tree, while open
    bool m_streaming = false;
    int m_streamFailures = 0;
    int m_retryInitialMs = 1000;
    int m_retryMaximumMs = 30000;
    QTimer m_streamRetry;
    QTimer m_eventsAfterChange; // the events follow a tree change, at most once a second

    QThreadPool m_decodePool; // declared last: destroyed (and waited for) first
};

} // namespace sextant
