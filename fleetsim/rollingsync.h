#pragma once

#include "fleetsim/fleetstate.h"

#include <QObject>
#include <QTimer>

namespace sextant::fleetsim {

class Controller;

// The ApplicationSet controller's progressive sync (RollingSync), as Argo CD runs it: each
// generated app gets the first step whose matchExpressions its labels match ("-1": none), and a
// status — Waiting (its revision or spec changed: a sync is needed), Pending (the controller
// triggered its sync), Progressing (that sync started, or the app is not Healthy yet), Healthy
// (Synced and Healthy). Steps go in order: the first step with an app not Healthy is the
// current one, and its Waiting apps are synced while Pending + Progressing stay under maxUpdate.
// A failing app stays Progressing and the later steps never start: there is no failed state.
class RollingSyncController : public QObject {
    Q_OBJECT
public:
    RollingSyncController(FleetState &state, Controller &controller, int tickMs, QObject *parent = nullptr);

    void start();
    // One pass over every ApplicationSet (also for tests).
    void step();

    // The 1-based step whose expressions all match `labels`; -1 when none does.
    static int stepOf(const QJsonArray &steps, const QJsonObject &labels);
    // A step's maxUpdate for `size` apps: an int, or "NN%" rounded down but at least 1 (0% is 0).
    static int maxUpdateOf(const QJsonObject &step, int size);

private:
    void stepAppSet(SimAppSet &set, const QDateTime &now);

    FleetState &m_state;
    Controller &m_controller;
    QTimer m_tick;
};

} // namespace sextant::fleetsim
