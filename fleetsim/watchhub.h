#pragma once

#include "fleetsim/http/httpconnection.h"
#include "model/argocd/fieldprojection.h"
#include "model/domain/labelselector.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <list>
#include <optional>

namespace sextant::fleetsim {

class Controller;
class FleetState;

// The watch streams: NDJSON by default, SSE when asked, with Argo CD's
// snapshot, resourceVersion and de-duplication rules.
class WatchHub : public QObject {
    Q_OBJECT
public:
    WatchHub(FleetState &state, Controller &controller, int keepAliveMs, double malformedRate,
             QObject *parent = nullptr);

    struct AppFilter {
        QString name;
        QString appNamespace; // empty: every namespace
        QStringList projects;
        std::optional<LabelSelector> selector;
        qint64 minVersion = 0;
        bool snapshot = true;
        FieldsQuery fields;
    };
    void watchApplications(HttpConnection *connection, const HttpRequest &request, AppFilter filter);
    void watchResourceTree(HttpConnection *connection, const HttpRequest &request, const QString &appKey);
    // An error before any data: the status from the gRPC code, one error chunk.
    void rejectStream(HttpConnection *connection, const HttpRequest &request, int grpcCode,
                      const QString &message);

private:
    struct AppWatch {
        QPointer<HttpConnection> connection;
        bool sse = false;
        AppFilter filter;
        QHash<QString, QByteArray> lastSent; // de-duplication per app (SimApp::key)
    };
    struct TreeWatch {
        QPointer<HttpConnection> connection;
        bool sse = false;
        QString app; // SimApp::key
    };

    void onAppEvent(const QString &type, const QString &key, const QByteArray &json);
    void deliver(AppWatch &watch, const QString &type, const QString &key, const QByteArray &json);
    void onTreeChanged(const QString &key);
    bool send(HttpConnection *connection, bool sse, const QByteArray &message);
    void begin(HttpConnection *connection, bool sse);
    void keepAlive();
    void forget(HttpConnection *connection);

    FleetState &m_state;
    Controller &m_controller;
    double m_malformedRate;
    std::list<AppWatch> m_appWatches;
    std::list<TreeWatch> m_treeWatches;
    QTimer m_keepAlive;
};

} // namespace sextant::fleetsim
