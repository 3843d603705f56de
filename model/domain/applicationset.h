#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sextant {

// An ApplicationSet whose generated apps go out by steps (Argo CD's RollingSync), as its
// controller reports it: the steps, and each generated app's step and status. Read-only: the
// ApplicationSet controller drives it.
struct RollingSyncStep {
    int number = 0;    // 1-based
    QString selector;  // "env In (dev, qa) · tier NotIn (batch)"
    QString maxUpdate; // "100%", "1"
};

struct AppSetAppStatus {
    QString application; // the generated Application's name (in the set's namespace)
    QString status;      // Waiting, Pending, Progressing, Healthy
    int step = -1;       // 1-based; -1 when no step selects it (never synced by the rollout)
    QString message;
    QDateTime since;  // lastTransitionTime
    QString revision; // the first of targetRevisions
};

struct ApplicationSetProgress {
    QString instance;
    QString appNamespace;
    QString name;
    QString project;
    bool rollingSync = false; // strategy.type RollingSync
    QList<RollingSyncStep> steps;
    QList<AppSetAppStatus> apps;
    QString condition; // the RolloutProgressing message: "performing rollout of step 2", "has completed"
    bool progressing = false;
};

} // namespace sextant
