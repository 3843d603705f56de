#pragma once

#include "fleetsim/fleetsim.h"
#include "model/argocd/instanceconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

// Runs the event loop until `done` holds; false after `timeoutMs`. The loop
// sleeps between events, as an application's does: a loop that polls would
// keep one of the machine's two cores busy and slow down the work it times.
// A 1 ms timer wakes it to look at `done` when no event arrives.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(1);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The embedded fleetsim as the instance "bench": plain HTTP on loopback, with its token.
inline sextant::argocd::InstanceConfig benchInstance(const sextant::fleetsim::FleetSimEndpoint &endpoint)
{
    sextant::argocd::InstanceConfig instance;
    instance.name = QStringLiteral("bench");
    instance.server = QUrl(endpoint.url);
    instance.token = endpoint.token;
    instance.plainText = true;
    return instance;
}
