#pragma once

#include "model/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace sextant::fleetsim {

class FleetSim;

// A script of timed events that make a fleet live: a human `kubectl edit`,
// an HPA scaling, a bad commit, a cluster going away and coming back.
//
//   apiVersion: sextant.dev/v1
//   kind: FleetScenario
//   repeatEvery: 10m          # optional
//   events:
//   - {at: 30s, type: kubectl-edit, cluster: prod-eu-1,
//      resource: apps/Deployment/payments/payments-api, set: {spec.replicas: 5}}
//   - {at: 45s, type: hpa-scale, cluster: ..., resource: ..., replicas: 6}
//   - {at: 60s, type: commit, repo: checkout, message: ..., files: {path: content},
//      replace: [{path: ..., from: ..., to: ...}]}
//   - {at: 90s, type: cluster-down, cluster: prod-us-2}   # and cluster-up
class Scenario {
public:
    struct Event {
        qint64 atMs = 0;
        QString type;
        QJsonObject spec;
    };

    static Result<Scenario> parse(const QByteArray &yaml);
    static Result<Scenario> load(const QString &path);

    Scenario() = default;
    Scenario(Scenario &&) = default;
    Scenario &operator=(Scenario &&) = default;
    ~Scenario();

    const QList<Event> &events() const { return m_events; }
    void start(FleetSim &sim);
    static Status apply(FleetSim &sim, const Event &event);

private:
    QList<Event> m_events;
    qint64 m_repeatMs = 0;
    std::unique_ptr<QObject> m_timers;
};

// "500ms", "30s", "2m", "1h" → milliseconds.
Result<qint64> parseDurationMs(const QString &text);

} // namespace sextant::fleetsim
