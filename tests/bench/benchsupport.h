#pragma once

#include "fleetsim/fleetsim.h"
#include "model/argocd/instanceconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
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

// A line of /proc/self/status in MB ("VmRSS", "VmHWM"), or 0.
inline double procStatusMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// This process's resident memory in MB.
inline double residentMb()
{
    return procStatusMb("VmRSS");
}

// The value of "BENCH <name> <value> <unit>" in `output`, or -1.
inline double benchValue(const QByteArray &output, const QByteArray &name)
{
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 3 && words[0] == "BENCH" && words[1] == name)
            return words[2].toDouble();
    }
    return -1;
}
